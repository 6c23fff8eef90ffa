"""The demo content of demo/content/: it loads, is complete in every language a file has, its links lead
somewhere, and running the loader again updates only the loader's own text. Accounts only for development.

The only module that loads the demo: every other test uses the site of tests/builders.py.
"""

import shutil

import pytest
from bs4 import BeautifulSoup
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils.translation import override

from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission, Page, Site

from demo import data_files
from demo.fields import current_value
from demo.models import DemoField, DemoObject
from home.models import SiteSettings

PAGE_FIELDS_EVERY_LANGUAGE_NEEDS = {"title", "slug"}


@pytest.fixture(scope="module", autouse=True)
def demo_site(django_db_setup, django_db_blocker):
    """The demo instead of the test site, for this module: loaded in a transaction rolled back at its end;
    each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        Page.get_first_root_node().get_children().delete()
        get_document_model().objects.all().delete()
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


def loaded(entry, model):
    return model.objects.get(pk=DemoObject.objects.get(source=entry.source).object_id)


def demo_pages():
    """(data file, its page) for every page file."""
    return [(entry, loaded(entry, Page).specific) for entry in data_files.pages()]


@pytest.fixture
def content_copy(tmp_path, monkeypatch):
    """A copy of demo/content/ that the loader reads instead, for a test to change."""
    copy = tmp_path / "content"
    shutil.copytree(data_files.CONTENT_DIR, copy)
    monkeypatch.setattr(data_files, "CONTENT_DIR", copy)
    return copy


@pytest.mark.django_db
def test_every_page_is_where_its_file_puts_it_with_what_its_file_says():
    pages = demo_pages()
    page_ids = {entry.key: page.pk for entry, page in pages}
    for entry, page in pages:
        assert page.live, entry.source
        assert page._meta.label == entry.placement["type"], entry.source
        if "parent" in entry.placement:
            assert page.get_parent().pk == page_ids[entry.placement["parent"]], entry.source
        else:
            assert Site.objects.get(is_default_site=True).root_page_id == page.pk
        for value in entry.values:
            stored = getattr(page, value.attribute)
            if isinstance(stored, StreamValue):
                assert [block.block_type for block in stored] == [block["type"] for block in value.value]
            elif value.attribute == "statements_to_confirm":
                assert current_value(page, value.attribute) == value.value, entry.source
            elif value.attribute != "leaflets":
                assert stored == value.value, f"{entry.source}: {value.attribute}"


@pytest.mark.django_db
def test_documents_and_site_settings_hold_what_their_files_say():
    for entry in data_files.documents():
        document = loaded(entry, get_document_model())
        assert document.title == entry.value_of("title")
        with document.file.open("rb") as file:
            assert file.read().decode() == entry.value_of("text")
    entry = data_files.site_settings()
    site_settings = SiteSettings.objects.get()
    for value in entry.values:
        assert current_value(site_settings, value.attribute) == value.value, value.attribute


@pytest.mark.django_db
def test_every_page_is_complete_in_the_languages_its_file_has():
    for entry, page in demo_pages():
        assert {"sr-latn", "en"} <= entry.languages, f"{entry.source}: Serbian and English are always there"
        field_names = PAGE_FIELDS_EVERY_LANGUAGE_NEEDS | set(translator.get_options_for_model(type(page)).local_fields)
        for language in entry.languages:
            for name in field_names:
                assert getattr(page, build_localized_fieldname(name, language)), f"{entry.source}: {name} {language}"
    entry = data_files.site_settings()
    site_settings = SiteSettings.objects.get()
    for language in entry.languages:
        for name in translator.get_options_for_model(SiteSettings).local_fields:
            assert getattr(site_settings, build_localized_fieldname(name, language)), f"{name} {language}"


@pytest.mark.django_db
def test_every_link_on_the_demo_pages_leads_somewhere(client):
    """Calls to action, documents, leaflets and links in rich text: each opens, in every language of the page."""
    targets = set()
    for entry, page in demo_pages():
        for language in entry.languages:
            with override(language):
                url = page.get_url()
            html = BeautifulSoup(client.get(url).content, "html.parser")
            for link in html.select("main a"):
                assert link.get("href"), f"{url}: a link to a page or document that does not exist: {link}"
                if link["href"].startswith("/"):
                    targets.add(link["href"])
    assert targets
    for target in sorted(targets):
        assert client.get(target).status_code == 200, target


def snapshot():
    return (
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id", "live_revision_id")),
        list(DemoField.objects.order_by("pk").values_list("demo_object__source", "name", "value_hash")),
        list(get_document_model().objects.order_by("pk").values_list("pk", "title", "file")),
        list(SiteSettings.objects.values()),
    )


@pytest.mark.django_db
def test_running_again_changes_nothing():
    before = snapshot()

    call_command("load_demo_content", verbosity=0)

    assert snapshot() == before


def rewrite_home_page_file(content_copy):
    """The home page's file, rewritten: new Serbian and English titles and a new Serbian body."""
    entry = data_files.pages()[0]
    (content_copy / entry.source).write_text(
        f"""type = "{entry.placement["type"]}"

[sr-latn]
title = "Naslov iz nove verzije"
slug = "{entry.value_of("slug_sr_latn")}"

[[sr-latn.body]]
type = "paragraph"
value = "<p>Pasus iz nove verzije.</p>"

[en]
title = "A title from the new version"
slug = "{entry.value_of("slug_en")}"
""",
        encoding="utf-8",
    )
    return loaded(entry, Page).specific


@pytest.mark.django_db
def test_new_text_in_a_file_reaches_the_database_but_an_editors_change_stays(content_copy):
    home = rewrite_home_page_file(content_copy)
    home.title_en = "Written by an editor"
    home.save_revision().publish()
    revision = home.get_latest_revision()
    uk_title = home.title_uk

    call_command("load_demo_content", verbosity=0)

    home.refresh_from_db()
    assert home.title_sr_latn == "Naslov iz nove verzije"
    assert [block.value.source for block in home.body_sr_latn] == ["<p>Pasus iz nove verzije.</p>"]
    assert home.title_en == "Written by an editor"
    assert home.title_uk == uk_title, "a language the file no longer has stays as it was"
    assert home.live_revision_id != revision.pk, "published as a new revision"


@pytest.mark.django_db
def test_an_editors_draft_is_left_for_them_to_publish(content_copy):
    home = rewrite_home_page_file(content_copy)
    home.title_en = "An editor's draft"
    draft = home.save_revision()

    call_command("load_demo_content", verbosity=0)

    home.refresh_from_db()
    assert home.get_latest_revision().pk == draft.pk
    assert home.title_sr_latn != "Naslov iz nove verzije"


@pytest.mark.django_db
def test_new_text_of_a_document_replaces_its_file(content_copy):
    entry = data_files.documents()[0]
    (content_copy / entry.source).write_text(
        f'title = "{entry.value_of("title")}"\nfilename = "{entry.value_of("filename")}"\ntext = "New leaflet text"\n',
        encoding="utf-8",
    )

    call_command("load_demo_content", verbosity=0)

    with loaded(entry, get_document_model()).file.open("rb") as file:
        assert file.read() == b"New leaflet text"


@pytest.mark.django_db
def test_a_link_to_a_page_that_does_not_exist_names_the_file(content_copy):
    home = data_files.pages()[0]
    (content_copy / "pages" / "broken-link.toml").write_text(
        f"""type = "home.StandardPage"
parent = "{home.key}"
order = 99

[sr-latn]
title = "Pokvarena veza"
slug = "pokvarena-veza"

[[sr-latn.body]]
type = "call_to_action"
value.text = "Tekst"
value.page = "no-such-page"
value.link_text = "Veza"
""",
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match="pages/broken-link.toml: there is no page 'no-such-page'"):
        call_command("load_demo_content", verbosity=0)


@pytest.mark.django_db
def test_editors_may_publish():
    home = data_files.pages()[0]
    assert GroupPagePermission.objects.filter(
        group__name="Editors", page=loaded(home, Page), permission__codename="publish_page"
    ).exists()


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
    assert output.count("TOTP secret") == 4, "every account's authenticator secret, on every run"
    assert TOTPDevice.objects.filter(user__username__in=["admin", "editor"], confirmed=True).count() == 2
    assert django_user_model.objects.filter(username="admin", is_superuser=True).count() == 1
    editor = django_user_model.objects.get(username="editor")
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
