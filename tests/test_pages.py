"""Every page type renders in every language, with the right title, lang and dir."""

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.utils.translation import override

from home.models import StandardPage
from resources.models import ResourcePage, SupportTypePage
from tests.languages import html_lang

from .conftest import LANGUAGES, PUBLIC_PAGE_MODELS, first_page_not_translated_into, one_page_of_each_type, page_url
from .contact_helpers import contact_url


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model_name", [model.__name__ for model in PUBLIC_PAGE_MODELS])
def test_page_type_renders_in_language(client, language, model_name):
    page = one_page_of_each_type()[model_name]
    assert page is not None, f"the test site has no {model_name}"

    response = client.get(page_url(page, language))

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == html_lang(language)
    assert html.html["dir"] == ("rtl" if language == "ar" else "ltr")
    with override(language):
        expected_title = page.title
    heading = html.find("h1").get_text(strip=True)
    if language == "sr":
        # Cyrillic pages may be written from the Latin title; no Latin letter may remain.
        assert not any("a" <= ch.lower() <= "z" for ch in heading), heading
    else:
        assert heading == expected_title
    assert heading in html.title.get_text()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["uk", "ar"])
@pytest.mark.parametrize("model", [ResourcePage, SupportTypePage], ids=lambda model: model.__name__)
def test_untranslated_page_falls_back_to_english_under_a_notice(client, language, model):
    article = first_page_not_translated_into(language, model)

    html = BeautifulSoup(client.get(page_url(article, language)).content, "html.parser")

    notice = html.select_one(".fallback-notice")
    assert notice is not None
    assert notice.find_parent(attrs={"lang": "en"}) is None, "the notice is in the reader's language"
    with override("en"):
        assert html.find("h1").get_text(strip=True) == article.title
    assert html.find("h1")["lang"] == "en"
    assert html.select_one(".lead")["lang"] == "en"
    assert html.select_one(".lead").get_text(strip=True)
    # English inside an Arabic page still runs left to right.
    assert html.find("h1").get("dir") == ("ltr" if language == "ar" else None)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["uk", "ar"])
def test_links_to_untranslated_pages_are_marked_english(client, language):
    pages = one_page_of_each_type()
    about = pages["StandardPage"]
    assert not about.is_translated_into(language)
    html = BeautifulSoup(client.get(page_url(pages["HomePage"], language)).content, "html.parser")

    menu = {a.get_text(strip=True): a for a in html.select("nav.main-menu a")}
    assert menu[about.title_en]["lang"] == "en"
    support_title = getattr(pages["SupportIndexPage"], f"title_{language}")
    assert not menu[support_title].has_attr("lang")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "sr", "en"])
def test_translated_page_has_no_notice(client, language):
    page = one_page_of_each_type()["SupportTypePage"]
    html = BeautifulSoup(client.get(page_url(page, language)).content, "html.parser")
    assert html.select_one(".fallback-notice") is None
    assert not html.find("h1").has_attr("lang")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["uk", "ar"])
def test_home_and_support_overview_are_translated(client, language):
    pages = one_page_of_each_type()
    for page in (pages["HomePage"], pages["SupportIndexPage"]):
        html = BeautifulSoup(client.get(page_url(page, language)).content, "html.parser")
        assert html.select_one(".fallback-notice") is None
        assert not html.find("h1").has_attr("lang")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_is_translated_and_gives_the_hotline(client, language):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == html_lang(language)
    assert html.select_one("a[href^='tel:']") is not None
    if language != "en":
        assert "Page not found" not in html.get_text()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_server_error_page_is_translated_and_gives_the_hotline(rf, language, settings):
    from privacy.errors import server_error

    with override(language):
        response = server_error(rf.get(f"/{language}/"))

    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == html_lang(language)
    assert html.select_one("a[href^='tel:']")["href"] == "tel:" + settings.HOTLINE_FALLBACK_PHONE.replace(" ", "")
    if language != "en":
        assert "Something went wrong" not in html.get_text()


@pytest.mark.django_db
def test_menu_breadcrumbs_footer_and_skip_link(client):
    pages = one_page_of_each_type()
    article = pages["ResourcePage"]
    html = BeautifulSoup(client.get(page_url(article, "en")).content, "html.parser")

    assert html.select_one("a.skip-link")["href"] == "#main"
    assert html.find(id="main") is not None
    menu_titles = [a.get_text(strip=True) for a in html.select("nav.main-menu a")]
    assert pages["SupportIndexPage"].title_en in menu_titles
    assert pages["ResourceIndexPage"].title_en in menu_titles
    trail = [a.get_text(strip=True) for a in html.select("nav.breadcrumbs a")]
    assert trail == [pages["HomePage"].title_en, pages["ResourceIndexPage"].title_en]
    assert html.select_one("nav.breadcrumbs [aria-current=page]").get_text(strip=True) == article.title_en
    footer_links = [a.get_text(strip=True) for a in html.select("footer nav a")]
    footer_page = StandardPage.objects.live().filter(show_in_menus=False).first()
    assert footer_page.title_en in footer_links


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_quick_exit_on_every_page_works_without_javascript(client, language):
    from home.models import SiteSettings

    for page in one_page_of_each_type().values():
        html = BeautifulSoup(client.get(page_url(page, language)).content, "html.parser")
        link = html.select_one("a[data-quick-exit]")
        assert link is not None
        assert link["href"] == SiteSettings.objects.get().quick_exit_url
        assert link.get_text(strip=True)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_hotline_numbers_are_tap_to_call(client, language):
    from home.models import SiteSettings

    html = BeautifulSoup(client.get(f"/{language}/").content, "html.parser", from_encoding="utf-8")
    targets = {a["href"] for a in html.select("a[href^='tel:']")}
    for phone in SiteSettings.objects.get().phones:
        assert f"tel:{phone['tel']}" in targets


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_bad_request_and_forbidden_pages_are_friendly(rf, language):

    from privacy.errors import bad_request, permission_denied

    for view, status in ((bad_request, 400), (permission_denied, 403)):
        with override(language):
            request = rf.get(f"/{language}/")
            response = view(request)
            response.render()
        assert response.status_code == status
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == html_lang(language)
        assert html.select_one("a[href^='tel:']") is not None


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("before", ["ar", "uk"])
def test_a_refused_host_is_answered_in_the_language_of_its_own_address(client, language, before):
    """A host the site does not serve is refused before the locale middleware runs: the page must not speak the
    language the server's thread last served, which told a stranger what the last person on the contact page
    read (an outside attack found it)."""
    client.get(contact_url(before))

    response = client.get(f"/{language}/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == html_lang(language)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_refused_host_outside_any_language_is_answered_in_the_default_one(client):
    client.get(contact_url("ar"))

    response = client.get("/favicon.ico", HTTP_HOST="evil.example")

    assert BeautifulSoup(response.content, "html.parser").html["lang"] == html_lang(settings.LANGUAGE_CODE)
