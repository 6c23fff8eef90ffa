"""Builds the demo site from demo/content/: pages in every language, site settings, leaflets and, for
development, accounts.

Safe to run again and again: a second run changes nothing, improved demo text reaches a database loaded
before, and whatever an editor changed stays as they left it (see demo/tracking.py).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import GroupPagePermission

from demo.data_files import DemoContentError
from demo.loader import Loader
from staff.devices import give_known_authenticator

DEMO_ACCOUNTS = [
    # username, password, superuser, group
    ("admin", "demo-admin-password", True, None),
    ("editor", "demo-editor-password", False, "Editors"),
]
# Fixed, development-only TOTP secrets (every admin account gives a second factor), printed to type into an app.
DEMO_TOTP_KEYS_HEX = {
    "admin": "3132333435363738393031323334353637383931",
    "editor": "3132333435363738393031323334353637383932",
}


class Command(BaseCommand):
    help = "Create or update the demo pages, settings and leaflets (and with --accounts, development accounts)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts", action="store_true", help="Also create the demo administrator and editor (DEBUG only)."
        )

    @transaction.atomic
    def handle(self, *args, **options):
        if options["accounts"] and not settings.DEBUG:
            raise CommandError("Demo accounts have well-known passwords: they are created only when DEBUG is on.")
        loader = Loader()
        try:
            home = loader.load()
        except DemoContentError as error:
            raise CommandError(f"demo/content/{error}") from error
        let_editors_publish(home)
        if options["accounts"]:
            self.create_accounts()
        call_command("update_index", verbosity=0)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready: {len(loader.page_ids)} pages."))
            for source in loader.updated:
                self.stdout.write(f"  updated from demo/content/{source}")

    def create_accounts(self):
        User = get_user_model()
        for username, password, is_superuser, group_name in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"is_superuser": is_superuser, "is_staff": is_superuser, "email": f"{username}@example.org"},
            )
            if created:
                user.set_password(password)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            secret = give_known_authenticator(user, DEMO_TOTP_KEYS_HEX[username])
            self.stdout.write(f"  demo account: {username} / {password}, TOTP secret {secret}")


def let_editors_publish(home):
    """Wagtail's Editors may only submit for moderation; a small team's editors publish themselves."""
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.get_or_create(group=editors, page=home, permission=publish)
