"""Shared steps of the contact tests: the pages, a valid submission, reading a receipt, a proof of work."""

import hashlib
import itertools

from bs4 import BeautifulSoup

from contact import tickets
from contact.forms import new_form_token
from contact.models import ContactPage, ReplyCheckPage
from contact.proof_of_work import leading_zero_bits

from .conftest import page_url


def contact_url(language="en"):
    return page_url(ContactPage.objects.get(), language)


def reply_check_url(language="en"):
    return page_url(ReplyCheckPage.objects.get(), language)


def submission(**overrides):
    return {
        "topic": "job_offer",
        "message": "They offered me work abroad and want to keep my passport.",
        "contact": "",
        "token": new_form_token(),
        **overrides,
    }


def write_as_team(ticket, team_key, text, author="hotline"):
    """A reply (or note) signed with the test's team key, as an unlocked inbox writes it."""
    return tickets.add_message(
        ticket, author, {"message": text}, team_private_keys={team_key.key_id: team_key.private_key}
    )


def receipt_code(response):
    code = BeautifulSoup(response.content, "html.parser").select_one(".receipt__code")
    return code.get_text(strip=True) if code else None


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def textarea_text(html, name="message"):
    """The text in a textarea, as the browser shows it (HTML drops one newline right after the tag)."""
    text = html.select_one(f"textarea[name={name}]").get_text()
    return text[1:] if text.startswith("\n") else text


def proof_of_work_box(response):
    """The challenge a form page carries once everyone's hourly budget is spent, else None."""
    return soup(response).select_one("[data-proof-of-work]")


def solve_proof_of_work(challenge, bits, *, fewer_than=257):
    """What the page's script sends: "nonce:challenge" with at least ``bits`` (and fewer than ``fewer_than``)
    leading zero bits."""
    for nonce in itertools.count():
        zeros = leading_zero_bits(hashlib.sha256(f"{challenge}{nonce}".encode()).digest())
        if bits <= zeros < fewer_than:
            return f"{nonce}:{challenge}"


# An answer to each question of danger, contact and sharing, none of them its default.
EVERY_ANSWER = {
    "danger": "yes",
    "may_contact": "yes",
    "times": ["evening", "night"],
    "leave_message": "yes",
    "say_who": "no",
    "share": "organisation",
}
