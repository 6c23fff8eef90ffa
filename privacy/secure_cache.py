"""The fail-closed cache (config.settings.caches): rate limits, back-off delays, staff sessions, unlocked inboxes
and the contact form's one-time entries. Without it nothing is counted, so nothing may go ahead."""

from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

from django.core.cache import caches

SECURE_CACHE_ALIAS = "secure"
# What the secure cache raises when Redis is gone, busy or refusing writes.
SECURE_CACHE_ERRORS = (RedisError, ConnectionInterrupted)


def secure_cache():
    return caches[SECURE_CACHE_ALIAS]
