import hashlib

from django.conf import settings
from django.utils.translation import get_language_from_path

from .cache_generation import KEPT_SECONDS, process_cache
from .page_cache import may_be_stored
from .transliteration import latin_html_to_cyrillic


def in_cyrillic(request, response, html):
    """The page in Cyrillic. A reader page (one that the page cache may keep: no form, nothing a request sent) is
    transliterated once per process for the same Latin HTML, which its kept fragments make of every rendering."""
    if not may_be_stored(request, response):
        return latin_html_to_cyrillic(html)
    kept = process_cache()
    key = "cyrillic:" + hashlib.sha256(html.encode()).hexdigest()
    cyrillic = kept.get(key)
    if cyrillic is None:
        cyrillic = latin_html_to_cyrillic(html)
        kept.set(key, cyrillic, KEPT_SECONDS)
    return cyrillic


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
            response.content = in_cyrillic(request, response, html).encode(response.charset)
            if response.has_header("Content-Length"):
                # Cyrillic letters take two bytes in UTF-8 where Latin ones took one.
                response["Content-Length"] = str(len(response.content))
        return response
