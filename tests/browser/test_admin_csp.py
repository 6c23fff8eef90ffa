"""The admin in Chromium under its Content-Security-Policy: every screen the project uses, with its choosers,
dialogs and previews, works without one refused script, style or frame and without one request to another
site; sign-in and the inbox run no inline script; and with the inbox on its own host, a script on the admin
cannot read it."""

from urllib.parse import urlsplit

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from django.test import override_settings
from django.urls import reverse
from django.utils.translation import override

from contact import tickets
from resources.models import ResourcePage
from staff import invitations

from ..conftest import one_page_of_each_type
from ..inbox_helpers import PASSPHRASE, current_code, make_consultant
from ..staff_helpers import VERIFY_PATH
from ..test_admin_headers import SUPERUSER_PASSWORD, admin_screens, make_image, make_superuser
from .conftest import SCREENSHOTS

CONSULTANT_PASSWORD = "consultant-password-123"
MESSAGE = "My employer keeps my passport; I work 14 hours a day."
# Runs before any script of every page and frame; Playwright reads the list back.
CSP_LISTENER = """
window.__csp = [];
window.addEventListener("securitypolicyviolation", (event) => {
    window.__csp.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
});
"""
INJECT_INLINE_SCRIPT = (
    "() => document.body.append(Object.assign(document.createElement('script'), {text: 'window.ran = 1'}))"
)
EXFILTRATE = "url => fetch(url, {credentials: 'include'}).then(r => r.text(), e => 'refused: ' + e)"


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def watched_tab(browser):
    """Opens tabs that note what the Content-Security-Policy refused (events in every frame, and Chromium's
    console), every response that failed, and every request to an origin not named as the site's."""
    contexts = []

    def _open(*site_urls):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        contexts.append(context)
        context.add_init_script(CSP_LISTENER)
        page = context.new_page()
        page.refusals, page.console_refusals, page.failures, page.foreign_requests = [], [], [], []
        ours = {origin(url) for url in site_urls}
        page.on(
            "console",
            lambda message: "Content Security Policy" in message.text and page.console_refusals.append(message.text),
        )
        page.on(
            "response",
            lambda response: (
                response.status >= 400
                and page.failures.append(f"{response.status} {response.request.method} {response.url}")
            ),
        )
        context.on(
            "request",
            lambda request: (
                request.url.startswith("http")
                and origin(request.url) not in ours
                and page.foreign_requests.append(request.url)
            ),
        )
        return page

    yield _open
    for context in contexts:
        context.close()


def settle(page):
    """Collects the refusals the page's frames saw (not waiting for "networkidle": once the editor has swapped
    its preview frame, Playwright never sees it)."""
    page.wait_for_load_state()
    for frame in page.frames:
        try:
            page.refusals.extend(frame.evaluate("window.__csp || []"))
            frame.evaluate("window.__csp = []")
        except PlaywrightError:
            # The editor may swap out its preview frame while it is read; the frame that replaces it is read.
            if not frame.is_detached():
                raise


def assert_clean(page):
    assert page.refusals == []
    assert page.console_refusals == []
    assert page.failures == []
    assert page.foreign_requests == []


def visit(page, url):
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    settle(page)


def sign_in(page, site_url, user, password):
    """The password, then the code of the user's authenticator, when they have one."""
    page.goto(site_url + "/admin/login/")
    settle(page)
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    settle(page)
    if VERIFY_PATH in page.url:
        page.fill("input[name=otp_token]", fresh_code(user))
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        settle(page)


def fresh_code(user):
    # The device takes each 30-second code once; these tests sign in and unlock faster than that.
    TOTPDevice.objects.filter(user=user).update(last_t=-1)
    return current_code()


def unlock_inbox(page, site_url, consultant):
    page.goto(site_url + "/admin/inbox/unlock/")
    settle(page)
    page.fill("input[name=passphrase]", PASSPHRASE)
    page.fill("input[name=otp_token]", fresh_code(consultant))
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/inbox/")
    settle(page)


def insert_block(page, label):
    page.locator("button.c-sf-add-button:visible").first.click()
    option = page.locator(f".w-combobox__option:visible:has-text('{label}')").first
    option.hover()  # shows the block's preview, a frame of the admin
    option.click()


def open_chooser(page, button_label, heading):
    button = page.locator(f"button:visible:has-text('{button_label}')").first
    modal = page.locator(".modal:visible")
    # A block's chooser button is drawn before its script listens: a click that came first opened nothing (seen
    # once in CI), so it is clicked again. Either way, every screen the chooser shows is checked below.
    button.click()
    try:
        modal.locator(f"h1:has-text('{heading}')").wait_for(timeout=10_000)
    except PlaywrightTimeoutError:
        button.click()
        modal.locator(f"h1:has-text('{heading}')").wait_for()
    settle(page)
    modal.locator("button.close").click()
    modal.wait_for(state="hidden")


def preview(page, site_url, page_to_edit):
    visit(page, site_url + reverse("wagtailadmin_pages:edit", args=[page_to_edit.pk]))
    page.locator("[data-side-panel-toggle=preview]").click()
    frame = page.frame_locator("iframe.w-preview__iframe").last
    with override("en"):  # the editor's language
        assert frame.locator("h1").inner_text() == page_to_edit.title
    expect(page.locator("iframe.w-preview__iframe")).to_have_count(1)  # the editor has swapped its frames
    settle(page)


def open_choosers_and_schedule(page, site_url):
    page_to_edit = ResourcePage.objects.live().order_by("path").first()
    visit(page, site_url + reverse("wagtailadmin_pages:edit", args=[page_to_edit.pk]))
    insert_block(page, "Call to action")
    open_chooser(page, "Choose a page", "Choose a page")
    insert_block(page, "Image")
    open_chooser(page, "Choose an image", "Choose an image")
    insert_block(page, "Document")
    open_chooser(page, "Choose a document", "Choose a document")
    page.locator("button:visible:has-text('Add Leaflets to download')").click()
    open_chooser(page, "Choose a document", "Choose a document")

    page.locator("[data-side-panel-toggle=status]").click()
    page.locator("button:visible:has-text('Set schedule')").click()
    page.locator("#schedule-publishing-dialog input[name=go_live_at]").click()
    page.locator(".xdsoft_datetimepicker:visible").first.wait_for()
    settle(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "admin-editor-schedule.png")


# The live server's threads share one SQLite connection: the editor's background requests (autosave and a
# preview refresh every half second, editing-session pings) would collide with the test's own. Autosave would
# also refuse the empty blocks the test inserts to open their choosers.
@override_settings(
    WAGTAIL_AUTOSAVE_INTERVAL=0,
    WAGTAIL_AUTO_UPDATE_PREVIEW_INTERVAL=600_000,
    WAGTAIL_EDITING_SESSION_PING_INTERVAL=600_000,
)
def test_every_admin_screen_works_under_the_admin_policy(live_site, watched_tab, django_user_model):
    superuser, image = make_superuser(django_user_model), make_image()
    page = watched_tab(live_site.url)
    sign_in(page, live_site.url, superuser, SUPERUSER_PASSWORD)

    for path in admin_screens(superuser, image):
        visit(page, live_site.url + path)
    for page_to_edit in one_page_of_each_type().values():
        preview(page, live_site.url, page_to_edit)
    open_choosers_and_schedule(page, live_site.url)

    assert_clean(page)


def test_a_script_on_the_admin_cannot_send_anything_to_another_site(live_site, watched_tab, django_user_model):
    superuser = make_superuser(django_user_model)
    page = watched_tab(live_site.url)
    sign_in(page, live_site.url, superuser, SUPERUSER_PASSWORD)
    elsewhere = live_site.url.replace("localhost", "127.0.0.1") + "/en/"

    assert page.evaluate(EXFILTRATE, elsewhere).startswith("refused")
    page.evaluate("url => document.body.append(Object.assign(new Image(), {src: url}))", elsewhere)
    settle(page)

    assert [refusal.split()[0] for refusal in page.refusals] == ["connect-src", "img-src"]


def test_sign_in_second_factor_and_inbox_work_without_inline_script(
    live_site, watched_tab, team_key, django_user_model
):
    consultant = make_consultant(django_user_model, "csp-consultant", team_key)
    ticket = open_ticket("5")
    newcomer = make_consultant(django_user_model, "csp-newcomer")
    TOTPDevice.objects.filter(user=newcomer).delete()
    page = watched_tab(live_site.url)

    sign_in(page, live_site.url, consultant, CONSULTANT_PASSWORD)
    unlock_inbox(page, live_site.url, consultant)
    visit(page, live_site.url + f"/admin/inbox/ticket/{ticket.pk}/")
    assert MESSAGE in page.content()
    visit(page, live_site.url + "/admin/inbox/")
    visit(page, live_site.url + "/admin/inbox/statistics/")
    visit(page, live_site.url + "/admin/inbox/keys/")
    page.fill("input[name=passphrase]", "violet Harbour 42 lantern & moss")
    assert "strong" in page.locator("[data-passphrase-meter]").first.inner_text()
    _invitation, invitation_code = invitations.issue(newcomer)
    newcomer_tab = watched_tab(live_site.url)
    sign_in(newcomer_tab, live_site.url, newcomer, CONSULTANT_PASSWORD)
    visit(newcomer_tab, live_site.url + f"/admin/second-factor/enrol/?invitation={invitation_code}")
    with newcomer_tab.expect_navigation():
        newcomer_tab.locator("main form button[type=submit]").click()
    settle(newcomer_tab)
    assert newcomer_tab.locator("input[name=token]").is_visible()
    assert newcomer_tab.locator(".staff-qr-code svg").is_visible()
    assert_clean(page)
    assert_clean(newcomer_tab)

    # What a stored script would be: the inbox does not run it.
    page.evaluate(INJECT_INLINE_SCRIPT)
    settle(page)
    assert page.evaluate("window.ran") is None
    assert [refusal.split()[0] for refusal in page.refusals] == ["script-src-elem"]


def test_a_script_on_the_admin_host_cannot_read_the_inbox_on_its_own_host(
    live_site, watched_tab, team_key, django_user_model
):
    consultant = make_consultant(django_user_model, "host-consultant", team_key)
    ticket_path = f"/admin/inbox/ticket/{open_ticket('6').pk}/"
    admin_url = live_site.url
    inbox_url = live_site.url.replace("localhost", "127.0.0.1")
    page = watched_tab(admin_url, inbox_url)

    # One host: a script on any admin page reads what the consultant's unlocked inbox shows.
    sign_in(page, admin_url, consultant, CONSULTANT_PASSWORD)
    unlock_inbox(page, admin_url, consultant)
    visit(page, admin_url + "/admin/")
    assert MESSAGE in page.evaluate(EXFILTRATE, admin_url + ticket_path)

    with override_settings(HOTLINE_INBOX_HOST="127.0.0.1"):
        sign_in(page, inbox_url, consultant, CONSULTANT_PASSWORD)
        unlock_inbox(page, inbox_url, consultant)
        visit(page, inbox_url + ticket_path)
        assert MESSAGE in page.content()
        assert_clean(page)

        visit(page, admin_url + "/admin/")
        assert MESSAGE not in page.evaluate(EXFILTRATE, admin_url + ticket_path)
        assert page.evaluate(EXFILTRATE, inbox_url + ticket_path).startswith("refused")
    assert page.failures == [f"404 GET {admin_url}{ticket_path}"]
    assert page.foreign_requests == []


def open_ticket(digit):
    return tickets.open_ticket(
        code_digits=digit * 20, language="en", payload={"topic": "help_now", "message": MESSAGE, "contact": ""}
    )
