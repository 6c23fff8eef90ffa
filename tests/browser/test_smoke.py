"""One smoke test per page type in a real browser at desktop width, plus the quick exit."""

import pytest

from django.utils.translation import override

from home.models import SiteSettings

from ..conftest import PUBLIC_PAGE_MODELS, one_page_of_each_type

PHONE_WIDTH = 360
DESKTOP_WIDTH = 1280


def url_of(live_site, page, language):
    with override(language):
        return live_site.url + page.get_url()


@pytest.mark.parametrize("model_name", [model.__name__ for model in PUBLIC_PAGE_MODELS])
def test_page_type_renders_without_errors_on_a_desktop(live_site, open_page, model_name):
    """At phone width, test_first_screen opens every page type in every language."""
    page_object = one_page_of_each_type()[model_name]
    for language in ("sr-latn", "sr", "ar"):
        page = open_page(url_of(live_site, page_object, language), width=DESKTOP_WIDTH)

        assert page.locator("h1").is_visible()
        assert page.problems == [], language
        assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP_WIDTH, language


def test_search_page_renders_without_errors(live_site, open_page):
    page = open_page(live_site.url + "/uk/search/?q=допомога", width=PHONE_WIDTH)
    assert page.locator("h1").is_visible()
    assert page.problems == []


@pytest.fixture
def neutral_exit(live_site):
    """The quick exit leads to a page of this test server: the machine has no outside network."""
    target = live_site.url + "/en/search/?q=weather"
    SiteSettings.objects.update(quick_exit_url=target)
    return target


def test_quick_exit_click_replaces_the_page(live_site, open_page, neutral_exit):
    page = open_page(live_site.url + "/sr-latn/")
    entries_before = page.evaluate("history.length")
    page.locator("a[data-quick-exit]").click()
    page.wait_for_url(neutral_exit)
    # location.replace: the hotline page's history entry is overwritten, so Back cannot return to it.
    assert page.evaluate("history.length") == entries_before
    page.go_back()
    assert "/sr-latn/" not in page.url


def test_quick_exit_on_three_shift_presses(live_site, open_page, neutral_exit):
    page = open_page(live_site.url + "/en/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(neutral_exit)


def test_quick_exit_works_without_javascript(live_site, open_page, neutral_exit):
    page = open_page(live_site.url + "/ar/", javascript=False)
    page.locator("a[data-quick-exit]").click()
    page.wait_for_url(neutral_exit)
