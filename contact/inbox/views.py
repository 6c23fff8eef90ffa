"""The consultants' inbox in the Wagtail admin. Only the "Hotline consultants" permission opens it; content
appears only in a session whose inbox is unlocked (contact.keyring), and every step is audited."""

import csv
import json
from collections import Counter

import django_filters
from django_otp import login as otp_login
from django_otp.forms import OTPTokenForm
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import View

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView

from .. import crypto, keyring, tickets
from ..forms import TOPICS
from ..models import ConsultantKey, Ticket, TicketMessage
from .audit import record
from .forms import GrantForm, MessageForm, PassphraseForm, TriageForm, UnlockForm

TOPIC_LABELS = dict(TOPICS)
# A spreadsheet treats cells that start with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def unlock_first(request):
    """Changing anything asks for what reading asks: the second factor and the unlocked inbox, so a stolen
    password or session cannot answer, close or delete a request."""
    messages.error(request, _("Unlock the inbox first."))
    return redirect("contact_inbox:unlock")


class InboxAccessMixin:
    """A plain 403 for anyone without the inbox permission, on every inbox URL (Wagtail would turn a raised
    PermissionDenied into a redirect to the dashboard)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("contact.access_inbox"):
            context = {"heading": _("Hotline inbox")}
            return TemplateResponse(request, "contact/inbox/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    def team_keys(self):
        try:
            return keyring.unlocked_team_keys(self.request)
        except keyring.Locked:
            return None


class TicketFilterSet(WagtailFilterSet):
    assigned = django_filters.ChoiceFilter(
        label=gettext_lazy("Assignee"),
        choices=[("me", gettext_lazy("Me")), ("unassigned", gettext_lazy("Unassigned"))],
        method="filter_assigned",
        empty_label=gettext_lazy("Anyone"),
    )

    class Meta:
        model = Ticket
        fields = ["status", "urgency", "language"]

    def filter_assigned(self, queryset, name, value):
        if value == "me":
            return queryset.filter(assignee=self.request.user)
        return queryset.filter(assignee__isnull=True)


@method_decorator(never_cache, name="dispatch")
class InboxIndexView(InboxAccessMixin, IndexView):
    model = Ticket
    any_permission_required = None
    index_url_name = "contact_inbox:index"
    index_results_url_name = "contact_inbox:index_results"
    edit_url_name = "contact_inbox:ticket"
    filterset_class = TicketFilterSet
    default_ordering = "-last_activity_hour"
    paginate_by = 25
    page_title = gettext_lazy("Hotline inbox")
    header_icon = "mail"
    template_name = "contact/inbox/index.html"

    def get_edit_url(self, instance):
        return reverse("contact_inbox:ticket", args=[instance.pk])

    @property
    def columns(self):
        return [
            TitleColumn("id", label=_("Ticket"), accessor="id", get_url=self.get_edit_url),
            DateColumn("created_hour", label=_("Received"), sort_key="created_hour"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("topic", label=_("Topic"), accessor=self.topic_of),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("urgency", label=_("Urgency"), accessor="get_urgency_display", sort_key="urgency"),
            Column("assignee", label=_("Assignee"), accessor="assignee", sort_key="assignee__username"),
            DateColumn("last_activity_hour", label=_("Last activity"), sort_key="last_activity_hour"),
        ]

    def get_base_queryset(self):
        return Ticket.objects.select_related("assignee")

    def topic_of(self, ticket):
        return self._topics.get(ticket.pk, "—")

    def get_context_data(self, **kwargs):
        team_keys = self.team_keys()
        self._topics = {}
        context = super().get_context_data(**kwargs)
        if team_keys is not None:
            self._topics = first_topics(context["object_list"], team_keys)
        context["unlocked"] = team_keys is not None
        context["status_counts"] = status_counts()
        return context


def first_topics(ticket_page, team_keys):
    """The topic of each listed ticket, decrypted from its first message with the unlocked keys."""
    firsts = {}
    for message in TicketMessage.objects.filter(
        ticket__in=list(ticket_page), author=TicketMessage.Author.PERSON
    ).order_by("id"):
        firsts.setdefault(message.ticket_id, message)
    topics = {}
    for ticket_id, message in firsts.items():
        if message.key_id in team_keys:
            topic = tickets.decrypt(message, team_keys[message.key_id]).get("topic", "other")
            topics[ticket_id] = TOPIC_LABELS.get(topic, topic)
    return topics


def status_counts():
    counts = dict(Ticket.objects.values_list("status").annotate(count=Count("id")))
    return [(label, counts.get(value, 0)) for value, label in Ticket.Status.choices]


@method_decorator(never_cache, name="dispatch")
class TicketView(InboxAccessMixin, View):
    def get(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        record(ticket, "hotline.view", request.user)
        return self.render(ticket, TriageForm(instance=ticket), MessageForm())

    def post(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        if self.team_keys() is None:
            return unlock_first(request)
        if "triage" in request.POST:
            form = TriageForm(request.POST, instance=ticket)
            if form.is_valid():
                form.save()
                record(ticket, "hotline.change", request.user)
                messages.success(request, _("Ticket updated."))
                return redirect("contact_inbox:ticket", pk)
            return self.render(ticket, form, MessageForm())
        form = MessageForm(request.POST)
        if form.is_valid():
            kind = form.cleaned_data["kind"]
            author = TicketMessage.Author.HOTLINE if kind == "reply" else TicketMessage.Author.NOTE
            tickets.add_message(ticket, author, {"message": form.cleaned_data["text"]})
            if kind == "reply" and ticket.status in (Ticket.Status.NEW, Ticket.Status.OPEN):
                Ticket.objects.filter(pk=ticket.pk).update(status=Ticket.Status.WAITING)
            record(ticket, f"hotline.{kind}", request.user)
            messages.success(request, _("Reply sent.") if kind == "reply" else _("Note added."))
            return redirect("contact_inbox:ticket", pk)
        return self.render(ticket, TriageForm(instance=ticket), form)

    def render(self, ticket, triage_form, message_form):
        team_keys = self.team_keys()
        thread = None
        if team_keys is not None:
            thread = [
                tickets.decrypt(message, team_keys[message.key_id]) if message.key_id in team_keys else None
                for message in ticket.messages.all()
            ]
        context = {
            "ticket": ticket,
            "thread": thread,
            "triage_form": triage_form,
            "message_form": message_form,
            "topic_labels": TOPIC_LABELS,
        }
        return TemplateResponse(self.request, "contact/inbox/ticket.html", context)


@method_decorator(never_cache, name="dispatch")
class DeleteTicketView(InboxAccessMixin, View):
    def get(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        return TemplateResponse(request, "contact/inbox/confirm_delete.html", {"ticket": ticket})

    def post(self, request, pk):
        ticket = get_object_or_404(Ticket, pk=pk)
        if self.team_keys() is None:
            return unlock_first(request)
        record(ticket, "hotline.delete", request.user)
        ticket.delete()
        messages.success(request, _("Ticket deleted."))
        return redirect("contact_inbox:index")


@method_decorator(never_cache, name="dispatch")
class UnlockView(InboxAccessMixin, View):
    def get(self, request):
        if not request.user.is_verified():
            return redirect("contact_inbox:verify")
        return self.render(UnlockForm())

    def post(self, request):
        if not request.user.is_verified():
            return redirect("contact_inbox:verify")
        if not ConsultantKey.objects.filter(user=request.user).exists():
            return redirect("contact_inbox:keys")
        form = UnlockForm(request.POST)
        if is_ratelimited(request, group="hotline-unlock", key=user_key, rate=unlock_rate(), increment=True):
            form.add_error(None, _("Too many attempts. Wait a quarter of an hour and try again."))
            return self.render(form, status=429)
        if form.is_valid():
            response = redirect("contact_inbox:index")
            try:
                opened = keyring.unlock(request, response, form.cleaned_data["passphrase"])
            except crypto.DecryptionError:
                record(consultant_key_of(request.user), "hotline.unlock_failed", request.user)
                form.add_error("passphrase", _("This passphrase does not open your key."))
            else:
                record(consultant_key_of(request.user), "hotline.unlock", request.user)
                if not opened:
                    messages.warning(request, _("Unlocked, but no colleague has granted you the team key yet."))
                return response
        return self.render(form, status=400)

    def render(self, form, status=200):
        has_key = ConsultantKey.objects.filter(user=self.request.user).exists()
        context = {"form": form, "has_key": has_key, "heading": _("Unlock the inbox")}
        return TemplateResponse(self.request, "contact/inbox/unlock.html", context, status=status)


def unlock_rate():
    return settings.CONTACT_RATE_LIMITS["unlocks_per_user"]


def user_key(group, request):
    return f"{group}:{request.user.pk}"


def consultant_key_of(user):
    return ConsultantKey.objects.get(user=user)


class LockView(InboxAccessMixin, View):
    def post(self, request):
        response = redirect("contact_inbox:index")
        keyring.lock(request, response)
        own_key = ConsultantKey.objects.filter(user=request.user).first()
        if own_key:
            record(own_key, "hotline.lock", request.user)
        messages.success(request, _("The inbox is locked."))
        return response


@method_decorator(never_cache, name="dispatch")
class VerifyView(InboxAccessMixin, View):
    """The second factor: a TOTP code, asked before the inbox can be unlocked."""

    def get(self, request):
        if not TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
            return redirect("contact_inbox:two_factor")
        return self.render(OTPTokenForm(request.user))

    def post(self, request):
        data = request.POST.copy()
        device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
        if device is not None:
            data.setdefault("otp_device", device.persistent_id)
        form = OTPTokenForm(request.user, request, data)
        if is_ratelimited(request, group="hotline-otp", key=user_key, rate=unlock_rate(), increment=True):
            form.add_error(None, _("Too many attempts. Wait a quarter of an hour and try again."))
            return self.render(form, status=429)
        if form.is_valid():
            otp_login(request, request.user.otp_device)
            return redirect("contact_inbox:unlock")
        return self.render(form, status=400)

    def render(self, form, status=200):
        context = {"form": form, "heading": _("Second factor")}
        return TemplateResponse(self.request, "contact/inbox/verify.html", context, status=status)


@method_decorator(never_cache, name="dispatch")
class TwoFactorSetupView(InboxAccessMixin, View):
    """Enrol an authenticator app: shows the secret once, confirms it with a first code."""

    def get(self, request):
        return TemplateResponse(request, "contact/inbox/two_factor.html", self.context(self.pending_device()))

    def post(self, request):
        device = self.pending_device()
        token = request.POST.get("token", "").strip()
        if device.verify_token(token):
            device.confirmed = True
            device.save()
            otp_login(request, device)
            messages.success(request, _("Second factor set up."))
            return redirect("contact_inbox:keys")
        context = {**self.context(device), "error": _("That code is not right. Check the time on your phone.")}
        return TemplateResponse(request, "contact/inbox/two_factor.html", context, status=400)

    def context(self, device):
        return {"device": device, "heading": _("Set up a second factor")}

    def pending_device(self):
        if TOTPDevice.objects.filter(user=self.request.user, confirmed=True).exists():
            raise PermissionDenied  # replacing a device is an administrator's task (Wagtail redirects)
        device, _created = TOTPDevice.objects.get_or_create(
            user=self.request.user, confirmed=False, defaults={"name": "Authenticator"}
        )
        return device


@method_decorator(never_cache, name="dispatch")
class KeysView(InboxAccessMixin, View):
    """Set (or reset) one's key passphrase, and grant the team key to colleagues."""

    def get(self, request):
        return self.render(PassphraseForm(), GrantForm())

    def post(self, request):
        if not request.user.is_verified():
            return redirect("contact_inbox:verify")
        if "grant" in request.POST:
            return self.grant(request)
        if "revoke" in request.POST or "rotate" in request.POST:
            return self.revoke_or_rotate(request)
        form = PassphraseForm(request.POST)
        if form.is_valid():
            key = keyring.set_passphrase(request.user, form.cleaned_data["passphrase"])
            response = redirect("contact_inbox:keys")
            keyring.lock(request, response)
            record(key, "hotline.key_set", request.user)
            messages.success(request, _("Your key is ready. A colleague must now grant you the team key."))
            return response
        return self.render(form, GrantForm(), status=400)

    def grant(self, request):
        form = GrantForm(request.POST)
        team_keys = self.team_keys()
        if team_keys is None:
            return unlock_first(request)
        if not form.is_valid():
            return self.render(PassphraseForm(), form, status=400)
        consultant_key = form.cleaned_data["consultant"]
        keyring.grant(team_keys, consultant_key, granted_by=request.user)
        record(consultant_key, "hotline.grant", request.user)
        messages.success(request, _("Team key granted."))
        return redirect("contact_inbox:keys")

    def revoke_or_rotate(self, request):
        """For leavers: remove a colleague's grants, then make a team key they never had for new tickets.
        Both need only public keys, but only someone who can unlock may do them."""
        if self.team_keys() is None:
            return unlock_first(request)
        if "revoke" in request.POST:
            key_id = request.POST["revoke"]
            consultant_key = ConsultantKey.objects.filter(pk=key_id).first() if key_id.isdigit() else None
            if consultant_key is None:
                return redirect("contact_inbox:keys")
            keyring.revoke(consultant_key.user)
            record(consultant_key, "hotline.revoke", request.user)
            messages.success(request, _("Grants removed. Now rotate the team key."))
        else:
            record(keyring.rotate_team_key(), "hotline.rotate", request.user)
            messages.success(request, _("New tickets now use a new team key. Lock and unlock to read them."))
        return redirect("contact_inbox:keys")

    def render(self, passphrase_form, grant_form, status=200):
        own_key = ConsultantKey.objects.filter(user=self.request.user).first()
        context = {
            "passphrase_form": passphrase_form,
            "grant_form": grant_form,
            "own_key": own_key,
            "grant_count": own_key.grants.count() if own_key else 0,
            "unlocked": self.team_keys() is not None,
            "has_second_factor": TOTPDevice.objects.filter(user=self.request.user, confirmed=True).exists(),
            "colleagues": ConsultantKey.objects.exclude(user=self.request.user)
            .select_related("user")
            .annotate(grant_count=Count("grants"))
            .order_by("user__username"),
            "heading": _("My key"),
            "strength_labels": json.dumps(
                {
                    "short": _("Too short: at least 12 characters."),
                    "weak": _("Strength: weak"),
                    "fair": _("Strength: fair"),
                    "strong": _("Strength: strong"),
                }
            ),
        }
        return TemplateResponse(self.request, "contact/inbox/keys.html", context, status=status)


@method_decorator(never_cache, name="dispatch")
class StatisticsView(InboxAccessMixin, View):
    """Aggregates for annual reports. Topics need the unlocked inbox; everything else is metadata."""

    def get(self, request, export=False):
        table = statistics(self.team_keys())
        if export:
            return statistics_csv(table)
        context = {"table": table, "heading": _("Statistics")}
        return TemplateResponse(request, "contact/inbox/statistics.html", context)


def statistics(team_keys):
    """Rows of (dimension, value, count)."""
    ticket_list = list(Ticket.objects.all())
    rows = []
    months = Counter(f"{ticket.created_hour:%Y-%m}" for ticket in ticket_list)
    rows += [("month", month, n) for month, n in sorted(months.items())]
    rows += [("status", value, n) for value, n in Counter(t.status for t in ticket_list).most_common()]
    rows += [("language", value, n) for value, n in Counter(t.language for t in ticket_list).most_common()]
    trafficking = Counter(kind for t in ticket_list for kind in t.trafficking_types)
    rows += [("trafficking_type", value, n) for value, n in trafficking.most_common()]
    if team_keys is not None:
        topics = Counter(first_topics(ticket_list, team_keys).values())
        rows += [("topic", str(value), n) for value, n in topics.most_common()]
    return rows


def neutralise_cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def statistics_csv(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="hotline-statistics.csv"'
    writer = csv.writer(response)
    writer.writerow(["dimension", "value", "count"])
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return response
