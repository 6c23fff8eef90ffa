"""A consultant's day in a real browser: sign in with password and code, unlock with passphrase and a fresh code,
triage, reply (and see it signed), lock."""

from contact import tickets
from contact.models import Ticket

from ..inbox_helpers import make_consultant
from .conftest import SCREENSHOTS
from .inbox_browser import sign_in, unlock_inbox

MESSAGE = "My employer keeps my passport; I work 14 hours a day."


def a_ticket_in_an_unlocked_inbox(live_site, open_page, team_key, django_user_model, language):
    """A ticket written in ``language``, and a consultant's browser signed in with password and code and with the
    inbox unlocked (the unlock asks for a code newer than the sign-in's): (page, ticket)."""
    consultant = make_consultant(django_user_model, f"consultant-{language}", team_key)
    ticket = tickets.open_ticket(
        code_digits="4" * 20, language=language, payload={"topic": "help_now", "message": MESSAGE, "contact": ""}
    )
    page = open_page(live_site.url + "/admin/login/")
    sign_in(page, consultant)
    page.goto(live_site.url + "/admin/inbox/unlock/")
    assert "wait for the next one" in page.content()
    unlock_inbox(page, consultant)
    return page, ticket


def test_consultant_unlocks_triages_replies_and_locks(live_site, open_page, team_key, django_user_model):
    page, ticket = a_ticket_in_an_unlocked_inbox(live_site, open_page, team_key, django_user_model, "uk")

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
    sign_in(page, consultant)
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


def test_each_form_of_the_ticket_page_sends_itself_and_gives_back_what_the_others_hold(
    live_site, open_page, team_key, django_user_model
):
    page, ticket = a_ticket_in_an_unlocked_inbox(live_site, open_page, team_key, django_user_model, "sr-latn")
    page.goto(live_site.url + f"/admin/inbox/ticket/{ticket.pk}/")
    reply, note = page.locator("textarea[name=reply-text]"), page.locator("textarea[name=note-text]")

    reply.fill("Dear friend,\nwe can meet you.")
    note.fill("Labour case; call back after 18:00.")
    page.select_option("select[name=urgency]", "high")
    with page.expect_navigation():
        page.get_by_role("button", name="Save triage").click()

    assert "Nothing you typed is lost" in page.content()
    assert reply.input_value() == "Dear friend,\nwe can meet you."
    assert note.input_value() == "Labour case; call back after 18:00."
    ticket.refresh_from_db()
    assert ticket.urgency == "high" and not ticket.messages.exclude(author="person").exists()

    # Enter in a triage field saves the triage, never the reply above it.
    page.fill("input[name=interpreter_language]", "Serbian")
    with page.expect_navigation():
        page.press("input[name=interpreter_language]", "Enter")
    assert reply.input_value() == "Dear friend,\nwe can meet you."
    assert not ticket.messages.exclude(author="person").exists()

    with page.expect_navigation():
        page.get_by_role("button", name="Send reply").click()

    assert reply.input_value() == ""
    assert note.input_value() == "Labour case; call back after 18:00."
    assert "we can meet you" in page.locator(".hotline-thread__message--hotline").inner_text()
    assert not page.locator(".hotline-thread__message--note").count()
    assert page.problems == []
