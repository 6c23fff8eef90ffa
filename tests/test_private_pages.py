"""Private stays private: a page for signed-in readers, a page behind a password and a draft lend their titles
and summaries to no menu, index, link or search result, in any language."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.utils.translation import override

from wagtail.models import Page, PageViewRestriction

from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage, ResourcePage, SupportIndexPage

from .builders import add_page, fill
from .conftest import LANGUAGES, PUBLIC_PAGE_MODELS, one_page_of_each_type, page_url
from .staff_helpers import VERIFY_PATH, give_authenticator, verify

SECRET = {language: f"Hidden {language} marker-9137" for language in LANGUAGES if language != "sr"}
SUMMARY = "summary-marker-5521"


def texts(kind, slug):
    return {
        language: {"title": f"{title} {kind}", "slug": f"{slug}-{kind}-{language}", "summary": SUMMARY}
        for language, title in SECRET.items()
    }


def article(kind):
    return ResourcePage(category=ResourcePage.Category.SAFE_MIGRATION, last_reviewed=datetime.date(2026, 1, 1))


@pytest.fixture
def private_pages(db):
    home = HomePage.objects.get()
    topics = ResourceIndexPage.objects.get()
    login_only = add_page(topics, article("login"), texts("login", "a"))
    PageViewRestriction.objects.create(page=login_only, restriction_type=PageViewRestriction.LOGIN)
    with_password = add_page(topics, article("password"), texts("password", "b"))
    PageViewRestriction.objects.create(
        page=with_password, restriction_type=PageViewRestriction.PASSWORD, password="staff-only-9"
    )
    staff_menu = StandardPage(show_in_menus=True)
    fill(staff_menu, {language: {"intro": SUMMARY} for language in SECRET})
    add_page(
        home,
        staff_menu,
        {k: {key: v for key, v in value.items() if key != "summary"} for k, value in texts("menu", "c").items()},
    )
    PageViewRestriction.objects.create(page=staff_menu, restriction_type=PageViewRestriction.LOGIN)
    draft = article("draft")
    fill(draft, texts("draft", "d"))
    topics.add_child(instance=draft)
    draft.unpublish()
    return [login_only, with_password, staff_menu, draft]


def public_pages():
    pages = [page for page in one_page_of_each_type(PUBLIC_PAGE_MODELS).values() if page is not None]
    return [*pages, SupportIndexPage.objects.get()]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_public_page_names_a_private_page_or_a_draft(client, private_pages, language):
    for page in public_pages():
        response = client.get(page_url(page, language))
        assert response.status_code == 200, page
        html = response.content.decode()
        assert "marker-9137" not in html and SUMMARY not in html, f"{page} in {language}"
        for private in private_pages:
            with override(language):
                assert private.url_path.rstrip("/").rsplit("/", 1)[-1] not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_no_private_page_or_draft(client, private_pages, language):
    response = client.get(f"/{language}/search/", {"q": "Hidden marker login password menu draft"})
    assert response.status_code == 200
    assert "marker-9137" not in response.content.decode()


@pytest.mark.django_db
def test_a_call_to_action_to_a_private_page_is_left_out(client, private_pages):
    login_only = private_pages[0]
    support = SupportIndexPage.objects.get()
    support.body_en = [("call_to_action", {"text": "Go there", "page": login_only, "link_text": "Staff page"})]
    support.save_revision().publish()
    html = client.get(page_url(support, "en")).content.decode()
    assert "Staff page" not in html
    assert Page.objects.get(pk=login_only.pk).get_url() not in html


@pytest.mark.django_db
def test_a_page_made_private_leaves_every_listing_at_once(client):
    topics = ResourceIndexPage.objects.get()
    article_page = ResourcePage.objects.child_of(topics).live().first()
    with override("en"):
        title = article_page.title
    assert title in client.get(page_url(topics, "en")).content.decode()  # the restricted paths are now cached

    PageViewRestriction.objects.create(page=article_page, restriction_type=PageViewRestriction.LOGIN)

    assert title not in client.get(page_url(topics, "en")).content.decode()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("reader-editor", password="editor-password-4412")
    user.groups.add(Group.objects.get(name="Editors"))
    give_authenticator(user)
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_password_alone_opens_no_page_kept_for_signed_in_readers(client, private_pages, editor, language):
    login_only = private_pages[0]
    client.force_login(editor)  # the password was given (or the session stolen before the second factor)

    response = client.get(page_url(login_only, language))

    assert response.status_code == 302
    assert "marker-9137" not in response.content.decode()
    # The way in leads through the second factor and back to the page.
    sign_in = client.get(response["Location"])
    assert sign_in["Location"].startswith(VERIFY_PATH)
    verified = verify(client, editor, page=sign_in["Location"])
    assert client.get(verified["Location"])["Location"] == page_url(login_only, language)
    opened = client.get(page_url(login_only, language))
    assert opened.status_code == 200 and SECRET[language] in opened.content.decode()


@pytest.mark.django_db
def test_a_reader_signs_in_with_both_factors_before_a_page_kept_for_signed_in_readers(client, private_pages, editor):
    login_only = private_pages[0]
    url = page_url(login_only, "en")

    to_sign_in = client.get(url)["Location"]
    to_login = client.get(to_sign_in)["Location"]

    assert to_login.startswith("/admin/login/")
    to_verify = client.get(
        client.post(to_login, {"username": editor.username, "password": "editor-password-4412"})["Location"]
    )["Location"]
    verified = verify(client, editor, page=to_verify)
    back = client.get(verified["Location"])
    assert back["Location"] == url
    assert SECRET["en"] in client.get(url).content.decode()


@pytest.mark.django_db
def test_reader_pages_do_not_vary_on_cookies_a_reader_never_sends(client):
    response = client.get("/en/")

    assert response.status_code == 200
    assert "cookie" not in response.get("Vary", "").lower()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "en", "ar"])
@pytest.mark.parametrize("query", ["", "?utm_source=x"])
def test_the_password_door_names_nothing_of_the_page_behind_it(client, private_pages, language, query):
    """Neither the page's title, nor its summary, nor its addresses in other languages, in any meta tag."""
    with_password = private_pages[1]
    response = client.get(page_url(with_password, language) + query)

    html = response.content.decode()
    assert 'name="password"' in html
    assert "marker-9137" not in html
    assert SUMMARY not in html
    assert 'rel="alternate"' not in html
    assert 'rel="canonical"' not in html
    assert '<meta name="robots" content="noindex">' in html
