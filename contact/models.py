"""Tickets from the anonymous form. Only what triage needs is in the clear; what a person wrote is ciphertext."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from home.models import TranslatedPage, localized_search_fields


def new_ticket_id():
    return secrets.token_urlsafe(12)


class EscrowKey(models.Model):
    """The public half of the offline recovery key; its private half was printed once and never stored."""

    public_key = models.BinaryField()
    fingerprint = models.CharField(max_length=16, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.fingerprint


class TeamKey(models.Model):
    """The hotline team's key pair: the public half seals tickets, the private half exists only sealed."""

    key_id = models.CharField(max_length=40, unique=True)
    public_key = models.BinaryField()
    sealed_for_escrow = models.BinaryField(help_text="The team private key, sealed to the escrow key.")
    escrow = models.ForeignKey(EscrowKey, on_delete=models.PROTECT, related_name="team_keys")
    is_active = models.BooleanField(default=True, help_text="New tickets are sealed to the active key.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"], condition=models.Q(is_active=True), name="one_active_team_key"
            )
        ]

    def __str__(self):
        return self.key_id


class Ticket(models.Model):
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
    sender_public_key = models.BinaryField()
    sender_key_salt = models.BinaryField()
    delete_after = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-last_activity_hour"]

    def __str__(self):
        return self.id


class TicketMessage(models.Model):
    class Author(models.TextChoices):
        PERSON = "person", _("The person")
        HOTLINE = "hotline", _("The hotline")
        NOTE = "note", _("Internal note")

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=Author.choices)
    created_hour = models.DateTimeField()
    key_id = models.CharField(max_length=40)
    version = models.PositiveSmallIntegerField()
    nonce = models.BinaryField()
    ciphertext = models.BinaryField()
    data_key_for_team = models.BinaryField()
    data_key_for_sender = models.BinaryField(null=True, help_text="Empty for internal notes.")

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.ticket_id}/{self.pk}"


class ContactPage(TranslatedPage):
    """The anonymous form. It asks for nothing that identifies the person."""

    intro = models.TextField(_("introduction"), max_length=800)
    sent_text = models.TextField(
        _("text after sending"), max_length=800, help_text=_("Shown with the receipt code after a message is sent.")
    )

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("sent_text")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro")

    translation_required_fields = ("title", "intro")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["contact.ReplyCheckPage"]
    max_count = 1

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reply_check_page"] = ReplyCheckPage.objects.child_of(self).live().first()
        return context

    def serve(self, request, *args, **kwargs):
        from .views import serve_contact_page

        return serve_contact_page(self, request)


class ReplyCheckPage(TranslatedPage):
    """Where a person comes back with their receipt code to read replies and write again."""

    intro = models.TextField(_("introduction"), max_length=800)

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro")

    translation_required_fields = ("title", "intro")
    parent_page_types = ["contact.ContactPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("reply check page")

    def serve(self, request, *args, **kwargs):
        from .views import serve_reply_check_page

        return serve_reply_check_page(self, request)
