"""The demo content command: complete, idempotent, accounts only for development."""

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import Page

from home.models import HomePage, SiteSettings, StandardPage
from resources.models import ResourcePage, SupportTypePage


@pytest.mark.django_db
def test_running_twice_changes_nothing():
    before = Page.objects.count(), list(Page.objects.values_list("pk", "latest_revision_id"))

    call_command("load_demo_content", verbosity=0)

    assert (Page.objects.count(), list(Page.objects.values_list("pk", "latest_revision_id"))) == before


@pytest.mark.django_db
def test_an_editors_change_survives_a_second_run():
    home = HomePage.objects.get()
    home.intro_en = "Written by an editor"
    home.save_revision().publish()

    call_command("load_demo_content", verbosity=0)

    assert HomePage.objects.get().intro_en == "Written by an editor"


@pytest.mark.django_db
def test_site_has_the_pages_the_hotline_needs():
    assert HomePage.objects.live().count() == 1
    assert ResourcePage.objects.live().count() >= 6
    assert SupportTypePage.objects.live().count() == 9
    assert StandardPage.objects.live().count() >= 3
    for page in ResourcePage.objects.all():
        assert page.is_translated_into("sr-latn") and page.is_translated_into("en"), page
    for page in SupportTypePage.objects.all():
        assert page.body_sr_latn and page.body_en, page
    settings = SiteSettings.objects.get()
    assert settings.primary_phone
    for language in ("sr-latn", "en", "uk", "ar"):
        assert getattr(settings, f"hotline_hours_{language.replace('-', '_')}")


@pytest.mark.django_db
def test_demo_accounts_are_refused_outside_development(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo_content", "--accounts", verbosity=0)


@pytest.mark.django_db
def test_demo_accounts_are_created_once_and_printed(settings, capsys, django_user_model):
    settings.DEBUG = True

    call_command("load_demo_content", "--accounts")
    call_command("load_demo_content", "--accounts")

    output = capsys.readouterr().out
    assert "admin" in output and "editor" in output
    assert django_user_model.objects.filter(username="admin", is_superuser=True).count() == 1
    editor = django_user_model.objects.get(username="editor")
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
