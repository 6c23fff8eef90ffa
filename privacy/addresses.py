"""Absolute addresses, for what is read away from the site: e-mails, security.txt, alternates. Pages link with
paths; only these are built from the settings, never from a request's Host header."""

from urllib.parse import urlsplit

from django.conf import settings

from .paths import INBOX_PATH


def public_url(path):
    """A reader's address of ``path`` (which starts with a slash), under HOTLINE_PUBLIC_ROOT_URL."""
    return settings.HOTLINE_PUBLIC_ROOT_URL + path


def inbox_url(path=INBOX_PATH):
    """The inbox's address of ``path``: on HOTLINE_INBOX_HOST when it has one (it answers nowhere else), else
    in the admin."""
    if settings.HOTLINE_INBOX_HOST:
        scheme = urlsplit(settings.HOTLINE_PUBLIC_ROOT_URL).scheme
        return f"{scheme}://{settings.HOTLINE_INBOX_HOST}{path}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
