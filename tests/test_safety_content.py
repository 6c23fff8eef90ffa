"""What a person in danger finds on every page: the emergency numbers, the hotline's numbers with who can call
them at what cost, its opening hours in their language and what to do when it is closed; no promise of a call
back "when it is safe"; and the admin report of every fact still to be confirmed, which readers never see."""

import datetime
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group

from contact.models import ContactPage
from home.models import OpeningPeriod, SiteSettings, StandardPage, StatementToConfirm

from .conftest import LANGUAGES, first_page_not_translated_into, one_page_of_each_type, page_url
from .staff_helpers import english_editor, in_english, sign_in_verified

ROOT = Path(__file__).resolve().parent.parent
EMERGENCY_TARGETS = {"tel:192", "tel:194", "tel:193", "tel:112"}
REPORT_URL = "/admin/reports/to-confirm/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def tel_targets(element):
    return {link["href"] for link in element.select("a[href^='tel:']")}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_gives_the_emergency_numbers_as_tap_to_call_links(client, language):
    for model_name, page in one_page_of_each_type().items():
        html = soup(client.get(page_url(page, language)))
        assert EMERGENCY_TARGETS <= tel_targets(html), f"{model_name} in {language}"
        abroad = html.select_one(".emergency-numbers__abroad")
        assert abroad.select_one("a[href='tel:112']") is not None, f"{model_name} in {language}"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_pages_danger_box_lists_the_emergency_services_before_the_hotline(client, language):
    html = soup(client.get(page_url(ContactPage.objects.get(), language)))

    danger_box = html.select_one("main aside.hotline-callout")
    assert EMERGENCY_TARGETS <= tel_targets(danger_box)
    links = [link["href"] for link in danger_box.select("a[href^='tel:']")]
    assert links.index("tel:192") < links.index("tel:+381111112222")
    assert "tel:0800333444" in links
    # Listed once in the box: the hotline's part does not repeat the services.
    assert links.count("tel:192") == 1


@pytest.mark.django_db
def test_each_number_says_from_where_it_is_free(client):
    html = soup(client.get("/en/"))

    footer = html.select_one("footer")
    items = {
        item.select_one("a")["href"]: item.get_text(" ", strip=True) for item in footer.select(".hotline-numbers li")
    }
    assert "Free of charge, from landlines in Serbia only" in items["tel:0800333444"]
    assert "From any phone, also from abroad, at your usual rate" in items["tel:+381111112222"]
    assert "Free" not in items["tel:+381111112222"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "weekdays", "saturday"),
    [
        ("sr-latn", "Ponedeljak–petak", "Subota"),
        ("sr", "Понедељак–петак", "Субота"),
        ("en", "Monday–Friday", "Saturday"),
        ("uk", "Понеділок–П'ятниця", "Субота"),
        ("ar", "الاثنين–الجمعة", "السبت"),
    ],
)
def test_opening_hours_name_the_days_in_the_readers_language(client, language, weekdays, saturday):
    html = soup(client.get(f"/{language}/"))

    periods = [period.get_text("", strip=True) for period in html.select("footer .hotline-hours__period")]
    comma = "،" if language == "ar" else ","
    assert periods == [f"{weekdays}{comma}09:00–17:00", f"{saturday}{comma}10:00–13:30"]
    times = [time["datetime"] for time in html.select("footer .hotline-hours time")]
    assert times == ["09:00", "17:00", "10:00", "13:30"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "guidance"),
    [
        ("sr-latn", "Van radnog vremena ostavite poruku."),
        ("sr", "Ван радног времена оставите поруку."),
        ("en", "When we are closed, leave a message."),
        ("uk", "Коли ми зачинені, залиште повідомлення."),
        ("ar", "عندما نكون مغلقين، اترك رسالة."),
    ],
)
def test_what_to_do_outside_opening_hours_is_in_the_readers_language(client, language, guidance):
    html = soup(client.get(f"/{language}/"))

    assert html.select_one("footer .hotline-outside-hours").get_text(strip=True) == guidance


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "told"), [("sr-latn", False), ("sr", False), ("en", True), ("uk", True), ("ar", True)]
)
def test_readers_who_may_not_speak_serbian_are_told_an_interpreter_is_arranged(client, language, told):
    html = soup(client.get(f"/{language}/"))

    sentence = html.select_one("footer .hotline-languages")
    assert (sentence is not None) == told
    if told:
        assert sentence.get_text(strip=True)


@pytest.mark.django_db
def test_the_hotline_block_speaks_the_interface_language_inside_a_fallback_page(client):
    """An English page shown to an Arabic reader: the block's own text is English, its numbers part Arabic."""
    page = first_page_not_translated_into("ar", StandardPage)
    html = soup(client.get(page_url(page, "ar")))

    block = html.select_one("main aside.hotline-callout")
    numbers_part = block.select_one("div[lang]")
    assert numbers_part["lang"] == "ar"
    assert numbers_part["dir"] == "rtl"
    assert numbers_part.select_one(".hotline-languages") is not None


# The promise of a call "when it is safe", which the hotline cannot know, in each language it was written in.
UNSAFE_PROMISES = [
    re.compile(r"call (you )?back when it is safe", re.IGNORECASE),
    re.compile(r"pozva\w* vas\s+kada (bude|je)\s+bezbedno", re.IGNORECASE),
    re.compile(r"передзвон\w*.{0,20}коли це\s+(буде\s+)?безпечно", re.IGNORECASE),
    re.compile(r"نعاود\s+الاتصال\s+بك\s+عندما\s+يكون\s+ذلك\s+(\\\s*)?آمن"),
]


def written_texts():
    demo = sorted((ROOT / "demo" / "content").rglob("*.toml"))
    catalogs = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))
    return [(path, path.read_text(encoding="utf-8").replace("\\\n", "")) for path in [*demo, *catalogs]]


def test_no_demo_text_or_catalog_promises_a_call_back_when_it_is_safe():
    texts = written_texts()
    assert any(path.suffix == ".po" for path, _text in texts)
    offending = [
        f"{path.relative_to(ROOT)}: {match.group()}"
        for path, text in texts
        for pattern in UNSAFE_PROMISES
        for match in pattern.finditer(text)
    ]
    assert offending == []


@pytest.fixture
def editor(django_user_model):
    return english_editor(django_user_model, "editor-confirm")


@pytest.fixture
def statements():
    page = StandardPage.objects.order_by("path").first()
    page.statements_to_confirm = [
        StatementToConfirm(statement="Police: 192", note="The ministry's list of emergency numbers"),
        StatementToConfirm(statement="Legal aid is free in cases we take on", to_confirm=False),
    ]
    page.save()
    return page


@pytest.mark.django_db
def test_the_report_lists_each_statement_still_to_confirm_with_a_link_to_edit_it(client, editor, statements):
    response = sign_in_verified(client, editor).get(REPORT_URL)

    html = soup(response)
    rows = [row.get_text(" ", strip=True) for row in html.select("table tbody tr")]
    assert any("Police: 192" in row and "The ministry's list of emergency numbers" in row for row in rows)
    assert not any("Legal aid is free" in row for row in rows)
    assert html.select_one(f"table a[href='/admin/pages/{statements.pk}/edit/']") is not None


@pytest.mark.django_db
def test_the_report_lists_site_settings_still_to_confirm_to_those_who_may_edit_them(client, admin_user):
    site_settings = SiteSettings.objects.get()
    site_settings.phones_to_confirm, site_settings.hours_to_confirm = True, False
    site_settings.emergency_numbers_to_confirm = True
    site_settings.emergency_numbers_confirmation_note = "Check 192, 193, 194 and 112 on the ministry's site"
    site_settings.save()

    html = soup(sign_in_verified(client, in_english(admin_user)).get(REPORT_URL))

    text = html.select_one("table").get_text(" ", strip=True)
    assert "Hotline numbers, and who can call each at what cost" in text
    assert "Check 192, 193, 194 and 112 on the ministry's site" in text
    assert "Opening hours" not in text
    assert html.select_one(f"table a[href='/admin/settings/home/sitesettings/{site_settings.site_id}/']") is not None


@pytest.mark.django_db
def test_the_report_shows_editors_no_settings_they_cannot_edit(client, editor):
    html = soup(sign_in_verified(client, editor).get(REPORT_URL))

    assert html.select_one("h1").get_text(strip=True) == "To confirm"
    assert "Hotline numbers, and who can call each at what cost" not in html.get_text()


@pytest.mark.django_db
def test_the_report_is_in_the_reports_menu_of_editors_only(client, editor, django_user_model):
    editor_client = sign_in_verified(client, editor)
    assert REPORT_URL in editor_client.get("/admin/").content.decode()

    nobody = django_user_model.objects.create_user("no-pages", password="no-pages-password")
    nobody.user_permissions.add(*Group.objects.get(name="Editors").permissions.filter(codename="access_admin"))
    response = sign_in_verified(client, nobody).get(REPORT_URL)
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's answer to a refused admin page
    assert REPORT_URL not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_readers_never_see_what_is_still_to_confirm(client, statements):
    for language in LANGUAGES:
        text = client.get(page_url(statements, language)).content.decode()
        assert "Police: 192" not in text
        assert "ministry's list" not in text


@pytest.mark.django_db
def test_a_single_day_of_opening_is_named_once(client):
    site_settings = SiteSettings.objects.get()
    site_settings.opening_periods = [
        OpeningPeriod(first_day=2, last_day=2, opens=datetime.time(8), closes=datetime.time(20))
    ]
    site_settings.save()

    html = soup(client.get("/en/"))

    assert [p.get_text("", strip=True) for p in html.select("footer .hotline-hours__period")] == [
        "Wednesday,08:00–20:00"
    ]


def settings_form_data(form, periods):
    """What the site settings form sends back unchanged, with `periods` as its only opening hours."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    data.update(
        {
            "opening_periods-TOTAL_FORMS": str(len(periods)),
            "opening_periods-INITIAL_FORMS": "0",
            "opening_periods-MIN_NUM_FORMS": "0",
            "opening_periods-MAX_NUM_FORMS": "1000",
        }
    )
    for index, period in enumerate(periods):
        data.update({f"opening_periods-{index}-{name}": value for name, value in period.items()})
        data[f"opening_periods-{index}-ORDER"] = str(index + 1)
    return data


@pytest.mark.django_db
def test_an_administrator_sets_the_opening_hours_as_days_and_times(client, admin_user):
    site_settings = SiteSettings.objects.get()
    site_settings.opening_periods = []
    site_settings.save()
    url = f"/admin/settings/home/sitesettings/{site_settings.site_id}/"
    admin_client = sign_in_verified(client, admin_user)
    form = admin_client.get(url).context["form"]

    period = {"first_day": "1", "last_day": "3", "opens": "11:00", "closes": "19:30"}
    response = admin_client.post(url, settings_form_data(form, [period]))

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    html = soup(client.get("/en/"))
    periods = [period.get_text("", strip=True) for period in html.select("footer .hotline-hours__period")]
    assert periods == ["Tuesday–Thursday,11:00–19:30"]
