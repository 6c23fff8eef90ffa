"""The full-page cache (home.page_cache): a reader's second visit runs no view, no SQL and no transliteration;
every change a reader could see shows at once in every language; nothing personal, private or failing is ever
stored; and with Redis gone, pages still answer."""

import datetime
import gzip

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.cache import patch_vary_headers

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from home import page_cache
from home.middleware import CyrillicTransliterationMiddleware
from home.models import OpeningPeriod, SiteSettings, StandardPage
from resources.models import ResourceLeaflet, ResourcePage, SupportIndexPage

from .conftest import LANGUAGES, PAGE_MODELS, one_page_of_each_type, page_url
from .contact_helpers import contact_url, reply_check_url
from .staff_helpers import sign_in_verified
from .test_outages import redis_gone

NEW_PHONE = "+381 11 999 8877"


@pytest.fixture
def inner_runs(monkeypatch):
    """How many requests went past the page cache into the stack that renders pages (the transliteration
    middleware sits just inside it)."""
    calls = []
    original = CyrillicTransliterationMiddleware.__call__

    def counted(middleware, request):
        calls.append(request.path)
        return original(middleware, request)

    monkeypatch.setattr(CyrillicTransliterationMiddleware, "__call__", counted)
    return calls


# A change shows at once whichever way a page is read: from the page cache, or (with a query string, which the
# page cache never answers) rendered from the route, settings and fragments each process keeps under the same
# generation (home.cache_generation.kept_in_process).
@pytest.fixture(params=["from the page cache", "from kept fragments"])
def read(request):
    """The address to read a page at, in the way this test reads it."""
    query = "" if request.param == "from the page cache" else "?utm_source=campaign"
    return lambda page, language: page_url(page, language) + query


def rendered_now(client, settings, url):
    """What the page's view renders at this moment, with the page cache off."""
    cache_seconds, settings.HOTLINE_PAGE_CACHE_SECONDS = settings.HOTLINE_PAGE_CACHE_SECONDS, 0
    try:
        return client.get(url).content
    finally:
        settings.HOTLINE_PAGE_CACHE_SECONDS = cache_seconds


def article():
    return ResourcePage.objects.live().order_by("path").first()


def publish_title(page, language, title):
    page = type(page).objects.get(pk=page.pk)
    setattr(page, f"title_{language.replace('-', '_')}", title)
    page.save_revision().publish()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model_name", [model.__name__ for model in PAGE_MODELS])
def test_a_second_visit_runs_no_query_and_no_transliteration(
    client, django_assert_num_queries, inner_runs, language, model_name
):
    url = page_url(one_page_of_each_type()[model_name], language)
    first = client.get(url)
    assert inner_runs == [url]

    with django_assert_num_queries(0):
        second = client.get(url)

    assert inner_runs == [url], "the second visit went past the cache"
    assert second.status_code == 200
    assert second.content == first.content
    assert dict(second.headers) == dict(first.headers)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cached_page_keeps_its_security_headers_and_no_store(client, language):
    url = page_url(article(), language)
    client.get(url)
    hit = client.get(url)

    assert hit["Cache-Control"] == "no-store"
    assert "private" not in hit["Cache-Control"]
    assert hit["Content-Security-Policy"].startswith("default-src 'self'")
    assert "nonce" not in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Content-Language"] == language
    assert not hit.cookies


@pytest.mark.django_db
def test_a_head_request_is_answered_from_the_cache(client, django_assert_num_queries):
    url = page_url(article(), "sr")
    client.get(url)
    with django_assert_num_queries(0):
        response = client.head(url)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("changed", LANGUAGES)
def test_a_publish_in_one_language_shows_in_every_language_at_once(client, settings, read, changed):
    page = article()
    urls = {language: read(page, language) for language in LANGUAGES}
    for url in urls.values():
        client.get(url)

    title = "Свеж наслов" if changed == "sr" else f"Fresh title {changed}"
    publish_title(page, changed, title)

    for language, url in urls.items():
        response = client.get(url)
        assert response.content == rendered_now(client, settings, url), language
    assert title in client.get(urls[changed]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_settings_change_shows_on_every_page_at_once(client, read, language):
    urls = [read(page, language) for page in one_page_of_each_type(PAGE_MODELS).values()]
    for url in urls:
        assert NEW_PHONE not in client.get(url).content.decode()

    site_settings = SiteSettings.objects.get()
    site_settings.primary_phone = NEW_PHONE
    site_settings.save()

    for url in urls:
        assert NEW_PHONE in client.get(url).content.decode(), url


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_moved_page_leaves_its_old_address_at_once(client, read, language):
    page = article()
    old_url = read(page, language)
    assert client.get(old_url).status_code == 200

    page.move(SupportIndexPage.objects.get(), pos="last-child")

    new_url = page_url(ResourcePage.objects.get(pk=page.pk), language)
    assert new_url != page_url(page, language)
    old_address = client.get(old_url)
    assert old_address.status_code == 301  # Wagtail's redirect from the old address, made by the move
    assert old_address["Location"].startswith(new_url)
    assert client.get(read(ResourcePage.objects.get(pk=page.pk), language)).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("removal", ["unpublish", "delete"])
def test_an_unpublished_or_deleted_page_is_gone_at_once(client, read, language, removal):
    page = StandardPage.objects.live().order_by("path").first()
    url = read(page, language)
    assert client.get(url).status_code == 200

    getattr(page, removal)()

    assert client.get(url).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "en"])
def test_a_renamed_leaflet_shows_at_once(client, read, language):
    page = ResourcePage.objects.filter(leaflets__isnull=False).get()
    url = read(page, language)
    client.get(url)

    document = get_document_model().objects.get()
    document.title = "Novi spisak"
    document.save()

    assert "Novi spisak" in client.get(url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "en"])
def test_a_leaflet_added_to_a_page_shows_at_once(client, read, language):
    document = get_document_model().objects.get()
    document.title = "Leaflet marker 3391"
    document.save()
    page = article()
    url = read(page, language)
    assert "Leaflet marker 3391" not in client.get(url).content.decode()

    ResourceLeaflet.objects.create(page=page, document=document, language=language)

    assert "Leaflet marker 3391" in client.get(url).content.decode()


def password_restricted(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="pw-1234")


def marking_responses(monkeypatch, mark):
    original = StandardPage.serve

    def serve(page, request, *args, **kwargs):
        response = original(page, request, *args, **kwargs)
        mark(response)
        return response

    monkeypatch.setattr(StandardPage, "serve", serve)


# Each case: how to prepare, and the request (path, client.get's keyword arguments) to send twice.
NEVER_CACHED = {
    "the contact page": (None, lambda: (contact_url("sr"), {})),
    "the reply page": (None, lambda: (reply_check_url("ar"), {})),
    "search": (None, lambda: ("/sr/search/", {})),
    "search with words": (None, lambda: ("/en/search/?q=help", {})),
    "a query string": (None, lambda: (page_url(article(), "uk") + "?utm_source=x", {})),
    "a page that is not there": (None, lambda: ("/en/no-such-page/", {})),
    "the admin's sign-in": (None, lambda: ("/admin/login/", {})),
    "credentials": (None, lambda: (page_url(article(), "en"), {"HTTP_AUTHORIZATION": "Basic dXNlcjpwYXNz"})),
    "a page behind a password": (
        lambda monkeypatch: password_restricted(article()),
        lambda: (page_url(article(), "sr-latn"), {}),
    ),
    "a response that sets a cookie": (
        lambda monkeypatch: marking_responses(monkeypatch, lambda response: response.set_cookie("seen", "1")),
        lambda: (page_url(StandardPage.objects.live().first(), "en"), {}),
    ),
    "a response that varies on another header": (
        lambda monkeypatch: marking_responses(monkeypatch, lambda response: patch_vary_headers(response, ["Accept"])),
        lambda: (page_url(StandardPage.objects.live().first(), "sr"), {}),
    ),
    "a request with a cookie": (None, lambda: (page_url(article(), "sr"), {"HTTP_COOKIE": "anything=1"})),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", NEVER_CACHED)
def test_never_cached(client, monkeypatch, inner_runs, case):
    prepare, request = NEVER_CACHED[case]
    if prepare:
        prepare(monkeypatch)
    path, extra = request()

    client.get(path, **extra)
    client.get(path, **extra)

    assert len(inner_runs) == 2, "the second request was answered from the cache"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_signed_in_editor_gets_fresh_pages_and_leaves_none_behind(client, admin_user, inner_runs, language):
    url = page_url(article(), language)
    sign_in_verified(client, admin_user)
    client.get(url)
    client.get(url)
    assert inner_runs == [url, url]

    client.logout()
    client.get(url)
    assert inner_runs == [url, url, url], "a reader got the page an editor saw"


@pytest.mark.django_db
def test_a_preview_is_neither_served_from_nor_kept_in_the_cache(client):
    page = article()
    url = page_url(page, "en")
    published = client.get(url).content.decode()

    draft = ResourcePage.objects.get(pk=page.pk)
    draft.title_en = "Draft title 4471"
    preview = draft.make_preview_request()

    assert "Draft title 4471" in preview.content.decode()
    assert "Draft title 4471" not in published
    assert "Draft title 4471" not in client.get(url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_while_redis_is_gone_pages_answer_and_nothing_is_kept(client, inner_runs, language):
    url = page_url(article(), language)
    with redis_gone():
        assert client.get(url).status_code == 200
        assert client.get(url).status_code == 200
        site_settings = SiteSettings.objects.get()
        site_settings.primary_phone = NEW_PHONE
        site_settings.save()  # bumping the generation fails soft too

    assert inner_runs == [url, url]


@pytest.fixture
def compressions(monkeypatch):
    """How many times the page cache compressed a page."""
    calls = []
    original = page_cache.gzip.compress

    def counted(data, *args, **kwargs):
        calls.append(len(data))
        return original(data, *args, **kwargs)

    monkeypatch.setattr(page_cache.gzip, "compress", counted)
    return calls


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_is_compressed_once_and_sent_as_stored(client, settings, compressions, inner_runs, language):
    """nginx asks for gzip on reader pages and keeps what comes back: a miss and every hit are the same
    compressed bytes, compressed once, and nobody compresses (or transliterates) a hit again."""
    url = page_url(article(), language)
    first = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    hits = [client.get(url, HTTP_ACCEPT_ENCODING="gzip") for _ in range(3)]

    assert len(compressions) == 1
    assert inner_runs == [url]
    assert first["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in first["Vary"]
    assert all(hit.content == first.content and dict(hit.headers) == dict(first.headers) for hit in hits)
    assert int(first["Content-Length"]) == len(first.content)
    assert gzip.decompress(first.content) == rendered_now(client, settings, url)
    assert len(first.content) < len(gzip.decompress(first.content)) / 2


@pytest.mark.django_db
@pytest.mark.parametrize("accept_encoding", [None, "identity", "br", "gzip;q=0, br"])
def test_a_client_without_gzip_gets_the_page_unpacked(client, settings, inner_runs, accept_encoding):
    url = page_url(article(), "sr")
    extra = {"HTTP_ACCEPT_ENCODING": accept_encoding} if accept_encoding else {}
    client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    hit = client.get(url, **extra)

    assert inner_runs == [url]
    assert "Content-Encoding" not in hit
    assert "Accept-Encoding" in hit["Vary"]
    assert int(hit["Content-Length"]) == len(hit.content)
    assert hit.content == rendered_now(client, settings, url)


@pytest.mark.django_db
def test_pages_that_are_never_kept_are_never_compressed_by_the_application(client, compressions):
    """The form pages carry one-time tokens next to what was typed (BREACH): the page cache leaves them alone."""
    for path in (contact_url("sr-latn"), reply_check_url("en"), "/en/search/?q=help"):
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert "Content-Encoding" not in response
    assert compressions == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_settings_and_opening_hours_are_read_once_until_they_change(client, settings, language):
    """Every page shows the settings and the opening hours: each process keeps them under the page cache's
    generation, so a change of either shows at once, on a page rendered anew (no full-page cache here)."""
    settings.HOTLINE_PAGE_CACHE_SECONDS = 0
    url = page_url(article(), language)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    assert "home_sitesettings" not in tables
    assert "home_openingperiod" not in tables

    site_settings = SiteSettings.objects.get()
    site_settings.primary_phone = NEW_PHONE
    site_settings.save()
    assert NEW_PHONE in client.get(url).content.decode()

    period = OpeningPeriod.objects.filter(site_settings=site_settings).first()
    period.opens, period.closes = datetime.time(6, 17), datetime.time(23, 41)
    period.save()
    assert "23:41" in client.get(url).content.decode()
