"""Performance budgets as counts: queries and bytes per page, bytes of CSS and JavaScript."""

from pathlib import Path

import pytest

from .conftest import LANGUAGES, PUBLIC_PAGE_MODELS, one_page_of_each_type, page_url

# 13: the hotline's opening hours are rows of their own (home.OpeningPeriod), read once per page.
MAX_QUERIES = 13
MAX_HTML_BYTES = 40 * 1024
MAX_ASSET_BYTES = 30 * 1024
STATIC_DIR = Path(__file__).parent.parent / "config" / "static"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model_name", [model.__name__ for model in PUBLIC_PAGE_MODELS])
def test_page_within_query_and_size_budget(client, settings, django_assert_max_num_queries, language, model_name):
    settings.HOTLINE_PAGE_CACHE_SECONDS = 0  # the view's own cost; a page cache hit runs none (test_page_cache)
    url = page_url(one_page_of_each_type()[model_name], language)
    client.get(url)  # warm Wagtail's site-root cache, as any running server has

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)

    assert response.status_code == 200
    assert len(response.content) <= MAX_HTML_BYTES


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_within_query_budget(client, django_assert_max_num_queries, language):
    client.get(f"/{language}/search/?q=pomoc")
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(f"/{language}/search/?q=pomoc")
    assert len(response.content) <= MAX_HTML_BYTES


def test_css_and_javascript_within_budget():
    assets = list(STATIC_DIR.rglob("*.css")) + list(STATIC_DIR.rglob("*.js"))
    assert assets
    assert sum(asset.stat().st_size for asset in assets) <= MAX_ASSET_BYTES
