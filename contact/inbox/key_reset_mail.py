"""Tells a consultant that their inbox key was reset, in case it was not them. It says nothing else: no ticket,
no colleague, no link that a forged copy could swap for another."""

import logging

from django.core.mail import send_mail
from django.utils.translation import gettext as _
from django.utils.translation import override

from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)


def tell_of_key_reset(user):
    """One e-mail to ``user`` (a User instance), in their admin language; nothing when they have no address."""
    if not user.email:
        return
    with override(UserProfile.get_for_user(user).get_preferred_language()):
        subject = _("Your hotline inbox key was reset")
        body = _(
            "Your key for the hotline inbox was just replaced by a new one, under a new passphrase. "
            "Colleagues must grant you the team key again.\n\n"
            "If this was not you, tell your team now: someone may be signed in as you."
        )
    try:
        send_mail(subject, body, None, [user.email])
    except OSError:
        # The key is already replaced: a mail server that is down must not turn that into an error page.
        logger.warning("The e-mail about a reset inbox key could not be sent.")
