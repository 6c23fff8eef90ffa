"""A reader's whole journey, in Chromium, leaves nothing in the browser: no cookie, nothing in local or session
storage, no IndexedDB database, nothing in Cache Storage. Somebody may check the phone."""

import pytest

from contact.models import ReplyCheckPage, Ticket
from tests.contact_helpers import write_as_team

from .test_contact_journeys import FIRST_MESSAGE, PHONE_WIDTH, REPLY, choose_topic_and_write, path_of, press_send

# Cache Storage exists only in secure contexts, which the live server on localhost is.
STORAGE = """async () => ({
    secureContext: window.isSecureContext,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    cacheStorage: (await caches.keys()).length,
})"""
NOTHING_STORED = {"secureContext": True, "localStorage": 0, "sessionStorage": 0, "indexedDB": 0, "cacheStorage": 0}


def assert_no_trace(page, step):
    assert page.context.cookies() == [], step
    assert page.evaluate(STORAGE) == NOTHING_STORED, step
    assert page.problems == [], (step, page.problems)


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_reading_writing_and_reading_the_reply_leaves_no_trace(live_site, open_page, team_key, javascript):
    page = open_page(f"{live_site.url}/en/", width=PHONE_WIDTH, javascript=javascript)
    assert_no_trace(page, "home page")

    page.locator("a.site-header__write").first.click()
    page.wait_for_load_state()
    assert_no_trace(page, "the form")

    choose_topic_and_write(page, "en", FIRST_MESSAGE)
    press_send(page, "en")
    code = page.locator(".receipt__code").inner_text().strip()
    assert_no_trace(page, "the receipt")

    write_as_team(Ticket.objects.get(), team_key, REPLY)
    page.locator(f'main a[href="{path_of(ReplyCheckPage.objects.get(), "en")}"]').first.click()
    page.wait_for_load_state()
    assert_no_trace(page, "the reply check")

    page.locator("input[name=code]").fill(code)
    page.get_by_role("button", name="Show replies").click()
    page.wait_for_load_state()
    assert page.locator(".thread__text").all_inner_texts() == [FIRST_MESSAGE, REPLY]
    assert_no_trace(page, "the reply")
