"""Security headers on every response, and the Content-Security-Policy of each area: public pages, their
previews in the editor, the admin, and the admin's sign-in and inbox."""

from django.utils.cache import add_never_cache_headers

from .paths import ADMIN_LOGIN_PATH, is_admin_path, is_inbox_path, is_second_factor_path


def _policy(directives):
    return "; ".join(f"{name} {sources}" for name, sources in directives.items())


# Public pages load nothing but their own files and run no inline script.
PUBLIC_DIRECTIVES = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self'",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}
PUBLIC_CONTENT_SECURITY_POLICY = _policy(PUBLIC_DIRECTIVES)
# A preview is a public page shown in the editor's preview panel, a frame of the admin.
PREVIEW_CONTENT_SECURITY_POLICY = _policy({**PUBLIC_DIRECTIVES, "frame-ancestors": "'self'"})
# Sign-in, the second factor and the inbox run the admin's script files and nothing inline.
SIGN_IN_AND_INBOX_DIRECTIVES = {**PUBLIC_DIRECTIVES, "img-src": "'self' data: blob:"}
SIGN_IN_AND_INBOX_CONTENT_SECURITY_POLICY = _policy(SIGN_IN_AND_INBOX_DIRECTIVES)
# Wagtail's editing screens still write inline scripts (choosers, inline panels, date and time widgets) and
# its rich-text editor writes <style> elements; the editor frames its own previews and block previews.
ADMIN_CONTENT_SECURITY_POLICY = _policy(
    {
        **SIGN_IN_AND_INBOX_DIRECTIVES,
        "script-src": "'self' 'unsafe-inline'",
        "style-src": "'self' 'unsafe-inline'",
        "frame-ancestors": "'self'",
    }
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
# Pages with forms: under "no-referrer" browsers send "Origin: null" with a form, which fails the CSRF origin
# checks (privacy.csrf). "same-origin" still sends nothing to any other site.
FORM_REFERRER_POLICY = "same-origin"
# Tells the front server to write no access-log line for this response (the README's nginx configuration):
# the log would date each visit to the forms and each message sent. The front server hides the header itself.
SKIP_ACCESS_LOG_HEADER = "X-Access-Log"
SKIP_ACCESS_LOG = "skip"


def mark_form_page(response):
    """A page with a form: no copy in any cache, no access-log line, and a referrer policy under which its form
    passes the CSRF check."""
    add_never_cache_headers(response)
    response["Referrer-Policy"] = FORM_REFERRER_POLICY
    response[SKIP_ACCESS_LOG_HEADER] = SKIP_ACCESS_LOG
    return response


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview by passing a made-up request for the page's public URL through every
            # middleware, so the clickjacking middleware has already said DENY.
            response.setdefault("Content-Security-Policy", PREVIEW_CONTENT_SECURITY_POLICY)
            response["X-Frame-Options"] = "SAMEORIGIN"
        elif is_admin_path(request.path):
            response.setdefault("Content-Security-Policy", admin_content_security_policy(request.path))
            response.setdefault("Referrer-Policy", FORM_REFERRER_POLICY)
        else:
            response.setdefault("Content-Security-Policy", PUBLIC_CONTENT_SECURITY_POLICY)
            if request.method == "POST":
                response[SKIP_ACCESS_LOG_HEADER] = SKIP_ACCESS_LOG
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


def admin_content_security_policy(path):
    if path == ADMIN_LOGIN_PATH or is_inbox_path(path) or is_second_factor_path(path):
        return SIGN_IN_AND_INBOX_CONTENT_SECURITY_POLICY
    return ADMIN_CONTENT_SECURITY_POLICY
