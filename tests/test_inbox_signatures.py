"""The ticket page says, for each reply and note, whether a pinned team key signed it. One written straight into
the database is shown with a warning, never silently as the team's; one that does not open is shown as such."""

import json

import pytest

from contact import crypto, tickets
from contact.models import TicketMessage

from .contact_helpers import soup, write_as_team
from .inbox_helpers import make_consultant, unlock
from .test_forgery import _plant_message

FORGED = "Meet our worker at the bus station at 22:00"
VERIFIED = "Signed by a pinned team key."
UNVERIFIED = "Not signed by a pinned team key: it may have been written into the database by someone else."


@pytest.fixture
def ticket(team_key):
    return tickets.open_ticket(code_digits="5" * 20, language="en", payload={"topic": "other", "message": "Help"})


@pytest.fixture
def unlocked(client, django_user_model, team_key):
    """A client whose inbox is unlocked by a consultant who holds the team key."""
    unlock(client, make_consultant(django_user_model, "consultant-s", team_key))
    return client


def messages_on_page(client, ticket):
    page = soup(client.get(f"/admin/inbox/ticket/{ticket.pk}/"))
    return [item.get_text(" ", strip=True) for item in page.select(".hotline-thread__message")]


@pytest.mark.django_db
def test_a_reply_and_a_note_from_the_inbox_read_as_signed(unlocked, ticket):
    unlocked.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "reply", "text": "We read you."})
    unlocked.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "note", "text": "Labour case."})

    person, reply, note = messages_on_page(unlocked, ticket)

    assert VERIFIED not in person and UNVERIFIED not in person
    assert "We read you." in reply and VERIFIED in reply and UNVERIFIED not in reply
    assert "Labour case." in note and VERIFIED in note


@pytest.mark.django_db
@pytest.mark.parametrize("author", ["hotline", "note"])
def test_a_message_planted_in_the_database_carries_a_warning(unlocked, ticket, author):
    _plant_message(ticket, author, json.dumps({"message": FORGED}).encode())

    _person, planted = messages_on_page(unlocked, ticket)

    assert FORGED in planted and UNVERIFIED in planted and VERIFIED not in planted


@pytest.mark.django_db
def test_a_reply_signed_by_a_key_nobody_pinned_carries_a_warning(unlocked, ticket):
    attacker = crypto.team_signing_key(crypto.new_key_pair())
    _plant_message(ticket, "hotline", json.dumps({"message": FORGED}).encode(), signing_key=attacker)

    _person, planted = messages_on_page(unlocked, ticket)

    assert UNVERIFIED in planted and VERIFIED not in planted


@pytest.mark.django_db
def test_a_signed_reply_moved_elsewhere_shows_that_it_does_not_open(unlocked, ticket, team_key):
    reply = write_as_team(ticket, team_key, "First reply.")
    TicketMessage.objects.filter(pk=reply.pk).update(author="note")

    _person, moved = messages_on_page(unlocked, ticket)

    assert "does not open where it stands" in moved and UNVERIFIED in moved
    assert "First reply." not in moved
