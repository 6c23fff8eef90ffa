"""`manage.py render_front_error_pages DIRECTORY`: the pages the front server shows for the errors it answers
itself (a request it refuses, a limit reached, the application down), one STATUS.html per status.

nginx cannot ask the application for them (it may be what is down), and the hotline's numbers live in the
database: so they are written as files, at every start of the stack and after the numbers change. Each is
self-contained (no style sheet, image or script) and in the site's default language, with every hotline number
as a tel: link, so that whoever meets one of them can still call.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Site

from home.models import SiteSettings

REFUSED = (400, 405, 408, 413, 414, 494)
BUSY = (429, 500, 502, 503, 504)
FRONT_ERROR_STATUSES = (404, *REFUSED, *BUSY)


def page_texts(status):
    """(heading, advice) for a status, in the active language."""
    if status == 404:
        return _("Page not found"), _("Please go back and try again, or start from the home page.")
    if status in REFUSED:
        return _("This request could not be understood"), _(
            "Please go back and try again, or start from the home page."
        )
    return _("Something went wrong"), _("This page could not be shown. Please try again in a few minutes.")


def render_front_error_page(status, site_settings):
    heading, advice = page_texts(status)
    context = {
        "heading": heading,
        "advice": advice,
        "phones": site_settings.phones,
        "hotline_name": site_settings.hotline_name,
    }
    return render_to_string("home/front_error_page.html", context)


class Command(BaseCommand):
    help = "Writes the front server's error pages, with the hotline's numbers, into DIRECTORY."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site, so no hotline numbers to show.")
        site_settings = SiteSettings.for_site(site)
        if not site_settings.phones:
            raise CommandError("The site settings have no hotline number: fill them in first.")
        directory.mkdir(parents=True, exist_ok=True)
        with translation.override(settings.LANGUAGE_CODE):
            for status in FRONT_ERROR_STATUSES:
                (directory / f"{status}.html").write_text(render_front_error_page(status, site_settings))
        self.stdout.write(f"Wrote {len(FRONT_ERROR_STATUSES)} error pages into {directory}.")
