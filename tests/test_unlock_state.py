"""An unlocked inbox lives in the shared cache under its own entry, which expires by itself: when idle, and at
the latest some hours after the unlock however busy; locking and signing out delete it."""

import time

import pytest

from contact import keyring
from contact.models import Ticket

from .contact_helpers import contact_url, receipt_code, submission
from .inbox_helpers import make_consultant, unlock, unlocked_state

MARKER = "otter-marker-2718"


@pytest.fixture
def consultant(django_user_model, team_key):
    return make_consultant(django_user_model, "consultant-u", team_key)


@pytest.fixture
def ticket_url(client, team_key):
    receipt_code(client.post(contact_url(), submission(message=f"Please help {MARKER}")))
    return f"/admin/inbox/ticket/{Ticket.objects.get().pk}/"


def reads(client, ticket_url):
    return MARKER in client.get(ticket_url).content.decode()


@pytest.mark.django_db
def test_the_unlocked_keys_sit_in_the_cache_sealed_and_never_in_the_session(client, consultant, ticket_url):
    unlock(client, consultant)
    assert reads(client, ticket_url)
    state = unlocked_state(client)
    assert state and state["sealed"]
    assert not [key for key in client.session.keys() if "hotline" in key]


@pytest.mark.django_db
def test_the_cache_entry_expires_by_itself_when_idle(
    client, consultant, ticket_url, settings, monkeypatch, caches_in_memory
):
    settings.HOTLINE_IDLE_MINUTES = 30
    unlock(client, consultant)
    later = time.time() + 31 * 60
    monkeypatch.setattr(time, "time", lambda: later)

    assert unlocked_state(client) is None, "gone from the cache, not only refused by the application"
    assert not reads(client, ticket_url)


@pytest.mark.django_db
def test_use_renews_the_idle_time_but_never_past_the_absolute_limit(
    client, consultant, ticket_url, settings, monkeypatch, caches_in_memory
):
    settings.HOTLINE_IDLE_MINUTES = 30
    settings.HOTLINE_UNLOCK_MAX_HOURS = 2
    start = time.time()
    unlock(client, consultant)
    for minutes in range(20, 120, 20):
        monkeypatch.setattr(time, "time", lambda minutes=minutes: start + minutes * 60)
        assert reads(client, ticket_url), f"still unlocked after {minutes} busy minutes"
    monkeypatch.setattr(time, "time", lambda: start + 121 * 60)
    assert not reads(client, ticket_url)
    assert unlocked_state(client) is None


@pytest.mark.django_db
@pytest.mark.parametrize("how", ["lock", "sign out"])
def test_locking_and_signing_out_delete_the_entry(client, consultant, ticket_url, how):
    unlock(client, consultant)
    session_key = client.session.session_key
    if how == "lock":
        client.post("/admin/inbox/lock/")
    else:
        client.post("/admin/logout/")
    assert keyring.unlock_cache().get(keyring.unlock_cache_key(session_key)) is None


@pytest.mark.django_db
def test_the_unlock_cookie_is_scoped_to_the_inbox(client, consultant):
    unlock(client, consultant)
    cookie = client.cookies[keyring.UNLOCK_COOKIE]
    assert cookie["path"] == "/admin/inbox/"
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
