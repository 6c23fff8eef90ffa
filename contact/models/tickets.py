"""Tickets from the anonymous form. Only what triage needs is in the clear; what a person wrote is ciphertext."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..crypto import LOOKUP_VERSION
from .keys import DerivedKeyCost


def new_ticket_id():
    return secrets.token_urlsafe(12)


class Ticket(DerivedKeyCost):
    class TraffickingType(models.TextChoices):
        SEXUAL = "sexual", _("Sexual exploitation")
        LABOUR = "labour", _("Labour exploitation")
        BEGGING = "begging", _("Forced begging")
        MARRIAGE = "marriage", _("Forced marriage")
        CRIMINALITY = "criminality", _("Forced criminality")
        OTHER = "other", _("Other or unknown")

    class Assistance(models.TextChoices):
        INFORMATION = "information", _("Information")
        LEGAL = "legal", _("Legal aid")
        PSYCHOLOGICAL = "psychological", _("Psychological support")
        MEDICAL = "medical", _("Medical help")
        MOBILE_TEAM = "mobile_team", _("Mobile team")
        TRANSPORT = "transport", _("Transport")
        RETURN = "return", _("Voluntary return")
        REINTEGRATION = "reintegration", _("Reintegration")
        INTERPRETATION = "interpretation", _("Interpretation")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        OPEN = "open", _("Open")
        WAITING = "waiting", _("Waiting for the person")
        CLOSED = "closed", _("Closed")

    class Urgency(models.TextChoices):
        IMMEDIATE = "immediate", _("Immediate danger")
        HIGH = "high", _("High")
        NORMAL = "normal", _("Normal")
        LOW = "low", _("Low")

    id = models.CharField(primary_key=True, max_length=24, default=new_ticket_id, editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    urgency = models.CharField(max_length=10, choices=Urgency.choices, default=Urgency.NORMAL)
    language = models.CharField(max_length=10)
    key_id = models.CharField(max_length=40, help_text="The team key the ticket was opened under.")
    # Hours, not seconds: exact times would help match a ticket to other traces of the person.
    created_hour = models.DateTimeField()
    last_activity_hour = models.DateTimeField()
    receipt_lookup = models.CharField(max_length=64, unique=True)
    lookup_version = models.PositiveSmallIntegerField(
        default=LOOKUP_VERSION, help_text="1: HMAC of the code; 2: Argon2id of the code (contact.crypto)."
    )
    sender_public_key = models.BinaryField()
    sender_key_salt = models.BinaryField()
    delete_after = models.DateTimeField(db_index=True)
    # The person's own answers, the only ones of theirs in the clear (contact.consent): None is "not said".
    in_danger = models.BooleanField(null=True, blank=True)
    may_contact = models.BooleanField(default=False)
    # Staff triage, in the clear so the team can sort and count without unlocking.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="hotline_tickets"
    )
    trafficking_types = models.JSONField(default=list, blank=True)
    assistance_needed = models.JSONField(default=list, blank=True)
    minor_involved = models.BooleanField(null=True, blank=True)
    interpreter_language = models.CharField(max_length=60, blank=True)
    consultants_notified = models.BooleanField(default=False, help_text="Counted in a new-requests e-mail.")

    class Meta:
        ordering = ["-last_activity_hour"]

    def __str__(self):
        return self.id

    @property
    def reference(self):
        """The short reference consultants say to each other: the id's first eight characters."""
        return self.id[:8]


class TicketMessage(models.Model):
    class Author(models.TextChoices):
        PERSON = "person", _("The person")
        HOTLINE = "hotline", _("The hotline")
        NOTE = "note", _("Internal note")

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=Author.choices)
    sequence = models.PositiveIntegerField(help_text="The message's place in its ticket, bound into its ciphertext.")
    created_hour = models.DateTimeField()
    key_id = models.CharField(max_length=40)
    version = models.PositiveSmallIntegerField()
    nonce = models.BinaryField()
    ciphertext = models.BinaryField()
    data_key_for_team = models.BinaryField()
    data_key_for_sender = models.BinaryField(null=True, help_text="Empty for internal notes.")
    signature = models.BinaryField(null=True, help_text="The team's signature on its replies and notes.")

    class Meta:
        ordering = ["sequence"]
        constraints = [models.UniqueConstraint(fields=["ticket", "sequence"], name="one_message_per_place")]

    def __str__(self):
        return f"{self.ticket_id}/{self.pk}"
