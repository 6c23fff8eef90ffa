"""The counting semaphore that caps Argon2id work across processes (privacy.work_slots): a few at once, a short
wait in line beyond them, and a slot that a dead worker never gave back frees itself."""

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed

import pytest

from privacy import work_slots

from .staff_helpers import Clock


@pytest.fixture
def name():
    # A name of its own per test: a shared Redis keeps slots that another test took.
    return f"test-{uuid.uuid4().hex}"


def test_a_slot_is_taken_and_given_back(name):
    first = work_slots.try_acquire(name, 2)
    second = work_slots.try_acquire(name, 2)
    assert first and second
    assert work_slots.try_acquire(name, 2) is None

    work_slots.release(first)

    assert work_slots.try_acquire(name, 2)


def test_no_more_than_the_cap_work_at_once(name):
    running, most = 0, 0
    lock = threading.Lock()

    def work(_):
        nonlocal running, most
        with work_slots.work_slot(name, 3, wait_seconds=10, line_length=12):
            with lock:
                running += 1
                most = max(most, running)
            time.sleep(0.02)
            with lock:
                running -= 1

    with ThreadPoolExecutor(max_workers=12) as pool:
        list(pool.map(work, range(36)))

    assert most == 3


def test_a_burst_of_eight_senders_waits_in_line_and_is_served(name):
    def send(_):
        with work_slots.work_slot(name, 2, wait_seconds=5, line_length=6):
            time.sleep(0.05)  # what one derivation costs at the production cost
        return True

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(send, range(8)))


@pytest.mark.usefixtures("caches_in_memory")
def test_a_slot_never_given_back_frees_itself_within_two_windows(name, monkeypatch):
    clock = Clock(monkeypatch)
    clock.advance(work_slots.WINDOW_SECONDS - clock.now % work_slots.WINDOW_SECONDS + 1)  # early in a window
    assert work_slots.try_acquire(name, 1)  # its worker dies holding it

    clock.advance(work_slots.WINDOW_SECONDS)
    assert work_slots.try_acquire(name, 1) is None

    clock.advance(work_slots.WINDOW_SECONDS)  # the same key name again, two windows on: it starts from nothing
    assert work_slots.try_acquire(name, 1)


def test_a_request_waits_for_a_slot_then_gives_up(name):
    held = work_slots.try_acquire(name, 1)

    started = time.monotonic()
    with pytest.raises(work_slots.Busy):
        work_slots.acquire(name, 1, wait_seconds=0.3, line_length=1)
    assert 0.3 <= time.monotonic() - started < 1.5

    threading.Timer(0.2, work_slots.release, [held]).start()
    assert work_slots.acquire(name, 1, wait_seconds=3, line_length=1)


def test_beyond_a_full_line_a_request_is_refused_at_once_and_those_in_line_are_served(name):
    """A flood of expensive requests from many addresses: those in line hold server threads, so no more than
    the line's length may wait; the rest are refused without waiting, and those in line still get their turn."""
    held = work_slots.try_acquire(name, 1)
    in_line = ThreadPoolExecutor(max_workers=2)
    waiting = [in_line.submit(work_slots.acquire, name, 1, 30, 2) for _ in range(2)]
    while (work_slots._cache().get(work_slots._key(f"{name}-line", work_slots._current_window())) or 0) < 2:
        time.sleep(0.01)

    beyond = ThreadPoolExecutor(max_workers=1).submit(work_slots.acquire, name, 1, 30, 2)
    # A liveness bound, not a speed measure: a request that waited in line would still be waiting here.
    with pytest.raises(work_slots.Busy):
        beyond.result(timeout=5)

    work_slots.release(held)
    # Whichever of the two gets the slot first gives it back for the other.
    for turn in as_completed(waiting, timeout=10):
        work_slots.release(turn.result())
    in_line.shutdown()
