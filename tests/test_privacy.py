"""No cookie for readers, nothing from another site, strict headers."""

import re

import pytest
from bs4 import BeautifulSoup

from .conftest import LANGUAGES, PUBLIC_PAGE_MODELS, one_page_of_each_type, page_url


def public_urls(language, models=PUBLIC_PAGE_MODELS):
    urls = [page_url(page, language) for page in one_page_of_each_type(models).values()]
    return urls + [f"/{language}/search/?q=pomoc", f"/{language}/no-such-page/"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_cookie_for_readers(client, language):
    for url in public_urls(language):
        response = client.get(url)
        assert "Set-Cookie" not in response, url
        assert not response.cookies, url


# A <script> of one of these types is a data block, which browsers never run (the home page's JSON-LD).
DATA_BLOCK_TYPES = {"application/ld+json"}


def is_inline_code(script):
    """A <script> without src that a browser would run: no type, a JavaScript type or a module."""
    return not script.get("src") and script.get("type", "").strip().lower() not in DATA_BLOCK_TYPES


def test_only_data_blocks_count_as_inline_data():
    page = BeautifulSoup(
        '<script>alert(1)</script><script type="module">alert(1)</script>'
        '<script type="text/javascript">alert(1)</script><script type="application/ld+json">{}</script>'
        '<script src="/static/js/site.js"></script>',
        "html.parser",
    )
    assert [is_inline_code(script) for script in page.find_all("script")] == [True, True, True, False, False]


RESOURCE_ATTRIBUTES = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "srcset"}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_loaded_from_another_site(client, language):
    for url in public_urls(language):
        html = BeautifulSoup(client.get(url).content, "html.parser")
        for tag, attribute in RESOURCE_ATTRIBUTES.items():
            for element in html.find_all(tag):
                value = element.get(attribute, "")
                if tag == "link" and element.get("rel") in (["alternate"], ["canonical"]):
                    continue  # addresses of this site for search engines, never loaded (test_seo)
                assert not re.match(r"^\s*(https?:)?//", value), f"{url}: <{tag} {attribute}={value}>"
        for element in html.find_all(["iframe", "embed", "object", "frame"]):
            pytest.fail(f"{url} embeds {element}")
        assert not html.find_all("style"), f"{url} has inline styles"
        assert not [s for s in html.find_all("script") if is_inline_code(s)], f"{url} has inline script"
        assert not html.find_all(style=True), f"{url} has style attributes"


@pytest.mark.django_db
def test_alternate_language_links_stay_on_this_site(client, settings):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    links = html.select("link[rel=alternate], link[rel=canonical]")
    assert links
    for link in links:
        assert link["href"].startswith(settings.HOTLINE_PUBLIC_ROOT_URL + "/")


def test_stylesheet_uses_system_fonts_only():
    from pathlib import Path

    css = (Path(__file__).parent.parent / "config" / "static" / "css" / "site.css").read_text()
    assert "@font-face" not in css and "@import" not in css and "url(" not in css


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_security_headers(client, language):
    response = client.get(f"/{language}/")
    csp = {
        directive.split()[0]: directive.split()[1:]
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    }
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
