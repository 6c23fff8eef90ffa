"""A person writes to the hotline from a small phone, keeps the receipt code, comes back, reads the reply and
writes again: with and without JavaScript, in English, Serbian Cyrillic and Arabic."""

import pytest

from django.utils.translation import override

from contact import crypto, tickets
from contact.models import ContactPage, ReplyCheckPage, Ticket
from tests.contact_helpers import write_as_team
from tests.languages import html_lang

from .conftest import SCREENSHOTS

PHONE_WIDTH = 360
FIRST_MESSAGE = "A man offered me work in a hotel abroad. He wants my passport before I travel. Is this safe?"
REPLY = "We read your message"
FOLLOW_UP = "Thank you. I still have my passport. Can I call you tomorrow morning?"

# English is checked word for word; the other languages by the page's lang and direction.


def path_of(page, language):
    with override(language):
        return page.get_url()


def assert_fits_a_small_phone(page, step):
    assert page.problems == [], (step, page.problems)
    # Nothing wider than the phone: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH, step


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def press_send(page, language):
    if language == "en":
        page.get_by_role("button", name="Send", exact=True).click()
    else:
        page.locator("form.contact-form button[type=submit]").click()
    page.wait_for_load_state()


def choose_topic_and_write(page, language, message):
    """Choose a topic by clicking its label, as a person does, and write the message."""
    if language == "en":
        page.get_by_text("Checking a job offer or an agency", exact=True).click()
    else:
        page.locator("label:has(input[name=topic][value=job_offer])").click()
    assert page.locator("input[name=topic][value=job_offer]").is_checked()
    page.locator("textarea[name=message]").fill(message)


def heading(page):
    return page.locator("h1").inner_text().strip()


# --- a real browser's form post passes the CSRF check (Origin and referrer policy) --------------------


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_message_sent_from_a_browser_is_accepted(live_site, open_page, team_key, javascript):
    page = open_page(
        live_site.url + path_of(ContactPage.objects.get(), "en"), width=PHONE_WIDTH, javascript=javascript
    )
    origins = []
    page.on("request", lambda request: request.method == "POST" and origins.append(request.headers.get("origin")))
    choose_topic_and_write(page, "en", FIRST_MESSAGE)

    press_send(page, "en")

    # Not the friendly CSRF page ("Please send again"): a resend from there brings back only the message.
    assert heading(page) == "Your message was sent", f"Origin headers sent: {origins}"
    assert page.locator(".receipt__code").count() == 1
    assert Ticket.objects.count() == 1


# --- the whole journey ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "javascript"),
    [
        pytest.param("en", True, id="en-javascript"),
        pytest.param("en", False, id="en-no-javascript"),
        pytest.param("sr", True, id="sr-javascript"),
        pytest.param("ar", True, id="ar-javascript"),
    ],
)
def test_write_keep_the_code_read_the_reply_and_write_again(live_site, open_page, team_key, language, javascript):
    shot = f"contact-journey-{language}-{'js' if javascript else 'nojs'}-{PHONE_WIDTH}"
    reply_check_path = path_of(ReplyCheckPage.objects.get(), language)
    before = set(Ticket.objects.values_list("pk", flat=True))

    # The form, on a small phone.
    page = open_page(
        live_site.url + path_of(ContactPage.objects.get(), language), width=PHONE_WIDTH, javascript=javascript
    )
    assert page.locator("html").get_attribute("lang") == html_lang(language)
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("main a[href^='tel:']").first.is_visible()
    assert_fits_a_small_phone(page, "form")
    screenshot(page, f"{shot}-1-form")

    choose_topic_and_write(page, language, FIRST_MESSAGE)
    press_send(page, language)

    # The receipt: the code is shown once.
    code_element = page.locator(".receipt__code")
    assert code_element.count() == 1, heading(page)
    code = code_element.inner_text().strip()
    # 20 random digits and a check digit, grouped 4 4 4 4 5.
    assert [len(group) for group in code.split()] == [4, 4, 4, 4, 5], code
    assert crypto.normalise_receipt_code(code) is not None, code
    if language == "en":
        assert heading(page) == "Your message was sent"
    assert page.locator("main a[href^='tel:']").first.is_visible()
    assert_fits_a_small_phone(page, "receipt")
    screenshot(page, f"{shot}-2-receipt")

    # What the form stored, and the hotline's answer written through the model API.
    ticket = Ticket.objects.exclude(pk__in=before).get()
    assert ticket.language == language
    [first] = tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})
    assert (first["author"], first["topic"], first["message"]) == ("person", "job_offer", FIRST_MESSAGE)
    write_as_team(ticket, team_key, REPLY)

    # Back later: the receipt's link leads to the reply check, where the code opens the thread.
    page.locator(f'main a[href="{reply_check_path}"]').first.click()
    page.wait_for_url(f"**{reply_check_path}")
    page.locator("input[name=code]").fill(code)
    if language == "en":
        page.get_by_role("button", name="Show replies").click()
    else:
        page.locator("form.contact-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".thread__text").all_inner_texts() == [FIRST_MESSAGE, REPLY], heading(page)
    if language == "en":
        assert page.get_by_text("The hotline wrote").is_visible()
    assert_fits_a_small_phone(page, "thread")
    screenshot(page, f"{shot}-3-thread")

    # Write again from the thread.
    page.locator("textarea[name=message]").fill(FOLLOW_UP)
    press_send(page, language)
    confirmation = page.locator(".form-success")
    assert confirmation.count() == 1, heading(page)
    if language == "en":
        assert confirmation.inner_text().strip() == "Your message was added. We will answer here."
    assert page.locator(".thread__text").all_inner_texts() == [FIRST_MESSAGE, REPLY, FOLLOW_UP]
    assert_fits_a_small_phone(page, "follow-up")
    screenshot(page, f"{shot}-4-follow-up")

    messages = tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})
    assert [(message["author"], message["message"]) for message in messages] == [
        ("person", FIRST_MESSAGE),
        ("hotline", REPLY),
        ("person", FOLLOW_UP),
    ]
    assert set(Ticket.objects.values_list("pk", flat=True)) - before == {ticket.pk}


def test_the_cyrillic_contact_page_arrives_whole(live_site, open_page):
    contact_page = ContactPage.objects.get()
    footers = {}
    for language in ("sr-latn", "sr"):
        page = open_page(live_site.url + path_of(contact_page, language), width=PHONE_WIDTH)
        footers[language] = page.locator("footer p, footer a").count()
    assert footers["sr-latn"] > 0
    assert footers["sr"] == footers["sr-latn"], footers
