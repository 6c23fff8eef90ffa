"""The list of tickets: filters, columns, and the count of tickets in each status."""

import django_filters

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView

from ...models import Ticket
from .access import InboxAccessMixin
from .topics import first_topics


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


def status_counts():
    counts = dict(Ticket.objects.values_list("status").annotate(count=Count("id")))
    return [(label, counts.get(value, 0)) for value, label in Ticket.Status.choices]
