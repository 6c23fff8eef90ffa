"""After a message is sent, the caches hold nothing that dates it: no time in any key or value, and the contact
form's own entries expire on round times, so that not even their expiry tells when it was sent (contact.views).
The form's minimum fill time comes from the signed form token, not from the cache."""

import datetime
import pickle
import re
import time

import pytest

from django.conf import settings
from django.core.cache import caches

from contact.models import Ticket
from contact.views import FORM_TOKEN_LIFETIME, ONE_HOUR, RECEIPT_REPEAT_STEP
from privacy.secure_cache import COUNTER_EXPIRY_STEP_SECONDS

from .contact_helpers import contact_url, receipt_code, reply_check_url, submission, write_as_team

NEAR = 3 * 24 * 60 * 60
# Seconds, milliseconds, microseconds and nanoseconds since 1970.
TIME_SCALES = (1, 10**3, 10**6, 10**9)


def entries(cache):
    """(key, value, when it expires as Unix time or None) for every entry of a local-memory or Redis cache."""
    if hasattr(cache, "_cache"):
        return [(key, pickle.loads(value), cache._expire_info.get(key)) for key, value in cache._cache.items()]  # noqa: S301 - our own test cache
    now = time.time()
    # django-redis gives None for an entry kept until deleted (the page cache's generation counter, say).
    return [
        (key, cache.get(key), None if (milliseconds := cache.pttl(key)) is None else now + milliseconds / 1000)
        for key in cache.iter_keys("*")
    ]


def every_entry():
    """Each store once: the counters' alias is the secure cache's store seen through another backend."""
    stores = {(config.get("LOCATION"), config.get("KEY_PREFIX")): alias for alias, config in settings.CACHES.items()}
    return [entry for alias in stores.values() for entry in entries(caches[alias])]


def looks_like_a_time_near(value, now):
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return any(abs(value / scale - now) < NEAR for scale in TIME_SCALES)
    if isinstance(value, datetime.date | datetime.time):
        return True
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        numbers = re.findall(r"\d{9,19}(?:\.\d+)?", value)
        return any(looks_like_a_time_near(float(number), now) for number in numbers) or bool(
            re.search(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d", value)
        )
    if isinstance(value, dict):
        return any(looks_like_a_time_near(item, now) for pair in value.items() for item in pair)
    if isinstance(value, list | tuple | set | frozenset):
        return any(looks_like_a_time_near(item, now) for item in value)
    return False


@pytest.mark.parametrize(
    ("value", "dated"),
    [
        (time.time(), True),
        (int(time.time() * 1000), True),
        (f"sent:{int(time.time())}", True),
        ({"until": time.time() + 60}, True),
        (datetime.datetime.now(tz=datetime.UTC), True),
        ("2031-05-04T10:11:12", True),
        (3, False),
        (True, False),
        (b"\x00\x01sealed", False),
        ({"failures": 2}, False),
    ],
    # Named here: values made from the clock would name the test differently in each test process.
    ids=[
        "seconds",
        "milliseconds",
        "seconds-in-text",
        "time-in-a-dict",
        "datetime",
        "date-in-text",
        "small-number",
        "boolean",
        "bytes",
        "count-in-a-dict",
    ],
)
def test_the_detector_finds_times(value, dated):
    assert looks_like_a_time_near(value, time.time()) is dated


def send_and_follow_up(client, team_key):
    sent = submission()
    code = receipt_code(client.post(contact_url(), sent))
    assert receipt_code(client.post(contact_url(), sent)) == code, "a double tap shows the code again"
    write_as_team(Ticket.objects.get(), team_key, "We read you.")
    client.post(reply_check_url(), {"code": code})
    client.post(reply_check_url(), {"code": code, "message": "Thank you, again.", "token": submission()["token"]})


@pytest.mark.django_db
def test_no_cache_entry_holds_a_time(client, team_key):
    send_and_follow_up(client, team_key)
    now = time.time()

    found = every_entry()

    assert any("used-form-token" in str(key) for key, _value, _expiry in found), "nothing to inspect"
    for key, value, _expiry in found:
        assert not looks_like_a_time_near(key, now), key
        assert not looks_like_a_time_near(value, now), (key, value)


def distance_from_a_multiple(moment, step):
    remainder = moment % step
    return min(remainder, step - remainder)


@pytest.mark.django_db
def test_the_forms_entries_expire_on_round_times(client, team_key):
    send_and_follow_up(client, team_key)
    now = time.time()
    expiries = {kind: [] for kind in ("used-form-token", "repeat-receipt")}

    for key, _value, expiry in every_entry():
        for kind, found in expiries.items():
            if f"contact:{kind}:" in str(key):
                found.append(expiry)

    # The message and its follow-up each used a form token; only the message has a receipt to repeat.
    assert len(expiries["used-form-token"]) == 2 and len(expiries["repeat-receipt"]) == 1, expiries
    for expiry in expiries["used-form-token"]:
        assert distance_from_a_multiple(expiry, ONE_HOUR) < 1
        assert expiry >= now + FORM_TOKEN_LIFETIME - 60, "a used token is kept as long as the token is valid"
    [expiry] = expiries["repeat-receipt"]
    assert distance_from_a_multiple(expiry, RECEIPT_REPEAT_STEP) < 1
    assert now + settings.CONTACT_RECEIPT_REPEAT_SECONDS - RECEIPT_REPEAT_STEP - 60 < expiry
    assert expiry <= now + settings.CONTACT_RECEIPT_REPEAT_SECONDS


@pytest.mark.django_db
def test_rate_limit_counters_expire_on_round_hours(client, team_key):
    send_and_follow_up(client, team_key)

    counters = [expiry for key, _value, expiry in every_entry() if ":rl:" in str(key) or str(key).startswith("rl:")]

    assert counters, "the form counted nothing"
    for expiry in counters:
        assert distance_from_a_multiple(expiry, COUNTER_EXPIRY_STEP_SECONDS) < 1, "a counter dates its first use"


@pytest.mark.django_db
def test_no_cache_key_names_the_minute_of_a_message(client, team_key):
    send_and_follow_up(client, team_key)
    minute = int(time.time() // 60)
    minutes = {str(minute - 1), str(minute), str(minute + 1)}

    keys = [str(key) for key, _value, _expiry in every_entry()]

    assert any("work-slots" in key for key in keys), "the Argon2id work left no slot to inspect"
    for key in keys:
        assert not minutes & set(re.findall(r"\d+", key)), key
