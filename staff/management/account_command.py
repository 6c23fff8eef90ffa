from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class AccountCommand(BaseCommand):
    """A command about one staff account, named by its USERNAME."""

    def add_arguments(self, parser):
        parser.add_argument("username")

    def account(self, username):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username}.")
        return user
