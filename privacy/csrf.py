"""Cross-site request forgery: Django's check, with its cookie, for the admin; for public forms a check that
needs no cookie, so that a phone someone else inspects keeps no trace of the contact pages.

A public form POST is refused when the browser says it came from another site: by Sec-Fetch-Site, or else by
an Origin other than this site's own. A browser too old to send either is let through: the contact views'
signed one-time form token is the other half of the protection.
"""

from urllib.parse import urlsplit

from django.core.exceptions import DisallowedHost
from django.middleware.csrf import CsrfViewMiddleware, _get_failure_view

from .paths import is_admin_path

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin_parts(scheme, netloc):
    parsed = urlsplit(f"{scheme}://{netloc}")
    return parsed.scheme, (parsed.hostname or "").lower(), parsed.port or DEFAULT_PORTS.get(parsed.scheme)


def is_own_origin(request, origin):
    """Whether ``origin`` is this site's scheme, host and port, as the request reached it (behind a front server,
    its Host header with the port and X-Forwarded-Proto)."""
    try:
        own = _origin_parts("https" if request.is_secure() else "http", request.get_host())
        scheme, _separator, netloc = origin.partition("://")
        return _origin_parts(scheme.lower(), netloc) == own
    except (DisallowedHost, ValueError):
        return False


def sent_by_another_site(request):
    """Whether the browser names another site as the sender: Sec-Fetch-Site "cross-site" or "same-site", or an
    Origin that is "null" (a sandboxed frame) or another host. Not a person's own reload ("none"), nor this host
    under another scheme or port (a front server's setting)."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("cross-site", "same-site")
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    try:
        own_host = _origin_parts("http", request.get_host())[1]
        return origin == "null" or (urlsplit(origin).hostname or "").lower() != own_host
    except (DisallowedHost, ValueError):
        return True


def cross_site_refusal(request):
    """Why a public form POST is refused as cross-site, or None to accept it."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return None if fetch_site == "same-origin" else f"Sec-Fetch-Site is {fetch_site!r}."
    origin = request.headers.get("Origin")
    if origin is not None and not is_own_origin(request, origin):
        return f"Origin {origin!r} is not this site."
    return None


class PublicFormCsrfMiddleware(CsrfViewMiddleware):
    """In place of Django's CsrfViewMiddleware, which decides by the resolved view (for pages, Wagtail's one
    serve view), this decides by path: the admin keeps Django's whole check; public paths get the cookie-free
    check above and never a CSRF cookie, whatever their templates ask for."""

    def process_request(self, request):
        if is_admin_path(request.path):
            super().process_request(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if is_admin_path(request.path):
            return super().process_view(request, callback, callback_args, callback_kwargs)
        if (
            request.method in SAFE_METHODS
            or getattr(callback, "csrf_exempt", False)
            or getattr(request, "_dont_enforce_csrf_checks", False)
        ):
            return self._accept(request)
        reason = cross_site_refusal(request)
        if reason is None:
            return self._accept(request)
        # Not through Django's _reject, which logs the path: a log line would date a visit to the form.
        return _get_failure_view()(request, reason=reason)

    def process_response(self, request, response):
        if is_admin_path(request.path):
            return super().process_response(request, response)
        return response
