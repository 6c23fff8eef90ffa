"""Playwright for Python driving Debian's Chromium (browser downloads are impossible here)."""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).parent.parent.parent / "test-artifacts" / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # A live server in another thread needs committed data.
            item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the tests' ORM calls are still plain
    # synchronous calls, so Django's guard against async contexts does not apply to them.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield from _launched_chromium(sync_playwright)


def _launched_chromium(sync_playwright):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, but on SQLite one request at a time (live_server.LiveServerThreadInTurn):
    the page editor's background requests reach the test's in-memory database beside the test itself."""
    from pytest_django.live_server_helper import LiveServer

    from django.test import testcases

    from .live_server import LiveServerThreadInTurn, statements_in_turn

    address = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(testcases, "LiveServerThread", LiveServerThreadInTurn)
        server = LiveServer(address)
    with statements_in_turn(server):
        yield server
    server.stop()


@pytest.fixture
def live_site(live_server, committed_site):
    return live_server


@pytest.fixture
def open_page(browser):
    """Opens a URL in a fresh context and collects console errors and failed requests."""
    contexts = []

    def _open(url, *, width=1280, height=900, javascript=True):
        context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.problems = []
        page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on("requestfailed", lambda request: page.problems.append(f"failed: {request.url}"))
        page.goto(url)
        return page

    yield _open
    for context in contexts:
        context.close()
