"""A consultant's day in a real browser: sign in with password and code, unlock with passphrase and a fresh code,
triage, reply (and see it signed), lock."""

from contact import tickets
from contact.models import Ticket

from ..inbox_helpers import PASSPHRASE, current_code, fresh_code, make_consultant
from .conftest import SCREENSHOTS

MESSAGE = "My employer keeps my passport; I work 14 hours a day."


def test_consultant_unlocks_triages_replies_and_locks(live_site, open_page, team_key, django_user_model):
    consultant = make_consultant(django_user_model, "browser-consultant", team_key)
    ticket = tickets.open_ticket(
        code_digits="4" * 20, language="uk", payload={"topic": "help_now", "message": MESSAGE, "contact": ""}
    )
    page = open_page(live_site.url + "/admin/login/")

    page.fill("input[name=username]", consultant.username)
    page.fill("input[name=password]", "consultant-password-123")
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    page.fill("input[name=otp_token]", current_code())  # the second factor, right after the password
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.goto(live_site.url + "/admin/inbox/unlock/")
    assert "wait for the next one" in page.content()
    page.fill("input[name=passphrase]", PASSPHRASE)
    page.fill("input[name=otp_token]", fresh_code(consultant))  # as if the next code had come
    page.locator("main form button[type=submit]").click()

    page.wait_for_url("**/admin/inbox/")
    assert "I need help now" in page.content()
    page.goto(live_site.url + f"/admin/inbox/ticket/{ticket.pk}/")
    assert MESSAGE in page.content()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "inbox-ticket.png", full_page=True)

    page.select_option("select[name=status]", "open")
    page.select_option("select[name=urgency]", "immediate")
    with page.expect_navigation():
        page.get_by_role("button", name="Save triage").click()
    page.fill("textarea[name=reply-text]", "Please call us today; we can send the mobile team.")
    with page.expect_navigation():
        page.get_by_role("button", name="Send reply").click()

    ticket.refresh_from_db()
    assert ticket.urgency == "immediate" and ticket.status == "waiting"
    reply = page.locator(".hotline-thread__message--hotline")
    assert "send the mobile team" in reply.inner_text()
    assert "Signed by a pinned team key." in reply.inner_text()
    assert "Not signed" not in page.content()

    page.goto(live_site.url + "/admin/inbox/")
    with page.expect_navigation():
        page.locator("form[action$='/admin/inbox/lock/'] button").first.click()
    page.goto(live_site.url + f"/admin/inbox/ticket/{ticket.pk}/")
    assert MESSAGE not in page.content()
    assert Ticket.objects.count() == 1


def test_passphrase_strength_is_shown_while_typing(live_site, open_page, team_key, django_user_model):
    consultant = make_consultant(django_user_model, "strength-consultant", team_key)
    page = open_page(live_site.url + "/admin/login/")
    page.fill("input[name=username]", consultant.username)
    page.fill("input[name=password]", "consultant-password-123")
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    page.fill("input[name=otp_token]", current_code())  # asked for right after the password
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.goto(live_site.url + "/admin/inbox/keys/")

    change = page.locator("form[action$='/keys/passphrase/']")
    meter = change.locator("[data-passphrase-meter]")
    change.locator("input[name=passphrase]").fill("short")
    assert "16" in meter.inner_text()
    change.locator("input[name=passphrase]").fill("aaaaaaaaaaaaaaaa")
    assert "weak" in meter.inner_text()
    change.locator("input[name=passphrase]").fill("violet Harbour 42 lantern & moss")
    assert "strong" in meter.inner_text()
    # The form for a forgotten passphrase has a meter of its own.
    forgotten = page.locator("form[action$='/keys/forgotten/']")
    forgotten.locator("input[name=passphrase]").fill("short")
    assert "16" in forgotten.locator("[data-passphrase-meter]").inner_text()
    assert "strong" in meter.inner_text()
