"""The first screen of a small phone (360x740) shows the way out, the call button and the page itself.

Menu, languages and search fold into <details> disclosures: they open without JavaScript, by keyboard, with a
visible focus, and nothing moves by itself. On a desktop they stand open inline.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from django.utils.translation import override

from home.models import HomePage, SiteSettings

from ..conftest import one_page_of_each_type
from ..languages import LANGUAGES

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
HEADING_TOP_SHARE = 0.6

# Where each element's box is, in viewport coordinates, once the page has settled.
BOXES = """() => {
  const box = (element) => element && element.getBoundingClientRect().toJSON();
  const heading = document.querySelector("main h1");
  const paragraphs = [...document.querySelectorAll("main p")];
  return {
    heading: box(heading),
    firstParagraph: box(paragraphs.find((p) => heading.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)),
    quickExit: box(document.querySelector("[data-quick-exit]")),
    call: box(document.querySelector(".site-header__call")),
  };
}"""
# The layout shifts that happened without the reader's input: the cumulative layout shift of the page.
UNPROMPTED_SHIFT = """() => new Promise((resolve) => {
  new PerformanceObserver((list) => {
    resolve(list.getEntries().filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(0), 500);
})"""


def url_of(live_site, page, language):
    with override(language):
        return live_site.url + page.get_url()


def within_first_screen(box):
    return box["top"] >= 0 and box["bottom"] <= PHONE["height"] and box["width"] > 0


def accessibility_violations(page):
    results = Axe().run(page)
    return results.violations_count, results.generate_report()


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_screen_of_a_phone_shows_the_exit_the_call_and_the_page(live_site, open_page, language):
    phone_number = SiteSettings.objects.get().primary_phone
    for model_name, page_object in one_page_of_each_type().items():
        page = open_page(url_of(live_site, page_object, language), **PHONE)
        where = f"{model_name} in {language}"
        boxes = page.evaluate(BOXES)

        assert boxes["heading"]["top"] < HEADING_TOP_SHARE * PHONE["height"], where
        assert boxes["firstParagraph"], f"{where}: no paragraph after the heading"
        assert boxes["firstParagraph"]["top"] + 20 < PHONE["height"], f"{where}: the first paragraph starts below"
        assert within_first_screen(boxes["quickExit"]), where
        assert within_first_screen(boxes["call"]), where
        call_href = page.locator(".site-header__call").get_attribute("href")
        assert call_href.startswith("tel:") and call_href[4:] in phone_number.replace(" ", ""), where
        assert page.evaluate(UNPROMPTED_SHIFT) == 0, where
        # Nothing wider than a small phone: no sideways scrolling.
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], where
        # Menu, languages and search wait behind their summaries.
        assert not page.locator(".main-menu a").first.is_visible(), where
        assert not page.locator("#search-query").is_visible(), where
        count, report = accessibility_violations(page)
        assert count == 0, f"{where}: {report}"
        assert page.problems == [], where


def test_disclosures_open_by_keyboard_without_javascript_and_show_focus(live_site, open_page):
    home = HomePage.objects.live().get()
    page = open_page(url_of(live_site, home, "ar"), **PHONE, javascript=False)
    summaries = page.locator(".site-header__tools summary")
    places_before = [summaries.nth(index).bounding_box() for index in range(summaries.count())]

    for index, panel_item in enumerate([".main-menu a", ".language-switcher a", "#search-query"]):
        summary = summaries.nth(index)
        for _ in range(20):
            page.keyboard.press("Tab")
            if summary.evaluate("element => element === document.activeElement"):
                break
        else:
            pytest.fail(f"summary {index} is never reached with Tab")
        assert summary.evaluate("element => getComputedStyle(element).outlineStyle") != "none"
        assert not page.locator(panel_item).first.is_visible()

        page.keyboard.press("Enter")

        assert page.locator(panel_item).first.is_visible()
        # The summaries stay where they were: the panel opens below them.
        assert [summaries.nth(other).bounding_box() for other in range(summaries.count())] == places_before
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('details') !== null")
        assert page.evaluate("document.activeElement.closest('details').open")

    # One open at a time: opening the search closed the others.
    assert page.locator(".site-header__tools details[open]").count() == 1


@pytest.mark.parametrize("language", ["sr-latn", "ar"])
def test_desktop_shows_menu_languages_and_search_inline(live_site, open_page, language):
    home = HomePage.objects.live().get()
    page = open_page(url_of(live_site, home, language), **DESKTOP)

    assert page.locator(".main-menu a").first.is_visible()
    assert page.locator(".language-switcher a").nth(4).is_visible()
    assert page.locator("#search-query").is_visible()
    assert not page.locator(".site-header__tools summary").first.is_visible()
    page.keyboard.press("Tab")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.main-menu') !== null"):
            break
    else:
        pytest.fail("the menu links are never reached with Tab")
    count, report = accessibility_violations(page)
    assert count == 0, report


def test_search_page_opens_with_its_box_showing(live_site, open_page):
    page = open_page(live_site.url + "/sr-latn/search/", **PHONE, javascript=False)

    assert page.locator("#search-query").is_visible()
    assert page.locator("main h1").bounding_box()["y"] < HEADING_TOP_SHARE * PHONE["height"]
