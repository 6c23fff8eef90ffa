"""Hosts of their own for the inbox and the admin, when the settings name them.

A script anywhere on an origin can read every page of that origin with the visitor's cookies. The inbox is
safe from a script slipped into the admin, which runs inline scripts, only on an origin of its own.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.http.request import split_domain_port

from .paths import ADMIN_PATH, HEALTH_PATH, INBOX_PATH, SIGN_IN_PATHS, is_admin_path, is_inbox_path


def serves(host, path):
    """Whether ``path`` is answered on ``host`` under HOTLINE_INBOX_HOST and HOTLINE_ADMIN_HOST."""
    inbox_host, admin_host = settings.HOTLINE_INBOX_HOST, settings.HOTLINE_ADMIN_HOST
    if path == HEALTH_PATH:
        return True
    if inbox_host and host == inbox_host:
        return is_inbox_path(path) or path.startswith(SIGN_IN_PATHS)
    if inbox_host and is_inbox_path(path):
        return False
    if admin_host and is_admin_path(path):
        return host == admin_host
    return True


class HostSeparationMiddleware:
    """A 404 for whatever the request's host does not serve; static files are served before it, on every host."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail renders a preview with a made-up request for the page's public URL, not one from the network.
        if getattr(request, "is_dummy", False):
            return self.get_response(request)
        host, _port = split_domain_port(request.get_host())
        if host == settings.HOTLINE_INBOX_HOST and request.path in ("/", ADMIN_PATH):
            # The host's front door, and where sign-in leads when no page was asked for.
            return HttpResponseRedirect(INBOX_PATH)
        if not serves(host, request.path):
            raise Http404
        return self.get_response(request)
