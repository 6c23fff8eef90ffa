"""Aggregates for annual reports, as a page and as CSV. Topics need the unlocked inbox; the rest is metadata."""

import csv
from collections import Counter

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View

from ...models import Ticket
from .access import InboxAccessMixin
from .topics import first_topics, latest_choices

# A spreadsheet treats cells that start with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


# The charts drawn on the page, in this order: (dimension, title).
CHARTS = [
    ("week", gettext_lazy("Requests per week")),
    ("topic", gettext_lazy("Topics")),
    ("language", gettext_lazy("Languages")),
    ("in_danger", gettext_lazy("In danger now")),
    ("may_contact", gettext_lazy("May contact")),
    ("share", gettext_lazy("May we share what you wrote?")),
]
BAR_WIDTH = 320


class StatisticsView(InboxAccessMixin, View):
    def get(self, request):
        rows = statistics(self.team_keys())
        context = {"table": rows, "charts": bar_charts(rows), "heading": _("Statistics")}
        return TemplateResponse(request, "contact/inbox/statistics.html", context)


def bar_charts(rows):
    """Each chart as (title, bars), a bar being (label, count, width in px, y): drawn as SVG on the server."""
    charts = []
    for dimension, title in CHARTS:
        counted = [(value, count) for row_dimension, value, count in rows if row_dimension == dimension]
        if not counted:
            continue
        most = max(count for _value, count in counted)
        bars = [
            (value, count, max(1, round(BAR_WIDTH * count / most)), index * 28)
            for index, (value, count) in enumerate(counted)
        ]
        charts.append((title, bars, len(bars) * 28))
    return charts


class StatisticsCsvView(InboxAccessMixin, View):
    def get(self, request):
        return statistics_csv(statistics(self.team_keys()))


def statistics(team_keys):
    """Rows of (dimension, value, count)."""
    ticket_list = list(Ticket.objects.all())
    rows = []
    months = Counter(f"{ticket.created_hour:%Y-%m}" for ticket in ticket_list)
    rows += [("month", month, n) for month, n in sorted(months.items())]
    weeks = Counter("{}-W{:02d}".format(*ticket.created_hour.isocalendar()[:2]) for ticket in ticket_list)
    rows += [("week", week, n) for week, n in sorted(weeks.items())]
    rows += [("status", value, n) for value, n in Counter(t.status for t in ticket_list).most_common()]
    rows += [("language", value, n) for value, n in Counter(t.language for t in ticket_list).most_common()]
    trafficking = Counter(kind for t in ticket_list for kind in t.trafficking_types)
    rows += [("trafficking_type", value, n) for value, n in trafficking.most_common()]
    danger = Counter({True: "yes", False: "no", None: "not said"}[t.in_danger] for t in ticket_list)
    rows += [("in_danger", value, n) for value, n in danger.most_common()]
    contact = Counter("yes" if t.may_contact else "no" for t in ticket_list)
    rows += [("may_contact", value, n) for value, n in contact.most_common()]
    if team_keys is not None:
        topics = Counter(first_topics(ticket_list, team_keys).values())
        rows += [("topic", str(value), n) for value, n in topics.most_common()]
        rows += sealed_answer_rows(latest_choices(ticket_list, team_keys).values())
    return rows


def sealed_answer_rows(standing):
    """Counts of the sealed answers that stand, one row per answer: never which ticket gave which."""
    standing = list(standing)
    rows = []
    for name in ("share", "leave_message", "say_who"):
        rows += [(name, value, n) for value, n in Counter(choices[name] for choices in standing).most_common()]
    times = Counter(window for choices in standing for window in choices["times"])
    return rows + [("contact_time", value, n) for value, n in times.most_common()]


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
