"""The contact pages set no cookie, not even a CSRF cookie: a form sent from another site is refused by what the
browser says about where it came from (privacy.csrf). The admin keeps Django's check, cookie and token."""

import pytest

from django.conf import settings
from django.test import Client

from contact.models import Ticket
from privacy.paths import ADMIN_LOGIN_PATH

from .conftest import LANGUAGES
from .contact_helpers import contact_url, receipt_code, reply_check_url, soup, submission, write_as_team
from .test_public_surface import add_page, restrict

# Refused; the message is offered back only where no other site can have sent it (the person's own reload, or
# this host under another scheme or port, which a front server's setting makes).
ANOTHER_SITE = {
    "Sec-Fetch-Site cross-site": {"HTTP_SEC_FETCH_SITE": "cross-site"},
    "Sec-Fetch-Site same-site": {"HTTP_SEC_FETCH_SITE": "same-site"},
    "a foreign Origin": {"HTTP_ORIGIN": "https://evil.example"},
    "Origin null": {"HTTP_ORIGIN": "null"},
    "Sec-Fetch-Site before our own Origin": {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "http://testserver"},
}
NOT_ANOTHER_SITE = {
    "Sec-Fetch-Site none": {"HTTP_SEC_FETCH_SITE": "none"},
    "our host on another port": {"HTTP_ORIGIN": "http://testserver:8080"},
    "our host under https": {"HTTP_ORIGIN": "https://testserver"},
}
CROSS_SITE = {**ANOTHER_SITE, **NOT_ANOTHER_SITE}
SAME_SITE = {
    "Sec-Fetch-Site same-origin": {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
    "our own Origin": {"HTTP_ORIGIN": "http://testserver"},
    "our own Origin in capitals": {"HTTP_ORIGIN": "HTTP://TestServer"},
    "neither header (an old browser)": {},
}


@pytest.fixture
def strict_client():
    """A client under the CSRF checks (Django's test client skips them by default)."""
    return Client(enforce_csrf_checks=True)


def assert_no_cookie(response):
    assert "Set-Cookie" not in response
    assert not response.cookies


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_and_reply_pages_set_no_cookie(strict_client, team_key, language):
    responses = [strict_client.get(contact_url(language)), strict_client.get(reply_check_url(language))]
    sent = strict_client.post(contact_url(language), submission(), HTTP_SEC_FETCH_SITE="same-origin")
    code = receipt_code(sent)
    assert code, soup(sent).get_text()
    write_as_team(Ticket.objects.get(), team_key, "We read you.")
    responses += [
        sent,
        strict_client.post(reply_check_url(language), {"code": code}, HTTP_SEC_FETCH_SITE="same-origin"),
        strict_client.post(
            reply_check_url(language),
            {"code": code, "message": "And once more, thank you.", "token": submission()["token"]},
            HTTP_SEC_FETCH_SITE="same-origin",
        ),
        strict_client.post(contact_url(language), submission(), HTTP_SEC_FETCH_SITE="cross-site"),
    ]

    assert [response.status_code for response in responses] == [200, 200, 200, 200, 200, 403]
    for response in responses:
        assert_no_cookie(response)
        assert b"csrfmiddlewaretoken" not in response.content
    assert not strict_client.cookies


@pytest.mark.django_db
@pytest.mark.parametrize("headers", CROSS_SITE.values(), ids=CROSS_SITE.keys())
def test_a_form_from_another_site_is_refused_with_the_friendly_page(strict_client, team_key, headers, log_output):
    message = "Sent by a page of another site."
    responses = [
        strict_client.post(contact_url("sr-latn"), submission(message=message), **headers),
        strict_client.post(
            reply_check_url("sr-latn"),
            {"code": "1234 5678 9012 3456 78907", "message": message, "token": submission()["token"]},
            **headers,
        ),
    ]

    for response in responses:
        assert response.status_code == 403
        html = soup(response)
        offered_back = html.select_one("textarea[name=message]")
        if headers in ANOTHER_SITE.values():
            assert offered_back is None and message not in response.content.decode()
        else:
            assert offered_back.get_text() == message
        assert html.select_one("a[href^='tel:']") is not None
        assert_no_cookie(response)
    assert not Ticket.objects.exists()
    # A log line would date the visit to the form.
    assert log_output.getvalue() == ""


@pytest.mark.django_db
@pytest.mark.parametrize("headers", SAME_SITE.values(), ids=SAME_SITE.keys())
def test_a_form_from_this_site_or_an_old_browser_is_accepted(strict_client, team_key, headers):
    response = strict_client.post(contact_url("en"), submission(), **headers)

    assert response.status_code == 200
    assert receipt_code(response)
    assert Ticket.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("host", "origin", "accepted"),
    [
        ("testserver:8443", "https://testserver:8443", True),
        ("testserver:8443", "https://testserver", False),
        ("testserver", "https://testserver:443", True),
        ("testserver", "http://testserver", False),
    ],
)
def test_behind_tls_the_origin_must_match_scheme_host_and_port(strict_client, team_key, host, origin, accepted):
    response = strict_client.post(contact_url(), submission(), secure=True, HTTP_HOST=host, HTTP_ORIGIN=origin)
    assert response.status_code == (200 if accepted else 403)


@pytest.mark.django_db
def test_a_public_page_whose_template_asks_for_a_token_sets_no_cookie(strict_client, settings):
    from home.models import HomePage

    # Wagtail's own password page asks for a token (the site's own does not need one).
    settings.WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "wagtailcore/password_required.html"
    page = add_page(HomePage.objects.get(), "members")
    restrict(page)

    response = strict_client.get(page.get_url())

    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content, "Wagtail's password form asks for a token"
    assert_no_cookie(response)


@pytest.mark.django_db
def test_the_admin_keeps_djangos_check_with_its_cookie(strict_client):
    sign_in = strict_client.get(ADMIN_LOGIN_PATH)
    assert settings.CSRF_COOKIE_NAME in sign_in.cookies

    # What passes on a public form does not pass in the admin: it wants the cookie's token.
    fields = {"username": "nobody", "password": "wrong-password"}
    refused = Client(enforce_csrf_checks=True).post(ADMIN_LOGIN_PATH, fields, HTTP_SEC_FETCH_SITE="same-origin")
    assert refused.status_code == 403

    token = soup(sign_in).select_one("input[name=csrfmiddlewaretoken]")["value"]
    answered = strict_client.post(ADMIN_LOGIN_PATH, {**fields, "csrfmiddlewaretoken": token})
    assert answered.status_code == 200


def test_djangos_csrf_middleware_is_replaced_in_place():
    middleware = settings.MIDDLEWARE
    assert "django.middleware.csrf.CsrfViewMiddleware" not in middleware
    assert middleware.index("privacy.csrf.PublicFormCsrfMiddleware") < middleware.index(
        "django.contrib.auth.middleware.AuthenticationMiddleware"
    )
