"""For the first administrator, or when nobody can sign in to the admin: an invitation link printed here."""

from django.conf import settings

from staff import invitations
from staff.audit import record
from staff.management.account_command import AccountCommand


class Command(AccountCommand):
    help = (
        "Print a one-time link with which USERNAME sets up their second factor (after their password). "
        "It replaces any unused invitation of theirs."
    )

    def handle(self, *args, username, **options):
        user = self.account(username)
        _invitation, code = invitations.issue(user)
        record(user, "staff.second_factor_invite")
        self.stdout.write(
            f"Invitation for {username}, valid once for {settings.STAFF_INVITATION_HOURS} hours "
            "(shown only now; send it by a channel you trust):\n"
        )
        self.stdout.write(f"    {invitations.link(code)}\n")
        self.stdout.write(f"Invitation code: {code}")
