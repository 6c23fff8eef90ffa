"""Growing delays after failed attempts, kept in the secure cache under a rate-limit key (privacy.ratelimit).

After n failures in a row the next attempt waits 2**n seconds, never more than RETRY_DELAY_MAX_SECONDS. Nobody
is locked out: whoever knows the secret gets in once the delay is over, however many wrong guesses came before.
Attempts refused during a delay are not failures, so that a guesser cannot make the delay grow faster.
"""

import time

from django.conf import settings

from .secure_cache import secure_cache


def _cache_key(key):
    return f"backoff:{key}"


def seconds_to_wait(key):
    """How long, in whole seconds, the next attempt under ``key`` must wait (0: it may go ahead)."""
    state = secure_cache().get(_cache_key(key))
    if not state:
        return 0
    return max(0, int(state["until"] - time.time() + 0.999))


def failed(key):
    """Counts one failure under ``key`` and starts the delay it earns."""
    state = secure_cache().get(_cache_key(key)) or {"failures": 0}
    failures = state["failures"] + 1
    delay = min(2 ** min(failures, 20), settings.RETRY_DELAY_MAX_SECONDS)
    # Kept a while after the delay ends, so that the next failure grows it further.
    secure_cache().set(_cache_key(key), {"failures": failures, "until": time.time() + delay}, timeout=delay + 3600)


def succeeded(key):
    secure_cache().delete(_cache_key(key))
