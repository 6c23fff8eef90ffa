"""The person decides: danger, contact and sharing, through the form, the receipt and a follow-up.

Every answer is sealed with the message; only the danger flag and the yes/no of contact are kept in the clear.
"""

import pytest

from django.utils.translation import gettext, override

from wagtail.models import Site

from contact import tickets
from contact.consent import latest
from contact.models import Ticket
from home.models import SiteSettings
from tests.languages import LANGUAGES, html_lang

from .contact_helpers import EVERY_ANSWER, contact_url, receipt_code, reply_check_url, soup, submission
from .test_contact_privacy import database_text

pytestmark = pytest.mark.django_db


def choices_of(ticket, team_key, message_index=0):
    opened = tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})
    return opened[message_index].get("choices")


def receipt_rows(response):
    return {row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in soup(response).select(".choices__row")}


def test_every_answer_is_sealed_and_only_two_flags_are_clear(client, team_key):
    response = client.post(contact_url(), submission(**EVERY_ANSWER))

    assert receipt_code(response)
    ticket = Ticket.objects.get()
    assert (ticket.in_danger, ticket.may_contact) == (True, True)
    assert choices_of(ticket, team_key) == EVERY_ANSWER
    stored = database_text()
    for sealed_word in ("leave_message", "say_who", "organisation", "evening"):
        assert sealed_word not in stored


def test_skipped_questions_take_the_safe_defaults(client, team_key):
    response = client.post(contact_url(), submission())

    ticket = Ticket.objects.get()
    assert (ticket.in_danger, ticket.may_contact) == (None, False)
    assert choices_of(ticket, team_key) == {
        "danger": "unknown",
        "may_contact": "no",
        "times": [],
        "leave_message": "no",
        "say_who": "no",
        "share": "nobody",
    }
    rows = receipt_rows(response)
    assert rows["May we contact you?"] == "No: I will read your answer with my code"
    assert rows["May we share what you wrote?"] == "With nobody"
    assert "If yes: may we leave a message?" not in rows, "no details of a contact that is not allowed"
    assert not soup(response).select(".hotline-callout--danger")


def test_the_form_offers_safe_defaults_and_the_sentence_on_acting_without_consent(client, team_key):
    form = soup(client.get(contact_url())).select_one("form.contact-form")

    assert form.select_one("input[name=may_contact][value=no]").has_attr("checked")
    assert form.select_one("input[name=share][value=nobody]").has_attr("checked")
    assert not form.select("input[name=danger][checked]"), "danger is not answered for the person"
    assert "a child is in danger" in form.select_one(".consent__without").get_text()


def test_an_editor_sets_what_the_hotline_does_without_consent(client, team_key):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.without_consent_en = "We call the police only if a life is threatened."
    site_settings.save()

    form = soup(client.get(contact_url())).select_one("form.contact-form")

    assert form.select_one(".consent__without").get_text() == "We call the police only if a life is threatened."


@pytest.mark.parametrize("language", LANGUAGES)
def test_in_danger_the_receipt_shows_the_emergency_numbers_first(client, team_key, language):
    response = client.post(contact_url(language), submission(danger="yes"))

    html = soup(response)
    assert html.html["lang"] == html_lang(language)
    content = html.select_one("main") or html.body
    first_heading = content.select_one("h1")
    assert first_heading.find_parent("section").select_one(".emergency-numbers a[href='tel:192']")
    assert first_heading.find_next("a", href="tel:112")
    with override(language):
        assert first_heading.get_text(strip=True) == gettext("You said you are in danger. Call now:")
        assert gettext("What you told us you allow") in response.content.decode()
    assert receipt_code(response)


def test_a_follow_up_changes_only_the_answers_it_gives_and_the_latest_stands(client, team_key):
    code = receipt_code(client.post(contact_url(), submission(**EVERY_ANSWER)))

    response = client.post(
        reply_check_url(),
        {
            "code": code,
            "message": "I am safe now, do not call me.",
            "token": submission()["token"],
            "danger": "no",
            "may_contact": "no",
        },
    )

    assert response.status_code == 200
    ticket = Ticket.objects.get()
    assert (ticket.in_danger, ticket.may_contact) == (False, False)
    assert choices_of(ticket, team_key, 1) == {"danger": "no", "may_contact": "no"}
    thread = tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})
    assert latest(message.get("choices", {}) for message in thread)["share"] == "organisation"


def test_in_arabic_the_hours_of_a_time_window_read_left_to_right(client, team_key):
    arabic = soup(client.get(contact_url("ar"))).select_one("label[for=id_times_0]").get_text(strip=True)
    english = soup(client.get(contact_url("en"))).select_one("label[for=id_times_0]").get_text(strip=True)

    assert "\u206608:00-12:00\u2069" in arabic, "isolated, or Arabic words before them reverse the range"
    assert english == "Morning, 08:00-12:00"
