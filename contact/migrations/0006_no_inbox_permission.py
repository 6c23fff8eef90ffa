"""The inbox opens to the consultants' group, by membership (contact.roles). The "Can work in the hotline inbox"
permission it also carried was checked nowhere: an administrator who took it from someone would have believed the
inbox closed to them. It is deleted, with every grant of it."""

from django.db import migrations


def delete_permission(apps, schema_editor):
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="contact", content_type__model="ticket", codename="access_inbox"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0005_consent_flags_in_the_clear"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="ticket",
            options={"ordering": ["-last_activity_hour"]},
        ),
        migrations.RunPython(delete_permission, migrations.RunPython.noop),
    ]
