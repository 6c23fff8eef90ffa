"""Whether a page is translated into a language: the one definition the whole site uses.

A page is translated into a language when every translatable field that holds text in some language holds text
in that one too. Fields nobody filled in any language (an optional search description, say) ask nothing. The
slug is left out, because the page fills a missing one from its fallback languages, and so is the URL path
Wagtail derives from the slugs. Serbian Cyrillic is always translated: it is written from the Latin text by
transliteration wherever an editor leaves a field empty. A StreamField counts as filled when it has a block.

A translated language is outdated when the text of the language it was translated from (its source) has
changed since: home.translation_records keeps, per page and language, a hash of the source's text as it was
when the translation was written or last confirmed, and state() compares it with the text now.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder

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


def source_language(page, language):
    """The language a translation into `language` is made from: what a reader of its first fallback language
    sees (English for Ukrainian and Arabic, Serbian Latin when English is missing). None for Serbian Latin,
    which is written first, and for Serbian Cyrillic, which is transliterated."""
    fallbacks = resolution_order(language)[1:]
    if not fallbacks or language in settings.TRANSLITERATED_LANGUAGES:
        return None
    return shown_language(page, fallbacks[0])


def text_hash(page, language):
    """A fingerprint of the page's text in one language, which changes when any translatable field does."""
    texts = {
        name: comparable(getattr(page, build_localized_fieldname(name, language), None))
        for name in translatable_fields(page)
    }
    serialised = json.dumps(texts, sort_keys=True, ensure_ascii=False, cls=DjangoJSONEncoder)
    return hashlib.sha256(serialised.encode()).hexdigest()


def comparable(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if hasattr(value, "get_prep_value"):  # a StreamField's value
        return without_keys(value.get_prep_value())
    return value


# The rich-text editor gives each paragraph a random key the first time it saves it.
PARAGRAPH_KEY = re.compile(r' data-block-key="[^"]*"')


def without_keys(data):
    """Block ids and paragraph keys are no text: a block rebuilt by the demo loader, or rich text saved by the
    editor for the first time, gets new ones."""
    if isinstance(data, list):
        return [without_keys(item) for item in data]
    if isinstance(data, dict):
        return {key: without_keys(item) for key, item in data.items() if key != "id"}
    if isinstance(data, str):
        return PARAGRAPH_KEY.sub("", data)
    return data


class State(StrEnum):
    TRANSLATED = "translated"
    OUTDATED = "outdated"  # translated, but its source has changed since
    FALLS_BACK = "falls-back"  # readers get another language
    INCOMPLETE = "incomplete"  # Serbian Latin with empty fields that another language fills: nothing to fall to


@dataclass(frozen=True)
class LanguageState:
    language: str
    state: State
    shown_language: str  # what readers of `language` get
    source_language: str | None  # what the translation was made from, when it is outdated


def state(page, language, recorded=None):
    """The state of `language` on a page. recorded: the home.TranslationSource of that language, or None for a
    translation written before sources were kept (taken as up to date)."""
    if not is_translated(page, language):
        shown = shown_language(page, language)
        return LanguageState(language, State.INCOMPLETE if shown == language else State.FALLS_BACK, shown, None)
    if recorded is not None and text_hash(page, recorded.source_language) != recorded.source_hash:
        return LanguageState(language, State.OUTDATED, language, recorded.source_language)
    return LanguageState(language, State.TRANSLATED, language, None)


def states(page, records=None):
    """{language: LanguageState} for the languages editors write in. records: {(page id, language):
    home.TranslationSource} read beforehand for many pages (home.translation_records.records_by_page), else the
    page's own are read."""
    if records is None:
        records = {(page.pk, record.language): record for record in page.translation_sources.all()}
    return {code: state(page, code, records.get((page.pk, code))) for code in languages_with_text()}
