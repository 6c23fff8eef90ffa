"""Rate limits on the contact form and receipt look-ups (django-ratelimit on the shared cache).

The client's address is only ever used through a keyed HMAC: neither the cache keys nor their values let
anyone recover it, and it is never stored or logged.
"""

import hashlib
import hmac

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings

from .tickets import pepper


def client_key(group, request):
    header = settings.CONTACT_CLIENT_ADDRESS_HEADER
    address = request.META.get(header, "") if header else request.META.get("REMOTE_ADDR", "")
    # X-Forwarded-For lists what each hop claims; only the last entry was written by our own proxy.
    address = address.split(",")[-1].strip()
    return hmac.new(pepper(), f"{group}:{address}".encode(), hashlib.sha256).hexdigest()


def everyone_key(group, request):
    return "everyone"


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
    for group, key, rate in _submission_limits():
        usage = get_usage(request, group=group, key=key, rate=rate, increment=False)
        if usage is not None and usage["count"] >= usage["limit"]:
            return True
    return False


def count_submission(request):
    for group, key, rate in _submission_limits():
        is_ratelimited(request, group=group, key=key, rate=rate, increment=True)


def lookup_limited(request):
    """Counts a receipt-code look-up and says whether this client has made too many."""
    rate = settings.CONTACT_RATE_LIMITS["lookups_per_client_hour"]
    return is_ratelimited(request, group="contact-lookup", key=client_key, rate=rate, increment=True)
