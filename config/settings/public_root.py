"""HOTLINE_PUBLIC_ROOT_URL: the scheme, host and port at which readers reach the site, for every absolute link
the site writes (security.txt, e-mails, alternates). Production checks it here, at start."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import split_domain_port, validate_host

EXAMPLE = "https://hotline.example.org"


def checked(url, allowed_hosts, *, plain_http_allowed):
    """The URL without a trailing slash, or ImproperlyConfigured: it must be HTTPS (plain HTTP only where the
    local-only switch allows it), on one of ALLOWED_HOSTS, and name no path, query or user."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.username or parts.password:
        raise ImproperlyConfigured(f"HOTLINE_PUBLIC_ROOT_URL must be an address such as {EXAMPLE}.")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"HOTLINE_PUBLIC_ROOT_URL names the site's root only, such as {EXAMPLE}.")
    if parts.scheme != "https" and not plain_http_allowed:
        raise ImproperlyConfigured("HOTLINE_PUBLIC_ROOT_URL must use https (http only with HOTLINE_LOCAL_PLAIN_HTTP).")
    host, _port = split_domain_port(parts.netloc)
    if not validate_host(host, allowed_hosts):
        raise ImproperlyConfigured("HOTLINE_PUBLIC_ROOT_URL must name one of ALLOWED_HOSTS.")
    return f"{parts.scheme}://{parts.netloc}"
