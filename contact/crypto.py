"""Cryptography of the hotline's tickets. Pure PyNaCl (libsodium); imports nothing of Django.

Threat answered: the web server, its database and its backups are assumed to be stolen some day. What a
person wrote must then stay unreadable, and the receipt code in their pocket must not be derivable from
what the server keeps. So:

* Each message is encrypted with a fresh random data key (XChaCha20-Poly1305). Its associated data binds
  the ciphertext to its ticket, the team key that can open it and the format version, so ciphertexts
  cannot be moved between tickets or replayed under another key.
* The data key is sealed (libsodium sealed box, X25519) to the hotline team's public key, and, when the
  ticket has one, to the sender's public key. The web tier holds public keys only: it can write, not read.
* The sender's key pair is derived from their receipt code with Argon2id and a per-ticket salt; the
  server stores the public half only. The ticket is found by HMAC(pepper, code), which reveals nothing
  without the pepper and cannot be reversed to the code.
* A receipt code is 20 random decimal digits (over 66 bits), grouped so that it can pass for a phone number.
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
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox

FORMAT_VERSION = 1
RECEIPT_DIGITS = 20
RECEIPT_GROUPS = (4, 4, 4, 4, 4)
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
    version: int = FORMAT_VERSION


class DecryptionError(Exception):
    """The key does not open this message, or the message was altered or moved."""


def new_key_pair():
    return PrivateKey.generate()


def public_key_from_bytes(raw):
    return PublicKey(bytes(raw))


def private_key_from_bytes(raw):
    return PrivateKey(bytes(raw))


def key_fingerprint(public_key):
    """A short, stable name for a public key, for people to compare."""
    return hashlib.sha256(bytes(public_key)).hexdigest()[:16]


def _associated_data(ticket_id, key_id, version):
    return f"hotline-ticket:v{version}:{ticket_id}:{key_id}".encode()


def seal_message(plaintext, *, ticket_id, key_id, team_public_key, sender_public_key=None):
    """Encrypt ``plaintext`` (bytes) so that the team, and the sender if given, can open it."""
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext, _associated_data(ticket_id, key_id, FORMAT_VERSION), nonce, data_key
    )
    return SealedMessage(
        nonce=nonce,
        ciphertext=ciphertext,
        data_key_for_team=SealedBox(team_public_key).encrypt(data_key),
        data_key_for_sender=SealedBox(sender_public_key).encrypt(data_key) if sender_public_key else None,
    )


def open_message(sealed, *, ticket_id, key_id, private_key, as_sender=False):
    """Decrypt a message with the team's (or, ``as_sender``, the sender's) private key."""
    wrapped_key = sealed.data_key_for_sender if as_sender else sealed.data_key_for_team
    if wrapped_key is None:
        raise DecryptionError("this message is not readable with that key")
    try:
        data_key = SealedBox(private_key).decrypt(bytes(wrapped_key))
        return bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(sealed.ciphertext),
            _associated_data(ticket_id, key_id, sealed.version),
            bytes(sealed.nonce),
            data_key,
        )
    except Exception as error:  # noqa: BLE001 - libsodium raises several types; all mean "cannot open"
        raise DecryptionError("the key does not open this message") from error


def seal_private_key(private_key, recipient_public_key):
    """Wrap a private key for someone else's public key (team key for the escrow, later for consultants)."""
    return SealedBox(recipient_public_key).encrypt(bytes(private_key))


def unseal_private_key(sealed, recipient_private_key):
    try:
        return PrivateKey(SealedBox(recipient_private_key).decrypt(bytes(sealed)))
    except Exception as error:  # noqa: BLE001
        raise DecryptionError("that key does not open this sealed key") from error


def new_receipt_code():
    return _grouped("".join(secrets.choice("0123456789") for _ in range(RECEIPT_DIGITS)))


def receipt_code_from_seed(seed):
    """A receipt code from at least 128 random or pseudorandom bits (the modulo bias is negligible)."""
    if len(seed) < 16:
        raise ValueError("a receipt code needs a seed of at least 128 bits")
    return _grouped(str(int.from_bytes(seed, "big") % 10**RECEIPT_DIGITS).zfill(RECEIPT_DIGITS))


def _grouped(digits):
    groups, start = [], 0
    for size in RECEIPT_GROUPS:
        groups.append(digits[start : start + size])
        start += size
    return " ".join(groups)


def normalise_receipt_code(text):
    """The digits of a code as a person may type it back: with spaces, dashes, a plus or other separators,
    and in any script's digits (an Arabic keyboard types ٠١٢٣…)."""
    digits = "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())
    return digits if len(digits) == RECEIPT_DIGITS else None


def receipt_lookup(pepper, code_digits):
    """HMAC of the code's digits: finds the ticket, reveals nothing of the code."""
    return hmac.new(pepper, code_digits.encode(), hashlib.sha256).hexdigest()


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
