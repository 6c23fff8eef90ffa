"""Structural accessibility checks on every page type in every language (WCAG 2.2 basics a parser can see)."""

from collections import Counter

import pytest
from bs4 import BeautifulSoup

from .conftest import LANGUAGES, one_page_of_each_type, page_url


def pages_to_check(language):
    urls = [page_url(page, language) for page in one_page_of_each_type().values()]
    return urls + [f"/{language}/search/?q=pomoc", f"/{language}/no-such-page/"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_structure(client, language):
    for url in pages_to_check(language):
        html = BeautifulSoup(client.get(url).content, "html.parser")

        assert len(html.find_all("h1")) == 1, url
        assert len(html.find_all("main")) == 1, url
        assert html.title and html.title.get_text(strip=True), url
        ids = Counter(element["id"] for element in html.find_all(id=True))
        assert not [name for name, count in ids.items() if count > 1], url
        for image in html.find_all("img"):
            assert image.has_attr("alt"), url
        for link in html.find_all("a"):
            assert link.get_text(strip=True) or link.get("aria-label"), f"{url}: empty link {link}"
        for field in html.find_all(["input", "select", "textarea"]):
            if field.get("type") in ("hidden", "submit"):
                continue
            assert html.find("label", attrs={"for": field.get("id")}) or field.get("aria-label"), url
        for nav in html.find_all("nav"):
            assert nav.get("aria-label"), f"{url}: every navigation landmark is named"
        levels = [int(heading.name[1]) for heading in html.find_all(["h1", "h2", "h3", "h4"])]
        assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)), url
