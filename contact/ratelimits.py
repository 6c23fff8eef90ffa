"""How often the contact form may store a message and a receipt code may be tried (privacy.ratelimit)."""

from django.conf import settings

from privacy.ratelimit import client_key, everyone_key, hit, spent


def _submission_limits():
    limits = settings.CONTACT_RATE_LIMITS
    return [
        ("contact-client-hour", client_key, limits["per_client_hour"]),
        ("contact-client-day", client_key, limits["per_client_day"]),
        ("contact-global-hour", everyone_key, limits["global_hour"]),
    ]


def submissions_exhausted(request):
    """Whether another message from this client (or from anyone, this hour) would go over a limit.

    Only stored messages count (count_submission), so a person correcting a form error is never limited.
    """
    return any(spent(request, group, rate, key) for group, key, rate in _submission_limits())


def count_submission(request):
    for group, key, rate in _submission_limits():
        hit(request, group, rate, key)


def lookup_limited(request):
    """Counts a receipt-code look-up and says whether this client has made too many."""
    return hit(request, "contact-lookup", settings.CONTACT_RATE_LIMITS["lookups_per_client_hour"])
