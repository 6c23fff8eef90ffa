"""The inbox as a consultant uses it. The ticket page: the person's choices first, a warning before answering
someone who said "do not contact", separate reply and note buttons that never lose what another box holds, the
short reference in the heading, line breaks kept, the language's name, assigning opens a new ticket. The
listing's order, badges and filters; the statistics and their charts; the second-factor page's field and words."""

from datetime import timedelta
from pathlib import Path

import pytest

from django.contrib.staticfiles import finders
from django.utils import timezone

from contact.models import Ticket

from .contact_helpers import contact_url, soup, submission
from .inbox_helpers import make_consultant, unlock
from .staff_helpers import VERIFY_PATH

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultant(django_user_model, team_key):
    return make_consultant(django_user_model, "consultant-t", team_key)


def send(client, language="en", **answers):
    before = list(Ticket.objects.values_list("pk", flat=True))
    client.post(contact_url(language), submission(**answers))
    client.logout()
    return Ticket.objects.exclude(pk__in=before).get()


def ticket_page(client, ticket):
    return client.get(f"/admin/inbox/ticket/{ticket.pk}/")


def test_the_choices_come_first_and_a_reply_warns_when_contact_is_refused(client, consultant, team_key):
    ticket = send(client, share="police", danger="yes")
    unlock(client, consultant)

    html = soup(ticket_page(client, ticket))

    choices = html.select_one(".hotline-choices")
    assert choices.find_next("h2", string="Conversation"), "the choices stand above the conversation"
    rows = {row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in choices.select(".choices__row")}
    assert rows["May we share what you wrote?"] == "With the police"
    assert rows["Are you in danger right now?"] == "Yes, I am in danger now"
    assert "do not contact them" in html.select_one(".help-warning").get_text()
    assert html.select_one(".hotline-badge--danger").get_text(strip=True) == "In danger now"
    assert f"Ticket {ticket.reference}" in html.select_one("h1").get_text()


def test_a_person_who_allows_contact_brings_no_warning_and_shows_the_time_windows(client, consultant, team_key):
    ticket = send(client, may_contact="yes", times=["morning"], leave_message="yes")
    unlock(client, consultant)

    html = soup(ticket_page(client, ticket))

    rows = {row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in html.select(".choices__row")}
    assert rows["If yes: when is it safe?"] == "Morning, 08:00-12:00"
    assert rows["If yes: may we leave a message?"] == "Yes"
    assert not html.find(string=lambda text: text and "do not contact them" in text)


def test_a_note_keeps_the_unsent_reply_and_a_triage_keeps_both(client, consultant, team_key):
    ticket = send(client)
    unlock(client, consultant)
    url = f"/admin/inbox/ticket/{ticket.pk}"
    triage = {"status": "new", "urgency": "high", "assignee": ""}

    noted = client.post(
        f"{url}/message/", {**triage, "kind": "note", "note-text": "Labour case.", "reply-text": "Dear friend,\nwe"}
    )

    assert noted.status_code == 200
    html = soup(noted)
    assert html.select_one("textarea[name=reply-text]").get_text() == "Dear friend,\nwe"
    assert html.select_one("textarea[name=note-text]").get_text() == ""
    assert "Nothing you typed is lost" in noted.content.decode()
    assert ticket.messages.filter(author="note").count() == 1
    assert not ticket.messages.filter(author="hotline").exists(), "the reply was not sent"

    saved = client.post(f"{url}/triage/", {**triage, "reply-text": "Dear friend,\nwe", "note-text": "Also"})

    html = soup(saved)
    assert html.select_one("textarea[name=reply-text]").get_text() == "Dear friend,\nwe"
    assert html.select_one("textarea[name=note-text]").get_text() == "Also"
    assert Ticket.objects.get(pk=ticket.pk).urgency == "high"


def test_each_button_sends_its_own_kind_and_lines_stay_apart(client, consultant, team_key):
    ticket = send(client)
    unlock(client, consultant)
    url = f"/admin/inbox/ticket/{ticket.pk}"

    sent = client.post(f"{url}/message/", {"kind": "reply", "reply-text": "First line\nSecond line", "note-text": ""})

    assert sent.status_code == 302
    assert ticket.messages.filter(author="hotline").count() == 1
    html = soup(ticket_page(client, ticket))
    reply = html.select(".hotline-thread__message--hotline .hotline-thread__text")[0]
    assert reply.get_text() == "First line\nSecond line"
    stylesheet = finders.find(html.select_one("link[href$='contact/inbox.css']")["href"].removeprefix("/static/"))
    assert ".hotline-thread__text { white-space: pre-wrap; }" in Path(stylesheet).read_text()


def test_reply_note_and_triage_are_each_a_form_of_their_own(client, consultant, team_key):
    ticket = send(client)
    unlock(client, consultant)

    html = soup(ticket_page(client, ticket))

    url = f"/admin/inbox/ticket/{ticket.pk}"
    forms = {
        form["id"]: (
            form["action"],
            [(field["name"], field.get("value")) for field in form.select("input[type=hidden][name=kind]")],
            [box["name"] for box in form.select("textarea")],
            [button.get_text(strip=True) for button in form.select("button")],
        )
        for form in html.select("form[data-ticket-form]")
    }
    assert forms == {
        "reply-form": (f"{url}/message/", [("kind", "reply")], ["reply-text"], ["Send reply"]),
        "note-form": (f"{url}/message/", [("kind", "note")], ["note-text"], ["Add internal note"]),
        "triage-form": (f"{url}/triage/", [], [], ["Save triage"]),
    }
    assert not html.select("[formaction]"), "no button sends another form's fields"
    assert html.select_one("script[src$='contact/ticket-drafts.js']")


def test_a_reply_is_never_sent_as_a_note_nor_a_note_as_a_reply(client, consultant, team_key):
    ticket = send(client)
    unlock(client, consultant)
    url = f"/admin/inbox/ticket/{ticket.pk}"

    # The note form sent empty, with the reply's text carried along: nothing is added, the reply stays in its box.
    refused = client.post(f"{url}/message/", {"kind": "note", "note-text": "", "reply-text": "Dear friend"})
    html = soup(refused)
    assert not ticket.messages.exclude(author="person").exists()
    assert html.select_one("textarea[name=reply-text]").get_text() == "Dear friend"
    assert html.select_one("#note-form .error-message")
    assert not html.select_one("#reply-form .error-message")

    client.post(f"{url}/message/", {"kind": "reply", "reply-text": "To the person", "note-text": "For the team"})
    client.post(f"{url}/message/", {"kind": "note", "note-text": "For the team", "reply-text": ""})

    thread = soup(ticket_page(client, ticket))
    texts = {
        kind: [text.get_text() for text in thread.select(f".hotline-thread__message--{kind} .hotline-thread__text")]
        for kind in ("hotline", "note")
    }
    assert texts == {"hotline": ["To the person"], "note": ["For the team"]}


def test_an_unknown_kind_adds_nothing_and_keeps_both_boxes(client, consultant, team_key):
    ticket = send(client)
    unlock(client, consultant)

    kept = client.post(
        f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "triage", "reply-text": "Dear", "note-text": "Case"}
    )

    assert kept.status_code == 200
    html = soup(kept)
    assert html.select_one("textarea[name=reply-text]").get_text() == "Dear"
    assert html.select_one("textarea[name=note-text]").get_text() == "Case"
    assert not ticket.messages.exclude(author="person").exists()


def test_a_triage_that_fails_keeps_the_boxes_and_changes_nothing(client, consultant, team_key):
    ticket = send(client)
    unlock(client, consultant)

    refused = client.post(
        f"/admin/inbox/ticket/{ticket.pk}/triage/", {"status": "closed-forever", "urgency": "high", "reply-text": "Hi"}
    )

    html = soup(refused)
    assert html.select_one("textarea[name=reply-text]").get_text() == "Hi"
    assert "Nothing you typed is lost" in refused.content.decode()
    assert Ticket.objects.get(pk=ticket.pk).urgency == ticket.urgency


def test_assigning_a_new_ticket_opens_it(client, consultant, team_key):
    ticket = send(client)
    unlock(client, consultant)

    client.post(
        f"/admin/inbox/ticket/{ticket.pk}/triage/", {"status": "new", "urgency": "normal", "assignee": consultant.pk}
    )

    assert Ticket.objects.get(pk=ticket.pk).status == Ticket.Status.OPEN


@pytest.mark.parametrize(("language", "name"), [("uk", "Ukrainian"), ("ar", "Arabic"), ("sr-latn", "Serbian Latin")])
def test_the_language_is_that_of_the_page_written_from(client, consultant, team_key, language, name):
    ticket = send(client, language)
    unlock(client, consultant)

    assert ticket.language == language
    assert f"Language: {name}" in soup(ticket_page(client, ticket)).get_text(" ", strip=True)


def listed_references(client, query=""):
    html = soup(client.get(f"/admin/inbox/{query}"))
    return [link.get_text(strip=True) for link in html.select("table.listing tbody td.title a")]


def test_the_listing_puts_danger_first_then_urgency_by_rank_then_newest_and_filters(client, consultant, team_key):
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    made = {}
    for name, urgency, hours_ago, danger in [
        ("low-new", "low", 0, "no"),
        ("normal-old", "normal", 5, "no"),
        ("normal-new", "normal", 1, "no"),
        ("immediate", "immediate", 9, "no"),
        ("danger-low", "low", 30, "yes"),
    ]:
        ticket = send(client, danger=danger, may_contact="yes" if name == "immediate" else "no")
        Ticket.objects.filter(pk=ticket.pk).update(urgency=urgency, created_hour=now - timedelta(hours=hours_ago))
        made[name] = ticket.reference
    unlock(client, consultant)

    order = ["danger-low", "immediate", "normal-new", "normal-old", "low-new"]
    assert listed_references(client) == [made[name] for name in order]
    assert listed_references(client, "?ordering=created_hour")[:2] == [made["danger-low"], made["immediate"]]
    assert listed_references(client, "?ordering=-urgency_rank")[-1] == made["immediate"]
    assert listed_references(client, "?in_danger=true") == [made["danger-low"]]
    assert listed_references(client, "?may_contact=true") == [made["immediate"]]

    page = soup(client.get("/admin/inbox/"))
    assert page.select_one(".hotline-badge--urgency-immediate").get_text(strip=True) == "Immediate danger"
    start = timezone.localtime(now)
    assert f"today, {start:%H}:00-" in page.get_text()


def test_statistics_count_each_answer_and_draw_bars_without_script(client, consultant, team_key):
    send(client, danger="yes", share="police")
    send(client, may_contact="yes", share="police", times=["evening"])
    send(client)
    unlock(client, consultant)

    response = client.get("/admin/inbox/statistics/")

    html = soup(response)
    rows = {
        (cells[0], cells[1]): int(cells[2])
        for cells in (
            [cell.get_text(strip=True) for cell in row.select("td")] for row in html.select("table.listing tbody tr")
        )
    }
    assert rows[("in_danger", "yes")] == 1 and rows[("in_danger", "not said")] == 2
    assert rows[("may_contact", "yes")] == 1 and rows[("may_contact", "no")] == 2
    assert rows[("share", "police")] == 2 and rows[("share", "nobody")] == 1
    assert rows[("contact_time", "evening")] == 1
    charts = {svg.find_previous("h2").get_text(strip=True): svg for svg in html.select("svg.hotline-chart")}
    assert {"Requests per week", "Topics", "Languages", "In danger now", "May contact"} <= set(charts)
    assert len(charts["May contact"].select("rect")) == 2
    csv = client.get("/admin/inbox/statistics.csv").content.decode()
    assert "share,police,2" in csv and "in_danger,yes,1" in csv


def test_the_second_factor_page_asks_for_a_code_in_a_visible_focused_field(client, consultant):
    client.force_login(consultant)

    refused = client.post(VERIFY_PATH, {"otp_token": ""})

    html = soup(refused)
    field = html.select_one("input[name=otp_token]")
    assert field.has_attr("autofocus")
    assert html.select_one("label[for=id_otp_token]").get_text(strip=True).startswith("Code from your authenticator")
    assert "Type the code from your authenticator app." in html.get_text()
    assert "token" not in html.select_one("main").get_text().lower()
    link = html.select_one("link[href$='staff/second-factor.css']")
    stylesheet = finders.find(link["href"].removeprefix("/static/"))
    assert 'input[name="otp_token"]' in Path(stylesheet).read_text()


def test_drafts_carried_along_come_back_but_are_never_stored(client, consultant, team_key, caplog):
    from .test_contact_privacy import cache_text, database_text

    ticket = send(client)
    unlock(client, consultant)
    caplog.set_level("DEBUG")

    client.post(
        f"/admin/inbox/ticket/{ticket.pk}/triage/",
        {"status": "open", "urgency": "high", "reply-text": "draft-reply-5150", "note-text": "draft-note-5151"},
    )
    client.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "reply", "note-text": "draft-note-5151"})

    stored = f"{database_text()}\n{cache_text()}\n{caplog.text}"
    assert "draft-reply-5150" not in stored and "draft-note-5151" not in stored
