"""The last resort for a public form sent while PostgreSQL or Redis is gone, when not even the form's page can be
built again (contact.views handles the rest): a page that needs neither, with the hotline number and the
person's text, in a 503 with Retry-After, never the 500 page."""

from django.conf import settings
from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from .errors import kept_message
from .headers import mark_form_page
from .paths import is_admin_path
from .secure_cache import SECURE_CACHE_ERRORS

OUTAGE_ERRORS = (DatabaseError, *SECURE_CACHE_ERRORS)
RETRY_AFTER_SECONDS = 120


def form_unavailable(request):
    context = {
        "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        "hotline_phone": settings.HOTLINE_FALLBACK_PHONE,
        "message": kept_message(request),
    }
    response = mark_form_page(TemplateResponse(request, "privacy/form_unavailable.html", context, status=503))
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Rendered here: when the page's own rendering failed, Django renders nothing after this.
    return response.render()


class PublicFormOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and not is_admin_path(request.path) and isinstance(exception, OUTAGE_ERRORS):
            return form_unavailable(request)
        return None
