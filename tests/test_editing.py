"""An editor creates and publishes every page type through the Wagtail admin."""

import pytest

from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage

from .conftest import LANGUAGES
from .staff_helpers import sign_in_verified


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("editor-test", password="editor-test-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    return sign_in_verified(client, editor)


def body():
    return streamfield(
        [
            ("heading", {"text": "Naslov", "level": "h2"}),
            ("paragraph", rich_text("<p>Tekst.</p>")),
            ("quote", {"text": "Niste sami.", "attribution": ""}),
        ]
    )


def no_rows(relation):
    """The management form of an inline panel left empty."""
    counts = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}
    return {f"{relation}-{name}": value for name, value in counts.items()}


CASES = [
    (StandardPage, HomePage, {"intro_sr_latn": "Uvod", "body_sr_latn": body()}),
    (ResourceIndexPage, HomePage, {"intro_sr_latn": "Uvod"}),
    (SupportIndexPage, HomePage, {"intro_sr_latn": "Uvod", "body_sr_latn": body()}),
    (
        ResourcePage,
        ResourceIndexPage,
        {
            "summary_sr_latn": "Kratko",
            "body_sr_latn": body(),
            "category": "awareness",
            "last_reviewed": "2026-11-01",
        },
    ),
    (
        SupportTypePage,
        SupportIndexPage,
        {
            "summary_sr_latn": "Kratko",
            "who_for_sr_latn": "Za sve",
            "how_to_get_sr_latn": "Pozovite",
            "cost_sr_latn": "Besplatno",
            "body_sr_latn": body(),
        },
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "parent_model", "fields"), CASES, ids=[case[0].__name__ for case in CASES])
def test_editor_creates_and_publishes(editor_client, model, parent_model, fields):
    parent = parent_model.objects.order_by("path").first()
    empty_streams = {
        f"body_{code.replace('-', '_')}": streamfield([])
        for code in LANGUAGES
        if hasattr(model, "body") and f"body_{code.replace('-', '_')}" not in fields
    }
    data = nested_form_data(
        {
            "title_sr_latn": "Nova strana",
            "slug_sr_latn": "nova-strana",
            "title_en": "New page",
            **empty_streams,
            **fields,
        }
    )
    data["action-publish"] = "action-publish"
    data.update(no_rows("statements_to_confirm"))
    if model is ResourcePage:
        data.update(no_rows("leaflets"))

    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    response = editor_client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = model.objects.get(slug_sr_latn="nova-strana")
    assert page.live
    assert editor_client.get(page.get_url()).status_code == 200


@pytest.mark.django_db
def test_home_page_cannot_be_created_twice(editor_client):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    assert not HomePage.can_create_at(root)


@pytest.mark.django_db
def test_editor_edits_and_publishes_the_home_page(editor_client, client):
    home = HomePage.objects.get()
    data = nested_form_data(
        {
            "title_sr_latn": home.title_sr_latn,
            "slug_sr_latn": home.slug_sr_latn,
            "title_en": home.title_en,
            "intro_en": "Changed by an editor",
            **{f"body_{code.replace('-', '_')}": body() for code in LANGUAGES},
        }
    )
    data["action-publish"] = "action-publish"
    data.update(no_rows("statements_to_confirm"))

    response = editor_client.post(f"/admin/pages/{home.pk}/edit/", data)

    assert response.status_code == 302
    assert "Changed by an editor" in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_editors_are_told_that_cyrillic_fields_may_stay_empty(editor_client):
    page = StandardPage.objects.order_by("path").first()
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    fields = response.context["form"].fields
    explanation = fields["title_sr"].help_text
    assert explanation and fields["intro_sr"].help_text == explanation
    assert fields["title_en"].help_text != explanation
    assert str(explanation) in response.content.decode()
