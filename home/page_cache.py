"""The full-page cache: reader pages served from the shared cache, without running the view.

It sits outside the Serbian Cyrillic transliteration, the session and the locale middleware, so a hit is sent
as it was stored, already in Cyrillic, and touches neither the database nor a session. The security headers
middleware sits outside it and adds the Content-Security-Policy (which has no nonce) to hits and misses alike.

Stored: a 200 HTML page that Wagtail's page view served, for a GET or HEAD under a language prefix, with no
query string, from a request with neither a cookie nor credentials, when the response sets no cookie, varies on
no header but Cookie and says nothing about caching itself. Readers send no cookie (the site sets them none) and
staff send their session's: only requests without any cookie use the cache, so a page that varies on cookies
(the session middleware says so whenever a middleware asked who the user is) is the same for all of them.
That leaves out the admin, previews, search, documents, errors, redirects, the contact and reply pages (their
views mark them no-store and unlogged, privacy.headers.mark_form_page) and pages under a view restriction
(Wagtail marks those never-cache).

Entries are keyed by scheme, host and path (the path carries the language) and hold the generation they were
rendered under; a publish, a move, a deletion or a settings or snippet save bumps it (home.cache_generation).
The cache is the fail-soft "default" one: while Redis is gone every request is a miss, never an error.
Browsers are still told to keep nothing: reader pages go out with "Cache-Control: no-store".

A page is stored gzipped, compressed once when it is rendered, and a miss is answered from what was stored, so
that a miss and a hit are the same bytes. A client that accepts gzip (nginx asks for it on every reader page, keeps
the compressed page in its one-second copy and sends it as it is, deploy/nginx/locations.conf) gets those bytes
with "Content-Encoding: gzip"; any other gets them unpacked. Either way the page says "Vary: Accept-Encoding".
Compression is safe here (BREACH): a reader page holds no secret, and nothing a request sent, since a request with
a query string or a cookie is never answered from the cache. The form pages, which carry one-time tokens and echo
what was typed, are never stored, so never compressed here either.
"""

import gzip
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

from privacy.headers import SKIP_ACCESS_LOG_HEADER
from privacy.paths import is_admin_path

from . import cache_generation

KEY_PREFIX = "home:page:"
# The name of Wagtail's view that serves pages; search, the password doors and the rest have their own.
PAGE_VIEW_NAME = "wagtail_serve"


def is_reader_path(path):
    return get_language_from_path(path) is not None and not is_admin_path(path)


def may_be_cached(request):
    """Whether this request may be answered from the cache, and its answer stored."""
    return (
        settings.HOTLINE_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not request.META.get("HTTP_COOKIE")
        and "HTTP_AUTHORIZATION" not in request.META
        # Wagtail renders previews with a made-up request for the page's public address.
        and not getattr(request, "is_dummy", False)
        and is_reader_path(request.path_info)
    )


def may_be_stored(request, response):
    resolver_match = getattr(request, "resolver_match", None)
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and resolver_match is not None
        and resolver_match.url_name == PAGE_VIEW_NAME
        and not response.has_header("Cache-Control")
        and not response.has_header(SKIP_ACCESS_LOG_HEADER)
        and not response.cookies
        and varies_on_cookies_alone(response)
    )


def varies_on_cookies_alone(response):
    varied = cc_delim_re.split(response.get("Vary", ""))
    return all(header.strip().lower() in ("", "cookie") for header in varied)


def page_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    return KEY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def for_the_browser(request, response):
    """Reader pages leave nothing in the browser's cache, such as a shared phone's."""
    if is_reader_path(request.path_info) and not response.has_header("Cache-Control"):
        patch_cache_control(response, no_store=True)
    return response


# Headers that describe the body as rendered, not as stored: set again for the body that is sent.
BODY_HEADERS = ("content-length", "content-encoding")


def accepts_gzip(request):
    """Whether the client takes gzip: "gzip" (or "*") in Accept-Encoding, and not with q=0."""
    for coding in request.META.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        name, _semicolon, parameters = coding.partition(";")
        quality = parameters.replace(" ", "").removeprefix("q=")
        if name.strip() in ("gzip", "*") and quality not in ("0", "0.", "0.0", "0.00", "0.000"):
            return True
    return False


def stored(generation, response):
    headers = [(name, value) for name, value in response.items() if name.lower() not in BODY_HEADERS]
    return (generation, response.status_code, headers, gzip.compress(response.content, compresslevel=9, mtime=0))


def rebuilt(entry, request):
    """The stored page as this client takes it: the stored gzip as it is, or unpacked."""
    _generation, status, headers, compressed = entry
    compressed_for_client = accepts_gzip(request)
    response = HttpResponse(compressed if compressed_for_client else gzip.decompress(compressed), status=status)
    for name, value in headers:
        response[name] = value
    if compressed_for_client:
        response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(response.content))
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_be_cached(request):
            return for_the_browser(request, self.get_response(request))
        key = page_key(request)
        found = cache.get_many([cache_generation.GENERATION_KEY, key])
        generation, entry = found.get(cache_generation.GENERATION_KEY), found.get(key)
        if generation is not None and entry is not None and entry[0] == generation:
            return rebuilt(entry, request)
        if generation is None:
            generation = cache_generation.start()
        setattr(request, cache_generation.GENERATION_ATTRIBUTE, generation)
        response = self.get_response(request)
        storable = generation is not None and may_be_stored(request, response)
        for_the_browser(request, response)
        if not storable:
            return response
        entry = stored(generation, response)
        cache.set(key, entry, settings.HOTLINE_PAGE_CACHE_SECONDS)
        return rebuilt(entry, request)
