"""The home page's JSON-LD in Chromium: read as data under the public Content-Security-Policy, which still
refuses an inline script."""

import json

import pytest

from home.models import SiteSettings

from ..conftest import LANGUAGES, one_page_of_each_type
from .test_smoke import url_of

# Added by Playwright before any of the page's own code, outside the page's policy.
WATCH_VIOLATIONS = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.policyViolations.push(event.violatedDirective);
});
"""
INLINE_SCRIPT = b"<script>document.title = 'ran';</script>"


@pytest.fixture
def watched_page(browser):
    contexts = []

    def _open(url, *, insert_into_head=b""):
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(WATCH_VIOLATIONS)
        page.console_errors = []
        page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
        if insert_into_head:
            # The page as the server sent it, headers and policy included, with one element more.
            def rewrite(route):
                response = route.fetch()
                route.fulfill(
                    response=response, body=response.body().replace(b"</head>", insert_into_head + b"</head>")
                )

            page.route(url, rewrite)
        page.goto(url)
        return page

    yield _open
    for context in contexts:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_structured_data_is_read_without_a_policy_violation(live_site, watched_page, language):
    page = watched_page(url_of(live_site, one_page_of_each_type()["HomePage"], language))

    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    numbers = [point["telephone"] for point in data["contactPoint"]]
    site_settings = SiteSettings.objects.get()
    assert numbers == [site_settings.primary_phone, site_settings.secondary_phone]
    assert page.evaluate("window.policyViolations") == []
    assert page.console_errors == []


def test_an_inline_script_is_still_refused(live_site, watched_page):
    """The control: the same page with an inline script added is refused by its policy."""
    home = one_page_of_each_type()["HomePage"]
    page = watched_page(url_of(live_site, home, "en"), insert_into_head=INLINE_SCRIPT)

    assert page.title() != "ran"
    assert page.evaluate("window.policyViolations") == ["script-src-elem"]
