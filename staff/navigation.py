"""Telling a page the person asked for from a request the admin's scripts made on their behalf."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

from privacy.paths import ADMIN_PATH

# Wagtail's editor says every few seconds that the page is still open: never the person's doing.
BACKGROUND_PATHS = (ADMIN_PATH + "editing-sessions/",)


def is_page_request(request):
    """A page opened or a form sent in the browser's window, rather than a fetch, an XMLHttpRequest or a frame.

    Browsers name what they fetch in Sec-Fetch-Mode and Sec-Fetch-Dest; older ones are told by Wagtail's own
    headers (X-Requested-With, or asking for JSON only)."""
    headers = request.headers
    if headers.get("Sec-Fetch-Mode", "navigate") != "navigate":
        return False
    if headers.get("Sec-Fetch-Dest", "document") != "document":
        return False
    if headers.get("X-Requested-With"):
        return False
    return request.accepts("text/html")


def coming_back_to(request):
    """Where to come back to after signing in or giving the second factor: this page, but not a form sent
    (its address may take no GET), whose person starts again from the dashboard."""
    return request.get_full_path() if request.method in ("GET", "HEAD") else ADMIN_PATH


def is_persons_action(request):
    """Whether the request shows the person at work (and so renews the idle clock)."""
    return is_page_request(request) and not request.path.startswith(BACKGROUND_PATHS)


def signed_out_answer():
    """What a script gets instead of a sign-in page it could not show: 401 and Wagtail's error shape."""
    message = _("You have been signed out. Sign in again to go on.")
    return JsonResponse({"success": False, "error_code": "signed_out", "error_message": message}, status=401)
