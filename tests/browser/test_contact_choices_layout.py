"""The questions of danger, contact and sharing on a small phone and a desktop, in Serbian (both scripts) and
Arabic: each answer a target of at least 24 px (WCAG 2.2) whose box a long answer never squeezes, the box on the
side where the reading starts, nothing wider than the screen, and axe content. Screenshots for a human look."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from contact.models import ContactPage

from .conftest import SCREENSHOTS
from .test_contact_journeys import path_of

MINIMUM_TARGET = 24
VIEWPORTS = {"phone": (360, 740), "desktop": (1280, 800)}

# Each answer to choose: its box and its label, in viewport coordinates.
ANSWERS = """() => [...document.querySelectorAll(
  "form.contact-form input[type=radio], form.contact-form input[type=checkbox]"
)].map((box) => ({
  name: box.name, value: box.value,
  box: box.getBoundingClientRect().toJSON(),
  label: box.closest("label").getBoundingClientRect().toJSON(),
}))"""


@pytest.mark.parametrize("viewport", VIEWPORTS.keys())
@pytest.mark.parametrize("language", ["sr-latn", "sr", "ar"])
def test_every_answer_is_a_large_target_with_its_box_where_reading_starts(live_site, open_page, language, viewport):
    width, height = VIEWPORTS[viewport]
    page = open_page(live_site.url + path_of(ContactPage.objects.get(), language), width=width, height=height)
    page.locator("label:has(input[name=may_contact][value=yes])").click()

    answers = page.evaluate(ANSWERS)

    assert {answer["name"] for answer in answers} == {
        "danger", "topic", "may_contact", "times", "leave_message", "say_who", "share"
    }  # fmt: skip
    right_to_left = language == "ar"
    for answer in answers:
        where = f"{answer['name']}={answer['value']} in {language} at {width} px"
        box, label = answer["box"], answer["label"]
        assert box["width"] >= MINIMUM_TARGET and box["height"] >= MINIMUM_TARGET, where
        assert label["height"] >= MINIMUM_TARGET, where
        if right_to_left:
            assert label["right"] - box["right"] < 2, f"{where}: the box is not at the right"
        else:
            assert box["left"] - label["left"] < 2, f"{where}: the box is not at the left"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"contact-choices-{language}-{width}x{height}.png", full_page=True)
    assert page.problems == []
