"""The inbox's audit trail: Wagtail log entries with who and when, never what anybody wrote."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

ACTIONS = {
    "hotline.unlock": (_("Unlock inbox"), _("Unlocked the hotline inbox")),
    "hotline.unlock_failed": (_("Failed unlock"), _("Failed to unlock the hotline inbox")),
    "hotline.lock": (_("Lock inbox"), _("Locked the hotline inbox")),
    "hotline.view": (_("View ticket"), _("Viewed a ticket")),
    "hotline.reply": (_("Reply"), _("Replied to the person")),
    "hotline.note": (_("Internal note"), _("Added an internal note")),
    "hotline.change": (_("Triage"), _("Changed status, urgency, assignee or tags")),
    "hotline.delete": (_("Delete ticket"), _("Deleted a ticket")),
    "hotline.key_set": (_("Set passphrase"), _("Set a new key passphrase")),
    "hotline.key_changed": (_("Change passphrase"), _("Changed the key passphrase; the key and its grants stayed")),
    "hotline.key_reset": (_("Reset key"), _("Made a new key for a forgotten passphrase; its grants are gone")),
    "hotline.key_refused": (_("Refused key change"), _("A key change was refused: wrong passphrase or code")),
    "hotline.grant": (_("Grant key"), _("Granted the team key to a colleague")),
    "hotline.revoke": (_("Remove grants"), _("Removed a colleague's team keys")),
    "hotline.rotate": (_("Rotate team key"), _("Made a new team key for new tickets")),
}


def record(instance, action, user):
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    log(instance=instance, action=action, user=user)
