"""Slugs in ASCII in every language (home.slugs): on the server, which has the final word, and in the editor's
automatic slug from the title."""

import json

import pytest

from django.contrib.auth.models import Group

from modeltranslation.utils import build_localized_fieldname
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage, StandardPage
from home.slugs import LETTERS, TransliteratedSlugInput, ascii_slug, js_formatters

from .conftest import page_url
from .languages import LANGUAGES
from .staff_helpers import sign_in_verified


@pytest.mark.parametrize(
    ("language", "written", "slug"),
    [
        ("sr-latn", "lažnu ponudu", "laznu-ponudu"),
        ("sr-latn", "Čuvajte pasoš", "cuvajte-pasos"),
        ("sr-latn", "Ćutanje", "cutanje"),
        ("sr-latn", "Đorđe i Žarko", "djordje-i-zarko"),
        ("sr-latn", "Pomoć žrtvama?", "pomoc-zrtvama"),
        ("sr", "Жртве трговине људима", "zrtve-trgovine-ljudima"),
        ("sr", "Ђак, ћерка, џеп, њива", "djak-cerka-dzep-njiva"),
        ("sr-latn", "Хитна помоћ", "hitna-pomoc"),
        ("uk", "Перед поїздкою", "pered-poyizdkoyu"),
        ("uk", "Напишіть нам", "napyshit-nam"),
        ("uk", "Щастя, Єва, ґанок", "shchastya-yeva-ganok"),
        ("ar", "اكتب لنا", "aktb-lna"),
        ("ar", "مساندة الضحايا", "msanda-aldhaya"),
        ("ar", "خط ٣", "kht-3"),
        ("en", "Über uns", "uber-uns"),
        ("en", "Help line: 24/7!", "help-line-247"),
    ],
)
def test_a_slug_is_written_in_ascii(language, written, slug):
    assert ascii_slug(written, language) == slug


@pytest.mark.parametrize("slug", ["pre-puta", "O-nama", "spisak_za_put", "2026"])
def test_a_slug_already_in_ascii_is_kept_as_it_is(slug):
    assert ascii_slug(slug, "sr-latn") == slug


def test_the_automatic_slug_uses_the_same_letters_as_the_server():
    widget = TransliteratedSlugInput("uk")
    attrs = widget.get_context("slug_uk", "", {})["widget"]["attrs"]

    assert attrs["data-w-slug-locale-value"] == "uk"
    assert not attrs["data-w-slug-allow-unicode-value"]
    formatters = json.loads(attrs["data-w-slug-formatters-value"])
    replaced = {letter for (pattern, _flags), _replacement in formatters for letter in pattern.strip("[]")}
    assert replaced == set(LETTERS["uk"])
    assert [[pattern, replacement] for (pattern, _flags), replacement in formatters] == [
        [pattern, replacement] for pattern, replacement, _flags in js_formatters("uk")
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_saved_with_a_slug_in_another_script_is_stored_in_ascii_and_served_there(client, language):
    page = StandardPage.objects.get(**{build_localized_fieldname("slug", "sr-latn"): "o-nama"})
    setattr(page, build_localized_fieldname("slug", language), "Šta je trgovina ljudima")
    page.save_revision().publish()

    page = StandardPage.objects.get(pk=page.pk)
    assert getattr(page, build_localized_fieldname("slug", language)) == "sta-je-trgovina-ljudima"
    address = page_url(page, language)
    assert address.endswith("/sta-je-trgovina-ljudima/")
    assert client.get(address).status_code == 200


@pytest.mark.django_db
def test_the_editor_form_stores_the_slug_in_ascii(client, django_user_model):
    editor = django_user_model.objects.create_user("slug-editor", password="slug-editor-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in_verified(client, editor)
    home = HomePage.objects.get()
    data = nested_form_data(
        {
            "title_sr_latn": "Lažne ponude za posao",
            "slug_sr_latn": "lažne-ponude-za-posao",
            "title_uk": "Фальшиві пропозиції роботи",
            "slug_uk": "фальшиві-пропозиції-роботи",
            **{f"body_{code.replace('-', '_')}": streamfield([]) for code in LANGUAGES},
        }
    )
    data.update({f"statements_to_confirm-{name}": "0" for name in ("TOTAL_FORMS", "INITIAL_FORMS")})
    data["action-publish"] = "action-publish"

    response = client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)

    assert response.status_code == 302
    page = StandardPage.objects.get(slug_sr_latn="lazne-ponude-za-posao")
    assert page.slug_uk == "falshyvi-propozytsiyi-roboty"
    assert client.get(page_url(page, "uk")).status_code == 200
