"""A page's preview in each of the site's languages: one Wagtail preview mode per language, named in itself.

Wagtail renders a preview by passing a made-up request for the page's public address through every middleware.
Made under the previewed language, that address carries the language's prefix, so the preview is served as the
live page would be: in that language, and for Serbian Cyrillic written by the same transliteration
(home.middleware). The page cache never stores it (home.page_cache refuses Wagtail's made-up requests).
"""

from django.conf import settings
from django.utils.translation import get_language

from home.templatetags.site_tags import own_name


def preview_modes():
    return [(code, own_name(code)) for code, _name in settings.LANGUAGES]


def preview_language(mode_name):
    """The language a preview mode shows. Without a mode of the site's (Wagtail's default mode, a moderator's
    preview): the language the editor works in when the site has it, else the default language."""
    codes = [code for code, _name in settings.LANGUAGES]
    for language in (mode_name, get_language()):
        if language in codes:
            return language
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def default_preview_mode():
    return preview_language(None)
