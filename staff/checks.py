"""Production refuses to run while a development account exists: their passwords and authenticator secrets are
printed by `make run` and written in this repository."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import Error, Tags, register
from django.db import DatabaseError

from .demo_accounts import DEMO_ACCOUNTS, DEMO_DEVICE_NAME


def demo_accounts_present():
    """Usernames of demo accounts that still sign in with their demo password or demo authenticator."""
    # Looked up here, not imported: this module is imported with the app, before models exist.
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")  # noqa: N806
    keys = [account.totp_key_hex for account in DEMO_ACCOUNTS]
    found = set(TOTPDevice.objects.filter(name=DEMO_DEVICE_NAME).values_list("user__username", flat=True)) | set(
        TOTPDevice.objects.filter(key__in=keys).values_list("user__username", flat=True)
    )
    users = get_user_model().objects.filter(username__in=[account.username for account in DEMO_ACCOUNTS])
    passwords = {account.username: account.password for account in DEMO_ACCOUNTS}
    found |= {user.username for user in users if user.check_password(passwords[user.username])}
    return sorted(found)


@register(Tags.security)
def refuse_demo_accounts(app_configs, **kwargs):
    if not settings.HOTLINE_REFUSE_UNSAFE_STATES:
        return []
    try:
        found = demo_accounts_present()
    except DatabaseError:
        return []  # not migrated yet (during the first `migrate`): there is no account at all
    if not found:
        return []
    return [
        Error(
            f"Demo accounts with well-known secrets exist: {', '.join(found)}.",
            hint="Delete them (manage.py shell, or the admin's Users) before serving: their passwords and "
            "authenticator secrets are public.",
            id="staff.E001",
        )
    ]
