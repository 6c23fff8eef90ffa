"""Error reports and server logs carry no content and no client."""

import re
import sys
from pathlib import Path

from django.conf import settings
from django.test import RequestFactory
from django.views.debug import ExceptionReporter

CLIENT_ADDRESS = "203.0.113.77"
MESSAGE = "secret-marker-8080 my boss took my passport"
CONTACT = "phone-marker-1212"
AGENT = "agent-marker-3434"
REFERRER = "https://elsewhere.example/referrer-marker-5656"
SESSION_COOKIE = "session-marker-9191"
UNLOCK_COOKIE = "unlock-marker-2323"
SECRETS = (CLIENT_ADDRESS, "secret-marker-8080", CONTACT, AGENT, "referrer-marker-5656", SESSION_COOKIE, UNLOCK_COOKIE)


def report_for_failing_post():
    request = RequestFactory().post(
        "/en/write-to-us/",
        {"message": MESSAGE, "contact": CONTACT},
        REMOTE_ADDR=CLIENT_ADDRESS,
        HTTP_USER_AGENT=AGENT,
        HTTP_REFERER=REFERRER,
        HTTP_X_FORWARDED_FOR=CLIENT_ADDRESS,
    )
    request.COOKIES = {"sessionid": SESSION_COOKIE, "hotline_unlock": UNLOCK_COOKIE}
    message = request.POST["message"]  # a local variable a careless view might hold
    try:
        raise ValueError("failed while handling the form")
    except ValueError:
        reporter = ExceptionReporter(request, *sys.exc_info())
        assert message
        return reporter.get_traceback_text() + reporter.get_traceback_html()


def test_error_reports_hold_no_post_data_meta_or_local_variables():
    report = report_for_failing_post()

    assert "failed while handling the form" in report
    for secret in SECRETS:
        assert secret not in report, secret


def test_no_error_mail_can_carry_a_request():
    assert not settings.ADMINS
    handlers = settings.LOGGING["handlers"].values()
    assert not [handler for handler in handlers if "AdminEmailHandler" in handler["class"]]


def test_gunicorn_access_log_names_no_client():
    config = Path(__file__).parent.parent / "config" / "gunicorn.conf.py"
    namespace = {}
    exec(compile(config.read_text(), str(config), "exec"), namespace)  # noqa: S102 - our own config file
    log_format = namespace["access_log_format"]
    # h: remote address, a: user agent, f: referrer, q/r/u: query string, request line and user.
    assert not re.search(r"%\((h|a|f|q|r|u|\{[^}]*\}i)\)s", log_format), log_format
