"""The key page shows the fingerprints to compare in person before granting: one's own, each colleague's (in the
table and in the grant form's choices), and each team key's, with whether this deployment pins it."""

import pytest

from contact import crypto, keyring
from contact.fingerprints import readable
from contact.models import ConsultantKey, TeamKey

from .contact_helpers import soup
from .inbox_helpers import make_consultant, unlock


@pytest.fixture
def consultant(django_user_model, team_key):
    return make_consultant(django_user_model, "consultant-f", team_key)


@pytest.fixture
def colleague(django_user_model):
    return make_consultant(django_user_model, "colleague-f")


def fingerprint_of(user):
    return readable(crypto.key_fingerprint(ConsultantKey.objects.get(user=user).public_key))


def row_naming(page, text):
    return next(row.get_text(" ") for row in page.select("tbody tr") if text in row.get_text())


@pytest.mark.django_db
def test_own_and_colleagues_fingerprints_are_shown_before_granting(client, consultant, colleague):
    unlock(client, consultant)

    page = soup(client.get("/admin/inbox/keys/"))

    assert page.select_one("[data-own-fingerprint]").get_text() == fingerprint_of(consultant)
    assert fingerprint_of(colleague) in row_naming(page, "colleague-f")
    choices = [option.get_text() for option in page.select("select[name=consultant] option")]
    assert f"colleague-f · {fingerprint_of(colleague)}" in choices


@pytest.mark.django_db
def test_the_team_keys_show_their_fingerprint_and_whether_they_are_pinned(client, consultant, team_key, settings):
    TeamKey.objects.update(is_active=False)
    planted, _private = keyring.create_team_key(team_key.escrow)
    settings.HOTLINE_TEAM_KEY_PIN_FILE = ""  # the second key was never pinned by this deployment
    settings.HOTLINE_TEAM_KEY_PINS = [team_key.fingerprint]
    unlock(client, consultant)

    page = soup(client.get("/admin/inbox/keys/"))

    pinned_row, planted_row = row_naming(page, team_key.key_id), row_naming(page, planted.key_id)
    assert readable(team_key.fingerprint) in pinned_row and "Not pinned" not in pinned_row
    assert readable(planted.fingerprint) in planted_row and "Not pinned: not trusted" in planted_row


def test_a_fingerprint_reads_in_groups_of_four():
    assert readable("0123456789abcdef") == "0123 4567 89ab cdef"
