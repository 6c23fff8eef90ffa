"""The page editor's languages in Chromium: Arabic inputs right to left (StreamField blocks and rich text too),
a language toggle that remembers and follows ?language=, a two-language view with source beside target, and
"Copy content from" that asks before replacing and can be undone."""

import pytest
from playwright.sync_api import expect

from django.test import override_settings
from django.urls import reverse

from resources.models import ResourcePage

from ..test_admin_headers import SUPERUSER_PASSWORD, make_superuser
from .conftest import SCREENSHOTS
from .test_admin_csp import assert_clean, sign_in, watched_tab  # noqa: F401  a fixture

TEXT_ENTRY = 'input:not([type]), input[type="text"], textarea, [contenteditable="true"]'
LANGUAGE_TAGS = {"sr-latn": "sr-Latn", "sr": "sr-Cyrl", "en": "en", "uk": "uk", "ar": "ar"}
# Every text input, text area and rich-text editor of each language's fields, with the language it says.
INPUT_MARKS = """selector => [...document.querySelectorAll("[data-editor-language]")].flatMap(unit =>
    [...unit.querySelectorAll(selector)].map(input => ({
        language: unit.dataset.editorLanguage, name: input.name || input.className,
        lang: input.getAttribute("lang"), dir: input.getAttribute("dir")})))"""

# No autosave, preview refresh or editing-session pings: the copy is checked in the form, before anything is
# saved, and fewer requests are faster (on SQLite the live server takes them one at a time: conftest.live_server).
pytestmark = pytest.mark.usefixtures("quiet_editor")


@pytest.fixture
def quiet_editor():
    with override_settings(
        WAGTAIL_AUTOSAVE_INTERVAL=0,
        WAGTAIL_AUTO_UPDATE_PREVIEW_INTERVAL=600_000,
        WAGTAIL_EDITING_SESSION_PING_INTERVAL=600_000,
    ):
        yield


@pytest.fixture
def editor(live_site, watched_tab, django_user_model):  # noqa: F811
    """A signed-in editor's tab, 1280 pixels wide, that keeps its local storage from page to page and notes
    what the Content-Security-Policy refused and every script error."""
    tab = watched_tab(live_site.url)
    tab.set_viewport_size({"width": 1280, "height": 900})
    tab.problems = []
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    sign_in(tab, live_site.url, make_superuser(django_user_model), SUPERUSER_PASSWORD)
    return tab


def article(title):
    return ResourcePage.objects.get(title_sr_latn=title)


def open_editor(tab, live_site, page, query=""):
    tab.goto(live_site.url + reverse("wagtailadmin_pages:edit", args=[page.pk]) + query)
    tab.locator(".editor-languages").wait_for()


def section(tab, field):
    # Not "#panel-child-content-...": Wagtail names the tab's panels after its heading in the language of the
    # first editor the process served (PanelGroup.child_identifiers is cached on the model's edit handler).
    return tab.locator(f"[id^='panel-child-'][id$='-{field}-section']")


def shown_titles(tab):
    return [code for code in LANGUAGE_TAGS if section(tab, "title_" + code.replace("-", "_")).is_visible()]


def test_every_input_carries_its_language_and_arabic_runs_right_to_left(editor, live_site):
    open_editor(editor, live_site, article("Pre puta"), "?language=ar")
    body = section(editor, "body_ar")
    body.locator("button.c-sf-add-button").first.click()
    editor.locator(".w-combobox__option:has-text('Heading')").first.click()
    heading = body.locator("input[name$='-value-text']").last
    heading.fill("عنوان جديد")
    expect(body.locator('[contenteditable="true"]').first).to_have_attribute("dir", "rtl")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    body.screenshot(path=SCREENSHOTS / "editor-arabic-body.png")

    marks = editor.evaluate(INPUT_MARKS, TEXT_ENTRY)
    arabic = [mark for mark in marks if mark["language"] == "ar"]
    assert {mark["name"] for mark in arabic} >= {"title_ar", "summary_ar", "slug_ar", heading.get_attribute("name")}
    assert any("DraftEditor" in mark["name"] for mark in arabic)  # the rich text of a paragraph block
    assert all(mark["lang"] == "ar" and mark["dir"] == "rtl" for mark in arabic), arabic
    others = [mark for mark in marks if mark["language"] != "ar"]
    assert all(mark["lang"] == LANGUAGE_TAGS[mark["language"]] and mark["dir"] == "ltr" for mark in others)
    assert editor.problems == []
    assert_clean(editor)


def choose(tab, *codes):
    """Shows these languages only, with the toolbar's checkboxes."""
    for box in tab.locator(".editor-languages input[type=checkbox][value]").all():
        if box.get_attribute("value") in codes:
            box.check()
    for box in tab.locator(".editor-languages input[type=checkbox][value]").all():
        if box.get_attribute("value") not in codes:
            box.uncheck()


def test_the_toggle_remembers_the_choice_and_opens_the_language_the_address_names(editor, live_site):
    open_editor(editor, live_site, article("Pre puta"))
    assert shown_titles(editor) == ["sr-latn"]

    choose(editor, "en", "uk")
    assert shown_titles(editor) == ["en", "uk"]
    open_editor(editor, live_site, article("Spisak za put"))
    assert shown_titles(editor) == ["en", "uk"]
    assert not section(editor, "body_sr_latn").is_visible()

    open_editor(editor, live_site, article("Pre puta"), "?language=ar")
    assert shown_titles(editor) == ["ar"]
    open_editor(editor, live_site, article("Spisak za put"))
    assert shown_titles(editor) == ["ar"]
    assert editor.problems == []
    assert_clean(editor)


def test_two_languages_side_by_side(editor, live_site):
    open_editor(editor, live_site, article("Pre puta"))
    editor.locator(".editor-languages select").nth(0).select_option("en")
    editor.locator(".editor-languages select").nth(1).select_option("uk")
    assert shown_titles(editor) == ["en", "uk"]

    for field in ("title", "summary", "body"):
        source = section(editor, f"{field}_en").bounding_box()
        target = section(editor, f"{field}_uk").bounding_box()
        assert source["x"] + source["width"] <= target["x"], field
        assert abs(source["y"] - target["y"]) < 2, field
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    editor.screenshot(path=SCREENSHOTS / "editor-side-by-side.png")

    # The next page opens in the same view, and the translation report's ?language= changes its target.
    open_editor(editor, live_site, article("Spisak za put"), "?language=ar")
    assert shown_titles(editor) == ["en", "ar"]
    assert section(editor, "title_en").bounding_box()["x"] < section(editor, "title_ar").bounding_box()["x"]
    assert editor.problems == []
    assert_clean(editor)


BODY_BLOCKS = "name => document.getElementById(`${name}-root`).rootBlock.getValue().map(b => JSON.stringify(b))"


def body_texts(tab, field):
    return tab.evaluate(BODY_BLOCKS, field)


def wait_for_body(tab, field, blocks):
    """Rich text inside a block is drawn a moment after the block, and reads as empty until then."""
    tab.wait_for_function(
        f"([name, expected]) => JSON.stringify(({BODY_BLOCKS})(name)) === JSON.stringify(expected)",
        arg=[field, blocks],
    )


def test_copying_a_body_asks_before_replacing_and_can_be_undone(editor, live_site):
    open_editor(editor, live_site, article("Spisak za put"), "?language=uk")
    choose(editor, "sr-latn", "en", "uk")
    english, serbian = body_texts(editor, "body_en"), body_texts(editor, "body_sr_latn")
    assert english != serbian
    # No button copies a body onto itself, and the leaflets have none.
    own_buttons = section(editor, "body_sr_latn").locator(".editor-copy button[data-copy-from]")
    assert sorted(own_buttons.evaluate_all("buttons => buttons.map(b => b.dataset.copyFrom)")) == [
        "ar",
        "en",
        "sr",
        "uk",
    ]
    assert editor.locator(".editor-copy").count() == 5
    assert editor.locator("[id$='leaflets-section'] .editor-copy, [id*=leci] .editor-copy").count() == 0

    # Into an empty body: copied at once.
    section(editor, "body_uk").locator("button[data-copy-from=en]").click()
    assert len(body_texts(editor, "body_uk")) == len(english)
    assert "Srpski" not in section(editor, "body_uk").locator(".editor-copy__status").inner_text()

    # Over a written body: asked first; "no" keeps it.
    questions = []
    editor.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    section(editor, "body_en").locator("button[data-copy-from=sr-latn]").click()
    assert body_texts(editor, "body_en") == english
    assert "English" in questions[0] and "Srpski (latinica)" in questions[0]

    editor.once("dialog", lambda dialog: dialog.accept())
    section(editor, "body_en").locator("button[data-copy-from=sr-latn]").click()
    assert body_texts(editor, "body_en") != english
    status = section(editor, "body_en").locator(".editor-copy__status")
    expect(status).to_contain_text("Srpski (latinica)")
    section(editor, "body_en").screenshot(path=SCREENSHOTS / "editor-copied-with-undo.png")
    status.locator("button").click()
    wait_for_body(editor, "body_en", english)
    expect(status).not_to_contain_text("Srpski")
    assert editor.problems == []
    assert_clean(editor)
