from django.conf import settings
from django.db import models
from django.utils import timezone


class SecondFactorInvitationQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class SecondFactorInvitation(models.Model):
    """Lets one account enrol an authenticator, once, before it expires. Only a hash of its code is kept."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    code_hash = models.CharField(max_length=64, unique=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    objects = SecondFactorInvitationQuerySet.as_manager()

    def __str__(self):
        return f"Second-factor invitation {self.pk}"
