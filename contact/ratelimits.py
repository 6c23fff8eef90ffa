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
    """Whether another message from this client would go over one of its limits.

    Only stored messages count (count_submission), so a person correcting a form error is never limited. The budget
    of everyone together is no such limit: once it is spent, a message needs a proof of work (contact.proof_of_work).
    """
    return any(spent(request, group, rate, key) for group, key, rate in _submission_limits() if key is client_key)


def everyone_budget_spent(request):
    """Whether everyone together has sent this hour's budget of messages."""
    return any(spent(request, group, rate, key) for group, key, rate in _submission_limits() if key is everyone_key)


def count_submission(request):
    for group, key, rate in _submission_limits():
        hit(request, group, rate, key)


def lookup_limited(request):
    """Counts a receipt-code look-up and says whether this client, or everyone together this hour, made too many:
    each look-up costs key derivations, so the total is capped too."""
    limits = settings.CONTACT_RATE_LIMITS
    per_client = hit(request, "contact-lookup", limits["lookups_per_client_hour"])
    return hit(request, "contact-lookup-global", limits["lookups_global_hour"], everyone_key) or per_client
