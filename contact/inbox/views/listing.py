"""The list of tickets: filters, columns, and the count of tickets in each status."""

import django_filters

from django.db.models import Case, Count, When
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView

from ...models import Ticket
from ...templatetags.inbox_tags import hour_window
from .access import InboxAccessMixin
from .ticket import language_name
from .topics import first_topics


class TicketFilterSet(WagtailFilterSet):
    assigned = django_filters.ChoiceFilter(
        label=gettext_lazy("Assignee"),
        choices=[("me", gettext_lazy("Me")), ("unassigned", gettext_lazy("Unassigned"))],
        method="filter_assigned",
        empty_label=gettext_lazy("Anyone"),
    )

    in_danger = django_filters.BooleanFilter(label=gettext_lazy("In danger now"))
    may_contact = django_filters.BooleanFilter(label=gettext_lazy("May contact"))

    class Meta:
        model = Ticket
        fields = ["status", "urgency", "language", "in_danger", "may_contact"]

    def filter_assigned(self, queryset, name, value):
        if value == "me":
            return queryset.filter(assignee=self.request.user)
        return queryset.filter(assignee__isnull=True)


class InboxIndexView(InboxAccessMixin, IndexView):
    model = Ticket
    any_permission_required = None
    index_url_name = "contact_inbox:index"
    index_results_url_name = "contact_inbox:index_results"
    edit_url_name = "contact_inbox:ticket"
    filterset_class = TicketFilterSet
    # Danger first, then urgency by its rank, then newest; a column's own order keeps newest first within it.
    default_ordering = ("danger_rank", "urgency_rank", "-created_hour")
    paginate_by = 25
    page_title = gettext_lazy("Hotline inbox")
    header_icon = "mail"
    template_name = "contact/inbox/index.html"

    def get_edit_url(self, instance):
        return reverse("contact_inbox:ticket", args=[instance.pk])

    @property
    def columns(self):
        return [
            TitleColumn("id", label=_("Ticket"), accessor="reference", get_url=self.get_edit_url, sort_key="id"),
            Column("danger", label=_("In danger now"), accessor=danger_badge, sort_key="danger_rank"),
            Column("urgency", label=_("Urgency"), accessor=urgency_badge, sort_key="urgency_rank"),
            Column("may_contact", label=_("May contact"), accessor=contact_badge, sort_key="contact_rank"),
            Column("created_hour", label=_("Received"), accessor=by_hour("created_hour"), sort_key="created_hour"),
            Column("language", label=_("Language"), accessor=language_of, sort_key="language"),
            Column("topic", label=_("Topic"), accessor=self.topic_of),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status_rank"),
            Column("assignee", label=_("Assignee"), accessor="assignee", sort_key="assignee__username"),
            Column(
                "last_activity_hour",
                label=_("Last activity"),
                accessor=by_hour("last_activity_hour"),
                sort_key="last_activity_hour",
            ),
        ]

    def get_base_queryset(self):
        return Ticket.objects.select_related("assignee").annotate(
            danger_rank=Case(When(in_danger=True, then=0), default=1),
            contact_rank=Case(When(may_contact=True, then=0), default=1),
            urgency_rank=rank_of("urgency", Ticket.Urgency.values),
            status_rank=rank_of("status", Ticket.Status.values),
        )

    def order_queryset(self, queryset):
        ordering = self.ordering if isinstance(self.ordering, tuple) else (self.ordering,)
        return queryset.order_by(*ordering, "-created_hour", "id")

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


def rank_of(field, values):
    """A choice's place in its list (urgency: immediate first), so it sorts by meaning, not alphabetically."""
    return Case(*(When(**{field: value}, then=rank) for rank, value in enumerate(values)), default=len(values))


def danger_badge(ticket):
    if ticket.in_danger:
        return format_html('<span class="hotline-badge hotline-badge--danger">{}</span>', _("In danger now"))
    return "—" if ticket.in_danger is None else _("No")


def urgency_badge(ticket):
    return format_html(
        '<span class="hotline-badge hotline-badge--urgency-{}">{}</span>', ticket.urgency, ticket.get_urgency_display()
    )


def contact_badge(ticket):
    if ticket.may_contact:
        return format_html('<span class="hotline-badge hotline-badge--contact">{}</span>', _("May contact"))
    return format_html('<span class="hotline-badge hotline-badge--no-contact">{}</span>', _("Do not contact"))


def by_hour(field):
    return lambda ticket: hour_window(getattr(ticket, field))


def language_of(ticket):
    return language_name(ticket.language)


def status_counts():
    counts = dict(Ticket.objects.values_list("status").annotate(count=Count("id")))
    return [(label, counts.get(value, 0)) for value, label in Ticket.Status.choices]
