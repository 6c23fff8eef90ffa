"""Performance budgets as counts: queries and bytes per page, bytes of CSS and JavaScript, key derivations per
message."""

import cProfile
import pstats
import threading
from pathlib import Path

import pytest
from nacl import pwhash

from django.conf import settings as django_settings
from django.core.cache import caches
from django.utils.translation import override

from wagtail.models import Site

from contact.models import Ticket
from home.cache_generation import process_cache

from .conftest import LANGUAGES, PAGE_MODELS, PUBLIC_PAGE_MODELS, one_page_of_each_type, page_url
from .contact_helpers import contact_url, receipt_code, submission

# The site settings and their opening hours (home.OpeningPeriod) come from the cache, under the page cache's
# generation (home.cache_generation), once any server has read them.
MAX_QUERIES = 12
MAX_HTML_BYTES = 40 * 1024
MAX_ASSET_BYTES = 30 * 1024
STATIC_DIR = Path(__file__).parent.parent / "config" / "static"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model_name", [model.__name__ for model in PUBLIC_PAGE_MODELS])
def test_page_within_query_and_size_budget(client, settings, django_assert_max_num_queries, language, model_name):
    settings.HOTLINE_PAGE_CACHE_SECONDS = 0  # the view's own cost; a page cache hit runs none (test_page_cache)
    url = page_url(one_page_of_each_type()[model_name], language)
    client.get(url)  # warm Wagtail's site-root cache, as any running server has

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)

    assert response.status_code == 200
    assert len(response.content) <= MAX_HTML_BYTES


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_within_query_budget(client, django_assert_max_num_queries, language):
    client.get(f"/{language}/search/?q=pomoc")
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(f"/{language}/search/?q=pomoc")
    assert len(response.content) <= MAX_HTML_BYTES


# Cache round trips of a rendered reader page: the page cache's generation. What else it reads (the site, its
# settings, the restricted paths, the root paths, the route, kept fragments) is kept in the process's memory under
# that generation (home.cache_generation.kept_in_process).
MAX_CACHE_ROUND_TRIPS = 1
CACHE_METHODS = ("get", "get_many", "set", "set_many", "add", "delete", "delete_many", "incr", "has_key", "touch")


@pytest.fixture
def cache_round_trips(monkeypatch):
    """Each call to a shared cache (a round trip to Redis, in production): (method, key). The calls a backend
    makes to itself (the memory cache's get_many calls get) are not counted again, nor those to the process's own
    memory."""
    calls, inside = [], threading.local()
    backends = {type(caches[alias]) for alias in django_settings.CACHES}
    process_store = process_cache()._cache
    for backend in backends:
        for name in CACHE_METHODS:
            original = getattr(backend, name)

            def counted(self, *args, _original=original, _name=name, **kwargs):
                if getattr(inside, "call", False) or getattr(self, "_cache", None) is process_store:
                    return _original(self, *args, **kwargs)
                calls.append((_name, args[0] if args else None))
                inside.call = True
                try:
                    return _original(self, *args, **kwargs)
                finally:
                    inside.call = False

            monkeypatch.setattr(backend, name, counted)
    return calls


def rendered(client, url):
    """The page rendered by its view: a query string keeps the page cache out of it."""
    response = client.get(f"{url}?rendered=1")
    assert response.status_code == 200
    return response


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model_name", [model.__name__ for model in PAGE_MODELS])
def test_page_within_cache_round_trip_budget(client, cache_round_trips, language, model_name):
    """Once a server has run a while, a rendered reader page asks the shared cache at most a few times, whichever
    language: wagtail-modeltranslation alone read the site's root paths again at each of the page's links to
    itself in another language, 16 round trips per page."""
    url = page_url(one_page_of_each_type()[model_name], language)
    rendered(client, url)  # a running server's cache holds the root paths, settings and restricted paths
    cache_round_trips.clear()

    rendered(client, url)

    assert len(cache_round_trips) <= MAX_CACHE_ROUND_TRIPS, cache_round_trips


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_site_root_paths_are_read_once_per_page(client, cache_round_trips, language):
    """In a process that has kept nothing yet (just started, or the generation has moved on)."""
    url = page_url(one_page_of_each_type()["ResourcePage"], language)
    rendered(client, url)
    process_cache().clear()
    cache_round_trips.clear()

    rendered(client, url)

    root_path_reads = [call for call in cache_round_trips if "site_root_paths" in str(call[1])]
    assert len(root_path_reads) == 1, cache_round_trips


# Python function calls to render an article (cProfile's count, the test client's own included). From nothing
# (a process that has kept nothing under the current generation): about 61,000, 80,000 in Serbian Cyrillic (the
# transliteration). Again, from what the process kept: about 12,000. Ceilings with room, that catch work repeated
# per link or per language, or a fragment no longer kept, not a few calls more.
MAX_ARTICLE_FUNCTION_CALLS = {"from nothing": 100_000, "again": 20_000}


@pytest.mark.django_db
@pytest.mark.parametrize("rendering", MAX_ARTICLE_FUNCTION_CALLS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_rendered_article_within_function_call_budget(client, language, rendering):
    url = page_url(one_page_of_each_type()["ResourcePage"], language)
    rendered(client, url)
    if rendering == "from nothing":
        process_cache().clear()
    profile = cProfile.Profile()

    profile.runcall(rendered, client, url)

    assert pstats.Stats(profile).total_calls <= MAX_ARTICLE_FUNCTION_CALLS[rendering]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_routing_reads_the_whole_path_in_one_query(rf, django_assert_num_queries, language):
    """home.routing: the pages on the path in one query, then the page found as its own type; not two queries
    per level of the path."""
    page = one_page_of_each_type()["ResourcePage"]
    url = page_url(page, language)
    site = Site.objects.get(is_default_site=True)
    root = site.root_page.specific
    path_components = [component for component in url.split("/") if component][1:]  # after the language prefix
    assert len(path_components) >= 2

    with override(language), django_assert_num_queries(2):
        found = root.route(rf.get(url), path_components)

    assert found.page.pk == page.pk and type(found.page) is type(page)


def test_css_and_javascript_within_budget():
    assets = list(STATIC_DIR.rglob("*.css")) + list(STATIC_DIR.rglob("*.js"))
    assert assets
    assert sum(asset.stat().st_size for asset in assets) <= MAX_ASSET_BYTES


@pytest.fixture
def derivations(monkeypatch):
    """Each Argon2id derivation: the thread it ran in, and whether another was running at the time."""
    calls, running, lock = [], [], threading.Lock()
    original = pwhash.argon2id.kdf
    both_started = threading.Barrier(2, timeout=5)

    def counted(*args, **kwargs):
        with lock:
            running.append(threading.get_ident())
            calls.append({"thread": threading.get_ident(), "alongside": len(running) - 1})
        try:
            both_started.wait()  # a derivation that waits for another to start shows that they run at once
        except threading.BrokenBarrierError:
            pass
        try:
            return original(*args, **kwargs)
        finally:
            with lock:
                running.remove(threading.get_ident())

    monkeypatch.setattr(pwhash.argon2id, "kdf", counted)
    return calls


@pytest.mark.django_db
def test_a_message_costs_two_key_derivations_run_at_once(client, team_key, derivations):
    """The look-up value and the sender's key: two Argon2id derivations of the code, neither made twice, and
    made side by side (libsodium lets go of the GIL), so that the person waits for one."""
    assert receipt_code(client.post(contact_url(), submission()))

    assert Ticket.objects.count() == 1
    assert len(derivations) == 2
    assert derivations[0]["thread"] != derivations[1]["thread"]
    assert [call["alongside"] for call in derivations] == [0, 1]
