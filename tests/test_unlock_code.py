"""Unlocking asks for a fresh code from the authenticator with the passphrase, every time: a stolen session, even
one that gave its second factor at sign-in, does not open the inbox, nor can it try passphrases."""

import pytest

from contact import keyring, tickets

from .inbox_helpers import PASSPHRASE, current_code, fresh_code, make_consultant, unlocked_state
from .staff_helpers import Clock, sign_in_verified, verify

MARKER = "heron-marker-1618"
UNLOCK = "/admin/inbox/unlock/"
REFUSED = "The passphrase or the code is not right."


@pytest.fixture
def consultant(django_user_model, team_key):
    return make_consultant(django_user_model, "consultant-c", team_key)


@pytest.fixture
def ticket_url(team_key):
    ticket = tickets.open_ticket(code_digits="7" * 20, language="en", payload={"topic": "other", "message": MARKER})
    return f"/admin/inbox/ticket/{ticket.pk}/"


def reads(client, ticket_url):
    return MARKER in client.get(ticket_url).content.decode()


def another_code():
    return f"{(int(current_code()) + 500_000) % 1_000_000:06d}"


@pytest.mark.django_db
def test_a_verified_session_without_a_fresh_code_cannot_unlock(client, consultant, ticket_url):
    sign_in_verified(client, consultant)

    for data in ({"passphrase": PASSPHRASE}, {"passphrase": PASSPHRASE, "otp_token": another_code()}):
        response = client.post(UNLOCK, data)
        assert response.status_code == 400
        assert keyring.UNLOCK_COOKIE not in response.cookies
    assert unlocked_state(client) is None
    assert not reads(client, ticket_url)


@pytest.mark.django_db
def test_the_code_given_at_sign_in_does_not_unlock_but_the_next_one_does(client, consultant, ticket_url, monkeypatch):
    clock = Clock(monkeypatch)
    client.force_login(consultant)
    verify(client, consultant)
    sign_in_code = current_code()

    refused = client.post(UNLOCK, {"passphrase": PASSPHRASE, "otp_token": sign_in_code})
    assert refused.status_code == 400 and REFUSED in refused.content.decode()
    assert not reads(client, ticket_url)

    clock.advance(30)
    assert client.post(UNLOCK, {"passphrase": PASSPHRASE, "otp_token": current_code()}).status_code == 302
    assert reads(client, ticket_url)


@pytest.mark.django_db
def test_a_code_that_unlocked_once_does_not_unlock_again(client, consultant, ticket_url):
    sign_in_verified(client, consultant)
    code = fresh_code(consultant)
    assert client.post(UNLOCK, {"passphrase": PASSPHRASE, "otp_token": code}).status_code == 302
    client.post("/admin/inbox/lock/")

    assert client.post(UNLOCK, {"passphrase": PASSPHRASE, "otp_token": code}).status_code == 400
    assert not reads(client, ticket_url)


@pytest.mark.django_db
def test_without_the_code_the_passphrase_is_not_even_tried(client, consultant, monkeypatch):
    def tried(*args):
        raise AssertionError("the passphrase was tried")

    monkeypatch.setattr(keyring, "team_keys_for", tried)
    sign_in_verified(client, consultant)

    assert client.post(UNLOCK, {"passphrase": PASSPHRASE, "otp_token": another_code()}).status_code == 400


@pytest.mark.django_db
def test_a_wrong_code_and_a_wrong_passphrase_read_alike_and_count_together(client, consultant, settings, monkeypatch):
    Clock(monkeypatch)  # the limit counts in fixed windows: none may end halfway through
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "unlocks_per_user": "3/15m"}
    sign_in_verified(client, consultant)

    wrong_code = client.post(UNLOCK, {"passphrase": PASSPHRASE, "otp_token": another_code()})
    wrong_passphrase = client.post(UNLOCK, {"passphrase": "not my passphrase", "otp_token": fresh_code(consultant)})
    client.post(UNLOCK, {"passphrase": PASSPHRASE})
    client.post(UNLOCK, {"passphrase": PASSPHRASE})  # the first guess past the limit starts the delay
    too_many = client.post(UNLOCK, {"passphrase": PASSPHRASE, "otp_token": fresh_code(consultant)})

    assert wrong_code.status_code == wrong_passphrase.status_code == 400
    assert REFUSED in wrong_code.content.decode() and REFUSED in wrong_passphrase.content.decode()
    assert wrong_code.context["form"].errors == wrong_passphrase.context["form"].errors
    assert too_many.status_code == 429 and unlocked_state(client) is None


@pytest.mark.django_db
def test_the_unlock_page_says_to_wait_for_the_next_code(client, consultant):
    sign_in_verified(client, consultant)
    page = client.get(UNLOCK).content.decode()
    assert 'name="otp_token"' in page
    assert "If you just signed in with a code, wait for the next one." in page
