"""One ticket: its page, and the changes made from it (triage, a reply or internal note, deleting it)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.generic import View

from ... import tickets
from ...models import Ticket, TicketMessage
from ..audit import record
from ..forms import MessageForm, TriageForm
from .access import InboxAccessMixin, unlock_first
from .topics import TOPIC_LABELS


class TicketPageMixin(InboxAccessMixin):
    def render_ticket(self, ticket, triage_form=None, message_form=None):
        team_keys = self.team_keys()
        thread = None if team_keys is None else tickets.read_in_inbox(ticket, team_keys)
        context = {
            "ticket": ticket,
            "thread": thread,
            "triage_form": triage_form or TriageForm(instance=ticket),
            "message_form": message_form or MessageForm(),
            "topic_labels": TOPIC_LABELS,
        }
        return TemplateResponse(self.request, "contact/inbox/ticket.html", context)


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
            return self.render_ticket(ticket, triage_form=form)
        tickets.triage(ticket, **form.cleaned_data)
        record(ticket, "hotline.change", self.request.user)
        messages.success(self.request, _("Ticket updated."))
        return redirect("contact_inbox:ticket", ticket.pk)


class MessageView(TicketChangeView):
    """A reply, sealed to the person too, or an internal note that only the team can read."""

    def change(self, ticket):
        form = MessageForm(self.request.POST)
        if not form.is_valid():
            return self.render_ticket(ticket, message_form=form)
        kind = form.cleaned_data["kind"]
        author = TicketMessage.Author.HOTLINE if kind == "reply" else TicketMessage.Author.NOTE
        try:
            tickets.add_message(
                ticket, author, {"message": form.cleaned_data["text"]}, team_private_keys=self.team_keys()
            )
        except (tickets.NotGranted, tickets.NoTeamKey):
            form.add_error(None, _("You do not hold the current, pinned team key, so you cannot sign as the hotline."))
            return self.render_ticket(ticket, message_form=form)
        except tickets.SenderKeyChanged:
            form.add_error(
                None,
                _(
                    "This ticket's key for the person was changed in the database after they wrote, so a reply could"
                    " be read by someone else. Nothing was sent. Tell your administrator."
                ),
            )
            return self.render_ticket(ticket, message_form=form)
        record(ticket, f"hotline.{kind}", self.request.user)
        messages.success(self.request, _("Reply sent.") if kind == "reply" else _("Note added."))
        return redirect("contact_inbox:ticket", ticket.pk)


class DeleteTicketView(TicketChangeView):
    def get(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        return TemplateResponse(request, "contact/inbox/confirm_delete.html", {"ticket": ticket})

    def change(self, ticket):
        record(ticket, "hotline.delete", self.request.user)
        ticket.delete()
        messages.success(self.request, _("Ticket deleted."))
        return redirect("contact_inbox:index")
