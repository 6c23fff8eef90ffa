"""Cryptography of the hotline's tickets. Pure PyNaCl (libsodium); imports nothing of Django.

Threat answered: the web server, its database and its backups are assumed to be stolen some day. What a
person wrote must then stay unreadable, and the receipt code in their pocket must not be derivable from
what the server keeps. So:

* Each message is padded to a multiple of 512 bytes, so its length says little, and encrypted with a fresh
  random data key (XChaCha20-Poly1305). Its associated data binds the ciphertext to its ticket, its place
  in the ticket, its author (the person, a hotline reply, an internal note), the team key that can open it and
  the format version: a ciphertext moved, reordered or relabelled does not open.
* What the team writes is signed with the team's Ed25519 key, derived from the team private key, so only
  someone who could read the ticket can speak as the hotline. Readers trust only signatures from a team key
  whose fingerprint is pinned outside the database; grants of the team key to consultants are signed too,
  and a rotation seals the new key only to consultants vouched for that way, and to the escrow key that the
  current team key vouched for. What the person writes is signed with a key derived from their code, so their
  reply page shows as theirs only what they wrote.
* The data key is sealed (libsodium sealed box, X25519) to the hotline team's public key, and, when the
  ticket has one, to the sender's public key. The web tier holds public keys only: it can write, not read.
* The sender's key pair is derived from their receipt code with Argon2id and a per-ticket salt; the
  server stores the public half only. The ticket is found by Argon2id(code, salt from the pepper) at a
  fixed cost: whoever holds the database and the pepper still pays Argon2id for every code they try.
  (Format 1 found tickets by HMAC(pepper, code); such tickets keep that look-up until retention deletes them.)
* A receipt code is 20 random decimal digits (over 66 bits) and a Damm check digit, grouped so that it can
  pass for a phone number; a mistyped code is recognised without looking anything up.
* Consultants: each has a key pair whose private half is stored encrypted under Argon2id(passphrase, salt).
  The team private key reaches them sealed to their public key (a grant). Once unlocked, the team keys are
  kept only as AEAD(unlock key, team keys) in the server session, while the random unlock key lives in a
  cookie: a copy of the session store alone, or the cookie alone, opens nothing.
"""

import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass

from nacl import bindings, pwhash
from nacl.exceptions import BadSignatureError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox
from nacl.signing import SigningKey, VerifyKey

FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
PADDING_BLOCK = 512
RECEIPT_RANDOM_DIGITS = 20
RECEIPT_DIGITS = RECEIPT_RANDOM_DIGITS + 1
RECEIPT_GROUPS = (4, 4, 4, 4, 5)
LEGACY_RECEIPT_DIGITS = 20  # format-1 codes had no check digit
LOOKUP_VERSION = 2
SENDER_SALT_BYTES = pwhash.argon2id.SALTBYTES
NONCE_BYTES = bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
DATA_KEY_BYTES = bindings.crypto_aead_xchacha20poly1305_ietf_KEYBYTES


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost of deriving a sender key from a receipt code (libsodium's ops and memory limits)."""

    opslimit: int = pwhash.argon2id.OPSLIMIT_INTERACTIVE
    memlimit: int = pwhash.argon2id.MEMLIMIT_INTERACTIVE


@dataclass(frozen=True)
class SealedMessage:
    nonce: bytes
    ciphertext: bytes
    data_key_for_team: bytes
    data_key_for_sender: bytes | None
    signature: bytes | None = None
    version: int = FORMAT_VERSION


@dataclass(frozen=True)
class Place:
    """Where a message belongs: bound into its associated data and, for the team's messages, its signature."""

    ticket_id: str
    key_id: str
    sequence: int
    author: str


class DecryptionError(Exception):
    """The key does not open this message, or the message was altered or moved."""


class UnknownFormat(DecryptionError):
    """The message was stored in a format this code cannot read."""


class ReceiptCodeTypo(ValueError):
    """The code has the right length but its check digit does not match: a digit was mistyped."""


def new_key_pair():
    return PrivateKey.generate()


def public_key_from_bytes(raw):
    return PublicKey(bytes(raw))


def private_key_from_bytes(raw):
    return PrivateKey(bytes(raw))


def key_fingerprint(public_key):
    """A short, stable name for a public key, for people to compare."""
    return hashlib.sha256(bytes(public_key)).hexdigest()[:16]


def team_signing_key(team_private_key):
    """The team's Ed25519 signing key: whoever holds the team private key holds it, and nobody else."""
    seed = hashlib.blake2b(bytes(team_private_key), digest_size=32, person=b"hotline-signing").digest()
    return SigningKey(seed)


def sender_signing_key(sender_private_key):
    """The person's Ed25519 signing key, derived from the key their code derives: only the code signs as them."""
    seed = hashlib.blake2b(bytes(sender_private_key), digest_size=32, person=b"hotline-sender").digest()
    return SigningKey(seed)


def team_fingerprint(public_key, verify_key):
    """What deployments pin: both public halves of a team key (128 bits, hex)."""
    return hashlib.sha256(b"hotline-team-key:" + bytes(public_key) + bytes(verify_key)).hexdigest()[:32]


def _associated_data(place, version):
    if version == 1:
        return f"hotline-ticket:v1:{place.ticket_id}:{place.key_id}".encode()
    fields = ["hotline-message", version, place.ticket_id, place.sequence, place.author, place.key_id]
    return json.dumps(fields, separators=(",", ":")).encode()


def _signed_bytes(place, version, nonce, ciphertext):
    return _associated_data(place, version) + bytes(nonce) + bytes(ciphertext)


def seal_message(plaintext, place, *, team_public_key, sender_public_key=None, signing_key=None):
    """Encrypt ``plaintext`` (bytes) so that the team, and the sender if given, can open it; the team's own
    messages are signed with ``signing_key``."""
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        bindings.sodium_pad(plaintext, PADDING_BLOCK), _associated_data(place, FORMAT_VERSION), nonce, data_key
    )
    signature = None
    if signing_key is not None:
        signature = signing_key.sign(_signed_bytes(place, FORMAT_VERSION, nonce, ciphertext)).signature
    return SealedMessage(
        nonce=nonce,
        ciphertext=ciphertext,
        data_key_for_team=SealedBox(team_public_key).encrypt(data_key),
        data_key_for_sender=SealedBox(sender_public_key).encrypt(data_key) if sender_public_key else None,
        signature=signature,
    )


def open_message(sealed, place, *, private_key, as_sender=False):
    """Decrypt a message with the team's (or, ``as_sender``, the sender's) private key."""
    if sealed.version not in READABLE_VERSIONS:
        raise UnknownFormat(f"format version {sealed.version} is not one this code reads")
    wrapped_key = sealed.data_key_for_sender if as_sender else sealed.data_key_for_team
    if wrapped_key is None:
        raise DecryptionError("this message is not readable with that key")
    try:
        data_key = SealedBox(private_key).decrypt(bytes(wrapped_key))
        plaintext = bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(sealed.ciphertext),
            _associated_data(place, sealed.version),
            bytes(sealed.nonce),
            data_key,
        )
        return plaintext if sealed.version == 1 else bindings.sodium_unpad(plaintext, PADDING_BLOCK)
    except Exception as error:  # noqa: BLE001 - libsodium raises several types; all mean "cannot open"
        raise DecryptionError("the key does not open this message") from error


def signed_by(sealed, place, verify_key):
    """Whether ``verify_key`` signed this message, in this place (format 1 messages carry no signature)."""
    if sealed.signature is None or sealed.version == 1:
        return False
    try:
        VerifyKey(bytes(verify_key)).verify(
            _signed_bytes(place, sealed.version, sealed.nonce, sealed.ciphertext), bytes(sealed.signature)
        )
    except (BadSignatureError, ValueError):  # a forged signature, or one of the wrong length
        return False
    return True


def _statement(kind, key_id, public_key):
    return json.dumps([kind, key_id, bytes(public_key).hex()]).encode()


def _vouch(team_private_key, kind, key_id, public_key):
    return team_signing_key(team_private_key).sign(_statement(kind, key_id, public_key)).signature


def _vouched(verify_key, signature, kind, key_id, public_key):
    if not signature or verify_key is None:
        return False
    try:
        VerifyKey(bytes(verify_key)).verify(_statement(kind, key_id, public_key), bytes(signature))
    except (BadSignatureError, ValueError):  # a forged signature, or one of the wrong length
        return False
    return True


def sign_grant(team_private_key, key_id, consultant_public_key):
    """The team key vouches for a consultant's public key: only such consultants receive the next team key."""
    return _vouch(team_private_key, "hotline-grant", key_id, consultant_public_key)


def grant_vouched(verify_key, signature, key_id, consultant_public_key):
    return _vouched(verify_key, signature, "hotline-grant", key_id, consultant_public_key)


def sign_escrow(team_private_key, key_id, escrow_public_key):
    """The team key vouches for its escrow: a rotation seals the next team key only to an escrow so vouched for,
    never to one planted in the database."""
    return _vouch(team_private_key, "hotline-escrow", key_id, escrow_public_key)


def escrow_vouched(verify_key, signature, key_id, escrow_public_key):
    return _vouched(verify_key, signature, "hotline-escrow", key_id, escrow_public_key)


def seal_private_key(private_key, recipient_public_key):
    """Wrap a private key for someone else's public key (team key for the escrow, later for consultants)."""
    return SealedBox(recipient_public_key).encrypt(bytes(private_key))


def unseal_private_key(sealed, recipient_private_key):
    try:
        return PrivateKey(SealedBox(recipient_private_key).decrypt(bytes(sealed)))
    except Exception as error:  # noqa: BLE001
        raise DecryptionError("that key does not open this sealed key") from error


# Damm's quasigroup: one check digit catches every single mistyped digit and every swap of two neighbours.
_DAMM = (
    "0317598642",
    "7092154863",
    "4206871359",
    "1750983426",
    "6123045978",
    "3674209581",
    "5869720134",
    "8945362017",
    "9438617205",
    "2581436790",
)


def damm_check_digit(digits):
    interim = 0
    for digit in digits:
        interim = int(_DAMM[interim][int(digit)])
    return str(interim)


def new_receipt_code():
    """20 digits from the operating system's random source, then their check digit."""
    digits = "".join(secrets.choice("0123456789") for _ in range(RECEIPT_RANDOM_DIGITS))
    return _grouped(digits + damm_check_digit(digits))


def _grouped(digits):
    groups, start = [], 0
    for size in RECEIPT_GROUPS:
        groups.append(digits[start : start + size])
        start += size
    return " ".join(groups)


def normalise_receipt_code(text):
    """The digits of a code as a person may type it back: with spaces, dashes, a plus or other separators,
    and in any script's digits (an Arabic keyboard types ٠١٢٣…). None when the number of digits is wrong;
    ReceiptCodeTypo when the check digit shows a mistyped digit. Format-1 codes (20 digits) pass unchecked."""
    digits = "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())
    if len(digits) == LEGACY_RECEIPT_DIGITS:
        return digits
    if len(digits) != RECEIPT_DIGITS:
        return None
    if damm_check_digit(digits) != "0":
        raise ReceiptCodeTypo
    return digits


def _repeat_box(pepper, form_nonce, text):
    key = hashlib.blake2b(
        f"{form_nonce}\0{text}".encode(), key=pepper, digest_size=SecretBox.KEY_SIZE, person=b"hotline-repeat"
    ).digest()
    return SecretBox(key)


def seal_repeat_receipt(code, *, pepper, form_nonce, text):
    """The receipt code, sealed so that only the same submission (one-time form nonce *and* text) opens it:
    a form sent twice gets its code back, anybody else re-sending the token gets nothing."""
    return _repeat_box(pepper, form_nonce, text).encrypt(code.encode())


def open_repeat_receipt(sealed, *, pepper, form_nonce, text):
    try:
        return _repeat_box(pepper, form_nonce, text).decrypt(bytes(sealed)).decode()
    except Exception:  # noqa: BLE001 - another submission's box: no code
        return None


def legacy_receipt_lookup(pepper, code_digits):
    """Format 1: HMAC of the code's digits (fast: only the pepper protects it)."""
    return hmac.new(pepper, code_digits.encode(), hashlib.sha256).hexdigest()


def receipt_lookup(pepper, code_digits, cost):
    """Argon2id of the code with a salt made from the pepper: finds the ticket, and costs a key derivation per
    guess. The salt cannot be the ticket's own (unknown before the look-up); the cost is fixed per version."""
    salt = hashlib.blake2b(pepper, digest_size=pwhash.argon2id.SALTBYTES, person=b"hotline-lookup").digest()
    return pwhash.argon2id.kdf(32, code_digits.encode(), salt, opslimit=cost.opslimit, memlimit=cost.memlimit).hex()


def new_sender_salt():
    return secrets.token_bytes(SENDER_SALT_BYTES)


def derive_sender_key(code_digits, salt, cost=KdfCost()):
    """The sender's private key, re-derived from the receipt code whenever they come back."""
    seed = pwhash.argon2id.kdf(32, code_digits.encode(), bytes(salt), opslimit=cost.opslimit, memlimit=cost.memlimit)
    return PrivateKey.from_seed(seed)


def new_passphrase_salt():
    return secrets.token_bytes(pwhash.argon2id.SALTBYTES)


def _passphrase_box(passphrase, salt, cost):
    key = pwhash.argon2id.kdf(
        SecretBox.KEY_SIZE, passphrase.encode(), bytes(salt), opslimit=cost.opslimit, memlimit=cost.memlimit
    )
    return SecretBox(key)


def wrap_with_passphrase(private_key, passphrase, salt, cost=KdfCost()):
    """A consultant's private key, encrypted under their passphrase (Argon2id, then XSalsa20-Poly1305)."""
    return _passphrase_box(passphrase, salt, cost).encrypt(bytes(private_key))


def unwrap_with_passphrase(wrapped, passphrase, salt, cost=KdfCost()):
    try:
        return PrivateKey(_passphrase_box(passphrase, salt, cost).decrypt(bytes(wrapped)))
    except Exception as error:  # noqa: BLE001
        raise DecryptionError("wrong passphrase") from error


def new_unlock_key():
    return secrets.token_bytes(DATA_KEY_BYTES)


def _session_associated_data(holder):
    return f"hotline-session:v{FORMAT_VERSION}:{holder}".encode()


def seal_for_session(team_private_keys, unlock_key, holder):
    """Unlocked team keys ({key_id: PrivateKey}) as ciphertext for the session store, bound to its holder."""
    plaintext = json.dumps({key_id: bytes(key).hex() for key_id, key in team_private_keys.items()}).encode()
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext, _session_associated_data(holder), nonce, bytes(unlock_key)
    )


def open_from_session(sealed, unlock_key, holder):
    try:
        plaintext = bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(sealed[NONCE_BYTES:]),
            _session_associated_data(holder),
            bytes(sealed[:NONCE_BYTES]),
            bytes(unlock_key),
        )
    except Exception as error:  # noqa: BLE001
        raise DecryptionError("the unlock key does not open these session keys") from error
    return {key_id: PrivateKey(bytes.fromhex(raw)) for key_id, raw in json.loads(plaintext).items()}
