"""The admin report "Translations", the editor's translations panel and the warning on publishing: each page in
each language translated, outdated (its source changed since) or falling back, as home.translation_state says."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.management import call_command

from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home import translation_records, translation_state
from home.models import HomePage, StandardPage
from home.translation_state import State, text_hash

from .builders import add_page
from .conftest import LANGUAGES
from .staff_helpers import english_editor, in_english, sign_in_verified

REPORT_URL = "/admin/reports/translations/"
TEXT_LANGUAGES = ["sr-latn", "en", "uk", "ar"]
SERBIAN_AND_ENGLISH = {
    "sr-latn": {"title": "Prevodi", "slug": "prevodi", "intro": "Uvod."},
    "en": {"title": "Translations", "slug": "translations", "intro": "Introduction."},
}
EVERY_LANGUAGE = {
    **SERBIAN_AND_ENGLISH,
    "uk": {"title": "Переклади", "slug": "pereklady", "intro": "Вступ."},
    "ar": {"title": "ترجمات", "slug": "tarjamat", "intro": "مقدمة."},
}


@pytest.fixture
def editor(django_user_model):
    return english_editor(django_user_model, "editor-translations")


@pytest.fixture
def editor_client(client, editor):
    return sign_in_verified(client, editor)


def build(texts, parent=None):
    """A page as the admin makes it: its translations recorded as written from their sources."""
    page = add_page(parent or HomePage.objects.get(), StandardPage(), texts)
    translation_records.record_written_translations(page)
    return page


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def report_cells(client, page, query=""):
    """{language: (the cell's text, its links)} of the page's row in the report, None without a row."""
    html = soup(client.get(REPORT_URL + query))
    link = html.select_one(f"table tbody a[href='/admin/pages/{page.pk}/edit/']")
    if link is None:
        return None
    cells = link.find_parent("tr").select("td.translation-state")
    return {
        language: (
            cell.select_one(".translation-state__label").get_text(" ", strip=True),
            [a["href"] for a in cell.select("a")],
        )
        for language, cell in zip(TEXT_LANGUAGES, cells, strict=True)
    }


def states(page):
    """The states of the page's latest revision, as editors see it."""
    content = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    return {code: language_state.state for code, language_state in translation_state.states(content).items()}


def edit(client, page, changes, *, publish=False):
    """Saves the page through the editor with `changes`: {language: {field: text}}."""
    fields = {}
    for code in LANGUAGES:
        suffix = code.replace("-", "_")
        for name in ("title", "slug", "intro"):
            fields[f"{name}_{suffix}"] = changes.get(code, {}).get(name, getattr(page, f"{name}_{suffix}") or "")
        fields[f"body_{suffix}"] = streamfield([])
    data = nested_form_data(fields)
    data.update({f"statements_to_confirm-{key}": "0" for key in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")})
    data["statements_to_confirm-MAX_NUM_FORMS"] = "1000"
    if publish:
        data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return response


@pytest.mark.django_db
def test_the_report_shows_each_language_translated_or_falling_back_with_a_link_to_it(editor_client):
    page = build(SERBIAN_AND_ENGLISH)

    cells = report_cells(editor_client, page)

    assert cells["sr-latn"][0] == "Translated"
    assert cells["en"][0] == "Translated"
    assert cells["uk"][0] == "Falls back to English"
    assert cells["ar"][0] == "Falls back to English"
    for language in TEXT_LANGUAGES:
        assert cells[language][1] == [f"/admin/pages/{page.pk}/edit/?language={language}"]


@pytest.mark.django_db
def test_the_report_names_languages_by_their_own_names(editor_client):
    html = soup(editor_client.get(REPORT_URL))

    headings = [heading.get_text(" ", strip=True) for heading in html.select("table thead th")]
    assert headings[1:] == ["Srpski (latinica)", "English", "Українська", "العربيّة"]


@pytest.mark.django_db
def test_a_change_of_the_source_alone_makes_its_translation_outdated(editor_client):
    page = build(EVERY_LANGUAGE)

    edit(editor_client, page, {"sr-latn": {"intro": "Novi uvod."}})

    assert states(page) == {
        "sr-latn": State.TRANSLATED,
        "en": State.OUTDATED,  # translated from Serbian
        "uk": State.TRANSLATED,  # translated from English, which did not change
        "ar": State.TRANSLATED,
    }
    cells = report_cells(editor_client, page)
    assert cells["en"][0] == "Outdated: Srpski (latinica) changed since"
    assert f"/admin/reports/translations/{page.pk}/en/still-correct/" in cells["en"][1][1]


@pytest.mark.django_db
def test_editing_the_outdated_translation_makes_it_translated_and_its_own_translations_outdated(editor_client):
    page = build(EVERY_LANGUAGE)
    edit(editor_client, page, {"sr-latn": {"intro": "Novi uvod."}})

    edit(editor_client, page, {"en": {"intro": "A new introduction."}})

    assert states(page) == {
        "sr-latn": State.TRANSLATED,
        "en": State.TRANSLATED,
        "uk": State.OUTDATED,
        "ar": State.OUTDATED,
    }


@pytest.mark.django_db
def test_a_source_and_its_translation_changed_together_stay_translated(editor_client):
    page = build(EVERY_LANGUAGE)

    edit(editor_client, page, {"sr-latn": {"intro": "Novi uvod."}, "en": {"intro": "A new introduction."}})

    assert states(page)["en"] == State.TRANSLATED


@pytest.mark.django_db
def test_a_page_translated_before_sources_were_kept_becomes_outdated_by_its_first_edit(editor_client):
    page = add_page(HomePage.objects.get(), StandardPage(), EVERY_LANGUAGE)  # no records
    assert states(page)["en"] == State.TRANSLATED

    edit(editor_client, page, {"sr-latn": {"intro": "Novi uvod."}})

    assert states(page)["en"] == State.OUTDATED


@pytest.mark.django_db
def test_still_correct_records_the_source_as_it_is_now(editor_client):
    page = build(EVERY_LANGUAGE)
    edit(editor_client, page, {"sr-latn": {"intro": "Novi uvod."}})
    url = f"/admin/reports/translations/{page.pk}/en/still-correct/?next={REPORT_URL}"

    confirmation = soup(editor_client.get(url))
    assert "Outdated: Srpski (latinica) changed since" in confirmation.get_text()
    response = editor_client.post(url)

    assert (response.status_code, response.url) == (302, REPORT_URL)
    assert states(page)["en"] == State.TRANSLATED
    assert report_cells(editor_client, page)["en"][0] == "Translated"


@pytest.mark.django_db
def test_the_report_filters_by_language_and_state(editor_client):
    partly = build(SERBIAN_AND_ENGLISH)
    fully = build({code: {**fields, "slug": f"{fields['slug']}-2"} for code, fields in EVERY_LANGUAGE.items()})

    not_in_ukrainian = "?language=uk&state=not-translated"
    assert report_cells(editor_client, partly, not_in_ukrainian) is not None
    assert report_cells(editor_client, fully, not_in_ukrainian) is None
    assert report_cells(editor_client, partly, "?language=en&state=not-translated") is None
    assert report_cells(editor_client, fully, "?state=translated") is not None

    edit(editor_client, fully, {"en": {"intro": "A new introduction."}})
    assert report_cells(editor_client, fully, "?state=outdated") is not None
    assert report_cells(editor_client, partly, "?state=outdated") is None


@pytest.mark.django_db
def test_an_editor_sees_only_the_pages_they_may_edit(client, django_user_model):
    home = HomePage.objects.get()
    section = build(SERBIAN_AND_ENGLISH)
    inside = build(
        {code: {**fields, "slug": f"{fields['slug']}-in"} for code, fields in EVERY_LANGUAGE.items()}, section
    )
    group = Group.objects.create(name="Section editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=section, permission=Permission.objects.get(codename="change_page")
    )
    user = django_user_model.objects.create_user("section-editor", password="section-editor-password")
    user.groups.add(group)
    section_client = sign_in_verified(client, in_english(user))

    assert report_cells(section_client, section) is not None
    assert report_cells(section_client, inside) is not None
    assert report_cells(section_client, home) is None
    still_correct = f"/admin/reports/translations/{home.pk}/en/still-correct/"
    assert section_client.post(still_correct).status_code in (302, 403)
    assert not translation_records.records_by_page([home.pk])


@pytest.mark.django_db
def test_the_report_is_in_the_reports_menu(editor_client):
    assert REPORT_URL in editor_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_the_editor_shows_each_language_state_with_a_link_to_it(editor_client):
    page = build(SERBIAN_AND_ENGLISH)

    html = soup(editor_client.get(f"/admin/pages/{page.pk}/edit/"))

    items = [item.get_text(" ", strip=True) for item in html.select(".translation-states li")]
    assert items == [
        "Srpski (latinica) : Translated",
        "English : Translated",
        "Українська : Falls back to English",
        "العربيّة : Falls back to English",
        "Српски (ћирилица) : written from the Latin text",
    ]
    links = [link["href"] for link in html.select(".translation-states a")]
    assert links == [f"/admin/pages/{page.pk}/edit/?language={code}" for code in TEXT_LANGUAGES]


@pytest.mark.django_db
def test_the_editor_offers_still_correct_for_an_outdated_translation(editor_client):
    page = build(EVERY_LANGUAGE)
    edit(editor_client, page, {"sr-latn": {"intro": "Novi uvod."}})

    html = soup(editor_client.get(f"/admin/pages/{page.pk}/edit/"))

    outdated = html.select_one(".translation-states .translation-state--outdated")
    assert "Outdated: Srpski (latinica) changed since" in outdated.get_text(" ", strip=True)
    assert outdated.select_one(f"a[href^='/admin/reports/translations/{page.pk}/en/still-correct/']")


def warnings(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request) if message.level_tag == "warning"]


@pytest.mark.django_db
def test_publishing_a_page_some_languages_fall_back_in_warns_by_their_names(editor_client):
    page = build(SERBIAN_AND_ENGLISH)

    response = edit(editor_client, page, {"en": {"intro": "A new introduction."}}, publish=True)

    assert warnings(response) == [
        "Not translated into: Українська (shows English), العربيّة (shows English). "
        "Readers of these languages see the page in another language."
    ]


@pytest.mark.django_db
def test_publishing_a_page_translated_into_every_language_warns_of_nothing(editor_client):
    page = build(EVERY_LANGUAGE)

    response = edit(editor_client, page, {"en": {"intro": "A new introduction."}}, publish=True)

    assert warnings(response) == []


@pytest.mark.django_db
def test_saving_a_draft_warns_of_nothing(editor_client):
    page = build(SERBIAN_AND_ENGLISH)

    assert warnings(edit(editor_client, page, {"en": {"intro": "A new introduction."}})) == []


@pytest.mark.django_db  # a page made in memory looks up its content type
def test_the_text_hash_ignores_block_ids_paragraph_keys_and_surrounding_spaces():
    def page(intro, block_id, paragraph="<p>Tekst.</p>"):
        blocks = [{"type": "paragraph", "value": paragraph, "id": block_id}]
        return StandardPage(intro_sr_latn=intro, body_sr_latn=blocks)

    unchanged = text_hash(page("Uvod.", "a"), "sr-latn")
    assert text_hash(page(" Uvod. ", "b"), "sr-latn") == unchanged
    assert text_hash(page("Uvod.", "a", '<p data-block-key="x1y2z">Tekst.</p>'), "sr-latn") == unchanged
    assert text_hash(page("Uvod!", "a"), "sr-latn") != unchanged
    assert text_hash(page("Uvod.", "a", "<p>Tekst!</p>"), "sr-latn") != unchanged


@pytest.mark.django_db
def test_the_demo_content_comes_out_translated_where_it_has_text():
    Page.get_first_root_node().get_children().delete()
    call_command("load_demo_content", verbosity=0)

    pages = Page.objects.filter(depth__gt=1).specific()
    records = translation_records.records_by_page([page.pk for page in pages])
    assert records
    for page in pages:
        assert State.OUTDATED not in states(page).values(), page.title
