"""Once everyone's hourly budget is spent, the form still takes messages: each needs a proof of work, good once.
Whoever cannot give one keeps their text and is told, in their language, to try later or call."""

import time
from unittest import mock

import pytest

from django.utils.translation import gettext, override

from contact import proof_of_work
from contact.models import Ticket
from contact.views import PROOF_OF_WORK_NEEDED, RATE_LIMITED

from .contact_helpers import (
    contact_url,
    proof_of_work_box,
    receipt_code,
    reply_check_url,
    solve_proof_of_work,
    soup,
    submission,
    textarea_text,
)

BITS = 8
TEXT = "They keep our passports and we cannot leave the farm."
WORKING = "Your device is checking the message before it goes. This can take some seconds; please keep this page open."
WAIT_OR_CALL = (
    "Sending needs JavaScript right now, and it is off in this browser. Please try again in a few minutes, "
    "or call the hotline."
)


@pytest.fixture
def budget_spent(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "global_hour": "1/h"}
    settings.CONTACT_PROOF_OF_WORK_BITS = BITS
    assert receipt_code(client.post(contact_url(), submission(), REMOTE_ADDR="198.51.100.1"))


def challenge_of(client, url=None):
    box = proof_of_work_box(client.get(url or contact_url()))
    return box["data-proof-of-work"]


def send(client, proof, text=TEXT, address="203.0.113.50"):
    return client.post(contact_url(), submission(message=text, proof=proof), REMOTE_ADDR=address)


def assert_refused_keeping_the_text(response, text=TEXT):
    assert response.status_code == 429
    html = soup(response)
    assert textarea_text(html) == text
    assert html.select_one(".form-problem a[href^='tel:']") is not None
    # A new challenge comes with it, so that pressing Send again can work.
    assert html.select_one("[data-proof-of-work]") is not None


@pytest.mark.django_db
def test_no_proof_is_asked_while_the_budget_lasts(client, team_key):
    assert proof_of_work_box(client.get(contact_url())) is None
    assert receipt_code(send(client, proof=""))


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
@pytest.mark.parametrize("language", ["en", "sr", "uk", "ar"])
def test_the_spent_budget_is_explained_in_the_persons_language(client, language):
    box = proof_of_work_box(client.get(contact_url(language)))

    assert box["data-proof-bits"] == str(BITS)
    with override(language):
        working, without_javascript = gettext(WORKING), gettext(WAIT_OR_CALL)
    assert box["data-proof-working"] == working
    assert box.select_one("[data-proof-without-script]:not([hidden])").get_text(strip=True) == without_javascript
    if language != "en":
        assert (working, without_javascript) != (WORKING, WAIT_OR_CALL)


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
def test_a_valid_proof_is_taken_once(client):
    proof = solve_proof_of_work(challenge_of(client), BITS)

    assert receipt_code(send(client, proof))
    assert_refused_keeping_the_text(
        send(client, proof, text="The same proof, a second time."), "The same proof, a second time."
    )
    assert Ticket.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
@pytest.mark.parametrize("language", ["sr-latn", "ar"])
def test_without_a_proof_the_text_is_kept_and_the_person_told_what_to_do(client, language):
    response = client.post(contact_url(language), submission(message=TEXT), REMOTE_ADDR="203.0.113.50")

    assert_refused_keeping_the_text(response)
    with override(language):
        assert str(PROOF_OF_WORK_NEEDED) in soup(response).select_one(".form-problem").get_text()
    assert Ticket.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
def test_a_wrong_nonce_is_refused(client):
    assert_refused_keeping_the_text(send(client, solve_proof_of_work(challenge_of(client), 0, fewer_than=BITS)))


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
@pytest.mark.parametrize("proof", ["", "12", "12:not-a-challenge", "x1:challenge", ":"])
def test_a_malformed_or_forged_proof_is_refused(client, proof):
    assert_refused_keeping_the_text(send(client, proof))


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
def test_a_forged_challenge_of_our_format_is_refused(client, settings):
    original = settings.SECRET_KEY
    settings.SECRET_KEY = "someone-elses-key"
    forged = proof_of_work.new_challenge().text
    settings.SECRET_KEY = original
    assert_refused_keeping_the_text(send(client, solve_proof_of_work(forged, BITS)))


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
def test_an_expired_challenge_is_refused(client, settings):
    with mock.patch("time.time", return_value=time.time() - settings.CONTACT_PROOF_OF_WORK_SECONDS - 60):
        stale = proof_of_work.new_challenge().text
    assert_refused_keeping_the_text(send(client, solve_proof_of_work(stale, BITS)))


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
def test_a_proof_easier_than_asked_is_refused(client, settings):
    easy = challenge_of(client)
    settings.CONTACT_PROOF_OF_WORK_BITS = BITS + 8
    # Solved to the difficulty it was issued with, not to today's.
    assert_refused_keeping_the_text(send(client, solve_proof_of_work(easy, BITS, fewer_than=BITS + 8)))
    # Nor is a hard enough hash of a challenge issued easier.
    assert_refused_keeping_the_text(send(client, solve_proof_of_work(easy, BITS + 8)))


@pytest.mark.django_db
@pytest.mark.usefixtures("budget_spent")
def test_limits_per_client_still_apply_with_a_proof(client, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "per_client_hour": "1/h"}
    assert receipt_code(send(client, solve_proof_of_work(challenge_of(client), BITS)))

    limited = send(client, solve_proof_of_work(challenge_of(client), BITS))

    assert limited.status_code == 429
    assert str(RATE_LIMITED) in soup(limited).select_one(".form-problem").get_text()


@pytest.mark.django_db
def test_a_follow_up_needs_a_proof_too(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "global_hour": "1/h"}
    settings.CONTACT_PROOF_OF_WORK_BITS = BITS
    code = receipt_code(send(client, proof=""))  # the last of the budget
    follow_up = {**submission(message="And my sister is there too."), "code": code}

    refused = client.post(reply_check_url(), follow_up)
    assert refused.status_code == 429
    assert textarea_text(soup(refused)) == "And my sister is there too."

    thread = client.post(reply_check_url(), {"code": code})
    challenge = proof_of_work_box(thread)["data-proof-of-work"]
    added = client.post(reply_check_url(), {**follow_up, "proof": solve_proof_of_work(challenge, BITS)})
    assert added.status_code == 200
    assert Ticket.objects.get().messages.count() == 2
