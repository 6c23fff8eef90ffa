"""The staff's authenticators: django-otp TOTP devices, one confirmed device per account."""

import base64

from django_otp.plugins.otp_totp.models import TOTPDevice

from django.db import transaction


def has_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def new_pending_device(user):
    """A fresh secret to enrol; one shown earlier and never confirmed is dropped."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator", confirmed=False)


def pending_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


@transaction.atomic
def confirm(device):
    """The enrolled device becomes the account's only one: a lost phone stops working here."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])


def remove_all(user):
    return TOTPDevice.objects.filter(user=user).delete()[0]


def secret_text(device):
    """The secret as authenticator apps take it when typed (base32)."""
    return base64.b32encode(device.bin_key).decode()


def give_known_authenticator(user, key_hex, name):
    """Development only: a confirmed device with a well-known secret, which is returned as typed into an app."""
    device, _created = TOTPDevice.objects.update_or_create(
        user=user, name=name, defaults={"key": key_hex, "confirmed": True}
    )
    return secret_text(device)
