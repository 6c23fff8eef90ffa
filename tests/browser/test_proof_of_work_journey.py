"""Everyone's hourly budget is spent: a phone's browser does the proof of work by itself and the message is stored;
a browser without JavaScript keeps the text and is told to try later or call."""

from urllib.parse import parse_qs

import pytest

from django.test import RequestFactory

from contact import tickets
from contact.models import ContactPage, Ticket
from contact.ratelimits import count_submission

from .conftest import SCREENSHOTS
from .test_contact_journeys import PHONE_WIDTH, choose_topic_and_write, path_of

MESSAGE = "Many of us were brought here for work and now we cannot leave. Please answer."


@pytest.fixture
def budget_spent(settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "global_hour": "1/h"}
    settings.CONTACT_PROOF_OF_WORK_BITS = 10  # a low difficulty: the same script, a test's time
    count_submission(RequestFactory().post("/"))


def open_contact_page(live_site, open_page, javascript):
    url = live_site.url + path_of(ContactPage.objects.get(), "en")
    page = open_page(url, width=PHONE_WIDTH, javascript=javascript)
    assert page.locator("[data-proof-of-work]").count() == 1
    return page


@pytest.mark.usefixtures("budget_spent")
def test_the_browser_proves_its_work_and_the_message_is_stored(live_site, open_page, team_key):
    page = open_contact_page(live_site, open_page, javascript=True)
    assert page.get_by_text("your phone or computer works for a few seconds").is_visible()
    assert not page.get_by_text("Sending needs JavaScript right now").is_visible()
    sent = []
    page.on("request", lambda request: request.method == "POST" and sent.append(parse_qs(request.post_data)))
    choose_topic_and_write(page, "en", MESSAGE)

    page.get_by_role("button", name="Send", exact=True).click()

    page.locator(".receipt__code").wait_for(timeout=30_000)
    assert page.problems == []
    [form] = sent
    nonce, _colon, challenge = form["proof"][0].partition(":")
    assert nonce.isdigit() and challenge
    [first] = tickets.read_as_team(Ticket.objects.get(), {team_key.key_id: team_key.private_key})
    assert first["message"] == MESSAGE
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "proof-of-work-receipt.png", full_page=True)


@pytest.mark.usefixtures("budget_spent")
def test_without_javascript_the_text_stays_and_the_person_is_told_to_wait_or_call(live_site, open_page, team_key):
    page = open_contact_page(live_site, open_page, javascript=False)
    assert page.get_by_text("Sending needs JavaScript right now").is_visible()
    choose_topic_and_write(page, "en", MESSAGE)

    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_load_state()

    assert page.locator("textarea[name=message]").input_value() == MESSAGE
    problem = page.locator(".form-problem[role=alert]")
    assert "try again later, or call the hotline" in problem.inner_text()
    assert problem.locator("a[href^='tel:']").first.is_visible()
    assert Ticket.objects.count() == 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "proof-of-work-without-javascript.png", full_page=True)
