"""What an outsider can reach, attacked the way a probe of the live site did: password doors, Wagtail's own
sign-in, documents, static and well-known files, methods that reader pages do not take, and odd input."""

import datetime
import random
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import HomePage, SiteSettings, StandardPage
from home.views import MAX_QUERY_LENGTH
from privacy.paths import ADMIN_LOGIN_PATH

from .conftest import LANGUAGES, one_page_of_each_type, page_url
from .staff_helpers import Clock, sign_in_verified
from .test_production_settings import COMPLETE_ENVIRONMENT, manage

PASSWORD = "correct horse battery"
WRONG_PASSWORD = "wrong guess"
GUESSES_PER_CLIENT = 10  # CONTACT_RATE_LIMITS["content_passwords_per_client"]: "10/15m"


def add_page(parent, slug, *, live=True):
    page = StandardPage(
        title=slug, slug=slug, title_sr_latn=slug, slug_sr_latn=slug, title_en=slug, slug_en=slug, live=live
    )
    parent.add_child(instance=page)
    return page


def restrict(page, restriction_type=PageViewRestriction.PASSWORD):
    password = PASSWORD if restriction_type == PageViewRestriction.PASSWORD else ""
    return PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)


def page_door(restriction_id, page_id, language="en"):
    return f"/{language}/_util/authenticate_with_password/{restriction_id}/{page_id}/"


def guess(client, url, client_address, password=WRONG_PASSWORD):
    return client.post(url, {"password": password, "return_url": "/en/"}, REMOTE_ADDR=client_address)


def hotline_number():
    return SiteSettings.objects.get().primary_phone


@pytest.fixture
def private_page(db):
    return add_page(HomePage.objects.get(), "private")


# Password doors: every guess is counted.


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_client_gets_ten_guesses_at_a_page_password(client, private_page, language):
    door = page_door(restrict(private_page).id, private_page.id, language)

    for _attempt in range(GUESSES_PER_CLIENT):
        assert guess(client, door, "198.51.100.1").status_code == 200

    refused = guess(client, door, "198.51.100.1", password=PASSWORD)
    assert refused.status_code == 429
    html = BeautifulSoup(refused.content, "html.parser")
    assert html.html["lang"] == BeautifulSoup(client.get(f"/{language}/").content, "html.parser").html["lang"]
    assert hotline_number() in refused.content.decode()
    assert "no-store" in refused["Cache-Control"]

    assert guess(client, door, "198.51.100.2", password=PASSWORD).status_code == 302


@pytest.mark.django_db
@pytest.mark.usefixtures("caches_in_memory")
def test_guesses_from_everyone_slow_a_page_password_down_without_locking_it(
    client, private_page, settings, monkeypatch
):
    clock = Clock(monkeypatch)
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "content_passwords_per_restriction": "5/h"}
    door = page_door(restrict(private_page).id, private_page.id)
    other_page = add_page(HomePage.objects.get(), "other-private")
    other_door = page_door(restrict(other_page).id, other_page.id)

    for number in range(5):
        assert guess(client, door, f"198.51.100.{number}").status_code == 200
    # The sixth guess, from anywhere, waits; the door beside it does not.
    assert guess(client, door, "198.51.100.98").status_code == 200
    delayed = guess(client, door, "198.51.100.99", password=PASSWORD)
    assert delayed.status_code == 429
    wait = int(delayed["Retry-After"])
    assert f"wait {wait} second" in delayed.content.decode() and hotline_number() in delayed.content.decode()
    assert guess(client, other_door, "198.51.100.99", password=PASSWORD).status_code == 302

    # Whoever knows the password gets in once the delay is over, however many guesses came before.
    clock.advance(wait)
    assert guess(client, door, "198.51.100.99", password=PASSWORD).status_code == 302
    delays = []
    for number in range(3):
        refused = guess(client, door, f"203.0.113.{number}")
        assert refused.status_code == 429
        delays.append(int(refused["Retry-After"]))
        clock.advance(delays[-1])
        assert guess(client, door, f"203.0.113.{number}").status_code == 200
    assert delays == sorted(delays) and delays[-1] > delays[0], "each guess beyond the budget waits longer"


@pytest.mark.django_db
def test_a_client_gets_ten_guesses_at_a_document_collection_password(client):
    collection = Collection.get_first_root_node().add_child(name="Private leaflets")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    door = f"/documents/authenticate_with_password/{restriction.id}/"

    for _attempt in range(GUESSES_PER_CLIENT):
        assert guess(client, door, "198.51.100.1").status_code == 200

    refused = guess(client, door, "198.51.100.1", password=PASSWORD)
    assert refused.status_code == 429
    assert hotline_number() in refused.content.decode()
    assert guess(client, door, "198.51.100.2", password=PASSWORD).status_code == 302


# Password doors: no oracle of page ids.


def answer_and_queries(client, url, method):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url) if method == "get" else guess(client, url, "198.51.100.7")
    return response, len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_password_door_tells_nothing_about_other_pages(client, private_page, method):
    home = HomePage.objects.get()
    restriction = restrict(private_page)
    under_the_restriction = add_page(private_page, "inside")
    draft = add_page(private_page, "draft", live=False)
    elsewhere = add_page(home, "public")
    login_only = restrict(add_page(home, "staff"), PageViewRestriction.LOGIN)
    missing_page_id = draft.id + 1000
    missing_restriction_id = login_only.id + 1000

    not_doors = {
        "a missing page": page_door(restriction.id, missing_page_id),
        "a draft under the restriction": page_door(restriction.id, draft.id),
        "a live page elsewhere": page_door(restriction.id, elsewhere.id),
        "the home page": page_door(restriction.id, home.id),
        "a missing restriction": page_door(missing_restriction_id, private_page.id),
        "a restriction without password": page_door(login_only.id, login_only.page_id),
    }
    client.get(page_door(restriction.id, missing_page_id))  # fills the caches of the 404 page
    answers = {case: answer_and_queries(client, url, method) for case, url in not_doors.items()}

    first_response, first_count = answers["a missing page"]
    assert first_response.status_code == 404
    for case, (response, count) in answers.items():
        assert (response.status_code, response.content) == (404, first_response.content), case
        assert count == first_count, case
    for page in (private_page, under_the_restriction):
        assert answer_and_queries(client, page_door(restriction.id, page.id), method)[0].status_code == 200


# Wagtail's front-end sign-in is closed; staff sign in at the admin.


@pytest.fixture
def staff_member(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_wagtail_front_end_sign_in_is_not_there(staff_member, language):
    login = f"/{language}/_util/login/"
    for client in (Client(), Client(enforce_csrf_checks=True)):
        answers = [client.get(login), client.post(login, {"username": "editor", "password": PASSWORD})]
        for response in answers:
            assert response.status_code == 404
            assert not response.cookies
        assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_page_for_signed_in_readers_sends_them_to_the_admin_sign_in(client, staff_member):
    page = add_page(HomePage.objects.get(), "staff-only")
    restrict(page, PageViewRestriction.LOGIN)
    url = page_url(page, "en")

    response = client.get(url)

    assert response.status_code == 302
    assert client.get(response["Location"])["Location"].startswith(f"{ADMIN_LOGIN_PATH}?next=")
    sign_in_verified(client, staff_member)
    assert client.get(url).status_code == 200


# Documents.


@pytest.fixture
def uploaded_document(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = get_document_model()(title="Leaflet")
    document.file.save("leaflet.txt", ContentFile(b"Keep your passport with you.\n"), save=False)
    document.save()
    return document


def test_a_document_goes_out_without_empty_headers(client, uploaded_document):
    response = client.get(uploaded_document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Keep your passport with you.\n"
    assert "Content-Encoding" not in response
    assert response.get("ETag", "absent") not in ("", '""')
    assert response["X-Content-Type-Options"] == "nosniff"
    assert 'filename="leaflet.txt"' in response["Content-Disposition"]
    # As reader pages: a shared phone's browser keeps no copy of what was read.
    assert "no-store" in response["Cache-Control"]


def test_a_document_with_a_hash_keeps_its_etag(client, uploaded_document):
    uploaded_document.get_file_hash()

    response = client.get(uploaded_document.url)

    assert response["ETag"] == f'"{uploaded_document.file_hash}"'
    assert client.get(uploaded_document.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


# Saying less: the static manifest, security.txt, the admin's name, the server's name.

MANIFEST_STORAGE = {"BACKEND": "privacy.static_storage.ManifestOutsideStaticRootStorage"}


def test_the_static_manifest_is_not_a_static_file(settings, tmp_path):
    static_root = tmp_path / "staticfiles"
    settings.STATIC_ROOT = static_root
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]  # the site's own
    settings.STORAGES = {**settings.STORAGES, "staticfiles": MANIFEST_STORAGE}

    call_command("collectstatic", interactive=False, verbosity=0)

    assert (tmp_path / "staticfiles-manifest" / "staticfiles.json").is_file()
    assert not list(static_root.rglob("staticfiles.json*"))
    settings.STORAGES = {**settings.STORAGES}  # a new storage, which reads the manifest from disk
    stylesheet = Template("{% load static %}{% static 'css/site.css' %}").render(Context())
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", stylesheet)
    assert (static_root / stylesheet.removeprefix("/static/")).is_file()


def test_production_keeps_the_static_manifest_out_of_static_root():
    code = "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])"
    result = manage("shell", "-c", code, **COMPLETE_ENVIRONMENT)
    assert result.stdout.strip().splitlines()[-1] == MANIFEST_STORAGE["BACKEND"], result.stderr


@pytest.mark.django_db
def test_security_txt(client, settings):
    settings.SECURITY_CONTACT = "mailto:security@hotline.example.org"

    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:security@hotline.example.org"
    assert fields["Preferred-Languages"] == "en, sr"
    expires = datetime.datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
    assert datetime.timedelta(days=360) < expires - timezone.now() < datetime.timedelta(days=365)


@pytest.mark.django_db
def test_the_admin_is_named_after_the_site_not_the_software(client, settings):
    title = BeautifulSoup(client.get(ADMIN_LOGIN_PATH).content, "html.parser").title.get_text()
    assert title.endswith(f" - {settings.WAGTAIL_SITE_NAME}")
    assert "Wagtail" not in title


# Methods reader pages do not take.

READER_PAGE_TYPES = ["HomePage", "ResourcePage", "StandardPage"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", READER_PAGE_TYPES)
def test_a_post_to_a_reader_page_is_refused_before_any_rendering(client, page_type, language):
    url = page_url(one_page_of_each_type()[page_type], language)

    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)(url, {"message": "hello"})
        assert response.status_code == 405, method
        assert response.templates == [], method
        assert "POST" not in response["Allow"]
    assert client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_type", "allowed"),
    [
        ("HomePage", "GET, HEAD, OPTIONS"),
        ("ResourcePage", "GET, HEAD, OPTIONS"),
        ("ContactPage", "GET, HEAD, OPTIONS, POST"),
        ("ReplyCheckPage", "GET, HEAD, OPTIONS, POST"),
    ],
)
def test_options_names_only_the_methods_a_page_takes(client, page_type, allowed):
    response = client.options(page_url(one_page_of_each_type()[page_type], "uk"))

    assert response.status_code == 200
    assert response["Allow"] == allowed
    assert response.content == b""


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", ["ContactPage", "ReplyCheckPage"])
def test_the_contact_pages_still_take_their_forms(client, page_type):
    response = client.post(page_url(one_page_of_each_type()[page_type], "en"), {})
    assert response.status_code != 405


# Odd input.

CONTROL_CHARACTERS = [chr(code) for code in [*range(32), 127, *range(0x80, 0xA0)]]
QUOTES = ['"', "'", "`", "„", "“", "”", "«", "»", "‘", "’"]
SEARCH_SYNTAX = ["AND", "OR", "NOT", "NEAR", "NEAR(", "*", "^", ":", "(", ")", "-", "+", "|", "&", "!", "~", "%", "_"]
BIDI_MARKS = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069"]
WORDS = ["pomoć", "помоћ", "help", "допомога", "مساعدة", "pasoš", "title", "body", "x"]
# Percent-encoded bytes that are no UTF-8 text: lone surrogates, overlong forms, stray continuation bytes.
RAW_BYTES = ["%ED%A0%80", "%ED%BF%BF", "%FF", "%C0%AF", "%80", "%F8%88%80%80%80", "%E2%82", "%00"]


def odd_queries():
    """Fixed corner cases, then random mixtures of everything above: over two hundred in all."""
    encoded = [
        quote("a" * 10_000),
        quote("pomoć " * 2_000),
        quote(" ".join("abcdefghijklmnopqrstuvwxyz" * 40)),
        quote('"unterminated'),
        quote("NEAR(help pomoć, 2)"),
        quote("title:help OR body:*"),
        quote("((((((((((((help"),
        quote("\x00" * 100),
        "".join(RAW_BYTES),
        "%",
        "%%",
        "%G0",
        "",
    ]
    pool = CONTROL_CHARACTERS + QUOTES + SEARCH_SYNTAX + BIDI_MARKS + WORDS + [" "] * 10
    randomness = random.Random(9116)
    while len(encoded) < 240:
        pieces = [quote(randomness.choice(pool)) for _piece in range(randomness.randint(1, 40))]
        for _byte in range(randomness.randint(0, 3)):
            pieces.insert(randomness.randint(0, len(pieces)), randomness.choice(RAW_BYTES))
        encoded.append("".join(pieces))
    return encoded


def language_link_addresses(html):
    return [element["href"] for element in html.select("[hreflang][href]")]


def assert_language_links_carry_at_most_the_query(html):
    for address in language_link_addresses(html):
        parameters = parse_qs(urlsplit(address).query, keep_blank_values=True)
        assert set(parameters) <= {"q"}, address
        assert all(len(value) <= MAX_QUERY_LENGTH for value in parameters.get("q", [])), address


@pytest.mark.django_db
def test_odd_search_input_never_breaks_the_search_page(client):
    randomness = random.Random(3986)
    for number, query in enumerate(odd_queries()):
        language = LANGUAGES[number % len(LANGUAGES)]
        page = randomness.choice(["1", "2", "-1", "0", "99999999999999999999", "NaN", "%00", ""])
        address = f"/{language}/search/?q={query}&page={page}&next=//attacker.example&utm_source=x"

        response = client.get(address)

        assert response.status_code < 500, address
        if response.status_code == 200:
            assert_language_links_carry_at_most_the_query(BeautifulSoup(response.content, "html.parser"))


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_language_links_of_a_page_carry_no_query_string(client, language):
    for page in one_page_of_each_type().values():
        response = client.get(f"{page_url(page, language)}?q=help&next=//attacker.example&code=ABCD")
        html = BeautifulSoup(response.content, "html.parser")
        assert language_link_addresses(html)
        for address in language_link_addresses(html):
            assert not urlsplit(address).query, address


@pytest.mark.django_db
def test_a_large_post_without_a_token_costs_no_more_on_a_cyrillic_page():
    client = Client(enforce_csrf_checks=True)
    body = {"message": "<" * 60_000}

    latin = client.post("/sr-latn/", body)
    cyrillic = client.post("/sr/", body)

    assert latin.status_code == cyrillic.status_code
    assert latin.status_code in (403, 405, 413)
    # Whatever refuses it answers in a page of its own, not one that repeats the body for the transliterator.
    assert len(cyrillic.content) < 40_000
    assert len(latin.content) < 40_000


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_password_door_is_the_sites_own_page_in_the_readers_language(client, private_page, language):
    restrict(private_page)

    response = client.get(page_url(private_page, language))

    html = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert html.html["lang"] == BeautifulSoup(client.get(f"/{language}/").content, "html.parser").html["lang"]
    assert html.select_one("form input[type=password]") is not None
    assert hotline_number() in response.content.decode()
    assert not response.cookies
    if language not in ("en",):
        assert "Password required" not in html.title.get_text()
