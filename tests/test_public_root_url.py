"""HOTLINE_PUBLIC_ROOT_URL: one setting for where readers reach the site. Production requires it, over HTTPS on
one of its allowed hosts; absolute links and e-mails are built from it, never from a request's Host header."""

import json

import pytest

from django.core.management import call_command

from .contact_helpers import contact_url, submission
from .inbox_helpers import make_consultant
from .test_production_settings import COMPLETE_ENVIRONMENT, manage

ROOT = COMPLETE_ENVIRONMENT["HOTLINE_PUBLIC_ROOT_URL"]
PRINT_ADDRESSES = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps([s.HOTLINE_PUBLIC_ROOT_URL, s.WAGTAILADMIN_BASE_URL]))"
)


def production(**changes):
    environment = {**COMPLETE_ENVIRONMENT, **changes}
    return {name: value for name, value in environment.items() if value is not None}


def addresses(**changes):
    result = manage("shell", "--verbosity=0", "-c", PRINT_ADDRESSES, **production(**changes))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_requires_it():
    result = manage("check", **production(HOTLINE_PUBLIC_ROOT_URL=None))
    assert result.returncode != 0
    assert "HOTLINE_PUBLIC_ROOT_URL" in result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "http://hotline.example.org",  # plain HTTP without the local-only switch
        "https://elsewhere.example.org",  # not an allowed host
        "https://hotline.example.org/sr-latn/",  # a page, not the root
        "https://user:secret@hotline.example.org",
        "hotline.example.org",
    ],
)
def test_production_refuses(url):
    result = manage("check", **production(HOTLINE_PUBLIC_ROOT_URL=url))
    assert result.returncode != 0
    assert "HOTLINE_PUBLIC_ROOT_URL" in result.stderr


def test_production_reads_it_and_the_admin_follows_it_unless_it_has_a_host_of_its_own():
    assert addresses(HOTLINE_PUBLIC_ROOT_URL=ROOT + "/") == [ROOT, ROOT]
    admin_host = {"ALLOWED_HOSTS": "hotline.example.org,admin.example.org", "HOTLINE_ADMIN_HOST": "admin.example.org"}
    assert addresses(**admin_host) == [ROOT, "https://admin.example.org"]


def test_plain_http_only_with_the_local_switch_on_this_machine():
    local = {"ALLOWED_HOSTS": "127.0.0.1,localhost", "HOTLINE_LOCAL_PLAIN_HTTP": "true"}
    assert addresses(HOTLINE_PUBLIC_ROOT_URL="http://127.0.0.1:8080", **local) == ["http://127.0.0.1:8080"] * 2


@pytest.mark.django_db
def test_security_txt_names_its_public_address(client, settings):
    settings.HOTLINE_PUBLIC_ROOT_URL = ROOT
    response = client.get("/.well-known/security.txt", HTTP_HOST="127.0.0.1")
    assert f"Canonical: {ROOT}/.well-known/security.txt\n" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("inbox_host", "link"),
    [
        ("", "https://admin.example.org/admin/inbox/?status=new"),
        ("inbox.example.org", "https://inbox.example.org/admin/inbox/?status=new"),
    ],
)
def test_the_new_request_mail_links_to_where_the_inbox_answers(
    client, settings, django_user_model, team_key, mailoutbox, inbox_host, link
):
    settings.HOTLINE_PUBLIC_ROOT_URL = ROOT
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.org"
    settings.HOTLINE_INBOX_HOST = inbox_host
    consultant = make_consultant(django_user_model, "ana", team_key)
    consultant.email = "ana@example.org"
    consultant.save()
    client.post(contact_url(), submission())

    call_command("notify_new_tickets", verbosity=0)

    [mail] = mailoutbox
    assert link in mail.body.split()
