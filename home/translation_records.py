"""When a translation was made, and from what: the home.TranslationSource of each page and language.

A language's text is recorded as translated when a save changes it (or a page is made with it): the hash of
its source language's text is kept with it. A later save that changes only the source leaves that hash behind,
and home.translation_state calls the translation outdated, until its own text changes again or an editor
confirms that it is still correct.

Callers pass the page's content as editors see it: its latest revision, draft or published.
"""

from .models import TranslationSource
from .translation_state import languages_with_text, source_language, text_hash


def translated_languages(page):
    """The languages whose text is translated from another: all but the one editors write first."""
    return [code for code in languages_with_text() if source_language(page, code) is not None]


def records_by_page(page_ids):
    """{(page id, language): TranslationSource} in one query."""
    records = TranslationSource.objects.filter(page_id__in=page_ids)
    return {(record.page_id, record.language): record for record in records}


def record_written_translations(page):
    """After a save: every language whose own text changed, or that has no record yet, is translated from its
    source as the source is now."""
    records = records_by_page([page.pk])
    for language in translated_languages(page):
        record = records.get((page.pk, language))
        if record is None or record.text_hash != text_hash(page, language):
            record_translation(page, language)


def keep_baseline(page):
    """Before an edit of a page translated before sources were kept: its translations as they are, so that the
    edit can make them outdated."""
    recorded = {language for _page_id, language in records_by_page([page.pk])}
    for language in translated_languages(page):
        if language not in recorded:
            record_translation(page, language)


def record_translation(page, language):
    """Also what "still correct" does: the text in `language` matches its source as the source is now."""
    source = source_language(page, language)
    TranslationSource.objects.update_or_create(
        page_id=page.pk,
        language=language,
        defaults={
            "source_language": source,
            "source_hash": text_hash(page, source),
            "text_hash": text_hash(page, language),
        },
    )
