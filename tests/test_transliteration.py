"""Serbian Cyrillic written from the Latin text: word pairs, digraphs, what stays untouched."""

import pytest
from bs4 import BeautifulSoup

from home.transliteration import cyrillic_to_latin, latin_html_to_cyrillic, latin_to_cyrillic

from .conftest import one_page_of_each_type, page_url


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("trgovina ljudima", "трговина људима"),
        ("Ljubljana", "Љубљана"),
        ("LJUBAV", "ЉУБАВ"),
        ("njegov Njegoš NJIVA", "његов Његош ЊИВА"),
        ("džep Džungla DŽEMPER", "џеп Џунгла ЏЕМПЕР"),
        ("Đorđe, ćerka, čaša, šuma, žena", "Ђорђе, ћерка, чаша, шума, жена"),
        ("pomoć i podrška", "помоћ и подршка"),
        ("Pozovite 0800 101 010", "Позовите 0800 101 010"),
    ],
)
def test_latin_to_cyrillic_word_pairs(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    "untouched",
    [
        "https://www.example.org/pomoc/?jezik=sr",
        "www.example.rs",
        "sos@example.org",
        "example.rs",
        "+381 11 785 0000",
        "2002",
    ],
)
def test_addresses_and_numbers_stay_as_written(untouched):
    assert latin_to_cyrillic(f"vidi {untouched} sada") == f"види {untouched} сада"


def test_cyrillic_text_is_left_alone():
    assert latin_to_cyrillic("Уредник је ово написао") == "Уредник је ово написао"


def test_markup_is_untouched_and_text_and_labels_are_transliterated():
    html = (
        '<p class="lead" title="Naslov"><a href="/sr/pomoc/">pomoć</a> i <b>više</b></p>'
        '<img src="/media/slika.png" alt="Slika"><script src="/static/js/quick-exit.js"></script>'
    )
    assert latin_html_to_cyrillic(html) == (
        '<p class="lead" title="Наслов"><a href="/sr/pomoc/">помоћ</a> и <b>више</b></p>'
        '<img src="/media/slika.png" alt="Слика"><script src="/static/js/quick-exit.js"></script>'
    )


def test_elements_in_another_language_or_marked_untranslatable_are_kept():
    html = '<a lang="sr-Latn">srpski</a> <span lang="en">English</span> <span translate="no">ASTRA</span> reč'
    assert latin_html_to_cyrillic(html) == (
        '<a lang="sr-Latn">srpski</a> <span lang="en">English</span> <span translate="no">ASTRA</span> реч'
    )


def test_entities_and_comments_survive():
    assert (
        latin_html_to_cyrillic("<p>a &amp; b &#8211; c<!-- note --></p>") == "<p>а &amp; б &#8211; ц<!-- note --></p>"
    )


def test_cyrillic_to_latin_for_search():
    assert cyrillic_to_latin("Трговина људима, ЉУБАВ, Џеп") == "Trgovina ljudima, LJUBAV, Džep"


@pytest.mark.django_db
@pytest.mark.parametrize("model_name", ["HomePage", "ResourcePage", "SupportTypePage", "StandardPage"])
def test_cyrillic_pages_show_no_latin_where_the_editor_wrote_none(client, model_name):
    page = one_page_of_each_type()[model_name]
    html = BeautifulSoup(client.get(page_url(page, "sr")).content, "html.parser")
    main = html.find("main")
    for element in main.find_all(attrs={"lang": True}):
        element.decompose()
    text = main.get_text(" ", strip=True)
    latin_words = [word for word in text.split() if any("a" <= ch.lower() <= "z" for ch in word)]
    latin_words = [word for word in latin_words if "@" not in word and "://" not in word]
    assert latin_words == [], latin_words[:20]
    assert page.title_sr_latn and html.find("h1").get_text(strip=True) == latin_to_cyrillic(page.title_sr_latn)


@pytest.mark.django_db
def test_an_editors_cyrillic_field_overrides_transliteration(client):
    page = one_page_of_each_type()["SupportTypePage"]
    page.title_sr = "Уредников наслов"
    page.save_revision().publish()

    html = BeautifulSoup(client.get(page_url(page, "sr")).content, "html.parser")

    assert html.find("h1").get_text(strip=True) == "Уредников наслов"
