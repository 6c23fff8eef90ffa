"""One ticket: its page, and the changes made from it (triage, a reply or internal note, deleting it)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import View

from ... import consent, tickets
from ...models import Ticket, TicketMessage
from ..audit import record
from ..forms import MessageForm, TriageForm
from .access import InboxAccessMixin, unlock_first
from .topics import TOPIC_LABELS

# The boxes of the ticket page. Each is its own form, as is the triage; what the other boxes hold is carried along
# with the form sent (contact/static/contact/ticket-drafts.js) and shown again, never stored.
BOXES = ("reply", "note")
KEPT_NOTICE = gettext_lazy("Nothing you typed is lost: what was not sent is still in its box below.")


def typed_in_boxes(data):
    return {kind: data.get(f"{kind}-text", "") for kind in BOXES}


class TicketPageMixin(InboxAccessMixin):
    def render_ticket(self, ticket, triage_form=None, message_form=None, kept=None, status=200):
        """The ticket page; ``kept`` is what the boxes held when another button was pressed, shown again."""
        team_keys = self.team_keys()
        thread = None if team_keys is None else tickets.read_in_inbox(ticket, team_keys)
        kept = {kind: text for kind, text in (kept or {}).items() if text.strip()}
        if kept:
            messages.warning(self.request, KEPT_NOTICE)
        context = {
            "ticket": ticket,
            "thread": thread,
            "choices": None if thread is None else consent.described(current_choices(thread)),
            "triage_form": triage_form or TriageForm(instance=ticket),
            "message_form": message_form,
            "kept": kept,
            "topic_labels": TOPIC_LABELS,
            "language_name": language_name(ticket.language),
        }
        return TemplateResponse(self.request, "contact/inbox/ticket.html", context, status=status)

    def saved(self, ticket, kept):
        """After a change: back to the ticket, unless other boxes hold text, which a redirect would lose."""
        if any(text.strip() for text in kept.values()):
            return self.render_ticket(ticket, kept=kept)
        return redirect("contact_inbox:ticket", ticket.pk)


def current_choices(thread):
    """The person's choices that stand: their latest answers, message by message."""
    return consent.latest(
        message.get("choices", {}) for message in thread if message and message["author"] == "person"
    )


def language_name(code):
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


class TicketView(TicketPageMixin, View):
    def get(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        record(ticket, "hotline.view", request.user)
        return self.render_ticket(ticket)


class TicketChangeView(TicketPageMixin, View):
    """A change to one ticket, made in its ``change(ticket)``: only an unlocked session may make it."""

    def post(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        if self.team_keys() is None:
            return unlock_first(request)
        return self.change(ticket)


class TriageView(TicketChangeView):
    def change(self, ticket):
        form = TriageForm(self.request.POST, instance=ticket)
        if not form.is_valid():
            return self.render_ticket(ticket, triage_form=form, kept=typed_in_boxes(self.request.POST))
        tickets.triage(ticket, **form.cleaned_data)
        record(ticket, "hotline.change", self.request.user)
        messages.success(self.request, _("Ticket updated."))
        return self.saved(ticket, typed_in_boxes(self.request.POST))


class MessageView(TicketChangeView):
    """A reply, sealed to the person too, or an internal note that only the team can read."""

    def change(self, ticket):
        post = self.request.POST
        kind = post.get("kind")
        text = post.get(f"{kind}-text", post.get("text", ""))
        form = MessageForm({"kind": kind, "text": text})
        kept = typed_in_boxes(post)
        if kind in BOXES:
            kept[kind] = text  # a client may send plain "text"
        if not form.is_valid():
            return self.render_ticket(ticket, message_form=form, kept=kept)
        unsent = {box: typed for box, typed in kept.items() if box != kind}
        author = TicketMessage.Author.HOTLINE if kind == "reply" else TicketMessage.Author.NOTE
        try:
            tickets.add_message(
                ticket, author, {"message": form.cleaned_data["text"]}, team_private_keys=self.team_keys()
            )
        except (tickets.NotGranted, tickets.NoTeamKey):
            form.add_error(None, _("You do not hold the current, pinned team key, so you cannot sign as the hotline."))
            return self.render_ticket(ticket, message_form=form, kept=kept)
        except tickets.SenderKeyChanged:
            form.add_error(
                None,
                _(
                    "This ticket's key for the person was changed in the database after they wrote, so a reply could"
                    " be read by someone else. Nothing was sent. Tell your administrator."
                ),
            )
            return self.render_ticket(ticket, message_form=form, kept=kept)
        record(ticket, f"hotline.{kind}", self.request.user)
        messages.success(self.request, _("Reply sent.") if kind == "reply" else _("Note added."))
        return self.saved(ticket, unsent)


class DeleteTicketView(TicketChangeView):
    def get(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        return TemplateResponse(request, "contact/inbox/confirm_delete.html", {"ticket": ticket})

    def change(self, ticket):
        record(ticket, "hotline.delete", self.request.user)
        ticket.delete()
        messages.success(self.request, _("Ticket deleted."))
        return redirect("contact_inbox:index")
