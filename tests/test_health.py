"""/healthz (privacy.health): a load balancer takes an app server out only when its database does not answer;
a Redis outage shows in the body, not in the status; nothing else is said, on any host, as often as asked."""

import pytest

from django.test import Client

from .own_process import run_script
from .test_outages import CLOSED_POSTGRESQL, redis_gone

HEALTH_REQUESTS = """
import json
import django
django.setup()
from django.test import Client
response = Client(raise_request_exception=False).get("/healthz", REMOTE_ADDR="203.0.113.77")
print(json.dumps([response.status_code, response.content.decode(), response.get("Cache-Control")]))
"""


@pytest.mark.django_db
def test_healthy(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content.decode() == "database ok\ncache ok\nsecure cache ok\n"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_a_redis_outage_is_reported_without_failing(client):
    with redis_gone():
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content.decode() == "database ok\ncache down\nsecure cache down\n"


def test_an_unreachable_database_fails_and_logs_no_address():
    """In a process of its own, whose database is a closed port."""
    (status, body, cache_control), output = run_script(HEALTH_REQUESTS, database_url=CLOSED_POSTGRESQL)

    assert status == 503
    assert body == "database down\ncache ok\nsecure cache ok\n"
    assert "no-store" in cache_control
    assert "203.0.113.77" not in output


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["hotline.example.org", "inbox.example.org", "admin.example.org"])
def test_answered_on_every_host(settings, host):
    settings.ALLOWED_HOSTS = ["hotline.example.org", "inbox.example.org", "admin.example.org"]
    settings.HOTLINE_INBOX_HOST = "inbox.example.org"
    settings.HOTLINE_ADMIN_HOST = "admin.example.org"

    assert Client(HTTP_HOST=host).get("/healthz").status_code == 200


@pytest.mark.django_db
def test_no_limit_on_how_often(client):
    statuses = {client.get("/healthz").status_code for _ in range(50)}
    assert statuses == {200}


@pytest.mark.django_db
def test_only_read(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200
