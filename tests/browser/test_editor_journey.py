"""An editor's journey in Chromium, as the issue of the editors' desk asks: the Translations report shows a page
not yet in Ukrainian, its link opens the editor on Ukrainian, the editor translates it from English in the
two-language view, previews it in Ukrainian in the side panel, publishes it, and then the report calls it
translated and the Ukrainian page shows the Ukrainian text without the notice of a fallback."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, Permission
from django.utils.translation import override

from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from home.models import HomePage
from resources.models import ResourcePage

from ..staff_helpers import give_authenticator
from .conftest import SCREENSHOTS
from .test_admin_csp import assert_clean, sign_in, watched_tab  # noqa: F401  a fixture
from .test_editor_languages import quiet_editor, section, shown_titles  # noqa: F401  a fixture

REPORT = "/admin/reports/translations/"
EDITOR_PASSWORD = "editor-journey-password"
TITLE = "Список речей у дорогу"
SUMMARY = "Що взяти з собою, щоб подорож була безпечною."
HEADING = "Документи"
PARAGRAPH = "Паспорт завжди тримайте при собі."

# As in test_editor_languages: no autosave (the test publishes what it typed), the preview updated when its
# panel opens and when its mode changes, and no editing-session pings.
pytestmark = pytest.mark.usefixtures("quiet_editor")


def editors_group():
    """Wagtail's Editors, as the data migrations made them and tests.builders let them publish; an earlier
    transactional test may have emptied the database, and the site is built again without them."""
    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for action in ("add", "change", "publish"):
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=HomePage.objects.get(),
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page"),
        )
    return editors


@pytest.fixture
def editor(live_site, watched_tab, django_user_model):  # noqa: F811
    """An editor of the Editors group (who may publish), the admin in English, signed in with both factors."""
    user = django_user_model.objects.create_user("editor-journey", password=EDITOR_PASSWORD)
    user.groups.add(editors_group())
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    give_authenticator(user)
    tab = watched_tab(live_site.url)
    tab.set_viewport_size({"width": 1280, "height": 900})
    tab.problems = []
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    sign_in(tab, live_site.url, user, EDITOR_PASSWORD)
    return tab


def filter_report(tab, field, choice):
    """Wagtail's filter menu: the filter's name, then one of its choices; the results are swapped in place."""
    toggle = tab.get_by_role("button", name="Show filters")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    back = tab.locator(".w-drilldown__submenu:visible .w-drilldown__back")
    if back.count():
        back.click()
    tab.locator(f".w-drilldown__toggle[aria-controls='drilldown-id_{field}']").click()
    with tab.expect_response(lambda response: "/reports/translations/results/" in response.url):
        tab.locator(f"#id_{field}").select_option(label=choice)


def report_row(tab, title):
    return tab.locator("#listing-results tbody tr", has=tab.locator(f"a:text-is('{title}')"))


def ukrainian_cell(row):
    return row.locator("td.translation-state").nth(2)  # Serbian Latin, English, Ukrainian, Arabic


def test_an_editor_finds_an_untranslated_page_translates_previews_and_publishes_it(editor, live_site):
    page = ResourcePage.objects.get(title_sr_latn="Spisak za put")
    english_title = page.title_en

    # The report, narrowed to what is not yet in Ukrainian.
    editor.goto(live_site.url + REPORT)
    filter_report(editor, "language", "Українська")
    filter_report(editor, "state", "Not translated")
    expect(editor).to_have_url(re.compile(r"language=uk.*state=not-translated|state=not-translated.*language=uk"))
    row = report_row(editor, page.title)
    expect(ukrainian_cell(row)).to_contain_text("Falls back to English")
    expect(report_row(editor, "Pre puta")).to_have_count(0)  # translated into Ukrainian: filtered out

    # Its Ukrainian cell opens the editor on Ukrainian.
    ukrainian_cell(row).get_by_role("link").first.click()
    editor.wait_for_url(f"**/admin/pages/{page.pk}/edit/?language=uk")
    editor.locator(".editor-languages").wait_for()
    assert shown_titles(editor) == ["uk"]

    # Translating from English, side by side.
    editor.locator(".editor-languages select").nth(0).select_option("en")
    editor.locator(".editor-languages select").nth(1).select_option("uk")
    assert shown_titles(editor) == ["en", "uk"]
    expect(section(editor, "title_en").locator("input")).to_have_value(english_title)
    section(editor, "title_uk").locator("input").fill(TITLE)
    section(editor, "summary_uk").locator("textarea").fill(SUMMARY)
    body = section(editor, "body_uk")
    body.locator("button.c-sf-add-button").first.click()
    editor.locator(".w-combobox__option:visible:has-text('Heading')").first.click()
    body.locator("input[name$='-value-text']").last.fill(HEADING)
    body.locator("button.c-sf-add-button").last.click()
    editor.locator(".w-combobox__option:visible:has-text('Paragraph')").first.click()
    # The paragraph's rich-text field is drawn by script once the block is in.
    expect(body.locator('[contenteditable="true"]')).to_have_count(1, timeout=15_000)
    paragraph = body.locator('[contenteditable="true"]').last
    paragraph.click()
    editor.keyboard.type(PARAGRAPH)
    expect(paragraph).to_have_attribute("lang", "uk")
    # Draftail keeps what is typed in its field a moment later.
    editor.wait_for_function(
        "text => [...document.querySelectorAll('#body_uk-root input[name$=-value]')]"
        ".some(input => input.value.includes(text))",
        arg=PARAGRAPH,
    )
    # Typing never leaves the form scrolled sideways, its English column cut off.
    editor.wait_for_function("() => document.querySelector('main').scrollLeft === 0", timeout=5_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    editor.screenshot(path=SCREENSHOTS / "journey-translating-side-by-side.png")

    # The preview in the side panel, in its Ukrainian mode.
    editor.locator("[data-side-panel-toggle=preview]").click()
    editor.locator("#id_preview_mode").select_option("uk")
    preview = editor.frame_locator("iframe.w-preview__iframe").last
    # Chosen while the panel's first update is under way: the editor's script makes it once that is over.
    expect(preview.locator("html")).to_have_attribute("lang", "uk", timeout=15_000)
    expect(preview.locator("h1")).to_have_text(TITLE)
    expect(preview.locator("main")).to_contain_text(PARAGRAPH)
    expect(preview.locator(".fallback-notice")).to_have_count(0)
    editor.screenshot(path=SCREENSHOTS / "journey-preview-ukrainian.png")

    # Published: the message names the one language that still falls back.
    editor.locator("footer .w-dropdown__toggle").last.click()
    with editor.expect_navigation():
        editor.locator("button[name=action-publish]").click()
    expect(editor.locator(".messages")).to_contain_text("published")
    expect(editor.locator(".messages")).to_contain_text("Not translated into: العربيّة")

    # The report now calls it translated, and the filter no longer lists it.
    editor.goto(live_site.url + REPORT + "?language=uk&state=not-translated")
    expect(report_row(editor, page.title)).to_have_count(0)
    editor.goto(live_site.url + REPORT + "?language=uk&state=translated")
    label = ukrainian_cell(report_row(editor, page.title)).locator(".translation-state__label")
    expect(label).to_have_text("Translated")

    # Readers of Ukrainian get it in Ukrainian.
    with override("uk"):
        address = ResourcePage.objects.get(pk=page.pk).get_url()
    assert address.startswith("/uk/")
    response = editor.goto(live_site.url + address)
    assert response.status == 200
    expect(editor.locator("h1")).to_have_text(TITLE)
    expect(editor.locator("main")).to_contain_text(PARAGRAPH)
    expect(editor.locator(".fallback-notice")).to_have_count(0)
    assert editor.problems == []
    assert_clean(editor)
