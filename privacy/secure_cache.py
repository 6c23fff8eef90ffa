"""The fail-closed cache (config.settings.caches): rate limits, back-off delays, staff sessions, unlocked inboxes
and the contact form's one-time entries. Without it nothing is counted, so nothing may go ahead."""

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

from . import coarse_expiry

SECURE_CACHE_ALIAS = "secure"
# What the secure cache raises when Redis is gone, busy or refusing writes.
SECURE_CACHE_ERRORS = (RedisError, ConnectionInterrupted)


def secure_cache():
    return caches[SECURE_CACHE_ALIAS]


# Counters of rate limits, work slots and used challenges live at least until the next round hour.
COUNTER_EXPIRY_STEP_SECONDS = 3600


class CoarseCounterExpiry:
    """A counter's first ``add`` would otherwise expire exactly a window after it, and so tell, to the second,
    when somebody first wrote or looked up a code in that window. Rounded up, it lives a little longer (its key
    names its window, so it counts nothing twice) and its expiry says only the hour."""

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if isinstance(timeout, int | float):
            timeout = coarse_expiry.at_least(timeout, COUNTER_EXPIRY_STEP_SECONDS)
        return super().add(key, value, timeout, version)


class CoarseCounterRedisCache(CoarseCounterExpiry, RedisCache):
    pass


class CoarseCounterLocMemCache(CoarseCounterExpiry, LocMemCache):
    pass
