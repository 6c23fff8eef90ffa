"""A fresh code from the consultant's authenticator, asked again for what a stolen session must not do alone:
unlocking the inbox, and making a new key."""

from django_otp.plugins.otp_totp.models import TOTPDevice

from django.db import transaction


@transaction.atomic
def accepts_fresh_code(user, code):
    """Whether ``code`` comes from the user's confirmed authenticator, in a time step no code was taken in
    before. django-otp keeps the last step it took and refuses it again, so the code given at sign-in, or one
    read over a shoulder, does not work twice; the row is locked so that two requests cannot both take one."""
    device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
    return device is not None and device.verify_token(code)
