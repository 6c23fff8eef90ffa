"""How the inbox shows what it knows: hours as the windows they are, the person's answers, flags as badges."""

from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from contact import consent

register = template.Library()


@register.filter
def hour_window(hour):
    """A stored hour as what it means, "today, 02:00-03:00": the database keeps only the hour, so a time
    within it would claim to know more."""
    if hour is None:
        return "—"
    local = timezone.localtime(hour)
    window = {"start": f"{local:%H}:00", "end": f"{local + timedelta(hours=1):%H}:00"}
    days_ago = (timezone.localdate() - local.date()).days
    if days_ago == 0:
        return _("today, %(start)s-%(end)s") % window
    if days_ago == 1:
        return _("yesterday, %(start)s-%(end)s") % window
    return _("%(date)s, %(start)s-%(end)s") % {"date": date_format(local, "DATE_FORMAT"), **window}


@register.filter
def described_given(given):
    return consent.described_given(given)
