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
from staff.demo_accounts import ADMIN, DEMO_DEVICE_NAME, EDITOR
from staff.devices import give_known_authenticator

# username, superuser, group; their passwords and authenticator secrets are in staff.demo_accounts, which production
# reads to refuse them.
DEMO_ACCOUNTS = [(ADMIN, True, None), (EDITOR, False, "Editors")]


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
        for account, is_superuser, group_name in DEMO_ACCOUNTS:
            username, password = account.username, account.password
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"is_superuser": is_superuser, "is_staff": is_superuser, "email": f"{username}@example.org"},
            )
            if created:
                user.set_password(password)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            secret = give_known_authenticator(user, account.totp_key_hex, DEMO_DEVICE_NAME)
            self.stdout.write(f"  demo account: {username} / {password}, TOTP secret {secret}")


def let_editors_publish(home):
    """Wagtail's Editors may only submit for moderation; a small team's editors publish themselves."""
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.get_or_create(group=editors, page=home, permission=publish)
