"""/healthz, for load balancers: fails when the database does not answer, and only then.

Reader pages keep answering while Redis is gone (the "default" cache fails soft), so a Redis outage must not
take every app server out of the balancer at once: the state of both caches is reported in the body, never in
the status. Nothing else is said, nothing is logged beyond what Django logs of a 503 (its path), and no rate
limit applies. It answers on every host (privacy.hosts).
"""

import secrets

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from .secure_cache import SECURE_CACHE_ALIAS, SECURE_CACHE_ERRORS

PROBE_KEY = "health:probe"
PROBE_SECONDS = 10


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_answers(alias):
    """Whether a value written to the cache reads back: the fail-soft cache hides its errors, so asking is
    not enough."""
    cache = caches[alias]
    value = secrets.token_hex(8)
    try:
        cache.set(PROBE_KEY, value, PROBE_SECONDS)
        return cache.get(PROBE_KEY) == value
    except SECURE_CACHE_ERRORS:
        return False


def state(answers):
    return "ok" if answers else "down"


@require_safe
def healthz(request):
    database = database_answers()
    lines = [
        f"database {state(database)}",
        f"cache {state(cache_answers(DEFAULT_CACHE_ALIAS))}",
        f"secure cache {state(cache_answers(SECURE_CACHE_ALIAS))}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", status=200 if database else 503, content_type="text/plain")
    add_never_cache_headers(response)
    return response
