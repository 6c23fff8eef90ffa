"""Security headers on every response, and the Content-Security-Policy that keeps public pages first-party."""

from django.utils.cache import add_never_cache_headers

from .paths import is_admin_path

# Public pages load nothing but their own files and run no inline script.
PUBLIC_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)
# Pages with forms: under "no-referrer" browsers send "Origin: null" with a form, which fails Django's CSRF
# origin check. "same-origin" still sends nothing to any other site.
FORM_REFERRER_POLICY = "same-origin"


def mark_form_page(response):
    """A page with a form: no copy in any cache, and a referrer policy under which its form passes CSRF."""
    add_never_cache_headers(response)
    response["Referrer-Policy"] = FORM_REFERRER_POLICY
    return response


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request.path):
            # The Wagtail admin ships its own inline scripts; it gets every header but the public CSP.
            response.setdefault("Referrer-Policy", FORM_REFERRER_POLICY)
        else:
            response.setdefault("Content-Security-Policy", PUBLIC_CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
