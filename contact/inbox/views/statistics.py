"""Aggregates for annual reports, as a page and as CSV. Topics need the unlocked inbox; the rest is metadata."""

import csv
from collections import Counter

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.generic import View

from ...models import Ticket
from .access import InboxAccessMixin
from .topics import first_topics

# A spreadsheet treats cells that start with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class StatisticsView(InboxAccessMixin, View):
    def get(self, request):
        context = {"table": statistics(self.team_keys()), "heading": _("Statistics")}
        return TemplateResponse(request, "contact/inbox/statistics.html", context)


class StatisticsCsvView(InboxAccessMixin, View):
    def get(self, request):
        return statistics_csv(statistics(self.team_keys()))


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
