"""With PostgreSQL or Redis gone, a person who sends the form gets a 503 with the hotline number and their text,
never the 500 page and never a receipt for a message that was not stored; readers still get their pages when
only Redis is gone (the default cache fails soft, config.settings.caches)."""

import pytest

from django.db import OperationalError
from django.test import Client, override_settings

from config.settings.caches import redis_caches
from contact import tickets
from contact.models import Ticket
from privacy.outages import RETRY_AFTER_SECONDS

from .conftest import LANGUAGES, PUBLIC_PAGE_MODELS, one_page_of_each_type, page_url
from .contact_helpers import contact_url, receipt_code, reply_check_url, soup, submission, textarea_text
from .own_process import run_script

CLOSED_REDIS = "redis://127.0.0.1:9/0"
CLOSED_POSTGRESQL = "postgres://postgres@127.0.0.1:9/hotline"
MESSAGE = "They took my passport <and> my phone; I write from a friend's phone."


def redis_gone():
    """Both caches on a Redis that is not there, with the production options and cache sessions."""
    return override_settings(
        CACHES=redis_caches(CLOSED_REDIS, CLOSED_REDIS, "hotline-test"),
        SESSION_ENGINE="django.contrib.sessions.backends.cache",
        SESSION_CACHE_ALIAS="secure",
    )


def assert_kept_with_the_hotline(response, message=MESSAGE):
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    html = soup(response)
    assert textarea_text(html) == message
    assert html.select_one("a[href^='tel:']") is not None
    assert receipt_code(response) is None
    assert "no-store" in response["Cache-Control"]


def send_follow_up(client, code):
    return client.post(reply_check_url(), {"code": code, "message": MESSAGE, "token": submission()["token"]})


@pytest.fixture
def quiet_client():
    """A client that gets the error page a server would send, instead of the exception."""
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_readers_get_their_pages_while_redis_is_gone(quiet_client, language):
    urls = [page_url(page, language) for page in one_page_of_each_type(PUBLIC_PAGE_MODELS).values()]
    with redis_gone():
        for url in [*urls, f"/{language}/search/?q=help"]:
            response = quiet_client.get(url)
            assert response.status_code == 200, url
            assert soup(response).select_one("a[href^='tel:']") is not None, url


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "en", "ar"])
def test_a_message_sent_while_redis_is_gone_is_kept_for_later(quiet_client, team_key, language):
    with redis_gone():
        response = quiet_client.post(contact_url(language), submission(message=MESSAGE, contact="ask for Ana"))

    assert_kept_with_the_hotline(response)
    assert soup(response).select_one("input[name=topic][value=job_offer]").has_attr("checked")
    assert "ask for Ana" not in response.content.decode()
    assert not Ticket.objects.exists()


@pytest.mark.django_db
def test_a_follow_up_or_a_code_sent_while_redis_is_gone_gets_a_503(quiet_client, team_key):
    code = "1234 5678 9012 3456 78907"
    with redis_gone():
        follow_up = send_follow_up(quiet_client, code)
        look_up = quiet_client.post(reply_check_url(), {"code": code})

    assert_kept_with_the_hotline(follow_up)
    assert look_up.status_code == 503
    assert soup(look_up).select_one(".form-problem a[href^='tel:']") is not None
    assert code.replace(" ", "") not in look_up.content.decode().replace(" ", "")
    assert not Ticket.objects.exists()


def failing(*args, **kwargs):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.mark.django_db
def test_a_message_the_database_cannot_store_is_kept_for_later(quiet_client, team_key, monkeypatch):
    monkeypatch.setattr(tickets, "open_ticket", failing)
    sent = submission(message=MESSAGE)

    response = quiet_client.post(contact_url("uk"), sent)

    assert_kept_with_the_hotline(response)
    assert not Ticket.objects.exists()
    # The same form, sent again once the database is back, is stored: its token was not used up.
    monkeypatch.undo()
    assert receipt_code(quiet_client.post(contact_url("uk"), sent))


@pytest.mark.django_db
def test_replies_the_database_cannot_find_or_store_get_a_503(quiet_client, team_key, monkeypatch):
    monkeypatch.setattr(tickets, "find_for_reader", failing)
    monkeypatch.setattr(tickets, "add_follow_up", failing)
    code = "1234 5678 9012 3456 78907"

    look_up = quiet_client.post(reply_check_url(), {"code": code})
    follow_up = send_follow_up(quiet_client, code)

    assert look_up.status_code == 503
    assert soup(look_up).select_one(".form-problem a[href^='tel:']") is not None
    assert_kept_with_the_hotline(follow_up)


OUTAGE_REQUESTS = """
import json, sys
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
url, message = sys.argv[1:3]
answers = {
    "sent": client.post(url, {"message": message, "topic": "other", "contact": "ask for Ana", "token": "t"}),
    "read": client.get(url),
}
print(json.dumps({what: [r.status_code, r.get("Retry-After"), r.content.decode()] for what, r in answers.items()}))
"""


@pytest.mark.django_db
def test_a_message_sent_while_postgresql_is_gone_is_kept_for_later():
    """In a process of its own, whose database is a closed port: not even the page can be found."""
    answers, _output = run_script(OUTAGE_REQUESTS, contact_url("en"), MESSAGE, database_url=CLOSED_POSTGRESQL)

    status, retry_after, page = answers["sent"]
    assert (status, int(retry_after)) == (503, RETRY_AFTER_SECONDS)
    html = soup_of(page)
    assert textarea_text(html) == MESSAGE
    assert html.select_one("a[href^='tel:']") is not None
    assert "ask for Ana" not in page
    # A reader gets the 500 page, which needs no database and gives the number too.
    status, _retry_after, page = answers["read"]
    assert status == 500
    assert soup_of(page).select_one("a[href^='tel:']") is not None


def soup_of(page):
    from bs4 import BeautifulSoup

    return BeautifulSoup(page, "html.parser")
