"""The front server writes no access-log line for the contact pages or for anything sent to the public site: each
response says so in a header (privacy.headers), which the front server reads and hides (README)."""

import pytest

from django.test import Client

from privacy.headers import SKIP_ACCESS_LOG, SKIP_ACCESS_LOG_HEADER

from .conftest import LANGUAGES, PAGE_MODELS, one_page_of_each_type, page_url
from .contact_helpers import contact_url, receipt_code, reply_check_url, submission


def skips_the_log(response):
    return response.get(SKIP_ACCESS_LOG_HEADER) == SKIP_ACCESS_LOG


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_pages_and_what_is_sent_to_them_leave_no_log_line(client, team_key, language):
    sent = client.post(contact_url(language), submission())
    code = receipt_code(sent)
    follow_up = {"code": code, "message": "Once more, with thanks.", "token": submission()["token"]}
    responses = {
        "the form": client.get(contact_url(language)),
        "the reply check": client.get(reply_check_url(language)),
        "a message sent": sent,
        "a message from an expired form": client.post(contact_url(language), {**submission(), "token": "forged"}),
        "a code looked up": client.post(reply_check_url(language), {"code": code}),
        "a follow-up": client.post(reply_check_url(language), follow_up),
    }
    for what, response in responses.items():
        assert response.status_code in (200, 400), what
        assert skips_the_log(response), what


@pytest.mark.django_db
def test_every_public_post_leaves_no_log_line(client, team_key):
    strict_client = Client(enforce_csrf_checks=True)
    responses = {
        "from another site": strict_client.post(contact_url(), submission(), HTTP_SEC_FETCH_SITE="cross-site"),
        "too large": client.post(contact_url(), {"message": "x" * 70_000}),
        "to a page that takes no form": client.post("/en/", {"message": "hello"}),
        "to a search": client.post("/en/search/", {"q": "help"}),
        "to a missing page": client.post("/en/no-such-page/", {"message": "hello"}),
    }
    assert [response.status_code for response in responses.values()] == [403, 413, 405, 200, 404]
    for what, response in responses.items():
        assert skips_the_log(response), what


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_reading_the_site_is_logged_as_usual(client, language):
    urls = [page_url(page, language) for page in one_page_of_each_type(PAGE_MODELS).values()]
    for url in [*urls, f"/{language}/search/?q=help", f"/{language}/no-such-page/", "/admin/login/"]:
        response = client.get(url)
        assert SKIP_ACCESS_LOG_HEADER not in response, url
