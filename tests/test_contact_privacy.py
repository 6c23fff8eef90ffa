"""Leak tests: what a person wrote and where they wrote from reach no table, no cache entry,
no log line, and on PostgreSQL no database dump."""

import os
import pickle
import subprocess

import pytest

from django.conf import settings
from django.core.cache import caches
from django.db import connection

from contact.models import Ticket

from .contact_helpers import contact_url, receipt_code, reply_check_url, submission, write_as_team

MESSAGE_MARKER = "zebra-marker-7731"
CONTACT_MARKER = "okapi-marker-4409"
FOLLOW_UP_MARKER = "ibis-marker-5563"
REPLY_MARKER = "heron-marker-9012"
CLIENT_ADDRESS = "203.0.113.77"
USER_AGENT_MARKER = "agent-marker-2468"
REFERRER_MARKER = "referrer-marker-1357"
SECRETS = [MESSAGE_MARKER, CONTACT_MARKER, FOLLOW_UP_MARKER, REPLY_MARKER, CLIENT_ADDRESS, USER_AGENT_MARKER]

CLIENT = {
    "REMOTE_ADDR": CLIENT_ADDRESS,
    "HTTP_USER_AGENT": f"Mozilla/5.0 ({USER_AGENT_MARKER})",
    "HTTP_REFERER": f"https://elsewhere.example/{REFERRER_MARKER}",
}


def a_whole_conversation(client, team_key):
    """Send, look up, reply, follow up, and mistype a code: everything the contact pages store."""
    response = client.post(
        contact_url(),
        submission(message=f"Help please {MESSAGE_MARKER} they keep my documents", contact=f"Phone {CONTACT_MARKER}"),
        **CLIENT,
    )
    code = receipt_code(response)
    ticket = Ticket.objects.get()
    write_as_team(ticket, team_key, f"We answer {REPLY_MARKER}")
    client.post(reply_check_url(), {"code": code}, **CLIENT)
    client.post(
        reply_check_url(),
        {"code": code, "message": f"Follow-up {FOLLOW_UP_MARKER} text", "token": submission()["token"]},
        **CLIENT,
    )
    client.post(reply_check_url(), {"code": "9999 9999 9999 9999 99999"}, **CLIENT)
    return code


def database_text():
    """Every value of every table, as text (binary columns decoded leniently)."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 - table names from introspection
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes):
                        chunks.append(bytes(value).decode("utf-8", "ignore"))
                    else:
                        chunks.append(str(value))
    return "\n".join(chunks)


def cache_text():
    """Every key and value in both caches, whichever backend the settings chose."""
    chunks = []
    for alias in settings.CACHES:
        chunks += _entries_as_text(caches[alias])
    assert chunks, "the cache holds the rate-limit counters, so it cannot be empty here"
    return "\n".join(chunks)


def _entries_as_text(cache):
    chunks = []
    if hasattr(cache, "_cache"):  # local memory
        for key, value in cache._cache.items():
            chunks += [str(key), bytes(value).decode("utf-8", "ignore") if isinstance(value, bytes) else str(value)]
    else:  # Redis, through django-redis
        redis = cache.client.get_client()
        for key in redis.scan_iter("*"):
            chunks.append(key.decode("utf-8", "ignore"))
            value = redis.get(key)
            if value is not None:
                chunks.append(value.decode("utf-8", "ignore"))
                try:
                    chunks.append(str(pickle.loads(value)))  # noqa: S301 - our own test cache
                except Exception:  # noqa: BLE001, S110 - integers are stored unpickled
                    pass
    return chunks


@pytest.mark.django_db
def test_nothing_readable_reaches_the_database(client, team_key):
    code = a_whole_conversation(client, team_key)
    stored = database_text()

    for secret in [*SECRETS, REFERRER_MARKER, code.replace(" ", ""), code]:
        assert secret not in stored, secret


@pytest.mark.django_db
def test_nothing_readable_reaches_the_cache(client, team_key):
    code = a_whole_conversation(client, team_key)
    cached = cache_text()

    for secret in [*SECRETS, REFERRER_MARKER, code.replace(" ", "")]:
        assert secret not in cached, secret


@pytest.mark.django_db
def test_nothing_readable_reaches_the_logs(client, team_key, log_output):
    a_whole_conversation(client, team_key)
    client.post(contact_url(), submission(message=f"x {MESSAGE_MARKER}"), **CLIENT)  # rate-limited or not
    client.post(contact_url(), b"\xff\xfe" * 10, content_type="multipart/form-data; boundary=x", **CLIENT)
    logged = log_output.getvalue()

    for secret in [*SECRETS, REFERRER_MARKER]:
        assert secret not in logged, secret


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump needs PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_nothing_readable_in_a_postgresql_dump(client, committed_site, team_key):
    code = a_whole_conversation(client, team_key)
    settings = connection.settings_dict
    environment = {**os.environ, "PGPASSWORD": settings.get("PASSWORD") or ""}
    dump = subprocess.run(
        [
            "pg_dump",
            "--no-owner",
            "-h",
            settings.get("HOST") or "127.0.0.1",
            "-p",
            str(settings.get("PORT") or 5432),
            "-U",
            settings.get("USER") or "postgres",
            settings["NAME"],
        ],
        capture_output=True,
        check=True,
        env=environment,
    ).stdout.decode("utf-8", "ignore")

    assert "contact_ticket" in dump
    for secret in [*SECRETS, REFERRER_MARKER, code.replace(" ", "")]:
        assert secret not in dump, secret
