"""Error reports and server logs carry no content and no client."""

import importlib
import sys
from pathlib import Path

from gunicorn.config import Config

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
ACCEPT_LANGUAGE = "uk-UA-x-language-marker"
PEPPER = "pepper-marker-4545-" + "p" * 40
REDIS_PASSWORD = "redis-password-marker-6767"
SECRETS = (
    CLIENT_ADDRESS,
    "secret-marker-8080",
    CONTACT,
    AGENT,
    "referrer-marker-5656",
    SESSION_COOKIE,
    UNLOCK_COOKIE,
    "language-marker",
    PEPPER,
    REDIS_PASSWORD,
)


def report_for_failing_post():
    request = RequestFactory().post(
        "/en/write-to-us/",
        {"message": MESSAGE, "contact": CONTACT},
        REMOTE_ADDR=CLIENT_ADDRESS,
        HTTP_USER_AGENT=AGENT,
        HTTP_REFERER=REFERRER,
        HTTP_X_FORWARDED_FOR=CLIENT_ADDRESS,
        HTTP_CF_CONNECTING_IP=CLIENT_ADDRESS,
        HTTP_TRUE_CLIENT_IP=CLIENT_ADDRESS,
        HTTP_CLIENT_IP=CLIENT_ADDRESS,
        HTTP_SEC_CH_UA=f'"{AGENT}";v="1"',
        HTTP_SEC_CH_UA_PLATFORM=f'"{AGENT}"',
        HTTP_ACCEPT_LANGUAGE=ACCEPT_LANGUAGE,
    )
    request.COOKIES = {"sessionid": SESSION_COOKIE, "hotline_unlock": UNLOCK_COOKIE}
    message = request.POST["message"]  # a local variable a careless view might hold
    try:
        raise ValueError("failed while handling the form")
    except ValueError:
        reporter = ExceptionReporter(request, *sys.exc_info())
        assert message
        return reporter.get_traceback_text() + reporter.get_traceback_html()


def test_error_reports_hold_no_post_data_meta_secrets_or_local_variables(settings):
    settings.HOTLINE_PEPPER = PEPPER
    settings.REDIS_URL = f"redis://:{REDIS_PASSWORD}@127.0.0.1:6379/0"
    settings.CACHES = {**settings.CACHES, "extra": {"LOCATION": f"redis://hotline:{REDIS_PASSWORD}@cache:6379/1"}}
    report = report_for_failing_post()

    assert "failed while handling the form" in report
    for secret in SECRETS:
        assert secret not in report, secret


def test_no_error_mail_can_carry_a_request():
    assert not settings.ADMINS
    handlers = settings.LOGGING["handlers"].values()
    assert not [handler for handler in handlers if "AdminEmailHandler" in handler["class"]]


def gunicorn_settings():
    config = Path(__file__).parent.parent / "config" / "gunicorn.conf.py"
    namespace = {}
    exec(compile(config.read_text(), str(config), "exec"), namespace)  # noqa: S102 - our own config file
    return namespace


def test_gunicorn_keeps_no_access_log():
    assert gunicorn_settings()["accesslog"] is None


def test_gunicorn_invalid_request_lines_name_no_client(capsys):
    logger_path = gunicorn_settings()["logger_class"]
    module, _dot, name = logger_path.rpartition(".")
    logger = getattr(importlib.import_module(module), name)(Config())
    logger.warning("Invalid request from ip=%s: %s" % (CLIENT_ADDRESS, "Invalid HTTP method"))
    logger.warning("Invalid request from ip=2001:db8::7: bad header")
    # A request line that is no HTTP: raw bytes of a search, as the outside attack sent them.
    logger.warning(
        "Invalid request from ip=%s: Invalid HTTP request line: 'GET /en/search/?q=SECRET+втекти'" % CLIENT_ADDRESS
    )
    logged = capsys.readouterr().err
    assert "Invalid request from ip=-" in logged
    assert "Invalid HTTP request line" in logged
    assert CLIENT_ADDRESS not in logged and "2001:db8" not in logged
    assert "SECRET" not in logged and "втекти" not in logged
