"""A bounded flood against a live server on PostgreSQL and Redis: 610 messages from 120 clients (IPv4 and IPv6
networks), 24 at a time, past everyone's hourly budget. No answer is a 5xx error page; each message gets either
a receipt, and is then stored and readable with the team key, or a kind refusal that keeps its text.

The clients' addresses reach the site only as the X-Real-IP header a front proxy would send: every request goes
to the live server on the loopback address.
"""

import json
import os
import statistics
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from bs4 import BeautifulSoup

from contact import tickets
from contact.models import ContactPage, Ticket

from .conftest import page_url
from .contact_helpers import solve_proof_of_work

pytestmark = [
    pytest.mark.load,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not (os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL")),
        reason="the load test runs against PostgreSQL and Redis: set DATABASE_URL (postgres://) and REDIS_URL",
    ),
]

IPV4_CLIENTS = 80
IPV6_CLIENTS = 40
MESSAGES_PER_CLIENT = 5  # the hourly limit per client
CLIENTS_OVER_THEIR_LIMIT = 10  # ...and these send one more
# A browser without JavaScript cannot prove its work: one client in four.
WITHOUT_JAVASCRIPT_EVERY = 4
THREADS = 24
DEADLINE_SECONDS = 240
REQUEST_TIMEOUT_SECONDS = 30
REPORT = Path(__file__).parent.parent / "test-artifacts" / "load-test.json"


@dataclass
class Client:
    number: int
    solves_proofs: bool

    def address(self, message_number):
        if self.number < IPV4_CLIENTS:
            return f"198.51.100.{self.number + 1}"
        # One phone's /64, a new interface address for each message.
        return f"2001:db8:{self.number:x}:1::{message_number + 1:x}"


@dataclass
class Outcome:
    text: str
    status: int
    seconds: float
    code: str | None = None
    kept_text: str | None = None
    gives_the_number: bool = False


def _clients():
    return [
        Client(number, solves_proofs=number % WITHOUT_JAVASCRIPT_EVERY != 0)
        for number in range(IPV4_CLIENTS + IPV6_CLIENTS)
    ]


def _sendings():
    for client in _clients():
        extra = 1 if client.number % ((IPV4_CLIENTS + IPV6_CLIENTS) // CLIENTS_OVER_THEIR_LIMIT) == 1 else 0
        for message_number in range(MESSAGES_PER_CLIENT + extra):
            yield client, message_number


def _send(url, origin, client, message_number, deadline):
    """One person: opens the form, proves its work when asked and able, sends."""
    text = f"Load test message {message_number} from client {client.number}: they keep our passports."
    if time.monotonic() > deadline:
        return Outcome(text, status=0, seconds=0)
    headers = {"X-Real-IP": client.address(message_number), "Origin": origin}
    started = time.monotonic()
    with requests.Session() as session:
        html = BeautifulSoup(session.get(url, headers=headers, timeout=REQUEST_TIMEOUT_SECONDS).text, "html.parser")
        form = {"topic": "job_offer", "message": text, "contact": ""}
        for hidden in html.select("form.contact-form input[type=hidden][name]"):
            form.setdefault(hidden["name"], hidden.get("value", ""))
        box = html.select_one("[data-proof-of-work]")
        if box and client.solves_proofs:
            form["proof"] = solve_proof_of_work(box["data-proof-of-work"], int(box["data-proof-bits"]))
        answer = session.post(url, data=form, headers=headers, timeout=REQUEST_TIMEOUT_SECONDS)
    page = BeautifulSoup(answer.text, "html.parser")
    code, textarea = page.select_one(".receipt__code"), page.select_one("textarea[name=message]")
    return Outcome(
        text,
        status=answer.status_code,
        seconds=time.monotonic() - started,
        code=code.get_text(strip=True) if code else None,
        kept_text=textarea.get_text().removeprefix("\n") if textarea else None,
        gives_the_number=page.select_one(".form-problem a[href^='tel:']") is not None,
    )


def _report(outcomes, elapsed):
    seconds = sorted(outcome.seconds for outcome in outcomes)
    report = {
        "submissions": len(outcomes),
        "clients": IPV4_CLIENTS + IPV6_CLIENTS,
        "threads": THREADS,
        "elapsed_seconds": round(elapsed, 1),
        "median_seconds": round(statistics.median(seconds), 3),
        "p95_seconds": round(seconds[int(len(seconds) * 0.95)], 3),
        "max_seconds": round(seconds[-1], 3),
        "statuses": dict(Counter(str(outcome.status) for outcome in outcomes)),
    }
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2))
    return report


@pytest.fixture
def contact_page_url(live_server, committed_site, settings):
    settings.CONTACT_CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    settings.CONTACT_PROOF_OF_WORK_BITS = 8  # a low difficulty: the same path, without minutes of hashing
    return live_server.url + page_url(ContactPage.objects.get(), "en")


def test_a_burst_of_eight_senders_at_once_is_served(contact_page_url, live_server, team_key, settings):
    assert settings.ARGON2_CONCURRENCY < 8  # so that some of them wait in line
    deadline = time.monotonic() + DEADLINE_SECONDS
    senders = [(Client(number, solves_proofs=False), 0) for number in range(8)]

    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        outcomes = list(
            pool.map(lambda sending: _send(contact_page_url, live_server.url, *sending, deadline), senders)
        )

    assert [outcome.status for outcome in outcomes] == [200] * 8
    assert all(outcome.code for outcome in outcomes)
    assert Ticket.objects.count() == 8


def test_a_flood_of_messages_is_absorbed(contact_page_url, live_server, team_key, settings):
    url = contact_page_url
    deadline = time.monotonic() + DEADLINE_SECONDS
    started = time.monotonic()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outcomes = list(pool.map(lambda sending: _send(url, live_server.url, *sending, deadline), _sendings()))

    report = _report(outcomes, time.monotonic() - started)
    assert len(outcomes) >= 500
    assert all(outcome.status != 0 for outcome in outcomes), f"not all sent within {DEADLINE_SECONDS} s: {report}"
    assert {outcome.status for outcome in outcomes} <= {200, 429, 503}, report
    receipts = [outcome for outcome in outcomes if outcome.status == 200]
    assert all(outcome.code for outcome in receipts)
    refusals = [outcome for outcome in outcomes if outcome.status != 200]
    assert all(outcome.kept_text == outcome.text and outcome.gives_the_number for outcome in refusals)
    # The budget of everyone together is no off switch: past it, those who prove their work are still heard.
    global_budget = int(settings.CONTACT_RATE_LIMITS["global_hour"].split("/")[0])
    assert len(receipts) > global_budget, report
    # Every receipt stands for a stored message that the team can read.
    team_keys = {team_key.key_id: team_key.private_key}
    stored = [tickets.read_as_team(ticket, team_keys)[0]["message"] for ticket in Ticket.objects.all()]
    assert sorted(stored) == sorted(outcome.text for outcome in receipts)
