"""A consultant in a real browser: signed in with password and code, then the inbox unlocked."""

from ..inbox_helpers import PASSPHRASE, current_code, fresh_code


def sign_in(page, consultant):
    """From the admin's login page."""
    page.fill("input[name=username]", consultant.username)
    page.fill("input[name=password]", "consultant-password-123")
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    page.fill("input[name=otp_token]", current_code())  # the second factor, right after the password
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def unlock_inbox(page, consultant):
    """From the inbox's unlock page."""
    page.fill("input[name=passphrase]", PASSPHRASE)
    page.fill("input[name=otp_token]", fresh_code(consultant))  # as if the next code had come
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/inbox/")
