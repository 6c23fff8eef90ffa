"""The page editor's form and the site settings' form: each translation labelled with its language's own name, only
the default language required, and every input marked with its language and direction; the editor's script is a
file that reads its languages from a data attribute."""

import json
import re
from html import unescape

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import override

from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import Site

from home.editor.forms import TranslatedSettingsForm, translation_fields
from home.models import SiteSettings
from resources.models import ResourcePage, SupportTypePage

from .test_editing import editor_client  # noqa: F401  a fixture

OWN_NAMES = {
    "sr-latn": "Srpski (latinica)",
    "sr": "Српски (ћирилица)",
    "en": "English",
    "uk": "Українська",
    "ar": "العربيّة",
}
TAGS = {"sr-latn": "sr-Latn", "sr": "sr-Cyrl", "en": "en", "uk": "uk", "ar": "ar"}
DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def editor_form(model):
    page = model.objects.live().order_by("path").first()
    form_class = model.get_edit_handler().get_form_class()
    with override("en"):
        return form_class(instance=page, parent_page=page.get_parent(), for_user=None)


def translated(form):
    return [(name, code) for name, _original, code in translation_fields(form._meta.model) if name in form.fields]


@pytest.mark.django_db
@pytest.mark.parametrize("model", [ResourcePage, SupportTypePage])
def test_each_translation_is_labelled_with_its_language_s_own_name(model):
    form = editor_form(model)

    assert {code for _name, code in translated(form)} == set(OWN_NAMES)
    for name, code in translated(form):
        assert str(form.fields[name].label).endswith(" — " + OWN_NAMES[code]), name
        assert "[" not in str(form.fields[name].label)
    assert form.fields["title_uk"].label == "Title — Українська"


@pytest.mark.django_db
def test_every_input_says_its_language_and_arabic_runs_right_to_left():
    form = editor_form(ResourcePage)

    for name, code in translated(form):
        attrs = form.fields[name].widget.attrs
        assert attrs["lang"] == TAGS[code], name
        assert attrs["dir"] == ("rtl" if code == "ar" else "ltr"), name
    for name in ("title_ar", "summary_ar", "slug_ar"):
        html = str(form[name])
        assert 'lang="ar"' in html and 'dir="rtl"' in html, html


@pytest.mark.django_db
def test_only_the_default_language_is_required():
    form = editor_form(ResourcePage)

    for name, code in translated(form):
        if code != DEFAULT:
            assert not form.fields[name].required, name
    assert form.fields[build_localized_fieldname("title", DEFAULT)].required
    assert "placeholder" not in form.fields[build_localized_fieldname("title", DEFAULT)].widget.attrs
    assert form.fields["title_en"].widget.attrs["placeholder"] == "Page title (optional)"


def edit_page_html(client, model):
    page = model.objects.live().order_by("path").first()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_editor_shows_one_required_title_and_no_language_codes(editor_client):  # noqa: F811
    html = edit_page_html(editor_client, ResourcePage)

    # "Page title*" (in the admin's language) on the default language's title only.
    assert len(re.findall(r'placeholder="[^"]*\*"', html)) == 1
    assert not re.search(r"\[(sr-latn|sr|en|uk|ar)\]", html)
    arabic_title = re.search(r'<input[^>]*name="title_ar"[^>]*>', html).group(0)
    assert 'lang="ar"' in arabic_title and 'dir="rtl"' in arabic_title


@pytest.mark.django_db
def test_the_editor_script_is_a_file_given_its_languages_in_a_data_attribute(editor_client):  # noqa: F811
    html = edit_page_html(editor_client, ResourcePage)

    script = re.search(
        r'<script src="([^"]*home/editor/languages\.js)" data-editor-languages="([^"]*)"></script>', html
    )
    assert script, "the editor's script is missing"
    config = json.loads(unescape(script.group(2)))
    assert [language["name"] for language in config["languages"]] == list(OWN_NAMES.values())
    assert {language["code"]: language["dir"] for language in config["languages"]}["ar"] == "rtl"
    assert config["defaultLanguage"] == DEFAULT and config["firstTarget"] == "en"
    assert "home/editor/languages.css" in html
    # wagtail-modeltranslation's own toggle, which found fields by the " [code]" labels, is off.
    assert "language_toggles.js" not in html


def site_settings_form():
    form_class = get_setting_edit_handler(SiteSettings).get_form_class()
    with override("en"):
        return form_class(instance=SiteSettings.objects.get(), for_user=None)


@pytest.mark.django_db
def test_the_site_settings_form_has_the_same_labels_marks_and_required_flags():
    form = site_settings_form()

    assert issubclass(type(form), TranslatedSettingsForm)
    assert {code for _name, code in translated(form)} == set(OWN_NAMES)
    for name, code in translated(form):
        field = form.fields[name]
        assert str(field.label).endswith(" — " + OWN_NAMES[code]), name
        assert field.widget.attrs["lang"] == TAGS[code], name
        assert field.widget.attrs["dir"] == ("rtl" if code == "ar" else "ltr"), name
        if code != DEFAULT:
            assert not field.required, name
        assert "placeholder" not in field.widget.attrs, name
    assert form.fields["organisation_name_uk"].label == "Organisation name — Українська"
    assert form.fields[build_localized_fieldname("organisation_name", DEFAULT)].required
    assert form.fields["primary_phone"].widget.attrs.get("lang") is None  # not a translation


@pytest.mark.django_db
def test_the_site_settings_page_shows_no_language_codes_and_arabic_right_to_left(editor_client):  # noqa: F811
    editor = editor_client.session.get("_auth_user_id")
    get_user_model().objects.filter(pk=editor).update(is_superuser=True)  # the settings are an administrator's
    site = Site.objects.get(is_default_site=True)
    response = editor_client.get(reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk]))
    assert response.status_code == 200
    html = response.content.decode()

    assert not re.search(r"\[(sr-latn|sr|en|uk|ar)\]", html)
    arabic = re.search(r'<textarea[^>]*name="outside_hours_ar"[^>]*>', html).group(0)
    assert 'lang="ar"' in arabic and 'dir="rtl"' in arabic
    english = re.search(r'<input[^>]*name="hotline_name_en"[^>]*>', html).group(0)
    assert 'lang="en"' in english and 'dir="ltr"' in english and "required" not in english
