from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpResponse, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

UNREADABLE_BODY_ERRORS = (
    MultiPartParserError,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
    UnreadablePostError,
    UnicodeDecodeError,
)


class PublicFormBodyGuardMiddleware:
    """Public forms are small: their bodies are capped and parsed here, before CSRF or any view reads them,
    so an oversized or malformed body gets a page in the reader's language with the hotline number
    instead of an error page. The admin is left to Django's own limits."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not request.path.startswith("/admin/"):
            status = self.problem(request)
            if status:
                response = TemplateResponse(
                    request, "contact/unreadable_request.html", {"status": status}, status=status
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


class AdminLoginRateLimitMiddleware:
    """Slows password guessing at the admin login: a few attempts per client (keyed HMAC) per window."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == "/admin/login/":
            from .ratelimits import client_key

            rate = settings.CONTACT_RATE_LIMITS["admin_logins_per_client"]
            if is_ratelimited(request, group="admin-login", key=client_key, rate=rate, increment=True):
                return HttpResponse("Too many login attempts. Please wait a few minutes.", status=429)
        return self.get_response(request)
