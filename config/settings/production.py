"""Production: refuses to start without a secret key, allowed hosts and a shared cache."""

import os

from django.core.exceptions import ImproperlyConfigured

from . import caches as two_caches
from . import public_root
from .base import *  # noqa: F403


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Production settings need the {name} environment variable.")
    return value


SECRET_KEY = _required("SECRET_KEY")
HOTLINE_REFUSE_UNSAFE_STATES = True
# Receipt look-ups and rate-limit keys: its own secret, so rotating SECRET_KEY orphans no code, and never in a
# database backup (whoever holds both may try codes offline, paying Argon2id for each).
HOTLINE_PEPPER = _required("HOTLINE_PEPPER")
if len(HOTLINE_PEPPER) < 43 or HOTLINE_PEPPER == SECRET_KEY:
    raise ImproperlyConfigured(
        "HOTLINE_PEPPER must be at least 32 random bytes written as 43 or more characters, e.g. the output of "
        "`python3 -c 'import secrets; print(secrets.token_urlsafe(32))'`, and differ from SECRET_KEY."
    )
ALLOWED_HOSTS = [host.strip() for host in _required("ALLOWED_HOSTS").split(",") if host.strip()]
# Rate limits, sessions and unlocked inboxes must be shared by every app server, in a Redis database of their
# own: the "secure" cache fails closed, Wagtail's "default" fails soft (config.settings.caches).
REDIS_URL = _required("REDIS_URL")
REDIS_SECURE_URL = _required("REDIS_SECURE_URL")
if two_caches.redis_database(REDIS_SECURE_URL) == two_caches.redis_database(REDIS_URL):
    raise ImproperlyConfigured("REDIS_SECURE_URL must name another Redis database than REDIS_URL, e.g. /1 and /0.")
CACHES = two_caches.redis_caches(REDIS_URL, REDIS_SECURE_URL, CACHE_KEY_PREFIX)  # noqa: F405
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = two_caches.SECURE
# Behind the proxy every request comes from the proxy: without the client's address header all readers would
# share one rate limit, and one person could stop everyone from writing.
CONTACT_CLIENT_ADDRESS_HEADER = _required("CONTACT_CLIENT_ADDRESS_HEADER")

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# The TLS-terminating proxy in front of gunicorn says whether the request came over HTTPS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Browsers keep "__Host-" cookies to the host that set them and refuse any that a neighbouring host (the
# admin's, when the inbox has a host of its own) plants for the whole domain.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]

# `make serve` runs this stack on one machine over plain HTTP (deploy/local_stack.py), where browsers refuse
# secure and "__Host-" cookies, so the admin could not sign in. Only for loopback hosts: a server that anyone
# else can reach never runs without HTTPS.
HOTLINE_LOCAL_PLAIN_HTTP = os.environ.get("HOTLINE_LOCAL_PLAIN_HTTP", "false").lower() == "true"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]"}
if HOTLINE_LOCAL_PLAIN_HTTP:
    if not set(ALLOWED_HOSTS) <= LOOPBACK_HOSTS:
        raise ImproperlyConfigured(
            "HOTLINE_LOCAL_PLAIN_HTTP serves over plain HTTP, for this machine only: ALLOWED_HOSTS may then name "
            "only 127.0.0.1, localhost and [::1]."
        )
    SECURE_SSL_REDIRECT = False
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
    SESSION_COOKIE_NAME = "sessionid"
    CSRF_COOKIE_NAME = "csrftoken"
    CSRF_TRUSTED_ORIGINS = [f"http://{host}" for host in ALLOWED_HOSTS]

# Where readers reach the site, for absolute links and e-mails: HTTPS, on one of ALLOWED_HOSTS.
HOTLINE_PUBLIC_ROOT_URL = public_root.checked(
    _required("HOTLINE_PUBLIC_ROOT_URL"), ALLOWED_HOSTS, plain_http_allowed=HOTLINE_LOCAL_PLAIN_HTTP
)
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL",
    f"https://{HOTLINE_ADMIN_HOST}" if HOTLINE_ADMIN_HOST else HOTLINE_PUBLIC_ROOT_URL,  # noqa: F405
)
