"""A counting semaphore shared by every process and app server through the cache: at most so many pieces of
expensive work (Argon2id derivations) run at once, a few requests beyond them wait a little in line, then give
up, and any beyond those give up at once.

Run at once beyond the cores they share, derivations only slow each other down, and every page of the site
with them; waiting in line keeps each one fast and leaves cores for readers.
"""

import time
from contextlib import contextmanager

from django.conf import settings

from . import coarse_expiry
from .secure_cache import secure_cache

# Counts live in windows of this many seconds, and only the current and the previous window count: a worker that
# dies holding a slot (its count never given back) frees it within two windows. Work must end within one window.
WINDOW_SECONDS = 60
POLL_SECONDS = 0.05


class Busy(Exception):
    """Every slot stayed taken for as long as a request may wait."""


def _cache():
    # Shared by every app server, and one whose failure refuses rather than lets through.
    return secure_cache()


def _key(name, window):
    # Only the window's parity names it: a key naming the minute would tell when somebody wrote.
    return f"work-slots:{name}:{window % 2}"


def _current_window():
    return int(time.time() // WINDOW_SECONDS)


def try_acquire(name, capacity):
    """The key to give back to ``release`` once the work is done, or None when all ``capacity`` slots are taken."""
    window = _current_window()
    key = _key(name, window)
    cache = _cache()
    # Gone when the next window ends, before its parity names a window again.
    cache.add(key, 0, timeout=coarse_expiry.at_least(WINDOW_SECONDS + 1, WINDOW_SECONDS))
    in_use = cache.incr(key) + (cache.get(_key(name, window - 1)) or 0)
    if in_use <= capacity:
        return key
    release(key)
    return None


def release(key):
    try:
        _cache().decr(key)
    except ValueError:
        pass  # its window is long gone, and its count with it


def acquire(name, capacity, wait_seconds, line_length):
    """Take a slot. When all are taken, wait in line, polling for at most ``wait_seconds``, unless
    ``line_length`` requests wait already: each of them holds a server thread that readers' pages need, so a
    flood of expensive requests must not take them all. Raises Busy when there is no place or no slot."""
    if (key := try_acquire(name, capacity)) is not None:
        return key
    place = try_acquire(f"{name}-line", line_length)
    if place is None:
        raise Busy
    try:
        deadline = time.monotonic() + wait_seconds
        while (key := try_acquire(name, capacity)) is None:
            if time.monotonic() >= deadline:
                raise Busy
            time.sleep(POLL_SECONDS)
        return key
    finally:
        release(place)


@contextmanager
def work_slot(name, capacity, wait_seconds, line_length):
    key = acquire(name, capacity, wait_seconds, line_length)
    try:
        yield
    finally:
        release(key)


def argon2_slot():
    """A slot for one request's Argon2id derivations (settings ARGON2_CONCURRENCY, ARGON2_QUEUE_SECONDS and
    ARGON2_QUEUE_LENGTH)."""
    return work_slot(
        "argon2", settings.ARGON2_CONCURRENCY, settings.ARGON2_QUEUE_SECONDS, settings.ARGON2_QUEUE_LENGTH
    )
