"""Hashcash on SHA-256: what a message needs once everyone's hourly budget is spent, so that a flood slows to the
pace its senders can compute instead of shutting the form for everyone.

The server signs a random challenge with its difficulty and date; the browser (config/static/js/site.js) finds a
nonce such that SHA-256(challenge + nonce) starts with that many zero bits, and sends "nonce:challenge". Each
challenge is taken once.
"""

import hashlib
import secrets
from typing import NamedTuple

from django.conf import settings
from django.core import signing
from django.core.cache import caches

_SALT = "contact.proof-of-work"


class Challenge(NamedTuple):
    text: str
    bits: int


def new_challenge():
    bits = settings.CONTACT_PROOF_OF_WORK_BITS
    return Challenge(signing.dumps({"random": secrets.token_urlsafe(16), "bits": bits}, salt=_SALT), bits)


def leading_zero_bits(digest):
    value = int.from_bytes(digest, "big")
    return len(digest) * 8 - value.bit_length()


def _signed_bits(challenge):
    try:
        return signing.loads(challenge, salt=_SALT, max_age=settings.CONTACT_PROOF_OF_WORK_SECONDS)["bits"]
    except signing.BadSignature:  # forged, damaged or expired
        return None


def _first_use(challenge):
    # The rate limits' cache: shared by every app server, and one whose failure refuses rather than lets through.
    key = "contact:used-proof-of-work:" + hashlib.sha256(challenge.encode()).hexdigest()
    return caches[settings.RATELIMIT_USE_CACHE].add(key, True, timeout=settings.CONTACT_PROOF_OF_WORK_SECONDS)


def accepted(proof):
    """Whether ``proof`` ("nonce:challenge", as the browser sent it) solves a challenge of ours, still fresh, of
    today's difficulty, never used before. Using it here uses it up."""
    nonce, _colon, challenge = (proof or "").partition(":")
    required = settings.CONTACT_PROOF_OF_WORK_BITS
    bits = _signed_bits(challenge)
    if not (nonce.isascii() and nonce.isdigit()) or bits is None or bits < required:
        return False
    if leading_zero_bits(hashlib.sha256((challenge + nonce).encode()).digest()) < required:
        return False
    return _first_use(challenge)
