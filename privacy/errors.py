"""Friendly error pages: each in the reader's language and each with the hotline, never Django's bare ones."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path, override
from django.utils.translation import gettext_lazy as _

from .csrf import sent_by_another_site
from .headers import mark_form_page
from .paths import is_admin_path
from .text import plain_text


def address_language(request):
    """The language of the address asked for, else the site's default. An error raised before the locale
    middleware ran (a refused host) would otherwise speak the language this server thread served last, and so
    tell a stranger what the person before read."""
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def error_page(request, template, context, status):
    with override(address_language(request)):
        response = TemplateResponse(request, template, context, status=status).render()
    patch_cache_control(response, no_store=True)
    return response


def page_not_found(request, exception=None):
    """The 404 page; its language links lead to each language's home page."""
    return error_page(request, "404.html", {"page_not_found": True}, 404)


def bad_request(request, exception=None):
    return error_page(request, "request_error.html", {"heading": _("This request could not be understood")}, 400)


def permission_denied(request, exception=None):
    return error_page(request, "request_error.html", {"heading": _("This page is not open to you")}, 403)


def server_error(request, *args, **kwargs):
    """A 500 page that still gives the hotline number, without touching the database."""
    context = {"LANGUAGE_CODE": address_language(request), "hotline_phone": settings.HOTLINE_FALLBACK_PHONE}
    return error_page(request, "500.html", context, 500)


MAX_KEPT_CHARACTERS = 5000


def kept_message(request):
    """The message of a public form sent here, to offer back for sending again; only the visible message: a forged
    cross-site form must not plant its token, code or contact in the person's next send."""
    if request.method != "POST" or is_admin_path(request.path):
        return ""
    # No more than a form takes: a huge body must not become a huge page to send (and transliterate).
    return plain_text(request.POST.get("message", "")[:MAX_KEPT_CHARACTERS])


def csrf_failure(request, reason=""):
    """Say what happened, give the hotline, and offer to send the message again, unless the browser says another
    site sent it: that site would otherwise put words of its choosing on this site's page, one click from being
    sent as the reader's own."""
    context = {"message": "" if sent_by_another_site(request) else kept_message(request)}
    return mark_form_page(TemplateResponse(request, "privacy/csrf_failure.html", context, status=403))
