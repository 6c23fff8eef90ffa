"""The admin's headers and hosts: a Content-Security-Policy per area, previews the editor may frame, nothing
loaded from another site, and the inbox on a host of its own when one is set."""

import re

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site
from wagtail.users.models import UserProfile

from contact import tickets
from home.models import HomePage, StandardPage
from privacy.paths import ADMIN_LOGIN_PATH

from .conftest import one_page_of_each_type
from .inbox_helpers import make_consultant, unlock
from .staff_helpers import ENROL_PATH, VERIFY_PATH, give_authenticator, sign_in_verified
from .test_privacy import RESOURCE_ATTRIBUTES
from .test_production_settings import COMPLETE_ENVIRONMENT, manage

SUPERUSER_PASSWORD = "superuser-password-123"
MESSAGE = "They took my passport at the border."


def policy(response):
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    }


def make_superuser(django_user_model):
    user = django_user_model.objects.create_superuser(
        "admin-test", email="admin-test@example.org", password=SUPERUSER_PASSWORD
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the browser tests read the admin in English
    profile.save()
    give_authenticator(user)
    return user


def make_image():
    return get_image_model().objects.create(title="Harbour", file=get_test_image_file("harbour.png"))


@pytest.fixture
def superuser(django_user_model):
    return make_superuser(django_user_model)


@pytest.fixture
def image(db):
    return make_image()


def admin_screens(superuser, image):
    """Every admin screen the project uses, outside the inbox and the page editors."""
    home = HomePage.objects.order_by("path").first()
    site = Site.objects.get(is_default_site=True)
    document = get_document_model().objects.order_by("pk").first()
    named = [
        ("wagtailadmin_home", []),
        ("wagtailadmin_explore_root", []),
        ("wagtailadmin_explore", [home.pk]),
        ("wagtailadmin_pages:search", []),
        ("wagtailadmin_pages:add", ["home", "standardpage", home.pk]),
        ("wagtailadmin_pages:history", [home.pk]),
        ("wagtailimages:index", []),
        ("wagtailimages:edit", [image.pk]),
        ("wagtailimages:add_multiple", []),
        ("wagtaildocs:index", []),
        ("wagtaildocs:edit", [document.pk]),
        ("wagtaildocs:add_multiple", []),
        ("wagtailsettings:edit", ["home", "sitesettings", site.pk]),
        ("wagtailadmin_reports:site_history", []),
        ("wagtailadmin_reports:aging_pages", []),
        ("wagtailadmin_reports:locked_pages", []),
        ("wagtailadmin_reports:page_types_usage", []),
        ("wagtailadmin_workflows:index", []),
        ("wagtailadmin_workflows:task_index", []),
        ("wagtailusers_users:index", []),
        ("wagtailusers_users:edit", [superuser.pk]),
        ("wagtailusers_groups:index", []),
        ("wagtailadmin_account", []),
        ("wagtailredirects:index", []),
        ("wagtailadmin_collections:index", []),
        ("wagtailsites:index", []),
    ]
    return [reverse(name, args=args) for name, args in named]


def page_editors():
    return [reverse("wagtailadmin_pages:edit", args=[page.pk]) for page in one_page_of_each_type().values()]


# Content-Security-Policy per area


@pytest.mark.django_db
def test_admin_screens_allow_inline_script_but_nothing_from_elsewhere(client, superuser, image):
    sign_in_verified(client, superuser)
    for url in admin_screens(superuser, image) + page_editors():
        response = client.get(url)
        assert response.status_code == 200, url
        csp = policy(response)
        assert csp["default-src"] == ["'self'"], url
        assert csp["script-src"] == ["'self'", "'unsafe-inline'"], url
        # Draftail, the rich-text editor, writes <style> elements.
        assert csp["style-src"] == ["'self'", "'unsafe-inline'"], url
        assert csp["img-src"] == ["'self'", "data:", "blob:"], url
        assert csp["connect-src"] == ["'self'"], url
        assert csp["font-src"] == ["'self'"], url
        assert csp["object-src"] == ["'none'"], url
        assert csp["base-uri"] == ["'none'"], url
        assert csp["form-action"] == ["'self'"], url
        assert csp["frame-ancestors"] == ["'self'"], url


@pytest.mark.django_db
def test_sign_in_second_factor_and_inbox_run_no_inline_script(client, django_user_model, team_key):
    sign_in = client.get(ADMIN_LOGIN_PATH)
    consultant = make_consultant(django_user_model, "headers-consultant", team_key)
    client.force_login(consultant)
    second_factor = [client.get(VERIFY_PATH), client.get(ENROL_PATH)]
    sign_in_verified(client, consultant)
    responses = [sign_in, *second_factor] + [
        client.get(f"/admin/inbox/{path}") for path in ("", "unlock/", "keys/", "statistics/")
    ]
    for response in responses:
        assert response.status_code in (200, 302), response.request["PATH_INFO"]
        csp = policy(response)
        assert csp["script-src"] == ["'self'"]
        assert csp["style-src"] == ["'self'"]
        assert csp["connect-src"] == ["'self'"]
        assert csp["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def preview_of_a_new_revision(client, superuser):
    page = StandardPage.objects.live().order_by("path").first()
    revision = page.save_revision(user=superuser)
    sign_in_verified(client, superuser)
    return client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]))


@pytest.mark.django_db
def test_preview_is_a_public_page_the_editor_may_frame(client, superuser):
    response = preview_of_a_new_revision(client, superuser)

    assert response.status_code == 200
    assert "<h1" in response.content.decode()
    csp = policy(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_public_pages_still_refuse_every_frame(client):
    response = client.get("/en/")
    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


# Nothing from another site


@pytest.mark.django_db
def test_no_admin_screen_loads_anything_from_another_site(client, superuser, image):
    sign_in_verified(client, superuser)
    for url in admin_screens(superuser, image) + page_editors():
        content = client.get(url).content.decode()
        html = BeautifulSoup(content, "html.parser")
        for tag, attribute in RESOURCE_ATTRIBUTES.items():
            for element in html.find_all(tag):
                value = element.get(attribute, "")
                assert not re.match(r"^\s*(https?:)?//", value), f"{url}: <{tag} {attribute}={value}>"
        # The sidebar draws the avatar from JSON: Gravatar would learn who uses the admin, and when.
        assert "gravatar" not in content.lower(), url


# Hosts of their own

PUBLIC_HOST = "hotline.example.org"
ADMIN_HOST = "admin.hotline.example.org"
INBOX_HOST = "inbox.hotline.example.org"
SEPARATE_HOSTS = {
    "ALLOWED_HOSTS": [PUBLIC_HOST, ADMIN_HOST, INBOX_HOST],
    "HOTLINE_ADMIN_HOST": ADMIN_HOST,
    "HOTLINE_INBOX_HOST": INBOX_HOST,
}


@pytest.fixture
def ticket(team_key):
    return tickets.open_ticket(
        code_digits="7" * 20, language="en", payload={"topic": "help_now", "message": MESSAGE, "contact": ""}
    )


def status(client, path, host):
    return client.get(path, HTTP_HOST=host).status_code


@pytest.mark.django_db
def test_one_host_serves_everything_by_default(client, superuser):
    sign_in_verified(client, superuser)
    assert status(client, "/en/", "testserver") == 200
    assert status(client, "/admin/", "testserver") == 200
    assert status(client, "/admin/inbox/", "testserver") != 404


@pytest.mark.django_db
@override_settings(**SEPARATE_HOSTS)
def test_an_unlocked_inbox_is_unreadable_from_the_admin_and_public_hosts(client, django_user_model, team_key, ticket):
    consultant = make_consultant(django_user_model, "hosts-consultant", team_key)
    client.defaults["HTTP_HOST"] = INBOX_HOST
    unlock(client, consultant)
    ticket_path = f"/admin/inbox/ticket/{ticket.pk}/"
    assert MESSAGE in client.get(ticket_path).content.decode()

    for host in (ADMIN_HOST, PUBLIC_HOST):
        for path in (ticket_path, "/admin/inbox/", "/admin/inbox/keys/", "/admin/inbox/unlock/"):
            response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 404, (host, path)
            assert MESSAGE not in response.content.decode()


@pytest.mark.django_db
@override_settings(**SEPARATE_HOSTS)
def test_the_inbox_host_serves_the_inbox_and_its_sign_in_only(client, django_user_model):
    assert status(client, ADMIN_LOGIN_PATH, INBOX_HOST) == 200
    assert status(client, "/admin/jsi18n/", INBOX_HOST) == 200
    assert status(client, "/admin/sprite/", INBOX_HOST) == 200
    sign_in_verified(client, make_consultant(django_user_model, "inbox-host-consultant"))
    assert status(client, "/admin/inbox/", INBOX_HOST) == 200
    for front_door in ("/", "/admin/"):
        assert client.get(front_door, HTTP_HOST=INBOX_HOST)["Location"] == "/admin/inbox/"
    for path in ("/admin/pages/", "/admin/users/", "/admin/account/", "/en/", "/documents/1/x.pdf"):
        assert status(client, path, INBOX_HOST) == 404, path
    assert client.post("/admin/logout/", HTTP_HOST=INBOX_HOST).status_code == 302


@pytest.mark.django_db
@override_settings(**SEPARATE_HOSTS)
def test_the_admin_answers_on_its_host_only(client, superuser):
    assert status(client, ADMIN_LOGIN_PATH, PUBLIC_HOST) == 404
    assert status(client, ADMIN_LOGIN_PATH, ADMIN_HOST) == 200
    sign_in_verified(client, superuser)
    assert status(client, "/admin/", PUBLIC_HOST) == 404
    assert status(client, "/admin/pages/", ADMIN_HOST) == 200
    assert status(client, "/en/", PUBLIC_HOST) == 200


@pytest.mark.django_db
@override_settings(ALLOWED_HOSTS=[INBOX_HOST, "testserver"], HOTLINE_INBOX_HOST=INBOX_HOST)
def test_preview_renders_when_wagtail_makes_its_request_for_the_inbox_host(client, superuser):
    # Wagtail gives a preview's made-up request the first allowed host when the site's own is not allowed.
    response = preview_of_a_new_revision(client, superuser)
    assert response.status_code == 200
    assert "<h1" in response.content.decode()


@pytest.mark.django_db
@override_settings(**SEPARATE_HOSTS)
def test_sign_in_cookies_stay_on_the_host_that_set_them(client, superuser):
    sign_in_form = client.get(ADMIN_LOGIN_PATH, HTTP_HOST=INBOX_HOST)
    assert sign_in_form.cookies["csrftoken"]["domain"] == ""
    response = client.post(
        ADMIN_LOGIN_PATH, {"username": superuser.username, "password": SUPERUSER_PASSWORD}, HTTP_HOST=INBOX_HOST
    )
    assert response.status_code == 302
    assert response.cookies["sessionid"]["domain"] == ""


def test_production_cookies_cannot_be_planted_by_a_neighbouring_host():
    result = manage(
        "shell",
        "--verbosity=0",
        "-c",
        "from django.conf import settings; "
        "print(settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_DOMAIN)",
        **COMPLETE_ENVIRONMENT,
    )
    assert result.stdout.split() == ["__Host-sessionid", "__Host-csrftoken", "None"], result.stderr
