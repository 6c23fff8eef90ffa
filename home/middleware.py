from django.conf import settings
from django.utils.translation import get_language_from_path

from .transliteration import latin_html_to_cyrillic


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
