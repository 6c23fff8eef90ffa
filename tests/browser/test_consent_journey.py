"""A person in danger answers the three questions on a small phone with JavaScript off, sees the emergency
numbers first, then changes an answer with their code."""

from contact import tickets
from contact.models import ContactPage, ReplyCheckPage, Ticket

from .test_contact_journeys import PHONE_WIDTH, assert_fits_a_small_phone, heading, path_of

MESSAGE = "He took my passport and I am locked in the flat. Please help."


def test_the_choices_travel_from_the_form_to_the_receipt_and_change_with_the_code(live_site, open_page, team_key):
    page = open_page(live_site.url + path_of(ContactPage.objects.get(), "en"), width=PHONE_WIDTH, javascript=False)
    page.get_by_label("Yes, I am in danger now").check()
    page.locator("label:has(input[name=topic][value=help_now])").click()
    page.locator("textarea[name=message]").fill(MESSAGE)
    page.locator("label:has(input[name=may_contact][value=yes])").click()
    page.get_by_label("Evening, 17:00-21:00").check()
    page.get_by_label("With another organisation that helps, without my name").check()
    assert_fits_a_small_phone(page, "form")

    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_load_state()

    assert heading(page) == "You said you are in danger. Call now:"
    assert page.locator("main a[href^='tel:']").first.get_attribute("href") == "tel:192"
    assert page.locator(".choices").inner_text().count("Evening, 17:00-21:00") == 1
    assert_fits_a_small_phone(page, "receipt")
    code = page.locator(".receipt__code").inner_text().strip()
    ticket = Ticket.objects.get()
    assert (ticket.in_danger, ticket.may_contact) == (True, True)

    page.goto(live_site.url + path_of(ReplyCheckPage.objects.get(), "en"))
    page.locator("input[name=code]").fill(code)
    page.get_by_role("button", name="Show replies").click()
    page.wait_for_load_state()
    page.locator("textarea[name=message]").fill("I got out. Please do not call me any more.")
    page.locator("details.consent-change summary").click()
    page.locator("label:has(input[name=may_contact][value=no])").click()
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_load_state()

    ticket.refresh_from_db()
    assert ticket.may_contact is False and ticket.in_danger is True, "only what was answered changed"
    thread = tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})
    assert thread[-1]["choices"] == {"may_contact": "no"}
