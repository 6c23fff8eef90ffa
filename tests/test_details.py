"""Details a reader of each language notices: language names, leaflet items in their own language, Arabic
plurals, one word for the hotline and for an interpreter."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.utils.translation import ngettext, override, to_locale

from home.models import HomePage
from resources.models import ResourcePage

from .conftest import page_url
from .languages import LANGUAGES, html_lang

LOCALE_DIR = Path(__file__).parent.parent / "locale"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_names_each_language_and_script_in_itself(client, language):
    html = html_of(client, page_url(HomePage.objects.live().get(), language))

    names = {link["lang"]: link.get_text(strip=True) for link in html.select(".language-switcher a")}

    assert names[html_lang("sr-latn")] == "Srpski (latinica)"
    assert names[html_lang("sr")] == "Српски (ћирилица)"
    assert names["en"] == "English"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_leaflet_items_speak_the_leaflets_language(client, language):
    article = ResourcePage.objects.live().filter(leaflets__isnull=False).first()
    leaflet = article.leaflets.get()
    html = html_of(client, page_url(article, language))

    item = html.select_one(".leaflets li")
    title, language_name, *_file_facts = item.find_all("bdi")

    # The title is the link's text, in the leaflet's language and direction, isolated from what surrounds it.
    assert title.parent.name == "a" and title.parent["hreflang"] == html_lang(leaflet.language)
    assert (title["lang"], title["dir"]) == (html_lang(leaflet.language), "ltr")
    # Left in Latin on the Cyrillic page too: the leaflet itself is written in Latin.
    assert title.get_text() == leaflet.document.title
    assert language_name["lang"] == html_lang(leaflet.language)
    assert language_name.get_text() == "Srpski (latinica)"
    # The brackets stand outside the isolated names, in the page's own direction.
    assert language_name.previous_sibling.strip() == "("
    assert item.get_text(strip=True).endswith(")")


@pytest.mark.parametrize(
    ("count", "words"),
    [(0, "لم يُعثر"), (1, "صفحة واحدة"), (2, "صفحتين"), (3, "صفحات"), (11, "صفحة"), (100, "صفحة")],
)
def test_arabic_search_count_takes_the_plural_form_of_its_number(count, words):
    with override("ar"):
        sentence = ngettext(
            "%(counter)s page found for “%(query)s”.", "%(counter)s pages found for “%(query)s”.", count
        ) % {"counter": count, "query": "عمل"}

    assert words in sentence
    assert str(count) in sentence


def translations(language):
    """Every msgstr of a language's catalog, wrapped lines joined."""
    text = (LOCALE_DIR / to_locale(language) / "LC_MESSAGES" / "django.po").read_text()
    entries = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', text, flags=re.MULTILINE)
    return ["".join(re.findall(r'"(.*)"', entry)) for entry in entries]


@pytest.mark.parametrize(
    ("language", "chosen", "other"),
    [
        ("uk", "SOS-ліні", "гаряч"),
        ("ar", "خط SOS", "الخط الساخن"),
        ("sr-latn", "prevodil", "tumač"),
        ("sr", "преводил", "тумач"),
    ],
)
def test_interface_uses_one_word_for_the_hotline_and_the_interpreter(language, chosen, other):
    texts = translations(language)

    assert any(chosen in text for text in texts)
    assert [text for text in texts if other in text.lower()] == []
