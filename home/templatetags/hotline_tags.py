from django import template
from django.utils.dates import WEEKDAYS
from django.utils.text import capfirst
from django.utils.translation import get_language

register = template.Library()

# Languages whose readers need to be told that they can call or write without knowing Serbian.
SERBIAN = ("sr-latn", "sr")


@register.simple_tag
def opening_hours(site_settings):
    """The hotline's opening periods with their days named in the reader's language: "Monday–Friday", 10:00."""
    periods = []
    for period in site_settings.opening_hours:
        days = [capfirst(WEEKDAYS[period.first_day])]
        if period.last_day != period.first_day:
            days.append(WEEKDAYS[period.last_day])
        periods.append({"days": "–".join(str(day) for day in days), "opens": period.opens, "closes": period.closes})
    return periods


@register.simple_tag
def reader_may_need_interpreter():
    return get_language() not in SERBIAN
