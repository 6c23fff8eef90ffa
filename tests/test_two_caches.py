"""Two caches (config.settings.caches): Wagtail's "default" fails soft, "secure" fails closed and holds rate limits,
back-off delays, staff sessions, unlocked inboxes and the contact form's one-time entries. Production wants each
in a Redis database of its own, and nothing ever empties a database it shares."""

import json

import pytest

from django.conf import settings
from django.core.cache import caches

from config.settings.caches import local_memory_caches, redis_caches, redis_database
from privacy import backoff

from .conftest import empty_cache
from .contact_helpers import contact_url, submission
from .test_production_settings import COMPLETE_ENVIRONMENT, manage

PRINT_CACHES = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps([s.CACHES, s.SESSION_ENGINE, s.SESSION_CACHE_ALIAS, s.RATELIMIT_USE_CACHE, "
    "s.HOTLINE_UNLOCK_CACHE]))"
)


def test_the_secure_cache_holds_what_must_not_be_lost():
    assert settings.CACHES[settings.RATELIMIT_USE_CACHE]["LOCATION"] == settings.CACHES["secure"]["LOCATION"]
    assert settings.HOTLINE_UNLOCK_CACHE == "secure"
    assert set(settings.CACHES) == {"default", "secure", "counters", "process"}


def test_each_process_keeps_its_own_memory_apart_from_the_shared_caches():
    for configured in (redis_caches("redis://cache:6379/0", "redis://cache:6379/1", "hotline"), local_memory_caches()):
        process = configured[settings.HOTLINE_PROCESS_CACHE]
        assert process["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
        assert process["OPTIONS"]["MAX_ENTRIES"] >= 1000
        assert all(
            process["LOCATION"] != cache.get("LOCATION") for alias, cache in configured.items() if alias != "process"
        )


def test_on_redis_the_default_cache_fails_soft_and_fast_and_the_secure_one_fails_closed():
    default, secure, counters, _process = redis_caches(
        "redis://cache:6379/0", "redis://cache:6379/1", "hotline"
    ).values()
    assert {**counters, "BACKEND": secure["BACKEND"]} == secure, "the counters are the secure cache's entries"

    assert default["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert default["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 0.5 and default["OPTIONS"]["SOCKET_TIMEOUT"] <= 0.5
    assert secure["OPTIONS"]["IGNORE_EXCEPTIONS"] is False
    assert secure["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1
    assert default["KEY_PREFIX"] != secure["KEY_PREFIX"], "a shared database must still keep them apart"


def test_in_memory_the_two_caches_are_apart():
    default, secure, _counters, _process = local_memory_caches().values()
    assert default["LOCATION"] != secure["LOCATION"]


@pytest.mark.parametrize(
    ("url", "database"),
    [
        ("redis://cache:6379/1", (("cache", 6379), "1")),
        ("redis://:password@cache/2", (("cache", 6379), "2")),
        ("rediss://cache:6380", (("cache", 6380), "0")),
        ("redis://cache:6379?db=3", (("cache", 6379), "3")),
        ("unix:///run/redis.sock?db=4", ("/run/redis.sock", "4")),
    ],
)
def test_which_database_a_redis_url_names(url, database):
    assert redis_database(url) == database


def test_production_keeps_sessions_in_the_secure_cache_on_its_own_database():
    result = manage("shell", "--verbosity=0", "-c", PRINT_CACHES, **COMPLETE_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    cache_settings, session_engine, session_cache, rate_limit_cache, unlock_cache = json.loads(result.stdout)

    assert cache_settings["default"]["LOCATION"] == COMPLETE_ENVIRONMENT["REDIS_URL"]
    assert cache_settings["secure"]["LOCATION"] == COMPLETE_ENVIRONMENT["REDIS_SECURE_URL"]
    assert session_engine == "django.contrib.sessions.backends.cache"
    assert session_cache == unlock_cache == "secure"
    assert cache_settings[rate_limit_cache]["LOCATION"] == COMPLETE_ENVIRONMENT["REDIS_SECURE_URL"]


@pytest.mark.parametrize("same", ["redis://127.0.0.1:6379/0", "redis://127.0.0.1/0", "redis://127.0.0.1:6379"])
def test_production_refuses_one_database_for_both(same):
    result = manage("check", **{**COMPLETE_ENVIRONMENT, "REDIS_URL": same, "REDIS_SECURE_URL": same})
    assert result.returncode != 0
    assert "REDIS_SECURE_URL must name another Redis database" in result.stderr


@pytest.mark.django_db
def test_the_forms_entries_and_back_off_delays_live_in_the_secure_cache(client, team_key):
    client.post(contact_url(), submission())
    backoff.failed("a-test-account")

    secure_keys = keys(caches["secure"])
    assert any("used-form-token" in key for key in secure_keys)
    assert any("backoff:" in key for key in secure_keys)
    assert not [key for key in keys(caches["default"]) if "contact:" in key or "backoff:" in key]


def keys(cache):
    if hasattr(cache, "_cache"):
        return list(cache._cache)
    return list(cache.iter_keys("*"))


@pytest.mark.skipif(not settings.REDIS_URL, reason="the tests run on local memory")
def test_emptying_a_cache_leaves_other_keys_of_its_redis_database_alone():
    cache = caches["default"]
    redis = cache.client.get_client()
    neighbour = "someone-elses-key"
    redis.set(neighbour, "kept", ex=60)
    cache.set("ours", "gone")
    caches["secure"].set("ours-too", "kept")
    try:
        empty_cache(cache)

        assert cache.get("ours") is None
        assert caches["secure"].get("ours-too") == "kept"
        assert redis.get(neighbour) == b"kept"
    finally:
        redis.delete(neighbour)
