"""For a consultant who lost their phone: removes their authenticator, so they enrol a new one at next use."""

from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Remove USERNAME's second factor; they set up a new one before they can unlock the inbox again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username}.")
        removed, _per_model = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {removed} authenticator(s) of {username}.")
