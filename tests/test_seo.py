"""Findable in every language: absolute alternates, canonical addresses, descriptions, noindex where a page is
no search result, robots.txt, the sitemap, Open Graph and the hotline as structured data."""

import json
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.contrib.auth.models import Group

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import PageViewRestriction

from contact.models import ReplyCheckPage
from home.models import SiteSettings, StandardPage
from home.transliteration import latin_to_cyrillic
from privacy.paths import ADMIN_LOGIN_PATH

from .builders import add_page
from .conftest import LANGUAGES, PUBLIC_PAGE_MODELS, one_page_of_each_type, page_url
from .languages import html_lang

# tests/builders.py: these page types' first pages are in Serbian and English only; the others in every language.
SERBIAN_AND_ENGLISH_ONLY = {"StandardPage", "SupportTypePage"}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def address(path):
    return settings.HOTLINE_PUBLIC_ROOT_URL + path


def translated_into(model_name):
    if model_name in SERBIAN_AND_ENGLISH_ONLY:
        return ["sr-latn", "sr", "en"]
    return LANGUAGES


def head_of(client, url, **headers):
    response = client.get(url, **headers)
    return response, BeautifulSoup(response.content, "html.parser").head


def alternates(head):
    return {link["hreflang"]: link["href"] for link in head.select("link[rel=alternate][hreflang]")}


def meta(head, name):
    element = head.find("meta", attrs={"name": name}) or head.find("meta", attrs={"property": name})
    return element["content"] if element else None


def structured_data(head):
    scripts = head.select('script[type="application/ld+json"]')
    return [json.loads(script.string) for script in scripts]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model_name", [model.__name__ for model in PUBLIC_PAGE_MODELS if model is not ReplyCheckPage])
def test_each_page_has_absolute_alternates_canonical_and_description(client, language, model_name):
    page = one_page_of_each_type()[model_name]
    response, head = head_of(client, page_url(page, language))
    assert response.status_code == 200

    languages = translated_into(model_name)
    expected = {html_lang(code): address(page_url(page, code)) for code in languages}
    x_default = address("/") if model_name == "HomePage" else address(page_url(page, settings.LANGUAGE_CODE))
    assert alternates(head) == {**expected, "x-default": x_default}

    # A language the page is not translated into shows the English text, whose address is the canonical one.
    shown = language if language in languages else "en"
    canonical = head.select("link[rel=canonical]")
    assert [link["href"] for link in canonical] == [address(page_url(page, shown))]
    assert meta(head, "og:url") == canonical[0]["href"]
    assert meta(head, "description").strip()
    assert meta(head, "robots") is None
    assert len(head.find_all("meta", attrs={"name": "description"})) == 1


def in_script(language, text):
    return latin_to_cyrillic(text) if language == "sr" else text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_descriptions_follow_the_editor_then_the_page_then_the_site(client, language):
    article = one_page_of_each_type()["ResourcePage"]
    summary = getattr(article, build_localized_fieldname("summary", "sr-latn" if language == "sr" else language))
    _response, head = head_of(client, page_url(article, language))
    assert meta(head, "description") == in_script(language, summary)

    site_settings = SiteSettings.objects.get()
    setattr(site_settings, build_localized_fieldname("site_description", language), "Pomoć <b>odmah</b>, bez imena.")
    site_settings.save()
    for url in (f"/{language}/search/", f"/{language}/search/?q=pomoc", f"/{language}/no-such-page/"):
        response, head = head_of(client, url)
        assert meta(head, "description") == in_script(language, "Pomoć <b>odmah</b>, bez imena."), url
        assert b"<b>" not in response.content.split(b"</head>")[0], url


@pytest.mark.django_db
def test_the_editors_search_description_wins_and_long_text_is_cut_at_a_word(client):
    page = one_page_of_each_type()["StandardPage"]
    page.search_description_en = "What we keep, and for how long."
    page.search_description_sr_latn = "Šta čuvamo, i koliko dugo."
    page.save_revision().publish()
    _response, head = head_of(client, page_url(page, "en"))
    assert meta(head, "description") == "What we keep, and for how long."

    index = one_page_of_each_type()["ResourceIndexPage"]
    index.intro_sr_latn = "Reč " * 100
    index.save_revision().publish()
    _response, head = head_of(client, page_url(index, "sr-latn"))
    description = meta(head, "description")
    assert len(description) <= 200 and description.endswith("Reč…")


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (the site's own sitemap, no entities)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link[@rel='alternate']")
        }
        for url in root.findall(f"{SITEMAP}url")
    }, [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


@pytest.mark.django_db
def test_sitemap_lists_every_public_page_once_per_language_it_is_translated_into(client):
    pages = one_page_of_each_type()
    about = pages["StandardPage"]
    draft = add_page(about, StandardPage(), {"sr-latn": {"title": "Draft", "slug": "draft", "intro": "Not yet."}})
    draft.unpublish()
    for_staff = add_page(about, StandardPage(), {"sr-latn": {"title": "Staff", "slug": "staff", "intro": "Inside."}})
    PageViewRestriction.objects.create(page=for_staff, restriction_type=PageViewRestriction.LOGIN)
    with_password = add_page(about, StandardPage(), {"sr-latn": {"title": "Door", "slug": "door", "intro": "Shut."}})
    PageViewRestriction.objects.create(page=with_password, restriction_type="password", password="secret")
    for_group = add_page(about, StandardPage(), {"sr-latn": {"title": "Group", "slug": "group", "intro": "Few."}})
    restriction = PageViewRestriction.objects.create(page=for_group, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set(Group.objects.all())

    urls, listed = sitemap_urls(client)

    assert len(listed) == len(set(listed)), "an address is listed twice"
    expected = set()
    for model_name, page in pages.items():
        if model_name != "ReplyCheckPage":
            expected |= {address(page_url(page, code)) for code in translated_into(model_name)}
    assert expected <= set(urls)
    for page in (pages["ReplyCheckPage"], draft, for_staff, with_password, for_group):
        for code in LANGUAGES:
            assert address(page_url(page, code)) not in urls, page.title
    home = pages["HomePage"]
    assert urls[address(page_url(home, "uk"))] == {
        **{html_lang(code): address(page_url(home, code)) for code in LANGUAGES},
        "x-default": address("/"),
    }
    for url, links in urls.items():
        assert url in links.values()
        assert all(urlsplit(link).scheme and not urlsplit(link).query for link in links.values())


@pytest.mark.django_db
def test_robots_txt_lets_crawlers_in_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = [line.strip() for line in response.content.decode().splitlines()]
    assert "User-agent: *" in lines
    assert f"Sitemap: {address('/sitemap.xml')}" in lines
    assert not [line for line in lines if line.startswith("Disallow:") and line != "Disallow:"]
    assert not client.get("/sitemap.xml", HTTP_HOST="localhost").content.count(b"://localhost")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_results_errors_and_the_reply_page_are_not_indexed(client, language):
    reply_page = one_page_of_each_type()["ReplyCheckPage"]
    for url in (
        f"/{language}/search/",
        f"/{language}/search/?q=pomoc&page=2",
        f"/{language}/no-such-page/",
        page_url(reply_page, language),
    ):
        _response, head = head_of(client, url)
        assert meta(head, "robots") == "noindex", url
        assert meta(head, "description"), url

    # Search keeps its address in every language, without the query.
    _response, head = head_of(client, f"/{language}/search/?q=pomoc&page=2")
    search_addresses = {html_lang(code): address(f"/{code}/search/") for code in LANGUAGES}
    assert alternates(head) == {**search_addresses, "x-default": address(f"/{settings.LANGUAGE_CODE}/search/")}
    assert head.select_one("link[rel=canonical]")["href"] == address(f"/{language}/search/")


@pytest.mark.django_db
def test_private_pages_and_the_admin_are_not_indexed(client):
    about = one_page_of_each_type()["StandardPage"]
    PageViewRestriction.objects.create(page=about, restriction_type="password", password="secret")
    response = client.get(page_url(about, "en"))
    assert b"password" in response.content.lower() and response["X-Robots-Tag"] == "noindex"

    _response, head = head_of(client, ADMIN_LOGIN_PATH)
    assert meta(head, "robots") == "noindex"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_open_graph_says_title_description_and_locale(client, language):
    article = one_page_of_each_type()["ResourcePage"]
    _response, head = head_of(client, page_url(article, language))
    locales = {"sr-latn": "sr_RS", "sr": "sr_RS", "en": "en_GB", "uk": "uk_UA", "ar": "ar_AR"}
    title = getattr(article, build_localized_fieldname("title", "sr-latn" if language == "sr" else language))
    assert meta(head, "og:title") == in_script(language, title)
    assert meta(head, "og:description") == meta(head, "description")
    assert meta(head, "og:locale") == locales[language]
    alternate_locales = [element["content"] for element in head.select('meta[property="og:locale:alternate"]')]
    assert sorted(alternate_locales) == sorted(set(locales.values()) - {locales[language]})
    assert not head.select('meta[property^="og:image"]')


@pytest.mark.django_db
def test_the_head_is_the_same_whichever_host_was_asked(client):
    """The page cache keeps one copy per host, but none may name the host a reader typed."""
    home = one_page_of_each_type()["HomePage"]
    heads = [head_of(client, page_url(home, "en"), HTTP_HOST=host)[1] for host in ("localhost", "127.0.0.1")]
    assert str(heads[0]) == str(heads[1])
    assert "localhost" not in str(heads[0])


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_describes_the_hotline_as_structured_data(client, language):
    pages = one_page_of_each_type()
    site_settings = SiteSettings.objects.get()
    _response, head = head_of(client, page_url(pages["HomePage"], language))
    [data] = structured_data(head)

    assert data["@context"] == "https://schema.org" and data["@type"] == "NGO"
    assert data["url"] == address(page_url(pages["HomePage"], language))
    organisation = getattr(site_settings, build_localized_fieldname("organisation_name", language)) or getattr(
        site_settings, "organisation_name_sr_latn"
    )
    assert data["name"] == in_script(language, organisation)
    points = data["contactPoint"]
    assert [point["telephone"] for point in points] == [site_settings.primary_phone, site_settings.secondary_phone]
    free_in_serbia = points[1]
    assert free_in_serbia["areaServed"] == "RS" and free_in_serbia["contactOption"] == "https://schema.org/TollFree"
    assert "areaServed" not in points[0]  # callable from abroad too
    weekdays = [f"https://schema.org/{day}" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
    for point in points:
        assert point["availableLanguage"] == ["sr", "en", "uk", "ar"]
        assert point["hoursAvailable"] == [
            {"@type": "OpeningHoursSpecification", "dayOfWeek": weekdays, "opens": "09:00", "closes": "17:00"},
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": ["https://schema.org/Saturday"],
                "opens": "10:00",
                "closes": "13:30",
            },
        ]

    for model_name, page in pages.items():
        if model_name != "HomePage":
            assert not structured_data(head_of(client, page_url(page, language))[1]), model_name


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "sr"])
def test_markup_in_settings_cannot_leave_the_structured_data(client, language):
    site_settings = SiteSettings.objects.get()
    hostile = 'Udruženje </script><script>alert(1)</script><!-- & "'
    site_settings.organisation_name_sr_latn = hostile
    site_settings.save()
    response, head = head_of(client, f"/{language}/")

    assert b"<script>alert(1)" not in response.content
    [script] = head.select('script[type="application/ld+json"]')
    assert "<" not in script.string and ">" not in script.string
    assert json.loads(script.string)["name"] == in_script(language, hostile)
    assert len(BeautifulSoup(response.content, "html.parser").find_all("script")) == 2  # site.js and the data


@pytest.mark.django_db
def test_a_page_written_in_english_only_defaults_to_english(client):
    about = one_page_of_each_type()["StandardPage"]
    page = add_page(
        about,
        StandardPage(),
        {"sr-latn": {"title": "Vodič", "slug": "vodic"}, "en": {"title": "Guide", "slug": "guide", "intro": "Read."}},
    )

    _response, head = head_of(client, page_url(page, "en"))
    english = address(page_url(page, "en"))
    assert alternates(head) == {"sr-Cyrl": address(page_url(page, "sr")), "en": english, "x-default": english}


@pytest.mark.django_db
def test_no_query_string_reaches_the_canonical_address(client):
    for page in one_page_of_each_type().values():
        _response, head = head_of(client, f"{page_url(page, 'en')}?q=help&next=//attacker.example&page=2")
        canonical = head.select_one("link[rel=canonical]")["href"]
        assert canonical == address(page_url(page, "en")), page.title
        assert meta(head, "og:url") == canonical
