"""Language prefixes, the choice at /, and the switcher with translated slugs."""

import pytest
from bs4 import BeautifulSoup

from .conftest import LANGUAGES, one_page_of_each_type, page_url


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("", "/sr-latn/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("uk-UA,uk;q=0.9", "/uk/"),
        ("ar-RS,ar;q=0.9", "/ar/"),
        ("sr-Latn-RS,sr-Latn;q=0.9", "/sr-latn/"),
        ("sr,en;q=0.5", "/sr/"),
        ("de-DE,de;q=0.9", "/sr-latn/"),
    ],
)
def test_root_picks_language_from_browser(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language} if accept_language else {})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Set-Cookie" not in response


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_links_to_the_same_page_in_every_language(client, language):
    article = one_page_of_each_type()["ResourcePage"]
    response = client.get(page_url(article, language))
    html = BeautifulSoup(response.content, "html.parser")

    links = {a["hreflang"]: a for a in html.select("nav.language-switcher a")}
    assert len(links) == len(LANGUAGES)
    for code in LANGUAGES:
        link = [a for a in links.values() if a["href"] == page_url(article, code)]
        assert link, f"no link to the {code} version"
    current = html.select("nav.language-switcher a[aria-current]")
    assert [a["href"] for a in current] == [page_url(article, language)]
    assert "Set-Cookie" not in response


@pytest.mark.django_db
def test_slugs_are_translated_and_each_version_resolves(client):
    article = one_page_of_each_type()["ResourcePage"]
    urls = {code: page_url(article, code) for code in LANGUAGES}
    assert urls["en"].startswith("/en/") and urls["sr-latn"].startswith("/sr-latn/")
    assert urls["en"].removeprefix("/en/") != urls["sr-latn"].removeprefix("/sr-latn/")
    for url in urls.values():
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_switcher_on_search_keeps_the_query(client):
    html = BeautifulSoup(client.get("/en/search/", {"q": "passport"}).content, "html.parser")
    hrefs = [a["href"] for a in html.select("nav.language-switcher a")]
    assert "/uk/search/?q=passport" in hrefs


@pytest.mark.django_db
def test_switcher_on_missing_page_leads_to_each_home(client):
    html = BeautifulSoup(client.get("/en/no-such-page/").content, "html.parser")
    hrefs = {a["href"] for a in html.select("nav.language-switcher a")}
    assert {"/sr-latn/", "/sr/", "/uk/", "/ar/"} <= hrefs
