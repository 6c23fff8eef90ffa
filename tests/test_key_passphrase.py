"""One's own key: a signed-in session alone cannot choose its passphrase (the attack: set one, wait for a colleague
to grant, read). A change asks for the current passphrase, a new key for a fresh code; a forgotten passphrase
makes a new key, drops every grant, locks the session and tells the consultant by e-mail."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import ModelLogEntry

from contact import crypto, keyring, tickets
from contact.models import ConsultantKey, TeamKeyGrant
from contact.passphrases import validate_passphrase

from .inbox_helpers import PASSPHRASE, current_code, fresh_code, make_consultant, unlock, unlocked_state
from .staff_helpers import Clock, sign_in_verified

MARKER = "marten-marker-2236"
NEW = "violet harbour lantern moss"
CHANGE = "/admin/inbox/keys/passphrase/"
FORGOTTEN = "/admin/inbox/keys/forgotten/"


@pytest.fixture
def consultant(django_user_model, team_key):
    user = make_consultant(django_user_model, "consultant-k", team_key)
    user.email = "consultant-k@example.org"
    user.save()
    return user


@pytest.fixture
def newcomer(django_user_model):
    """A consultant with an authenticator and no key yet."""
    user = make_consultant(django_user_model, "newcomer-k")
    ConsultantKey.objects.filter(user=user).delete()
    return user


@pytest.fixture
def ticket(team_key):
    return tickets.open_ticket(code_digits="3" * 20, language="en", payload={"topic": "other", "message": MARKER})


def new_passphrase(passphrase=NEW, **more):
    return {"passphrase": passphrase, "confirm": passphrase, **more}


def stored_key(user):
    return ConsultantKey.objects.get(user=user)


def another_code():
    return f"{(int(current_code()) + 500_000) % 1_000_000:06d}"


@pytest.mark.django_db
def test_a_verified_session_alone_cannot_set_a_passphrase(client, consultant):
    before = stored_key(consultant)
    sign_in_verified(client, consultant)

    attempts = [
        client.post(CHANGE, new_passphrase()),
        client.post(CHANGE, new_passphrase(current="a guess at the passphrase")),
        client.post(FORGOTTEN, new_passphrase()),
        client.post(FORGOTTEN, new_passphrase(otp_token=another_code())),
    ]

    assert [response.status_code for response in attempts] == [400, 400, 400, 400]
    after = stored_key(consultant)
    assert (after.pk, bytes(after.wrapped_private_key)) == (before.pk, bytes(before.wrapped_private_key))
    assert keyring.team_keys_for(consultant, PASSPHRASE)
    with pytest.raises(crypto.DecryptionError):
        keyring.open_consultant_key(consultant, NEW)


@pytest.mark.django_db
def test_a_first_key_needs_a_fresh_code(client, newcomer):
    sign_in_verified(client, newcomer)

    assert client.post(CHANGE, new_passphrase()).status_code == 400
    assert client.post(CHANGE, new_passphrase(otp_token=another_code())).status_code == 400
    assert not ConsultantKey.objects.filter(user=newcomer).exists()

    assert client.post(CHANGE, new_passphrase(otp_token=fresh_code(newcomer))).status_code == 302
    assert keyring.open_consultant_key(newcomer, NEW)


@pytest.mark.django_db
def test_a_change_with_the_current_passphrase_keeps_the_key_and_its_grants(client, consultant, ticket):
    unlock(client, consultant)
    before = stored_key(consultant)

    assert client.post(CHANGE, new_passphrase(current=PASSPHRASE)).status_code == 302

    assert stored_key(consultant).pk == before.pk
    assert keyring.team_keys_for(consultant, NEW)
    with pytest.raises(crypto.DecryptionError):
        keyring.open_consultant_key(consultant, PASSPHRASE)
    assert MARKER in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode(), "still unlocked"


@pytest.mark.django_db
def test_guesses_at_the_current_passphrase_count_against_the_unlock_limit(client, consultant, settings, monkeypatch):
    Clock(monkeypatch)  # the limit counts in fixed windows: none may end halfway through
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "unlocks_per_user": "3/15m"}
    sign_in_verified(client, consultant)

    weak = client.post(CHANGE, new_passphrase("short", current="a first guess"))
    guesses = [client.post(CHANGE, new_passphrase(current=f"guess number {n}")).status_code for n in range(4)]
    right_but_late = client.post(CHANGE, new_passphrase(current=PASSPHRASE))

    assert weak.status_code == 400, "a passphrase refused as weak costs no attempt"
    assert guesses == [400, 400, 400, 400], "the fourth guess starts the delay"
    assert right_but_late.status_code == 429
    assert client.post("/admin/inbox/unlock/", {"passphrase": PASSPHRASE}).status_code == 429, "one count"
    assert keyring.open_consultant_key(consultant, PASSPHRASE)


@pytest.mark.django_db
def test_a_forgotten_passphrase_drops_every_grant_locks_and_tells_the_consultant(
    client, consultant, ticket, mailoutbox
):
    unlock(client, consultant)
    assert TeamKeyGrant.objects.filter(consultant_key__user=consultant).exists()

    response = client.post(FORGOTTEN, new_passphrase(otp_token=fresh_code(consultant)))

    assert response.status_code == 302
    assert not TeamKeyGrant.objects.filter(consultant_key__user=consultant).exists()
    assert keyring.team_keys_for(consultant, NEW) == {}
    assert unlocked_state(client) is None
    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()
    [mail] = mailoutbox
    assert mail.to == [consultant.email]
    assert "reset" in mail.subject and "If this was not you, tell your team now" in mail.body
    for ticket_data in (MARKER, ticket.pk, "/admin/inbox/ticket/"):
        assert ticket_data not in mail.subject + mail.body


@pytest.mark.django_db
def test_both_key_changes_are_audited(client, consultant):
    sign_in_verified(client, consultant)
    client.post(CHANGE, new_passphrase(current=PASSPHRASE))
    client.post(FORGOTTEN, new_passphrase("amber meadow kettle drums", otp_token=fresh_code(consultant)))

    actions = set(ModelLogEntry.objects.filter(user=consultant).values_list("action", flat=True))
    assert {"hotline.key_changed", "hotline.key_reset"} <= actions


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("aaaaaaaaaaaaaaaa", "at least 8 different characters"),
        ("password1234", "at least 16 characters, or four words"),
        ("password12345678", "A common password with digits or symbols around it"),
    ],
)
@pytest.mark.django_db
def test_a_weak_passphrase_is_refused_with_its_reason(client, consultant, weak, reason):
    sign_in_verified(client, consultant)

    response = client.post(CHANGE, new_passphrase(weak, current=PASSPHRASE))

    assert response.status_code == 400
    assert reason in response.content.decode()
    assert keyring.open_consultant_key(consultant, PASSPHRASE)


@pytest.mark.django_db
def test_four_plain_words_make_a_good_passphrase(client, newcomer):
    validate_passphrase("correct horse battery staple", newcomer)
    sign_in_verified(client, newcomer)
    response = client.post(CHANGE, new_passphrase("correct horse battery staple", otp_token=fresh_code(newcomer)))
    assert response.status_code == 302


def test_a_common_password_padded_with_symbols_is_refused():
    with pytest.raises(ValidationError):
        validate_passphrase("!!password2024!!")


@pytest.mark.django_db
def test_a_new_key_is_derived_at_the_passphrase_cost_and_keeps_it(client, newcomer, settings):
    settings.HOTLINE_PASSPHRASE_KDF_COST = {"opslimit": 2, "memlimit": 16 * 1024}
    sign_in_verified(client, newcomer)
    client.post(CHANGE, new_passphrase(otp_token=fresh_code(newcomer)))

    key = stored_key(newcomer)
    assert (key.kdf_opslimit, key.kdf_memlimit) == (2, 16 * 1024)
    settings.HOTLINE_PASSPHRASE_KDF_COST = {"opslimit": 1, "memlimit": 8192}
    assert keyring.open_consultant_key(newcomer, NEW), "opens at the cost it was stored with"
