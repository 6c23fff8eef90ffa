"""The admin in Serbian is Serbian throughout: Wagtail ships no Serbian, so the project's own catalogues
(locale-wagtail/) carry Wagtail's strings an editor meets, in Latin and, generated from it, in Cyrillic."""

import ast
import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from resources.models import ResourceIndexPage, ResourcePage

from .staff_helpers import sign_in_verified

CATALOGUES = Path(settings.BASE_DIR) / "locale-wagtail"
LATIN = CATALOGUES / "sr_Latn" / "LC_MESSAGES"
CYRILLIC = CATALOGUES / "sr" / "LC_MESSAGES"
PO_FILES = sorted(CATALOGUES.glob("*/LC_MESSAGES/*.po"))


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("serbian-editor", password="serbian-editor-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def admin_in(client, editor, language):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    return sign_in_verified(client, editor)


def visible(response):
    """The page's text and attributes as the editor meets them, without scripts' JSON and style."""
    assert response.status_code == 200
    html = response.content.decode()
    return re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.DOTALL)


def screens():
    article = ResourcePage.objects.order_by("path").first()
    listing = ResourceIndexPage.objects.order_by("path").first()
    return {
        "dashboard": "/admin/",
        "listing": f"/admin/pages/{listing.id}/",
        "editor": f"/admin/pages/{article.id}/edit/",
    }


# What an editor sees on each screen: (Serbian Latin, Serbian Cyrillic, the English it replaces).
EXPECTED = {
    "dashboard": [
        ("Pregled sajta", "Преглед сајта", "Site summary"),
        ("Prečice na tastaturi", "Пречице на тастатури", "Keyboard shortcuts"),
    ],
    "listing": [
        ("Grupne radnje", "Групне радње", "Bulk actions"),
        ("Filtriraj po", "Филтрирај по", "Filter by"),
        ("Povuci iz objave", "Повуци из објаве", ">Unpublish<"),
    ],
    "editor": [
        ("Sačuvaj nacrt", "Сачувај нацрт", "Save draft"),
        ("Objavi", "Објави", ">Publish<"),
        ("Sadržaj", "Садржај", ">Content<"),
        ("Promocija", "Промоција", ">Promote<"),
        ("Podešavanja", "Подешавања", ">Settings<"),
        ("Istorija", "Историја", ">History<"),
        ("Pregled", "Преглед", "Toggle preview"),
        ("Zadaj raspored objavljivanja", "Задај распоред објављивања", "Set publishing schedule"),
    ],
}


@pytest.mark.django_db
@pytest.mark.parametrize("screen", sorted(EXPECTED))
@pytest.mark.parametrize(("language", "script"), [("sr-latn", 0), ("sr", 1)])
def test_the_admin_speaks_serbian_on_the_screens_an_editor_uses(client, editor, screen, language, script):
    html = visible(admin_in(client, editor, language).get(screens()[screen]))
    for expected in EXPECTED[screen]:
        assert expected[script] in html, (screen, language, expected[script])
        assert expected[2] not in html, (screen, language, expected[2])


# The sidebar menu, which the admin's script draws from JSON: (Serbian Latin, Serbian Cyrillic, English).
SIDEBAR = [
    ("Stranice", "Странице", "Pages"),
    ("Slike", "Слике", "Images"),
    ("Dokumenti", "Документи", "Documents"),
    ("Izveštaji", "Извештаји", "Reports"),
    ("Pomoć", "Помоћ", "Help"),
    ("Nalog", "Налог", "Account"),
    ("Odjavi se", "Одјави се", "Log out"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "script"), [("sr-latn", 0), ("sr", 1)])
def test_the_sidebar_menu_is_serbian(client, editor, language, script):
    html = admin_in(client, editor, language).get("/admin/").content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.DOTALL)
    labels = set(re.findall(r'"label": "((?:[^"\\]|\\.)*)"', props.group(1)))
    labels = {json.loads(f'"{label}"') for label in labels}
    for expected in SIDEBAR:
        assert expected[script] in labels, (language, expected[script], labels)
        assert expected[2] not in labels


@pytest.mark.django_db
def test_the_admin_in_english_is_still_english(client, editor):
    html = visible(admin_in(client, editor, "en").get(screens()["editor"]))
    assert "Save draft" in html
    assert "Sačuvaj nacrt" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "expected"), [("sr-latn", "Udvostruči"), ("sr", "Удвостручи")])
def test_the_admin_scripts_get_their_strings_in_the_editors_language(client, editor, language, expected):
    """StreamField's buttons and the other strings of Wagtail's scripts come from the djangojs catalogue."""
    catalogue = script_catalogue(admin_in(client, editor, language))
    assert catalogue["Duplicate"] == expected
    assert catalogue["Save"] in {"Sačuvaj", "Сачувај"}


@pytest.mark.django_db
def test_the_admin_scripts_in_english_have_no_serbian(client, editor):
    catalogue = script_catalogue(admin_in(client, editor, "en"))
    assert not any("Udvostru" in str(value) for value in catalogue.values())


def script_catalogue(client):
    """The strings Django's JavaScript catalogue gives Wagtail's admin scripts ({} when it has none)."""
    response = client.get("/admin/jsi18n/")
    assert response.status_code == 200
    found = re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.DOTALL)
    return json.loads(found.group(1)) if found else {}


@pytest.mark.django_db
def test_every_editor_may_choose_any_of_the_sites_languages_for_the_admin(client, editor):
    html = admin_in(client, editor, "sr-latn").get("/admin/account/").content.decode()
    select = re.search(r'<select name="locale-preferred_language".*?</select>', html, re.DOTALL)
    assert select, "the account page offers no admin language"
    offered = set(re.findall(r'<option value="([^"]*)"', select.group(0)))
    assert offered == {"", *(code for code, _name in settings.LANGUAGES)}
    assert "Željeni jezik" in html


@pytest.mark.django_db
def test_an_editor_who_chooses_arabic_gets_a_right_to_left_admin(client, editor):
    html = admin_in(client, editor, "ar").get("/admin/").content.decode()
    assert re.search(r'<html[^>]*\bdir="rtl"', html)


# The catalogues themselves.


def read_po(path):
    """Entries of a .po file as dicts: msgid, msgid_plural (or None), msgstr (a list), flags."""
    entries, entry, key = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if entry and "msgid" in entry:
                entries.append(entry)
            entry, key = None, None
            continue
        entry = entry or {"flags": [], "msgid_plural": None, "msgstr": []}
        if line.startswith("#,"):
            entry["flags"] += [flag.strip() for flag in line[2:].split(",")]
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if key == "msgstr":
                entry["msgstr"][-1] += value
            else:
                entry[key] += value
        else:
            key, _space, value = line.partition(" ")
            if key.startswith("msgstr"):
                entry["msgstr"].append(ast.literal_eval(value))
                key = "msgstr"
            else:
                entry[key] = ast.literal_eval(value)
    return entries


PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


@pytest.mark.parametrize("path", PO_FILES, ids=lambda path: str(path.relative_to(CATALOGUES)))
def test_every_translation_keeps_the_placeholders_of_its_msgid(path):
    entries = [entry for entry in read_po(path) if entry["msgid"]]
    assert len(entries) > 50
    for entry in entries:
        assert all(entry["msgstr"]), f"untranslated: {entry['msgid']!r}"
        wanted = sorted(PLACEHOLDER.findall(entry["msgid_plural"] or entry["msgid"]))
        for msgstr in entry["msgstr"]:
            assert sorted(PLACEHOLDER.findall(msgstr)) == wanted or (
                # A singular msgid may say "1" or "one" where the plural forms carry the count.
                entry["msgid_plural"] and set(PLACEHOLDER.findall(msgstr)) <= set(wanted)
            ), (entry["msgid"], msgstr)
        if entry["msgid_plural"]:
            assert len(entry["msgstr"]) == 3, entry["msgid"]  # Serbian has three plural forms


def test_the_cyrillic_catalogues_are_generated_from_the_latin_ones():
    spec = importlib.util.spec_from_file_location("make_cyrillic", CATALOGUES / "make_cyrillic.py")
    make_cyrillic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_cyrillic)
    for latin in sorted(LATIN.glob("*.po")):
        generated = make_cyrillic.cyrillic_catalogue(latin.read_text(encoding="utf-8"), latin.name)
        assert (CYRILLIC / latin.name).read_text(encoding="utf-8") == generated, (
            f"run .venv/bin/python locale-wagtail/make_cyrillic.py ({latin.name})"
        )
    assert make_cyrillic.to_cyrillic("Stranica „%(page_title)s“ je objavljena.") == (
        "Страница „%(page_title)s“ је објављена."
    )


def test_the_catalogues_keep_djangos_own_serbian():
    """Wagtail repeats a few of Django's msgids ("This field is required."); Django's Serbian for them stays,
    on the public site's forms too, because this catalogue does not carry them."""
    ours = {entry["msgid"] for entry in read_po(LATIN / "django.po")}
    assert "This field is required." not in ours
    assert "Password" not in ours


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize("path", PO_FILES, ids=lambda path: str(path.relative_to(CATALOGUES)))
def test_msgfmt_checks_the_catalogues(path):
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
