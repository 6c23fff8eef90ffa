"""Every rate limit of the site goes through here (django-ratelimit on the shared cache).

A client is known only by a keyed HMAC of its address, and an account by a keyed HMAC of its id: neither the
cache keys nor their values let anyone recover who it was, and no address is ever stored or logged.
"""

import hashlib
import hmac
import ipaddress

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext, ngettext

from . import backoff
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


def client_network(address):
    """What one client controls: an IPv4 address, or an IPv6 network of RATE_LIMIT_IPV6_PREFIX bits (a single
    home or phone gets a whole /64, and could otherwise take a fresh bucket for every attempt)."""
    try:
        parsed = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/{settings.RATE_LIMIT_IPV6_PREFIX}", strict=False))


def client_key(group, request):
    """The anonymous rate-limit key of the client that sent ``request``."""
    return _keyed(group, client_network(client_address(request)))


def account_key(group, request):
    """The rate-limit key of the signed-in account, whatever address it comes from."""
    return _keyed(group, f"user:{request.user.pk}")


def username_key(group, request):
    """The rate-limit key of the user name a sign-in form was sent with, whether or not such an account exists."""
    return _keyed(group, "username:" + request.POST.get("username", "").strip().casefold())


def everyone_key(group, request):
    """One key for all clients together (a global budget), still distinct per group."""
    return _keyed(group, "everyone")


def hit(request, group, rate, key=client_key):
    """Counts one attempt and says whether it went over ``rate`` (django-ratelimit's "count/period")."""
    return is_ratelimited(request, group=group, key=key, rate=rate, increment=True)


def spent(request, group, rate, key=client_key):
    """Whether the next attempt would go over ``rate``, without counting one."""
    usage = get_usage(request, group=group, key=key, rate=rate, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def delay_beyond(request, group, rate, key):
    """Counts one attempt under ``key`` and says how many seconds it must wait first (0: it may go ahead). The
    first attempts of each window (``rate``) go straight through; after them each attempt starts a delay that
    doubles with every further one (privacy.backoff), so whoever is behind the key is slowed down but never locked
    out: the one who knows the secret gets in once the delay is over."""
    if not hit(request, group, rate, key=key):
        return 0
    delay_key = key(group, request)
    wait = backoff.seconds_to_wait(delay_key)
    if not wait:
        backoff.failed(delay_key)
    return wait


def wait_message(seconds):
    return ngettext(
        "Too many wrong attempts. Please wait %(seconds)d second and try again.",
        "Too many wrong attempts. Please wait %(seconds)d seconds and try again.",
        seconds,
    ) % {"seconds": seconds}


class AdminLoginRateLimitMiddleware:
    """Slows password guessing at the admin login: a few attempts per client per window, and growing delays
    per user name tried (privacy.backoff), which guesses spread over many addresses cannot escape."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or request.path != ADMIN_LOGIN_PATH:
            return self.get_response(request)
        rate = settings.CONTACT_RATE_LIMITS["admin_logins_per_client"]
        if hit(request, "admin-login", rate):
            return HttpResponse(gettext("Too many login attempts. Please wait a few minutes."), status=429)
        account = username_key("admin-login", request)
        wait = backoff.seconds_to_wait(account)
        if wait:
            return HttpResponse(wait_message(wait), status=429, content_type="text/plain; charset=utf-8")
        response = self.get_response(request)
        if response.status_code == 302 and request.user.is_authenticated:
            backoff.succeeded(account)
        elif response.status_code == 200:  # the form again, with its error
            backoff.failed(account)
        return response
