"""What the demo loader wrote, so that its next run can tell its own text from an editor's (see tracking.py)."""

from django.db import models


class DemoObject(models.Model):
    """The page, document or site settings that a data file in demo/content/ made or found."""

    source = models.CharField(max_length=200, unique=True, help_text="Data file, e.g. pages/support.toml")
    object_id = models.PositiveBigIntegerField()

    def __str__(self):
        return self.source


class DemoField(models.Model):
    """A field the loader wrote, with a hash of the value it wrote there."""

    demo_object = models.ForeignKey(DemoObject, on_delete=models.CASCADE, related_name="fields")
    name = models.CharField(max_length=100, help_text="Model field, with its language: intro_en, category")
    value_hash = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["demo_object", "name"], name="demo_field_once_per_object")]

    def __str__(self):
        return f"{self.demo_object} {self.name}"
