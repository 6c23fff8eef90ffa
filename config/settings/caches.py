"""The two shared caches, and each process's own. ``default`` is Wagtail's and fails soft: with Redis gone, pages
are built without it. ``secure`` fails closed: rate limits, staff sessions, unlocked inboxes and the contact
form's one-time entries would otherwise be lost in silence, and with them the limits they enforce. ``process`` is
one server process's memory, for what reader pages share under the page cache's generation
(home.cache_generation.kept_in_process).

Each has its own key prefix, so that emptying one (tests do, key by key) never touches the other, even in a
shared Redis database. Nothing here ever empties a whole database.
"""

from urllib.parse import parse_qs, urlsplit

DEFAULT = "default"
SECURE = "secure"
# The secure cache's own entries, seen through a backend whose counters expire on round hours
# (privacy.secure_cache.CoarseCounterExpiry): django-ratelimit's counters, the work slots, used challenges.
COUNTERS = "counters"
PROCESS = "process"
# Fragments of pages in five languages, the site, its settings: room for a few hundred pages.
PROCESS_MAX_ENTRIES = 5000
REDIS_BACKEND = "django_redis.cache.RedisCache"
# A reader's page waits at most this long for a Redis that is gone before it is built without the cache.
SOFT_TIMEOUT_SECONDS = 0.25
# A form sent while Redis is gone is refused this fast; a busy Redis gets a little longer to answer.
SECURE_CONNECT_TIMEOUT_SECONDS = 0.25
SECURE_TIMEOUT_SECONDS = 1.0


def all_caches(caches, counter_backend):
    """The shared caches, with the secure cache's counters and the process's own memory."""
    process = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "hotline-process",
        "OPTIONS": {"MAX_ENTRIES": PROCESS_MAX_ENTRIES},
    }
    return {**caches, COUNTERS: {**caches[SECURE], "BACKEND": counter_backend}, PROCESS: process}


def redis_caches(default_url, secure_url, prefix):
    return all_caches(
        {
            DEFAULT: {
                "BACKEND": REDIS_BACKEND,
                "LOCATION": default_url,
                "KEY_PREFIX": prefix,
                "OPTIONS": {
                    "IGNORE_EXCEPTIONS": True,
                    "SOCKET_CONNECT_TIMEOUT": SOFT_TIMEOUT_SECONDS,
                    "SOCKET_TIMEOUT": SOFT_TIMEOUT_SECONDS,
                },
            },
            SECURE: {
                "BACKEND": REDIS_BACKEND,
                "LOCATION": secure_url,
                "KEY_PREFIX": f"{prefix}-secure",
                "OPTIONS": {
                    "IGNORE_EXCEPTIONS": False,
                    "SOCKET_CONNECT_TIMEOUT": SECURE_CONNECT_TIMEOUT_SECONDS,
                    "SOCKET_TIMEOUT": SECURE_TIMEOUT_SECONDS,
                },
            },
        },
        "privacy.secure_cache.CoarseCounterRedisCache",
    )


def local_memory_caches():
    """One process's memory, for development and tests: two stores, as apart as the two Redis databases."""
    backend = "django.core.cache.backends.locmem.LocMemCache"
    caches = {alias: {"BACKEND": backend, "LOCATION": f"hotline-{alias}"} for alias in (DEFAULT, SECURE)}
    # The same LOCATION is the same store: the counters are the secure cache's entries.
    return all_caches(caches, "privacy.secure_cache.CoarseCounterLocMemCache")


def redis_database(url):
    """Which Redis database a redis://, rediss:// or unix:// URL names: (server, database number)."""
    parts = urlsplit(url)
    number = parse_qs(parts.query).get("db", ["0"])[0]
    if parts.scheme == "unix":
        return parts.path, number
    return (parts.hostname, parts.port or 6379), parts.path.strip("/") or number
