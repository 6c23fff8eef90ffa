"""Receipt codes against someone who has the form's token, a cross-site page, or the database and the pepper.

Each test performs the attack and asserts it fails."""

import hashlib
import hmac

import pytest
from nacl import pwhash

from contact import crypto, tickets
from contact.forms import read_form_token
from contact.models import Ticket
from privacy.pepper import pepper

from .contact_helpers import contact_url, receipt_code, reply_check_url, soup, submission, write_as_team


def _hidden_inputs(response):
    return {field.get("name"): field.get("value") for field in soup(response).select("input[type=hidden]")}


@pytest.mark.django_db
def test_codes_are_random_with_a_check_digit(client, team_key):
    codes = {receipt_code(client.post(contact_url(), submission())) for _ in range(3)}
    assert len(codes) == 3
    for code in codes:
        digits = crypto.normalise_receipt_code(code)
        assert len(digits) == crypto.RECEIPT_DIGITS
        assert crypto.damm_check_digit(digits[:-1]) == digits[-1]


@pytest.mark.django_db
def test_another_client_replaying_the_token_gets_no_code(client, team_key):
    victim = submission(message="I am the victim and this is my message.")
    code = receipt_code(client.post(contact_url(), victim, REMOTE_ADDR="198.51.100.1"))

    attacker = {**victim, "message": "Attacker text, same token.", "contact": "+381 60 000 0000"}
    replayed = client.post(contact_url(), attacker, REMOTE_ADDR="203.0.113.66")

    assert code and receipt_code(replayed) is None
    assert code.replace(" ", "") not in replayed.content.decode().replace(" ", "")
    assert Ticket.objects.count() == 1


@pytest.mark.django_db
def test_the_same_submission_sent_twice_gets_its_code_again(client, team_key):
    sent = submission(message="A double tap on a slow network.")
    assert receipt_code(client.post(contact_url(), sent)) == receipt_code(client.post(contact_url(), sent))


@pytest.mark.django_db
def test_the_token_in_the_page_does_not_yield_the_code(client, team_key):
    """Before, the code was HMAC(pepper, the nonce inside the token): with the pepper, the token gave it away."""
    sent = submission()
    code = crypto.normalise_receipt_code(receipt_code(client.post(contact_url(), sent)))
    _age, nonce = read_form_token(sent["token"])
    seed = hmac.new(pepper(), b"receipt-code:" + nonce.encode(), hashlib.sha256).digest()
    old_code = str(int.from_bytes(seed, "big") % 10**20).zfill(20)
    assert code[:20] != old_code


@pytest.mark.django_db
def test_a_cross_site_post_is_not_prefilled_into_the_failure_page(client, team_key):
    """The attacker's page auto-posts its own token, code, number and words; the victim must not re-send any of
    them."""
    csrf_client = client.__class__(enforce_csrf_checks=True)
    forged = {
        **submission(message="Prefilled by the attacker"),
        "contact": "+381 60 999 9999",
        "code": "1234 5678 9012 3456 7890",
    }
    response = csrf_client.post(contact_url(), forged, HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    page = response.content.decode()
    assert "+381 60 999 9999" not in page
    assert forged["token"] not in page
    assert "1234 5678" not in page
    assert set(_hidden_inputs(response)) <= {"csrfmiddlewaretoken"}
    assert soup(response).select_one("textarea[name=message]") is None
    assert "Prefilled by the attacker" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("failure", ["expired", "rate_limited"])
def test_a_failure_brings_back_only_the_message_with_a_fresh_token(client, team_key, settings, failure):
    sent = submission(contact="+381 60 123 4567")
    if failure == "expired":
        sent["token"] = "forged-or-expired"
    else:
        settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "per_client_hour": "0/h"}
    response = client.post(contact_url(), sent)

    assert response.status_code in (400, 429)
    html = soup(response)
    assert html.select_one("textarea[name=message]").get_text().strip() == sent["message"]
    assert html.select_one("input[name=contact]").get("value") in (None, "")
    fresh = _hidden_inputs(response)["token"]
    assert fresh and fresh != sent["token"]


@pytest.mark.django_db
def test_a_rate_limited_follow_up_does_not_carry_the_code(client, team_key, settings):
    code = receipt_code(client.post(contact_url(), submission()))
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "lookups_per_client_hour": "0/h"}
    follow_up = {"code": code, "message": "Second message, sent while limited.", "token": submission()["token"]}
    response = client.post(reply_check_url(), follow_up)

    assert response.status_code == 429
    html = soup(response)
    assert html.select_one("textarea[name=message]").get_text().strip() == follow_up["message"]
    assert crypto.normalise_receipt_code(code) not in response.content.decode().replace(" ", "")
    assert html.select_one("input[name=code]").get("type") != "hidden"


@pytest.mark.django_db
def test_a_typo_is_named_without_saying_whether_a_ticket_exists(client, team_key, monkeypatch):
    code = crypto.normalise_receipt_code(receipt_code(client.post(contact_url(), submission())))
    existing_typo = code[:5] + str((int(code[5]) + 1) % 10) + code[6:]
    unknown = crypto.new_receipt_code().replace(" ", "")
    unknown_typo = unknown[:5] + str((int(unknown[5]) + 1) % 10) + unknown[6:]
    lookups = []
    monkeypatch.setattr(tickets, "_find", lambda digits: lookups.append(digits))

    answers = [client.post(reply_check_url(), {"code": typo}) for typo in (existing_typo, unknown_typo)]

    assert [answer.status_code for answer in answers] == [400, 400]
    assert all("typo" in answer.content.decode() for answer in answers)
    assert answers[0].content.decode().count("typo") == answers[1].content.decode().count("typo")
    assert lookups == []


@pytest.mark.django_db
def test_finding_a_ticket_pays_argon2id_so_an_offline_search_does_too(client, team_key, monkeypatch):
    code = crypto.normalise_receipt_code(receipt_code(client.post(contact_url(), submission())))
    ticket = Ticket.objects.get()
    # With the database and the pepper, the old fast HMAC finds nothing.
    assert ticket.receipt_lookup != crypto.legacy_receipt_lookup(pepper(), code)
    assert ticket.lookup_version == crypto.LOOKUP_VERSION

    derivations = []
    real_kdf = pwhash.argon2id.kdf
    monkeypatch.setattr(
        pwhash.argon2id, "kdf", lambda *args, **kw: derivations.append(args[1]) or real_kdf(*args, **kw)
    )
    assert tickets.find_for_reader(code)[0] == ticket
    assert derivations.count(code.encode()) == 2  # the look-up, then the sender key


@pytest.mark.django_db
def test_format_1_tickets_keep_their_hmac_look_up_and_still_open(client, team_key):
    legacy_code = "1234 5678 9012 3456 7890"
    digits = crypto.normalise_receipt_code(legacy_code)
    ticket = tickets.open_ticket(code_digits=digits, language="en", payload={"topic": "other", "message": "Old one"})
    Ticket.objects.filter(pk=ticket.pk).update(
        lookup_version=1, receipt_lookup=crypto.legacy_receipt_lookup(pepper(), digits)
    )
    write_as_team(ticket, team_key, "An answer to an old ticket.")

    response = client.post(reply_check_url(), {"code": legacy_code})
    assert "An answer to an old ticket." in response.content.decode()
