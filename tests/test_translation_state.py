"""One definition of "translated": every translatable field that holds text in some language holds text in
this one (the slug and Serbian Cyrillic excepted), shown to readers by the fallback notice."""

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage, StandardPage
from home.translation_state import is_translated, missing_fields, shown_language

from .builders import add_page
from .conftest import LANGUAGES, page_url

SERBIAN_AND_ENGLISH = {
    "sr-latn": {"title": "Stanje prevoda", "slug": "stanje-prevoda", "intro": "Uvod."},
    "en": {"title": "Translation state", "slug": "translation-state", "intro": "Introduction."},
}
UKRAINIAN = {"title": "Стан перекладу", "slug": "stan-perekladu", "intro": "Вступ."}


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def build(texts):
    return add_page(HomePage.objects.get(), StandardPage(), texts)


def notice(client, page, language):
    html = BeautifulSoup(client.get(page_url(page, language)).content, "html.parser")
    return html.select_one(".fallback-notice")


@pytest.mark.django_db
def test_a_page_with_every_field_in_a_language_is_translated_into_it(client):
    page = build(
        {
            **{code: {**fields, "body": paragraph(code)} for code, fields in SERBIAN_AND_ENGLISH.items()},
            "uk": {**UKRAINIAN, "body": paragraph("uk")},
        }
    )

    assert is_translated(page, "uk")
    assert shown_language(page, "uk") == "uk"
    assert notice(client, page, "uk") is None


@pytest.mark.django_db
def test_a_page_without_a_language_falls_back_under_a_notice(client):
    page = build({code: {**fields, "body": paragraph(code)} for code, fields in SERBIAN_AND_ENGLISH.items()})

    assert not is_translated(page, "ar")
    assert shown_language(page, "ar") == "en"
    assert notice(client, page, "ar") is not None
    assert notice(client, page, "en") is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("ukrainian", "missing"),
    [
        ({**UKRAINIAN, "intro": "", "body": paragraph("uk")}, ["intro"]),
        (UKRAINIAN, ["body"]),  # an empty StreamField, while the others have blocks
        ({**UKRAINIAN, "intro": "   ", "body": paragraph("uk")}, ["intro"]),
    ],
    ids=["empty text field", "empty stream", "blank text field"],
)
def test_a_page_missing_one_field_in_a_language_is_not_translated_into_it(client, ukrainian, missing):
    page = build(
        {
            **{code: {**fields, "body": paragraph(code)} for code, fields in SERBIAN_AND_ENGLISH.items()},
            "uk": {"body": [], **ukrainian},
        }
    )

    assert missing_fields(page, "uk") == missing
    assert shown_language(page, "uk") == "en"
    assert notice(client, page, "uk") is not None


@pytest.mark.django_db
def test_fields_empty_in_every_language_ask_nothing(client):
    """No intro and no search description anywhere: the page is translated without them."""
    texts = {code: {"title": fields["title"], "slug": fields["slug"]} for code, fields in SERBIAN_AND_ENGLISH.items()}
    page = build({**texts, "uk": {"title": UKRAINIAN["title"]}})

    assert page.slug_uk  # filled from English by the page itself: never asked of a translator
    assert is_translated(page, "uk")
    assert notice(client, page, "uk") is None


@pytest.mark.django_db
def test_a_field_only_one_translation_has_is_asked_of_the_others(client):
    page = build(
        {
            "sr-latn": {**SERBIAN_AND_ENGLISH["sr-latn"], "seo_title": "Stanje"},
            "en": SERBIAN_AND_ENGLISH["en"],
        }
    )

    assert missing_fields(page, "en") == ["seo_title"]
    assert is_translated(page, "sr-latn")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_serbian_cyrillic_is_always_translated_by_transliteration(client, language):
    page = build(SERBIAN_AND_ENGLISH)

    assert is_translated(page, "sr")
    expected = {"sr-latn": "sr-latn", "sr": "sr", "en": "en", "uk": "en", "ar": "en"}[language]
    assert shown_language(page, language) == expected
    assert (notice(client, page, language) is None) == (expected == language)
