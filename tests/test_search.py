"""Search finds pages by words in the reader's language, Serbian Cyrillic included."""

import pytest
from bs4 import BeautifulSoup

from django.utils.translation import override

from home.transliteration import latin_to_cyrillic

from .conftest import LANGUAGES, one_page_of_each_type


def result_titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".search-results a")]


def distinctive_word(text):
    return max(text.split(), key=len).strip(".,:;!?()«»„“”\"'")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "en"])
def test_finds_a_page_by_a_word_of_its_title(client, language):
    support = one_page_of_each_type()["SupportTypePage"]
    with override(language):
        title = support.title
    assert title in result_titles(client, language, distinctive_word(title))


@pytest.mark.django_db
def test_finds_a_page_by_a_word_typed_in_cyrillic(client):
    support = one_page_of_each_type()["SupportTypePage"]
    word = distinctive_word(support.title_sr_latn)

    titles = result_titles(client, "sr", latin_to_cyrillic(word))

    assert latin_to_cyrillic(support.title_sr_latn) in titles


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["uk", "ar"])
def test_finds_a_page_by_a_word_in_ukrainian_and_arabic(client, language):
    support_index = one_page_of_each_type()["SupportIndexPage"]
    title = getattr(support_index, f"title_{language}")
    assert title in result_titles(client, language, distinctive_word(title))


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", ["", "   ", "zzzqqqxxx", "<script>alert(1)</script>", "a" * 5000, "\u202etxet"])
def test_empty_unknown_and_hostile_queries_get_a_calm_answer(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert "Set-Cookie" not in response


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_query_is_shown_isolated_so_its_direction_marks_cannot_reorder_the_sentence(client, language):
    """The outside attack: a link whose query starts with a right-to-left override turns the rest of the
    sentence around it ("... pages found for ...") backwards."""
    query = "\u202ezovip ijorb ivon"
    html = BeautifulSoup(client.get(f"/{language}/search/", {"q": query}).content, "html.parser")
    shown = html.main.find_all("bdi")
    assert [element.get_text() for element in shown] == [query]


@pytest.mark.django_db
def test_out_of_range_result_page_shows_the_first(client):
    response = client.get("/en/search/", {"q": "help", "page": "999"})
    assert response.status_code == 200
