"""Who issued, used or reset a second factor, in Wagtail's audit trail (on the account concerned)."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

ACTIONS = {
    "staff.second_factor_invite": (
        _("Invite to a second factor"),
        _("Issued an invitation to set up a second factor"),
    ),
    "staff.second_factor_enrol": (_("Enrol a second factor"), _("Set up a second factor with an invitation")),
    "staff.second_factor_reset": (_("Reset second factor"), _("Removed the second factor of the account")),
}


def record(account, action, by=None):
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    log(instance=account, action=action, user=by)
