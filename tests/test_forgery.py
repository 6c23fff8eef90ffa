"""Someone who can write to the database, but holds no team private key, can neither speak as the hotline
nor get messages sealed to a key of theirs. Each test performs the attack and asserts it fails."""

import io
import json

import pytest

from django.core.management import CommandError, call_command

from contact import crypto, keyring, tickets
from contact.models import ConsultantKey, EscrowKey, TeamKey, TeamKeyGrant, Ticket, TicketMessage
from home.models import SiteSettings

from .contact_helpers import contact_url, receipt_code, reply_check_url, soup, submission, write_as_team
from .inbox_helpers import PASSPHRASE, make_consultant, unlock

FORGED = "Meet our worker at the bus station at 22:00"
UNVERIFIED = "could not be verified"


def _sent(client):
    code = receipt_code(client.post(contact_url(), submission()))
    return code, Ticket.objects.get()


def _plant_message(ticket, author, plaintext, *, signing_key=None, sequence=None, key_id=None):
    """A row written straight into the database, sealed with public keys only (what a database writer has)."""
    team_key = TeamKey.objects.get(key_id=key_id) if key_id else TeamKey.objects.get(is_active=True)
    sequence = sequence or ticket.messages.count() + 1
    sealed = crypto.seal_message(
        plaintext,
        crypto.Place(ticket_id=ticket.id, key_id=team_key.key_id, sequence=sequence, author=author),
        team_public_key=crypto.public_key_from_bytes(team_key.public_key),
        sender_public_key=crypto.public_key_from_bytes(ticket.sender_public_key),
        signing_key=signing_key,
    )
    return TicketMessage.objects.create(
        ticket=ticket,
        author=author,
        sequence=sequence,
        created_hour=ticket.created_hour,
        key_id=team_key.key_id,
        version=sealed.version,
        nonce=sealed.nonce,
        ciphertext=sealed.ciphertext,
        data_key_for_team=sealed.data_key_for_team,
        data_key_for_sender=sealed.data_key_for_sender,
        signature=sealed.signature,
    )


def _reader_page(client, code):
    return client.post(reply_check_url(), {"code": code}).content.decode()


@pytest.mark.django_db
def test_a_signed_reply_reads_as_ours(client, team_key):
    code, ticket = _sent(client)
    write_as_team(ticket, team_key, "We read you.")
    page = _reader_page(client, code)
    assert "We read you." in page and UNVERIFIED not in page


@pytest.mark.django_db
def test_an_unsigned_reply_written_into_the_database_is_never_shown_as_ours(client, team_key):
    code, ticket = _sent(client)
    _plant_message(ticket, "hotline", json.dumps({"message": FORGED}).encode())
    page = _reader_page(client, code)
    assert FORGED not in page
    assert UNVERIFIED in page


@pytest.mark.django_db
def test_a_reply_signed_by_a_key_nobody_pinned_is_not_ours(client, team_key):
    code, ticket = _sent(client)
    attacker_key = crypto.new_key_pair()
    _plant_message(
        ticket, "hotline", json.dumps({"message": FORGED}).encode(), signing_key=crypto.team_signing_key(attacker_key)
    )
    page = _reader_page(client, code)
    assert FORGED not in page and UNVERIFIED in page


@pytest.mark.django_db
def test_the_persons_own_ciphertext_relabelled_as_a_reply_does_not_open(client, team_key):
    code, ticket = _sent(client)
    own = ticket.messages.get()
    TicketMessage.objects.create(
        ticket=ticket,
        author="hotline",
        sequence=2,
        created_hour=own.created_hour,
        key_id=own.key_id,
        version=own.version,
        nonce=own.nonce,
        ciphertext=own.ciphertext,
        data_key_for_team=own.data_key_for_team,
        data_key_for_sender=own.data_key_for_sender,
    )
    assert UNVERIFIED in _reader_page(client, code)
    [_person, relabelled] = tickets.find_for_reader(crypto.normalise_receipt_code(code))[1]
    assert relabelled == {"author": "hotline", "hour": own.created_hour, "verified": False, "message": ""}
    with pytest.raises(crypto.DecryptionError):
        tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})


@pytest.mark.django_db
def test_a_signed_reply_moved_to_another_place_does_not_open(client, team_key):
    code, ticket = _sent(client)
    reply = write_as_team(ticket, team_key, "First reply.")
    write_as_team(ticket, team_key, "Second reply.")
    TicketMessage.objects.filter(pk=reply.pk).update(sequence=99)
    [_person, _second, moved] = tickets.find_for_reader(crypto.normalise_receipt_code(code))[1]
    assert moved["verified"] is False and moved["message"] == ""


@pytest.mark.django_db
def test_the_form_seals_only_to_a_pinned_team_key(client, team_key, settings):
    TeamKey.objects.update(is_active=False)
    keyring.create_team_key(team_key.escrow)
    settings.HOTLINE_TEAM_KEY_PIN_FILE = ""  # the planted key was never pinned by this deployment
    settings.HOTLINE_TEAM_KEY_PINS = [team_key.fingerprint]

    response = client.post(contact_url(), submission())

    assert response.status_code == 503
    assert Ticket.objects.count() == 0
    assert soup(response).select_one("textarea[name=message]").get_text().strip() == submission()["message"]


@pytest.mark.django_db
def test_rotation_seals_the_new_key_only_to_vouched_consultants(django_user_model, team_key):
    colleague = make_consultant(django_user_model, "colleague", team_key)
    intruder = django_user_model.objects.create_user("intruder", password="intruder-password-123")
    intruder_private = crypto.new_key_pair()
    planted = ConsultantKey.objects.create(
        user=intruder,
        public_key=bytes(intruder_private.public_key),
        wrapped_private_key=b"x",
        passphrase_salt=b"x" * 16,
        kdf_opslimit=1,
        kdf_memlimit=8192,
    )
    # The intruder's own grant row: a copy of a colleague's sealed key, without the team key's signature.
    TeamKeyGrant.objects.create(
        team_key=team_key,
        consultant_key=planted,
        sealed_private_key=colleague.hotline_key.grants.get().sealed_private_key,
    )

    new_key = keyring.rotate_team_key()

    grantees = set(
        TeamKeyGrant.objects.filter(team_key=new_key).values_list("consultant_key__user__username", flat=True)
    )
    assert grantees == {"colleague"}


@pytest.mark.django_db
def test_a_grant_carrying_another_key_opens_nothing(django_user_model, team_key):
    consultant = make_consultant(django_user_model, "consultant", team_key)
    grant = TeamKeyGrant.objects.get(consultant_key__user=consultant)
    stranger = crypto.new_key_pair()
    grant.sealed_private_key = crypto.seal_private_key(
        stranger, crypto.public_key_from_bytes(consultant.hotline_key.public_key)
    )
    grant.save()

    assert keyring.team_keys_for(consultant, PASSPHRASE) == {}


def _planted_escrow():
    attacker = crypto.new_key_pair()
    return EscrowKey.objects.create(
        public_key=bytes(attacker.public_key), fingerprint=crypto.key_fingerprint(attacker.public_key)
    ), attacker


@pytest.mark.django_db
def test_rotation_never_seals_the_new_key_to_a_newer_escrow_row(team_key):
    _planted, attacker = _planted_escrow()

    new_key = keyring.rotate_team_key()

    assert crypto.unseal_private_key(new_key.sealed_for_escrow, team_key.escrow_private_key)
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_private_key(new_key.sealed_for_escrow, attacker)


@pytest.mark.django_db
def test_rotation_refuses_an_escrow_swapped_in_under_the_current_key(team_key):
    planted, _attacker = _planted_escrow()
    TeamKey.objects.filter(pk=team_key.pk).update(escrow=planted)

    with pytest.raises(keyring.UntrustedEscrow):
        keyring.rotate_team_key()
    with pytest.raises(CommandError, match="not vouched for"):
        call_command("hotline_keys", "rotate", stdout=io.StringIO())

    assert list(TeamKey.objects.values_list("key_id", "is_active")) == [(team_key.key_id, True)]


@pytest.mark.django_db
def test_rotation_refuses_an_escrow_signed_by_a_key_of_the_attackers(team_key):
    planted, attacker = _planted_escrow()
    signature = crypto.sign_escrow(attacker, team_key.key_id, attacker.public_key)
    TeamKey.objects.filter(pk=team_key.pk).update(escrow=planted, escrow_signature=signature)

    with pytest.raises(keyring.UntrustedEscrow):
        keyring.rotate_team_key()


@pytest.mark.django_db
def test_an_older_key_rotates_only_once_the_operator_confirms_the_escrow_fingerprint(team_key):
    TeamKey.objects.filter(pk=team_key.pk).update(escrow_signature=None)
    printed = crypto.key_fingerprint(team_key.escrow_private_key.public_key)

    with pytest.raises(CommandError):
        call_command("hotline_keys", "rotate", stdout=io.StringIO())
    with pytest.raises(CommandError, match="does not have that fingerprint"):
        call_command("hotline_keys", "rotate", "--escrow-fingerprint", "0" * len(printed), stdout=io.StringIO())
    call_command("hotline_keys", "rotate", "--escrow-fingerprint", printed, stdout=io.StringIO())

    new_key = TeamKey.objects.get(is_active=True)
    assert new_key.pk != team_key.pk
    assert crypto.unseal_private_key(new_key.sealed_for_escrow, team_key.escrow_private_key)
    # The new key vouches for the escrow itself, so the next rotation needs no confirmation.
    assert keyring.rotate_team_key().escrow_id == team_key.escrow_id


def _swap_sender_key(ticket):
    """What a database writer does to read the replies meant for the person: put a key of theirs in its place."""
    thief = crypto.new_key_pair()
    Ticket.objects.filter(pk=ticket.pk).update(sender_public_key=bytes(thief.public_key))
    ticket.refresh_from_db()
    return thief


@pytest.mark.django_db
def test_no_reply_is_sealed_to_a_sender_key_swapped_in_the_database(client, team_key):
    _code, ticket = _sent(client)
    _swap_sender_key(ticket)

    with pytest.raises(tickets.SenderKeyChanged):
        write_as_team(ticket, team_key, "Our office is at ...")

    assert not ticket.messages.filter(author="hotline").exists()


@pytest.mark.django_db
def test_a_planted_message_naming_the_swapped_key_does_not_vouch_for_it(client, team_key):
    _code, ticket = _sent(client)
    thief = _swap_sender_key(ticket)
    _plant_message(
        ticket, "person", json.dumps({"message": "hi", "sender_key": bytes(thief.public_key).hex()}).encode()
    )

    with pytest.raises(tickets.SenderKeyChanged):
        write_as_team(ticket, team_key, "Our office is at ...")


@pytest.mark.django_db
def test_the_inbox_refuses_a_reply_to_a_swapped_sender_key_and_says_why(client, django_user_model, team_key):
    _code, ticket = _sent(client)
    client.logout()
    consultant = make_consultant(django_user_model, "consultant", team_key)
    _swap_sender_key(ticket)
    unlock(client, consultant)

    page = client.post(
        f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "reply", "text": "Our office is at ..."}
    ).content.decode()

    assert "changed in the database" in page
    assert not ticket.messages.filter(author="hotline").exists()
    assert "Our office is at ..." in page, "what the consultant typed comes back"


@pytest.mark.django_db
def test_a_follow_up_to_a_swapped_sender_key_keeps_the_text_and_gives_the_number(client, team_key):
    code, ticket = _sent(client)
    _swap_sender_key(ticket)
    follow_up = {"code": code, "message": "Are you still there? Please answer.", "token": submission()["token"]}

    response = client.post(reply_check_url(), follow_up)

    assert response.status_code == 409
    page = soup(response)
    assert page.select_one("textarea[name=message]").get_text().strip() == follow_up["message"]
    assert SiteSettings.objects.get().primary_phone in response.content.decode()
    assert ticket.messages.count() == 1


@pytest.mark.parametrize("signed_by", [None, "a key of the writer's"])
@pytest.mark.django_db
def test_words_written_into_the_database_never_read_as_the_persons_own(client, team_key, signed_by):
    code, ticket = _sent(client)
    write_as_team(ticket, team_key, "We read you.")
    planted = json.dumps({"message": f"{FORGED}, call +999 555 0000"}).encode()
    signing_key = crypto.sender_signing_key(crypto.new_key_pair()) if signed_by else None

    _plant_message(ticket, "person", planted, signing_key=signing_key)
    page = _reader_page(client, code)

    assert FORGED not in page and UNVERIFIED in page
    assert submission()["message"] in page, "the person's own words still read as theirs"
    assert "You wrote" in page and "The hotline wrote" in page
