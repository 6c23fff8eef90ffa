"""For someone who lost their phone: removes their authenticator. They set up a new one with an invitation
(`invite_second_factor`, or an administrator's) before they can use the admin again."""

from staff import devices, invitations
from staff.audit import record
from staff.management.account_command import AccountCommand


class Command(AccountCommand):
    help = "Remove USERNAME's second factor and unused invitations; they need a new invitation to enrol again."

    def handle(self, *args, username, **options):
        user = self.account(username)
        removed = devices.remove_all(user)
        invitations.withdraw_unused(user)
        record(user, "staff.second_factor_reset")
        self.stdout.write(
            f"Removed {removed} authenticator(s) of {username}. Now run: manage.py invite_second_factor {username}"
        )
