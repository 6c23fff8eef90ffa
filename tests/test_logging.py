"""Errors are logged, but never with the client's address, user agent, referrer or what they sent."""

import pytest
from bs4 import BeautifulSoup

from resources.models import SupportTypePage

from .conftest import one_page_of_each_type, page_url

CLIENT_ADDRESS = "203.0.113.77"
USER_AGENT = "DistinctiveAgent/9.9 (marker-ua-5150)"
REFERRER = "https://referrer.example/marker-ref-4242"


@pytest.fixture
def failing_support_page(monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(SupportTypePage, "get_context", broken)
    return one_page_of_each_type()["SupportTypePage"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "ar"])
def test_server_error_is_logged_without_the_client(client, log_output, failing_support_page, language):
    client.raise_request_exception = False

    response = client.get(
        page_url(failing_support_page, language) + "?q=marker-query-777",
        REMOTE_ADDR=CLIENT_ADDRESS,
        HTTP_USER_AGENT=USER_AGENT,
        HTTP_REFERER=REFERRER,
    )

    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("a[href^='tel:']") is not None
    logged = log_output.getvalue()
    assert "Internal Server Error" in logged and "simulated failure" in logged
    for secret in (CLIENT_ADDRESS, "marker-ua-5150", "marker-ref-4242", "marker-query-777"):
        assert secret not in logged


@pytest.mark.django_db
def test_not_found_is_not_logged(client, log_output):
    client.get("/en/no-such-page/", REMOTE_ADDR=CLIENT_ADDRESS, HTTP_USER_AGENT=USER_AGENT)
    logged = log_output.getvalue()
    assert CLIENT_ADDRESS not in logged and "marker-ua-5150" not in logged


@pytest.mark.django_db
def test_a_request_for_a_host_not_ours_is_refused_without_a_log_line(client, log_output):
    """The outside attack swelled the log with requests for other hosts, a 10-line traceback each."""
    response = client.get("/en/", HTTP_HOST="evil.example", REMOTE_ADDR=CLIENT_ADDRESS)
    assert response.status_code == 400
    assert log_output.getvalue() == ""
