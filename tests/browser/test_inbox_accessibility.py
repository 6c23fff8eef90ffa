"""axe finds nothing on the consultants' pages: the second factor, the unlock and passphrase pages, the inbox, a
ticket and the statistics, each also with an error shown (contrast included: every button's text stands out).

A refused code or passphrase slows its account down, so each refusal is tried with an account of its own."""

from axe_playwright_python.sync_playwright import Axe

from contact import tickets

from ..inbox_helpers import fresh_code, make_consultant
from ..staff_helpers import VERIFY_PATH
from .inbox_browser import sign_in, unlock_inbox

# Wagtail fades its messages in; axe measures their colours once they stand.
MESSAGES_SHOWN = """() => [...document.querySelectorAll(".messages > ul")]
  .every((list) => getComputedStyle(list).opacity === "1")"""


def violations(page):
    page.wait_for_function(MESSAGES_SHOWN)
    results = Axe().run(page)
    return results.violations_count, results.generate_report()


def submit(page):
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def refused_second_factor(live_site, open_page, consultant):
    page = open_page(live_site.url + "/admin/login/")
    page.fill("input[name=username]", consultant.username)
    page.fill("input[name=password]", "consultant-password-123")
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    assert VERIFY_PATH in page.url
    found = {"second factor": violations(page)}
    page.fill("input[name=otp_token]", "000000")
    submit(page)
    assert "That code is not right" in page.content()
    found["second factor, refused"] = violations(page)
    return found


def refused_unlock(live_site, open_page, consultant):
    page = open_page(live_site.url + "/admin/login/")
    sign_in(page, consultant)
    page.goto(live_site.url + "/admin/inbox/unlock/")
    found = {"unlock": violations(page)}
    page.fill("input[name=passphrase]", "not the passphrase")
    page.fill("input[name=otp_token]", fresh_code(consultant))
    submit(page)
    found["unlock, refused"] = violations(page)
    return found


def test_the_consultants_pages_have_no_axe_violations(live_site, open_page, team_key, django_user_model):
    consultant = make_consultant(django_user_model, "axe-consultant", team_key)
    ticket = tickets.open_ticket(
        code_digits="6" * 20,
        language="ar",
        payload={"topic": "help_now", "message": "أحتاج مساعدة", "contact": "", "choices": {"in_danger": "yes"}},
    )
    found = {
        **refused_second_factor(live_site, open_page, make_consultant(django_user_model, "axe-wrong-code")),
        **refused_unlock(live_site, open_page, make_consultant(django_user_model, "axe-wrong-passphrase", team_key)),
    }
    page = open_page(live_site.url + "/admin/login/")
    sign_in(page, consultant)
    for name, path in [("inbox, locked", "/admin/inbox/"), ("ticket, locked", f"/admin/inbox/ticket/{ticket.pk}/")]:
        page.goto(live_site.url + path)
        found[name] = violations(page)
    page.goto(live_site.url + "/admin/inbox/unlock/")
    unlock_inbox(page, consultant)
    for name, path in [
        ("inbox", "/admin/inbox/"),
        ("ticket", f"/admin/inbox/ticket/{ticket.pk}/"),
        ("statistics", "/admin/inbox/statistics/"),
        ("keys and passphrase", "/admin/inbox/keys/"),
    ]:
        page.goto(live_site.url + path)
        found[name] = violations(page)
    page.goto(live_site.url + f"/admin/inbox/ticket/{ticket.pk}/")
    with page.expect_navigation():
        page.get_by_role("button", name="Send reply").click()  # an empty reply: the page with its error
    found["ticket, refused reply"] = violations(page)

    reports = {name: report for name, (count, report) in found.items() if count}
    assert not reports, "\n\n".join(f"{name}:\n{report}" for name, report in reports.items())
