"""Opening, answering and reading tickets: the only code that joins the models to contact.crypto."""

import hashlib
import hmac
import json
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import ModelLogEntry

from privacy.pepper import pepper

from . import crypto
from .models import DerivedKeyCost, TeamKey, Ticket, TicketMessage

# A wrong code still pays for one key derivation, with this salt, so it costs what a right one costs.
_UNUSED_SALT = bytes(crypto.SENDER_SALT_BYTES)


class NoTeamKey(Exception):
    """No team key exists yet: nothing can be stored (manage.py hotline_keys init)."""


def this_hour():
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def receipt_code_for_form(form_nonce):
    """The receipt code a form will get: HMAC(pepper, the form's one-time nonce), so it is unguessable,
    stored nowhere, and the same if the same form is sent twice."""
    seed = hmac.new(pepper(), b"receipt-code:" + form_nonce.encode(), hashlib.sha256).digest()
    return crypto.receipt_code_from_seed(seed)


def active_team_key():
    team_key = TeamKey.objects.filter(is_active=True).first()
    if team_key is None:
        raise NoTeamKey
    return team_key


def has_team_key():
    return TeamKey.objects.filter(is_active=True).exists()


def _find(code_digits):
    return Ticket.objects.filter(receipt_lookup=crypto.receipt_lookup(pepper(), code_digits)).first()


def _retention_deadline(hour):
    return hour + timedelta(days=settings.HOTLINE_RETENTION_DAYS)


@transaction.atomic
def open_ticket(*, code_digits, language, payload):
    """Store a new ticket whose first message is ``payload`` (a dict), findable with the receipt code."""
    team_key = active_team_key()
    salt = crypto.new_sender_salt()
    cost = DerivedKeyCost.current_cost()
    sender_key = crypto.derive_sender_key(code_digits, salt, cost)
    hour = this_hour()
    ticket = Ticket.objects.create(
        language=language,
        key_id=team_key.key_id,
        created_hour=hour,
        last_activity_hour=hour,
        receipt_lookup=crypto.receipt_lookup(pepper(), code_digits),
        sender_public_key=bytes(sender_key.public_key),
        sender_key_salt=salt,
        kdf_opslimit=cost.opslimit,
        kdf_memlimit=cost.memlimit,
        delete_after=_retention_deadline(hour),
    )
    add_message(ticket, TicketMessage.Author.PERSON, payload, team_key=team_key)
    return ticket


def add_message(ticket, author, payload, *, team_key=None):
    """Seal ``payload`` to the team, and unless it is an internal note, to the person too."""
    team_key = team_key or active_team_key()
    for_sender = author != TicketMessage.Author.NOTE
    sealed = crypto.seal_message(
        json.dumps(payload).encode(),
        ticket_id=ticket.id,
        key_id=team_key.key_id,
        team_public_key=crypto.public_key_from_bytes(team_key.public_key),
        sender_public_key=crypto.public_key_from_bytes(ticket.sender_public_key) if for_sender else None,
    )
    hour = this_hour()
    message = TicketMessage.objects.create(
        ticket=ticket,
        author=author,
        created_hour=hour,
        key_id=team_key.key_id,
        version=sealed.version,
        nonce=sealed.nonce,
        ciphertext=sealed.ciphertext,
        data_key_for_team=sealed.data_key_for_team,
        data_key_for_sender=sealed.data_key_for_sender,
    )
    ticket.last_activity_hour = hour
    ticket.delete_after = _retention_deadline(hour)
    if author == TicketMessage.Author.PERSON and ticket.status in (Ticket.Status.WAITING, Ticket.Status.CLOSED):
        ticket.status = Ticket.Status.OPEN
    ticket.save(update_fields=["last_activity_hour", "delete_after", "status"])
    return message


@transaction.atomic
def add_follow_up(*, code_digits, language, message):
    """Add a person's message to the ticket their code opens; a code that opens none starts a new ticket,
    so a mistyped code loses nothing. Either way one key is derived, so both cost the same."""
    ticket = _find(code_digits)
    if ticket is None:
        return open_ticket(code_digits=code_digits, language=language, payload={"topic": "other", "message": message})
    sender_key = crypto.derive_sender_key(code_digits, ticket.sender_key_salt, ticket.kdf_cost)
    if bytes(sender_key.public_key) != bytes(ticket.sender_public_key):
        raise crypto.DecryptionError("the code does not match the ticket's sender key")
    add_message(ticket, TicketMessage.Author.PERSON, {"message": message})
    return ticket


def _sealed(message):
    return crypto.SealedMessage(
        nonce=message.nonce,
        ciphertext=message.ciphertext,
        data_key_for_team=message.data_key_for_team,
        data_key_for_sender=message.data_key_for_sender,
        version=message.version,
    )


def _decrypted(message, private_key, as_sender):
    plaintext = crypto.open_message(
        _sealed(message),
        ticket_id=message.ticket_id,
        key_id=message.key_id,
        private_key=private_key,
        as_sender=as_sender,
    )
    # What the database says about the message wins over anything inside the ciphertext.
    return {**json.loads(plaintext), "author": message.author, "hour": message.created_hour}


def find_for_reader(code_digits):
    """The ticket and the messages its sender may read, or (None, []) for a code that opens nothing.

    Both outcomes derive exactly one Argon2id key and run the same look-up, so they cost the same.
    """
    ticket = _find(code_digits)
    if ticket is None:
        crypto.derive_sender_key(code_digits, _UNUSED_SALT, DerivedKeyCost.current_cost())
        return None, []
    sender_key = crypto.derive_sender_key(code_digits, ticket.sender_key_salt, ticket.kdf_cost)
    messages = ticket.messages.exclude(author=TicketMessage.Author.NOTE)
    try:
        return ticket, [_decrypted(message, sender_key, as_sender=True) for message in messages]
    except crypto.DecryptionError:
        return None, []  # a damaged ticket reads, to the person, like a code that opens nothing


def decrypt(message, team_private_key):
    """One message, opened with the team private key it was sealed to."""
    return _decrypted(message, team_private_key, as_sender=False)


def read_as_team(ticket, team_private_keys):
    """Every message of a ticket, for whoever holds the team private keys ({key_id: PrivateKey})."""
    return [decrypt(message, team_private_keys[message.key_id]) for message in ticket.messages.all()]


def purge_expired(now=None):
    """Delete tickets past their retention date, with their messages and their audit entries (which hold
    ticket ids and exact times); returns how many tickets went."""
    expired = Ticket.objects.filter(delete_after__lt=now or timezone.now())
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Ticket),
        object_id__in=list(expired.values_list("pk", flat=True)),
    ).delete()
    _total, per_model = expired.delete()
    return per_model.get(Ticket._meta.label, 0)
