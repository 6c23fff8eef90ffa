"""The benchmark's pages and their SQL queries: run by deploy/bench.py with the stack's environment (production
settings, the stack's database), it prints one JSON object: for each page its path and how many queries it takes
rendered (a query string keeps the full-page cache out of it) and asked for again (from the cache, if any)."""

import json
import sys

import django

django.setup()  # before the models are imported

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402

from contact.models import ContactPage  # noqa: E402
from home.models import HomePage  # noqa: E402
from resources.models import ResourcePage, SupportTypePage  # noqa: E402

SEARCH_WORDS = "posao"


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def bench_paths():
    home = HomePage.objects.live().first()
    article = ResourcePage.objects.live().public().order_by("path").first()
    support = SupportTypePage.objects.live().public().order_by("path").first()
    return {
        "home": url_in(home, "sr-latn"),
        "article": url_in(article, "sr-latn"),
        "support page": url_in(support, "sr-latn"),
        "Serbian Cyrillic article": url_in(article, "sr"),
        "Arabic page": url_in(article, "ar"),
        "search": f"{url_in(home, 'sr-latn')}search/?q={SEARCH_WORDS}",
        "contact (GET)": url_in(ContactPage.objects.live().first(), "sr-latn"),
    }


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return len(captured)


def main():
    client = Client(HTTP_HOST="127.0.0.1")
    pages = {}
    for label, path in bench_paths().items():
        separator = "&" if "?" in path else "?"
        rendered = queries(client, f"{path}{separator}bench=rendered")
        queries(client, path)
        pages[label] = {"path": path, "queries_rendered": rendered, "queries_again": queries(client, path)}
    sys.stdout.write(json.dumps(pages) + "\n")


if __name__ == "__main__":
    main()
