"""Friendly error pages: each in the reader's language and each with the hotline, never Django's bare ones."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .headers import mark_form_page
from .paths import is_admin_path
from .text import plain_text


def page_not_found(request, exception=None):
    """The 404 page; its language links lead to each language's home page."""
    return TemplateResponse(request, "404.html", {"page_not_found": True}, status=404)


def bad_request(request, exception=None):
    return _request_error(request, 400, _("This request could not be understood"))


def permission_denied(request, exception=None):
    return _request_error(request, 403, _("This page is not open to you"))


def _request_error(request, status, heading):
    return TemplateResponse(request, "request_error.html", {"heading": heading}, status=status)


def server_error(request, *args, **kwargs):
    """A 500 page that still gives the hotline number, without touching the database."""
    context = {
        "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        "hotline_phone": settings.HOTLINE_FALLBACK_PHONE,
    }
    return TemplateResponse(request, "500.html", context, status=500).render()


MAX_KEPT_CHARACTERS = 5000


def kept_message(request):
    """The message of a public form sent here, to offer back for sending again; only the visible message: a forged
    cross-site form must not plant its token, code or contact in the person's next send."""
    if request.method != "POST" or is_admin_path(request.path):
        return ""
    # No more than a form takes: a huge body must not become a huge page to send (and transliterate).
    return plain_text(request.POST.get("message", "")[:MAX_KEPT_CHARACTERS])


def csrf_failure(request, reason=""):
    """Say what happened, give the hotline, and offer to send the message again."""
    context = {"message": kept_message(request)}
    return mark_form_page(TemplateResponse(request, "privacy/csrf_failure.html", context, status=403))
