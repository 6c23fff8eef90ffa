"""Every rate limit of the site goes through here (django-ratelimit on the shared cache).

A client is known only by a keyed HMAC of its address, and an account by a keyed HMAC of its id: neither the
cache keys nor their values let anyone recover who it was, and no address is ever stored or logged.
"""

import hashlib
import hmac

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings
from django.http import HttpResponse

from .paths import ADMIN_LOGIN_PATH
from .pepper import pepper


def _keyed(group, value):
    return hmac.new(pepper(), f"{group}:{value}".encode(), hashlib.sha256).hexdigest()


def client_address(request):
    """The client's address as our own proxy saw it (never stored: only ever passed through _keyed)."""
    header = settings.CONTACT_CLIENT_ADDRESS_HEADER
    address = request.META.get(header, "") if header else request.META.get("REMOTE_ADDR", "")
    # X-Forwarded-For lists what each hop claims; only the last entry was written by our own proxy.
    return address.split(",")[-1].strip()


def client_key(group, request):
    """The anonymous rate-limit key of the client that sent ``request``."""
    return _keyed(group, client_address(request))


def account_key(group, request):
    """The rate-limit key of the signed-in account, whatever address it comes from."""
    return _keyed(group, f"user:{request.user.pk}")


def everyone_key(group, request):
    return "everyone"


def hit(request, group, rate, key=client_key):
    """Counts one attempt and says whether it went over ``rate`` (django-ratelimit's "count/period")."""
    return is_ratelimited(request, group=group, key=key, rate=rate, increment=True)


def spent(request, group, rate, key=client_key):
    """Whether the next attempt would go over ``rate``, without counting one."""
    usage = get_usage(request, group=group, key=key, rate=rate, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


class AdminLoginRateLimitMiddleware:
    """Slows password guessing at the admin login: a few attempts per client per window."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == ADMIN_LOGIN_PATH:
            rate = settings.CONTACT_RATE_LIMITS["admin_logins_per_client"]
            if hit(request, "admin-login", rate):
                return HttpResponse("Too many login attempts. Please wait a few minutes.", status=429)
        return self.get_response(request)
