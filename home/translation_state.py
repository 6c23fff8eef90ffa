"""Whether a page is translated into a language: the one definition the whole site uses.

A page is translated into a language when every translatable field that holds text in some language holds text
in that one too. Fields nobody filled in any language (an optional search description, say) ask nothing. The
slug is left out, because the page fills a missing one from its fallback languages, and so is the URL path
Wagtail derives from the slugs. Serbian Cyrillic is always translated: it is written from the Latin text by
transliteration wherever an editor leaves a field empty. A StreamField counts as filled when it has a block.
"""

from django.conf import settings

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, resolution_order

# Filled in by the page itself or by Wagtail, never by a translator.
DERIVED_FIELDS = frozenset({"slug", "url_path"})


def translatable_fields(page):
    try:
        names = translator.get_options_for_model(type(page)).get_field_names()
    except NotRegistered:
        return []
    return sorted(set(names) - DERIVED_FIELDS)


def is_filled(page, field_name, language):
    value = getattr(page, build_localized_fieldname(field_name, language), None)
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def languages_with_text():
    """The languages editors write in: all but those made by transliteration."""
    return [code for code, _name in settings.LANGUAGES if code not in settings.TRANSLITERATED_LANGUAGES]


def missing_fields(page, language):
    """The fields that hold text in some language but not in this one."""
    if language in settings.TRANSLITERATED_LANGUAGES:
        return []
    others = [code for code in languages_with_text() if code != language]
    return [
        name
        for name in translatable_fields(page)
        if not is_filled(page, name, language) and any(is_filled(page, name, other) for other in others)
    ]


def is_translated(page, language):
    return not missing_fields(page, language)


def shown_language(page, language):
    """The language a reader of `language` gets this page in: their own when it is translated, else the first
    fallback language (settings.MODELTRANSLATION_FALLBACK_LANGUAGES) into which it is, else the last fallback."""
    order = resolution_order(language)
    return next((code for code in order if is_translated(page, code)), order[-1])
