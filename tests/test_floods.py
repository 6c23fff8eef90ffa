"""Floods are absorbed, never an off switch: one client cannot take a fresh bucket per address, and the
expensive look-ups have a cap for everyone together."""

import pytest

from contact import crypto
from privacy.ratelimit import client_network

from .contact_helpers import contact_url, receipt_code, reply_check_url, submission

SAME_64 = [f"2001:db8:7:7:{n:x}::{n}" for n in range(1, 8)]


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64"),
        ("::ffff:198.51.100.4", "198.51.100.4"),
        ("[2001:db8::1]", "2001:db8::/64"),
    ],
)
def test_clients_are_counted_by_address_or_ipv6_network(address, network):
    assert client_network(address) == network


def test_the_ipv6_prefix_is_a_setting(settings):
    settings.RATE_LIMIT_IPV6_PREFIX = 56
    assert client_network("2001:db8:1:2ff::1") == "2001:db8:1:200::/56"


@pytest.mark.django_db
def test_addresses_of_one_ipv6_network_share_one_bucket(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "per_client_hour": "5/h"}
    answers = [client.post(contact_url(), submission(), REMOTE_ADDR=address) for address in SAME_64]
    assert [bool(receipt_code(answer)) for answer in answers] == [True] * 5 + [False] * 2
    assert answers[-1].status_code == 429
    assert receipt_code(client.post(contact_url(), submission(), REMOTE_ADDR="2001:db8:7:8::1"))


@pytest.mark.django_db
def test_receipt_look_ups_have_a_cap_for_everyone_together(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "lookups_global_hour": "3/h"}
    code = "1234 5678 9012 3456 7890"
    statuses = [
        client.post(reply_check_url(), {"code": code}, REMOTE_ADDR=f"198.51.100.{n}").status_code for n in range(1, 5)
    ]
    assert statuses == [200, 200, 200, 429]


@pytest.mark.django_db
def test_codes_with_a_typo_spend_nothing_of_the_look_up_cap(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "lookups_global_hour": "3/h"}
    code = crypto.new_receipt_code()
    typo = code[:-1] + str((int(code[-1]) + 1) % 10)

    for number in range(1, 11):
        assert client.post(reply_check_url(), {"code": typo}, REMOTE_ADDR=f"198.51.100.{number}").status_code == 400

    assert client.post(reply_check_url(), {"code": code}, REMOTE_ADDR="198.51.100.99").status_code == 200
