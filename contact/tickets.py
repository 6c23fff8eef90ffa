"""Opening, answering, triaging and reading tickets: the only code that joins the models to contact.crypto,
and the only code that changes a ticket's status."""

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from wagtail.models import ModelLogEntry

from privacy.pepper import pepper

from . import consent, crypto, pins
from .models import DerivedKeyCost, TeamKey, Ticket, TicketMessage

SENDER_KEY_FIELD = "sender_key"

# A wrong code still pays for one key derivation, with this salt, so it costs what a right one costs.
_UNUSED_SALT = bytes(crypto.SENDER_SALT_BYTES)


class NoTeamKey(Exception):
    """No pinned team key is active: nothing can be stored (manage.py hotline_keys init, then pin it)."""


class NotGranted(Exception):
    """The unlocked inbox does not hold the active team key, so it cannot sign as the hotline."""


class SenderKeyChanged(Exception):
    """The ticket's stored sender key is not the one the person's own messages were sealed with: somebody with
    access to the database swapped it, and a reply sealed to it would be read by them."""


def this_hour():
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def active_team_key():
    """The key new messages are sealed to: the active team key, and only if this deployment pins it."""
    team_key = TeamKey.objects.filter(is_active=True).first()
    if team_key is None or not pins.is_pinned(team_key):
        raise NoTeamKey
    return team_key


def has_team_key():
    try:
        active_team_key()
    except NoTeamKey:
        return False
    return True


def _lookup(code_digits):
    return crypto.receipt_lookup(pepper(), code_digits, crypto.KdfCost(**settings.HOTLINE_LOOKUP_KDF_COST))


# A new ticket's two Argon2id derivations (its look-up value and the sender's key) do not depend on each other:
# the look-up runs in a thread of its own meanwhile. libsodium lets go of the GIL, so on two cores the request
# waits for one derivation instead of two; their cost is unchanged, and privacy.work_slots still counts the request.
_DERIVATIONS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="argon2id")


def _find(code_digits):
    """The ticket a code opens. Every code pays the same: one Argon2id look-up, one HMAC for format-1 tickets."""
    current = Q(lookup_version=crypto.LOOKUP_VERSION, receipt_lookup=_lookup(code_digits))
    legacy = Q(lookup_version=1, receipt_lookup=crypto.legacy_receipt_lookup(pepper(), code_digits))
    return Ticket.objects.filter(current | legacy).first()


def _retention_deadline(hour):
    return hour + timedelta(days=settings.HOTLINE_RETENTION_DAYS)


@transaction.atomic
def open_ticket(*, code_digits, language, payload):
    """Store a new ticket whose first message is ``payload`` (a dict), findable with the receipt code."""
    team_key = active_team_key()
    salt = crypto.new_sender_salt()
    cost = DerivedKeyCost.current_cost()
    lookup = _DERIVATIONS.submit(_lookup, code_digits)
    sender_key = crypto.derive_sender_key(code_digits, salt, cost)
    hour = this_hour()
    ticket = Ticket.objects.create(
        language=language,
        key_id=team_key.key_id,
        created_hour=hour,
        last_activity_hour=hour,
        receipt_lookup=lookup.result(),
        sender_public_key=bytes(sender_key.public_key),
        sender_key_salt=salt,
        kdf_opslimit=cost.opslimit,
        kdf_memlimit=cost.memlimit,
        delete_after=_retention_deadline(hour),
        **consent.clear_flags(payload.get("choices", {})),
    )
    add_message(ticket, TicketMessage.Author.PERSON, payload, team_key=team_key, sender_key=sender_key)
    return ticket


def _signing_key(author, team_key, team_private_keys, sender_key):
    if author == TicketMessage.Author.PERSON:
        return crypto.sender_signing_key(sender_key)
    if team_key.key_id not in (team_private_keys or {}):
        raise NotGranted
    return crypto.team_signing_key(team_private_keys[team_key.key_id])


@transaction.atomic
def add_message(ticket, author, payload, *, team_key=None, team_private_keys=None, sender_key=None):
    """Seal ``payload`` to the team, and unless it is an internal note, to the person too. What the team writes
    is signed, so it needs the unlocked team keys ({key_id: PrivateKey}); what the person writes is signed with
    the key derived from their code (``sender_key``). The ticket's activity, retention date and status follow in
    the same write."""
    team_key = team_key or active_team_key()
    signing_key = _signing_key(author, team_key, team_private_keys, sender_key)
    if author == TicketMessage.Author.PERSON:
        # The person's own sealed words carry the key replies go to: a key swapped in the database later
        # contradicts them, and the team sees it before sealing a reply to it.
        payload = {**payload, SENDER_KEY_FIELD: bytes(ticket.sender_public_key).hex()}
    elif author == TicketMessage.Author.HOTLINE:
        _check_sender_key(ticket, team_private_keys)
    Ticket.objects.select_for_update().filter(pk=ticket.pk).exists()  # one writer numbers the next message
    sequence = (ticket.messages.aggregate(last=Max("sequence"))["last"] or 0) + 1
    for_sender = author != TicketMessage.Author.NOTE
    sealed = crypto.seal_message(
        json.dumps(payload).encode(),
        crypto.Place(ticket_id=ticket.id, key_id=team_key.key_id, sequence=sequence, author=author),
        team_public_key=crypto.public_key_from_bytes(team_key.public_key),
        sender_public_key=crypto.public_key_from_bytes(ticket.sender_public_key) if for_sender else None,
        signing_key=signing_key,
    )
    hour = this_hour()
    message = TicketMessage.objects.create(
        ticket=ticket,
        author=author,
        sequence=sequence,
        signature=sealed.signature,
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
    ticket.status = _status_after_message(ticket.status, author)
    # The person's latest answers stand: the two kept in the clear follow what they just said.
    flags = consent.clear_flags(payload.get("choices", {})) if author == TicketMessage.Author.PERSON else {}
    for field, value in flags.items():
        setattr(ticket, field, value)
    ticket.save(update_fields=["last_activity_hour", "delete_after", "status", *flags])
    return message


def _check_sender_key(ticket, team_private_keys):
    """Every message of the person that names a sender key must name the stored one. Messages sealed before
    the key was carried name none; a thief would have to replace all of them, the person's words included."""
    stored = bytes(ticket.sender_public_key).hex()
    for message in ticket.messages.filter(author=TicketMessage.Author.PERSON):
        private_key = team_private_keys.get(message.key_id)
        if private_key is None:
            continue
        try:
            named = decrypt(message, private_key, pinned={}).get(SENDER_KEY_FIELD, stored)
        except crypto.DecryptionError:
            raise SenderKeyChanged from None
        if named != stored:
            raise SenderKeyChanged


def _status_after_message(status, author):
    """The person writing reopens a ticket that waited for them or was closed; a reply to a new or open ticket
    waits for the person; an internal note leaves the status as it was."""
    if author == TicketMessage.Author.PERSON and status in (Ticket.Status.WAITING, Ticket.Status.CLOSED):
        return Ticket.Status.OPEN
    if author == TicketMessage.Author.HOTLINE and status in (Ticket.Status.NEW, Ticket.Status.OPEN):
        return Ticket.Status.WAITING
    return status


def triage(ticket, **assessment):
    """A consultant's assessment (status, urgency, assignee, tags) in one write. Assigning a new ticket opens it.
    It leaves the last activity as it was: that says when somebody last wrote."""
    if assessment.get("assignee") and assessment.get("status", ticket.status) == Ticket.Status.NEW:
        assessment["status"] = Ticket.Status.OPEN
    for field, value in assessment.items():
        setattr(ticket, field, value)
    ticket.save(update_fields=list(assessment))


@transaction.atomic
def add_follow_up(*, code_digits, language, message, choices=None):
    """Add a person's message, and any choices they changed, to the ticket their code opens; a code that opens
    none starts a new ticket, so a mistyped code loses nothing. Either way one key is derived, so both cost the
    same."""
    ticket = _find(code_digits)
    if ticket is None:
        payload = {"topic": "other", "message": message, "choices": consent.with_defaults(choices or {})}
        return open_ticket(code_digits=code_digits, language=language, payload=payload)
    sender_key = crypto.derive_sender_key(code_digits, ticket.sender_key_salt, ticket.kdf_cost)
    if bytes(sender_key.public_key) != bytes(ticket.sender_public_key):
        raise crypto.DecryptionError("the code does not match the ticket's sender key")
    payload = {"message": message, **({"choices": choices} if choices else {})}
    add_message(ticket, TicketMessage.Author.PERSON, payload, sender_key=sender_key)
    return ticket


def _sealed(message):
    return crypto.SealedMessage(
        nonce=message.nonce,
        ciphertext=message.ciphertext,
        data_key_for_team=message.data_key_for_team,
        data_key_for_sender=message.data_key_for_sender,
        signature=message.signature,
        version=message.version,
    )


def _place(message):
    return crypto.Place(
        ticket_id=message.ticket_id, key_id=message.key_id, sequence=message.sequence, author=message.author
    )


def _pinned_team_keys():
    return {team_key.key_id: team_key for team_key in TeamKey.objects.all() if pins.is_pinned(team_key)}


def _signed_by_author(message, pinned, sender_key=None):
    """Whether a pinned team key signed this message where it stands, or, for the person's own messages read with
    their code (``sender_key``), the key derived from that code: a database writer has neither. The team, without
    the code, cannot check the person's messages and takes them as what anyone may send."""
    if message.author == TicketMessage.Author.PERSON:
        if sender_key is None:
            return True
        return crypto.signed_by(_sealed(message), _place(message), crypto.sender_signing_key(sender_key).verify_key)
    team_key = pinned.get(message.key_id)
    return team_key is not None and crypto.signed_by(_sealed(message), _place(message), team_key.signing_public_key)


def _decrypted(message, private_key, as_sender, pinned):
    plaintext = crypto.open_message(_sealed(message), _place(message), private_key=private_key, as_sender=as_sender)
    # What the database says about the message wins over anything inside the ciphertext.
    return {
        **json.loads(plaintext),
        "author": message.author,
        "hour": message.created_hour,
        "verified": _signed_by_author(message, pinned, private_key if as_sender else None),
    }


def _as_read_by_person(message, sender_key, pinned):
    """A message that does not open where it stands, or claims to be ours without a pinned team key's
    signature, or to be the person's without the signature of their code's key, is shown as a message that
    could not be verified, never as ours or theirs."""
    try:
        opened = _decrypted(message, sender_key, True, pinned)
    except crypto.DecryptionError:
        opened = {"verified": False}
    if opened["verified"]:
        return opened
    return {"author": message.author, "hour": message.created_hour, "verified": False, "message": ""}


def find_for_reader(code_digits):
    """The ticket and the messages its sender may read, or (None, []) for a code that opens nothing.

    Both outcomes derive exactly one Argon2id key and run the same look-up, so they cost the same.
    """
    ticket = _find(code_digits)
    if ticket is None:
        crypto.derive_sender_key(code_digits, _UNUSED_SALT, DerivedKeyCost.current_cost())
        return None, []
    sender_key = crypto.derive_sender_key(code_digits, ticket.sender_key_salt, ticket.kdf_cost)
    if bytes(sender_key.public_key) != bytes(ticket.sender_public_key):
        return None, []  # a damaged ticket reads, to the person, like a code that opens nothing
    pinned = _pinned_team_keys()
    messages = ticket.messages.exclude(author=TicketMessage.Author.NOTE)
    return ticket, [_as_read_by_person(message, sender_key, pinned) for message in messages]


def decrypt(message, team_private_key, pinned=None):
    """One message, opened with the team private key it was sealed to; "verified" says whether a pinned team
    key signed what claims to come from the team."""
    return _decrypted(message, team_private_key, False, _pinned_team_keys() if pinned is None else pinned)


def read_as_team(ticket, team_private_keys):
    """Every message of a ticket, for whoever holds the team private keys ({key_id: PrivateKey})."""
    pinned = _pinned_team_keys()
    return [decrypt(message, team_private_keys[message.key_id], pinned) for message in ticket.messages.all()]


def read_in_inbox(ticket, team_private_keys):
    """Every message of a ticket as the inbox shows it: opened, with "verified", where a granted key opens it;
    None where its team key was not granted; and, where it does not open where it stands (moved, relabelled,
    damaged), only its author and hour, unverified and "unreadable"."""
    pinned = _pinned_team_keys()
    return [_as_read_in_inbox(message, team_private_keys, pinned) for message in ticket.messages.all()]


def _as_read_in_inbox(message, team_private_keys, pinned):
    if message.key_id not in team_private_keys:
        return None
    try:
        return decrypt(message, team_private_keys[message.key_id], pinned)
    except crypto.DecryptionError:
        return {"author": message.author, "hour": message.created_hour, "verified": False, "unreadable": True}


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
