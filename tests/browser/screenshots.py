"""`make screenshots`: every page type of the demo site at phone and desktop size, in Serbian Latin, Serbian
Cyrillic and Arabic, saved to test-artifacts/screenshots/pages/ to be looked at.

The demo content is loaded into a throwaway SQLite database and served by runserver on a free port of this machine;
both go away at the end. Run with the project's Python from the project folder: python -m tests.browser.screenshots
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OUTPUT = ROOT / "test-artifacts" / "screenshots" / "pages"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LANGUAGES = ("sr-latn", "sr", "ar")
VIEWPORTS = ((360, 740), (1280, 800))
SERVER_START_SECONDS = 60


def manage(environment, *arguments, **options):
    return subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=environment, check=True, **options)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(base_url, server):
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("runserver stopped before it served a page")
        try:
            urllib.request.urlopen(base_url + "/sr-latn/", timeout=5)  # noqa: S310 (our own local server)
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)
    raise SystemExit(f"runserver did not answer within {SERVER_START_SECONDS} s")


def page_paths(language):
    """(name, path) of one page of each type in a language, read from the throwaway database."""
    from django.utils.translation import override

    from contact.models import ContactPage, ReplyCheckPage
    from home.models import HomePage, StandardPage
    from resources.models import ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage

    def first(model):
        return model.objects.live().order_by("path").first()

    pages = {
        "home": first(HomePage),
        "standard-page": first(StandardPage),
        "topic-index": first(ResourceIndexPage),
        # An article with leaflets, to see the leaflet list too.
        "article": ResourcePage.objects.live().filter(leaflets__isnull=False).order_by("path").first()
        or first(ResourcePage),
        "support-index": first(SupportIndexPage),
        "support-type": first(SupportTypePage),
        "contact": first(ContactPage),
        "reply-check": first(ReplyCheckPage),
    }
    with override(language):
        paths = [(name, page.get_url()) for name, page in pages.items() if page is not None]
    return [*paths, ("search", f"/{language}/search/?q=posao"), ("not-found", f"/{language}/no-such-page/")]


def take_screenshots(base_url):
    from playwright.sync_api import sync_playwright

    # The database is read before Playwright starts its event loop, inside which Django refuses to query.
    paths = {language: page_paths(language) for language in LANGUAGES}
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for width, height in VIEWPORTS:
            context = browser.new_context(viewport={"width": width, "height": height})
            tab = context.new_page()
            for language in LANGUAGES:
                for name, path in paths[language]:
                    tab.goto(base_url + path)
                    # The first screen, as the reader sees it on arrival, and the whole page.
                    first_screen = OUTPUT / f"{name}-{language}-{width}x{height}.png"
                    tab.screenshot(path=first_screen)
                    tab.screenshot(path=first_screen.with_stem(first_screen.stem + "-full"), full_page=True)
                    print(first_screen.relative_to(ROOT))  # noqa: T201
            context.close()
        browser.close()


def main():
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"Chromium is not installed at {CHROMIUM}: make chromium")
    workdir = tempfile.mkdtemp(prefix="hotline-screenshots-")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.screenshot_settings",
        "SCREENSHOTS_WORKDIR": workdir,
    }
    server = None
    try:
        manage(environment, "migrate", "--noinput", "-v", "0", stdout=subprocess.DEVNULL)
        manage(environment, "load_demo_content", stdout=subprocess.DEVNULL)
        manage(environment, "hotline_keys", "init", stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", "--noreload", "--insecure", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base_url = f"http://127.0.0.1:{port}"
        wait_until_serving(base_url, server)

        os.environ.update(environment)
        import django

        django.setup()
        take_screenshots(base_url)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
