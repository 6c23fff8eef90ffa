from django.conf import settings
from django.utils.translation import get_language_from_path

from .transliteration import latin_html_to_cyrillic

# Public pages load nothing but their own files and run no inline script (DESIGN.md 7).
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
# The Wagtail admin ships its own inline scripts; it gets every header but the public CSP.
ADMIN_PATH_PREFIXES = ("/admin/",)
# Pages with forms: under "no-referrer" browsers send "Origin: null" with a form, which fails Django's CSRF
# origin check. "same-origin" still sends nothing to any other site.
FORM_REFERRER_POLICY = "same-origin"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PATH_PREFIXES):
            response.setdefault("Referrer-Policy", FORM_REFERRER_POLICY)
        else:
            response.setdefault("Content-Security-Policy", PUBLIC_CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class CyrillicTransliterationMiddleware:
    """Writes Serbian Cyrillic pages in Cyrillic wherever the editor left Latin text (home.transliteration)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if (
            language in settings.TRANSLITERATED_LANGUAGES
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
        ):
            html = response.content.decode(response.charset)
            response.content = latin_html_to_cyrillic(html).encode(response.charset)
            if response.has_header("Content-Length"):
                # Cyrillic letters take two bytes in UTF-8 where Latin ones took one.
                response["Content-Length"] = str(len(response.content))
        return response
