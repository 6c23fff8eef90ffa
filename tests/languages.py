"""The site's languages as the tests see them: read from settings, never copied."""

from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def html_lang(language_code):
    """What the page's `lang` attribute must say for a language."""
    return settings.HTML_LANGUAGE_TAGS.get(language_code, language_code)
