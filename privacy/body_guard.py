"""Public forms are small: their bodies are capped and parsed before CSRF or any view reads them."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .paths import is_admin_path

UNREADABLE_BODY_ERRORS = (
    MultiPartParserError,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
    UnreadablePostError,
    UnicodeDecodeError,
)


class PublicFormBodyGuardMiddleware:
    """An oversized or malformed public POST gets a page in the reader's language with the hotline number
    instead of an error page. The admin is left to Django's own limits."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not is_admin_path(request.path):
            status = self.problem(request)
            if status:
                response = TemplateResponse(
                    request, "privacy/unreadable_request.html", {"status": status}, status=status
                )
                add_never_cache_headers(response)
                # Django renders only responses that come from views; this one comes from a middleware.
                return response.render()
        return self.get_response(request)

    def problem(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return 400
        if length > settings.CONTACT_MAX_REQUEST_BYTES:
            return 413
        try:
            request.POST  # noqa: B018 - parsing is the check
        except UNREADABLE_BODY_ERRORS:
            return 400
        return None
