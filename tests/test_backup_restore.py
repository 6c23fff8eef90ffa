"""A backup as the README describes it: pg_dump of the database, restored into a fresh one, where a consultant
still reads a message sent before the dump. The dump alone holds ciphertext: it opens only with a consultant's
passphrase (or the escrow key), neither of which it contains."""

import os
import secrets
import subprocess

import pytest

from django.db import connection

from contact.models import Ticket

from .contact_helpers import contact_url, receipt_code, submission
from .inbox_helpers import make_consultant
from .own_process import run_script

MESSAGE = "Backup marker 5813: they keep my passport."

# Run against the restored database, in a process of its own: sign in, unlock and open the ticket as a person does.
READ_AS_CONSULTANT = """
import json, sys
import django
django.setup()
from django.contrib.auth import get_user_model
from django.test import Client
from tests.inbox_helpers import unlock
username, ticket_id = sys.argv[1:3]
client = Client()
unlocked = unlock(client, get_user_model().objects.get(username=username))
page = client.get(f"/admin/inbox/ticket/{ticket_id}/")
print(json.dumps([unlocked.status_code, page.status_code, page.content.decode()]))
"""

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="a backup is a PostgreSQL dump")


def postgresql(command, *arguments, **run):
    """A PostgreSQL client command against the test database's server, as the test database's user."""
    settings = connection.settings_dict
    server = [
        "-h",
        settings.get("HOST") or "127.0.0.1",
        "-p",
        str(settings.get("PORT") or 5432),
        "-U",
        settings.get("USER") or "postgres",
    ]
    environment = {**os.environ, "PGPASSWORD": settings.get("PASSWORD") or ""}
    return subprocess.run([command, *server, *arguments], env=environment, check=True, timeout=120, **run)


def database_url(name):
    settings = connection.settings_dict
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    host, port = settings.get("HOST") or "127.0.0.1", settings.get("PORT") or 5432
    return f"postgres://{settings.get('USER') or 'postgres'}{password}@{host}:{port}/{name}"


@pytest.fixture
def fresh_database():
    """The name of an empty database that exists for this test only."""
    name = f"hotline_restore_{secrets.token_hex(6)}"
    postgresql("createdb", name)
    try:
        yield name
    finally:
        postgresql("dropdb", "--if-exists", name)


@pytest.mark.django_db(transaction=True)
def test_a_restored_dump_still_opens_for_a_consultant(
    client, committed_site, team_key, django_user_model, fresh_database, tmp_path
):
    consultant = make_consultant(django_user_model, "restored-consultant", team_key)
    assert receipt_code(client.post(contact_url("en"), submission(message=MESSAGE)))
    ticket_id = Ticket.objects.get().pk
    dump = tmp_path / "hotline.dump"

    postgresql("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", connection.settings_dict["NAME"])
    assert MESSAGE.encode() not in dump.read_bytes()
    postgresql("pg_restore", "--no-owner", f"--dbname={fresh_database}", str(dump))

    (unlocked, page, html), _output = run_script(
        READ_AS_CONSULTANT, consultant.username, str(ticket_id), database_url=database_url(fresh_database), timeout=120
    )

    assert unlocked == 302
    assert page == 200
    assert MESSAGE in html
