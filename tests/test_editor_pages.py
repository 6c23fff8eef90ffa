"""The editors' desk: previews in every language, base columns in Serbian Latin whatever the editor's language,
the admin's page search in every language, and a first publish of every page type with its required fields."""

import datetime
import re

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.forms import CheckboxInput
from django.utils import timezone

from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.blocks.base import BlockWidget
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from contact.models import ContactPage, ReplyCheckPage
from home.models import HomePage, StandardPage
from home.templatetags.site_tags import own_name
from home.transliteration import latin_to_cyrillic
from resources.models import ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage

from .languages import LANGUAGES, html_lang
from .staff_helpers import sign_in_verified

DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def field(name, code):
    return build_localized_fieldname(name, code)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor-desk", password="editor-desk-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    return sign_in_verified(client, editor)


@pytest.fixture
def english_editor_client(editor_client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    return editor_client


def no_rows(relation):
    """The management form of an inline panel left empty."""
    counts = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}
    return {f"{relation}-{name}": value for name, value in counts.items()}


def as_the_browser_sends(form):
    """What a browser sends for an untouched editor form: every field's initial value, every StreamField and
    inline panel empty."""
    data = {}
    for name, form_field in form.fields.items():
        if isinstance(form_field.widget, BlockWidget):
            data.update(nested_form_data({name: streamfield([])}))
            continue
        value = form[name].value()
        if isinstance(form_field.widget, CheckboxInput):
            value = "on" if value else None
        elif value is not None:
            value = form_field.widget.format_value(value)
        if value not in (None, ""):
            data[name] = value
    for relation in form.formsets:
        data.update(no_rows(relation))
    return data


def about_page():
    return StandardPage.objects.get(**{field("slug", DEFAULT): "o-nama"})


def edit_data(client, page, **changes):
    """The page's edit form as loaded, with changes in the form's own field names."""
    form = client.get(f"/admin/pages/{page.pk}/edit/").context["form"]
    data = as_the_browser_sends(form)
    data.update(changes)
    return data


# Previews


@pytest.mark.django_db
def test_there_is_a_preview_mode_per_language_named_in_itself():
    page = about_page()

    assert page.preview_modes == [(code, own_name(code)) for code in LANGUAGES]
    assert dict(page.preview_modes)["sr"] == "српски (ћирилица)"


@pytest.mark.django_db
def test_the_preview_opens_in_the_editors_language(english_editor_client):
    page = about_page()

    response = english_editor_client.get(f"/admin/pages/{page.pk}/edit/")

    assert '<option value="en" selected>' in response.content.decode()


PREVIEW_TITLES = {
    "sr-latn": "Ko smo i šta radimo",
    "en": "Who we are and what we do",
    "uk": "Хто ми і що ми робимо",
    "ar": "من نحن وماذا نفعل",
}


def preview(client, page, mode, **query):
    """The page's preview in a mode, from unsaved changes, as the side panel (or a new tab) asks for it."""
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    data = edit_data(client, page, **{field("title", code): title for code, title in PREVIEW_TITLES.items()})
    assert client.post(preview_url, data).json() == {"is_valid": True, "is_available": True}
    return client.get(preview_url, {"mode": mode, **query})


def page_language(html):
    return re.search(r'<html lang="([^"]+)"', html).group(1)


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("where", ["side panel", "new tab"])
def test_the_preview_shows_the_chosen_language(editor_client, code, where):
    query = {"in_preview_panel": "true"} if where == "side panel" else {}
    response = preview(editor_client, about_page(), code, **query)

    html = response.content.decode()
    assert response.status_code == 200
    assert page_language(html) == html_lang(code)
    title = latin_to_cyrillic(PREVIEW_TITLES[DEFAULT]) if code == "sr" else PREVIEW_TITLES[code]
    assert f">{title}</h1>" in html


@pytest.mark.django_db
def test_the_cyrillic_preview_is_written_in_cyrillic(editor_client):
    html = preview(editor_client, about_page(), "sr").content.decode()

    assert "Ко смо и шта радимо" in html
    assert "Ko smo i šta radimo" not in html


@pytest.mark.django_db
def test_the_languages_inside_a_preview_lead_to_the_preview_in_that_language(editor_client):
    html = preview(editor_client, about_page(), "en", in_preview_panel="true").content.decode()

    switcher = re.search(r'<nav class="language-switcher.*?</nav>', html, re.DOTALL).group(0)
    links = re.findall(r'href="([^"]*)"', switcher)
    assert links == [f"?mode={code}&amp;in_preview_panel=true" for code in LANGUAGES]


@pytest.mark.django_db
def test_a_preview_is_never_served_to_readers_from_the_page_cache(client):
    page = about_page()
    address = page.get_url()
    setattr(page, field("title", DEFAULT), "Nacrt koji čitaoci ne smeju videti")

    preview_response = page.make_preview_request(None, DEFAULT)
    reader_response = client.get(address, HTTP_HOST="localhost")

    assert "Nacrt koji čitaoci ne smeju videti" in preview_response.content.decode()
    assert reader_response.status_code == 200
    assert "Nacrt koji čitaoci ne smeju videti" not in reader_response.content.decode()


# What is stored in the untranslated columns


def base_columns_and_defaults(page):
    """{field: (base column, default language's column)} of every translated field, read without
    modeltranslation's rewriting. An empty translation is NULL where its base column is ""."""
    names = translator.get_options_for_model(type(page)).all_fields
    columns = [*names, *(field(name, DEFAULT) for name in names)]
    stored = type(page).objects.rewrite(False).filter(pk=page.pk).values(*columns).get()
    return {name: (stored[name] or None, stored[field(name, DEFAULT)] or None) for name in names}


@pytest.mark.django_db
def test_publishing_from_an_english_admin_keeps_the_base_columns_in_serbian_latin(english_editor_client):
    page = about_page()
    data = edit_data(
        english_editor_client,
        page,
        **{
            field("title", "en"): "About the hotline",
            field("slug", "en"): "about-the-hotline",
            field("intro", "en"): "Who answers the phone.",
            "action-publish": "action-publish",
        },
    )

    response = english_editor_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    assert getattr(page, field("title", "en")) == "About the hotline"
    for name, (base, default) in base_columns_and_defaults(page).items():
        assert base == default, name
    assert Page.objects.rewrite(False).values_list("draft_title", flat=True).get(pk=page.pk) == "O nama"


@pytest.mark.django_db
def test_pages_created_from_an_english_admin_keep_the_base_columns_in_serbian_latin(english_editor_client):
    parent = HomePage.objects.get()
    form = english_editor_client.get(f"/admin/pages/add/home/standardpage/{parent.pk}/").context["form"]
    data = as_the_browser_sends(form)
    data.update(
        {
            field("title", DEFAULT): "Kako pomažemo",
            field("slug", DEFAULT): "kako-pomazemo",
            field("title", "en"): "How we help",
            field("slug", "en"): "how-we-help",
            field("intro", "en"): "Step by step.",
            field("intro", DEFAULT): "Korak po korak.",
            "action-publish": "action-publish",
        }
    )

    response = english_editor_client.post(f"/admin/pages/add/home/standardpage/{parent.pk}/", data)

    assert response.status_code == 302
    page = StandardPage.objects.get(**{field("slug", DEFAULT): "kako-pomazemo"})
    for name, (base, default) in base_columns_and_defaults(page).items():
        assert base == default, name
    listing = english_editor_client.get(f"/admin/pages/{parent.pk}/").content.decode()
    assert "Kako pomažemo" in listing
    assert "How we help" not in listing


# The admin's page search


@pytest.mark.django_db
@pytest.mark.parametrize("admin_language", [DEFAULT, "en"])
@pytest.mark.parametrize(
    ("query", "slug"),
    [("Saveti", "saveti"), ("Advice", "saveti"), ("Поради", "saveti"), ("نصائح", "saveti"), ("About us", "o-nama")],
)
def test_the_admin_search_finds_a_page_by_its_title_in_any_language(
    editor_client, editor, admin_language, query, slug
):
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": admin_language})

    response = editor_client.get("/admin/pages/search/", {"q": query})

    found = [getattr(page.specific, field("slug", DEFAULT)) for page in response.context["object_list"]]
    assert slug in found


@pytest.mark.django_db
def test_the_admin_search_finds_a_page_by_a_title_an_english_editor_just_published(english_editor_client):
    page = about_page()
    data = edit_data(
        english_editor_client,
        page,
        **{field("title", "en"): "Meet the hotline team", "action-publish": "action-publish"},
    )
    english_editor_client.post(f"/admin/pages/{page.pk}/edit/", data)

    for query in ("Meet the hotline team", "O nama"):
        response = english_editor_client.get("/admin/pages/search/", {"q": query})
        assert page.pk in [found.pk for found in response.context["object_list"]], query


# A first publish with only the required fields


def required_fields(model):
    """What an editor must fill in the default language, beyond the title and the slug."""
    stream = streamfield([("paragraph", rich_text("<p>Tekst.</p>"))])
    return {
        StandardPage: {},
        ResourceIndexPage: {},
        SupportIndexPage: {},
        ResourcePage: {
            field("summary", DEFAULT): "Kratko",
            **nested_form_data({field("body", DEFAULT): stream}),
            "category": ResourcePage.Category.AWARENESS,
        },
        SupportTypePage: {
            field("summary", DEFAULT): "Kratko",
            field("who_for", DEFAULT): "Za sve",
            field("how_to_get", DEFAULT): "Pozovite",
            field("cost", DEFAULT): "Besplatno",
        },
        ContactPage: {field("intro", DEFAULT): "Ne morate reći ko ste.", field("sent_text", DEFAULT): "Hvala."},
        ReplyCheckPage: {field("intro", DEFAULT): "Upišite svoj kod."},
        HomePage: {},
    }[model]


PAGE_TYPES = [
    (StandardPage, HomePage),
    (ResourceIndexPage, HomePage),
    (SupportIndexPage, HomePage),
    (ResourcePage, ResourceIndexPage),
    (SupportTypePage, SupportIndexPage),
    (ContactPage, HomePage),
    (ReplyCheckPage, ContactPage),
    (HomePage, Page),
]


def make_room_for(model):
    """A page type allowed once is created where the test site's own has been removed."""
    if model.max_count:
        for page in model.objects.all():
            page.delete()


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "parent_model"), PAGE_TYPES, ids=[model.__name__ for model, _p in PAGE_TYPES])
def test_every_page_type_is_published_the_first_time_with_its_required_fields(
    editor_client, editor, model, parent_model
):
    make_room_for(model)
    if parent_model is ContactPage:
        parent = ContactPage.objects.get()
    elif parent_model is Page:
        parent = Page.get_first_root_node()
        editor.is_superuser = True  # only administrators create a site's home page
        editor.save()
    else:
        parent = parent_model.objects.order_by("path").first()
    add_url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    data = as_the_browser_sends(editor_client.get(add_url).context["form"])
    data.update({field("title", DEFAULT): "Prva objava", field("slug", DEFAULT): "prva-objava"})
    data.update(required_fields(model))
    data["action-publish"] = "action-publish"

    response = editor_client.post(add_url, data)

    assert response.status_code == 302, response.context and response.context["form"].errors
    page = model.objects.get(**{field("slug", DEFAULT): "prva-objava"})
    assert page.live
    if model is ResourcePage:
        assert page.last_reviewed == timezone.localdate()
        assert isinstance(page.last_reviewed, datetime.date)


@pytest.mark.django_db
def test_an_articles_category_and_review_date_are_on_the_content_tab():
    content_fields = [panel.field_name for panel in ResourcePage.content_panels if hasattr(panel, "field_name")]

    assert "category" in content_fields
    assert "last_reviewed" in content_fields
