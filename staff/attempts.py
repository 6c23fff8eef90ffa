"""Every try at a second-factor door (a code, an invitation) counts per client, and slows its account down with
growing delays (privacy.backoff) that never lock the owner out."""

from django.conf import settings
from django.utils.translation import gettext as _

from privacy import backoff, ratelimit

GROUP = "second-factor"


def _account(request):
    return ratelimit.account_key(GROUP, request)


def refusal(request):
    """Counts one try; a message saying why it is refused, or None when it may go ahead."""
    if ratelimit.hit(request, GROUP, settings.CONTACT_RATE_LIMITS["second_factor_per_client"]):
        return _("Too many attempts from this network. Please wait a few minutes and try again.")
    wait = backoff.seconds_to_wait(_account(request))
    if wait:
        return ratelimit.wait_message(wait)
    return None


def failed(request):
    backoff.failed(_account(request))


def succeeded(request):
    backoff.succeeded(_account(request))
