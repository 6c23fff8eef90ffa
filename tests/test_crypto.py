"""contact.crypto on its own (no database, no Django): round trips, tampering, moved ciphertexts, wrong keys
and known-answer vectors that pin the stored formats."""

import dataclasses
import re
from types import SimpleNamespace

import pytest
from nacl.public import SealedBox

from contact import crypto

# libsodium's Argon2id minimum; the cost is stored with each ticket and key, so any cost must keep working.
MIN_COST = crypto.KdfCost(opslimit=1, memlimit=8192)
TICKET = {"ticket_id": 7, "key_id": "team-20240101-0a1b2c3d"}
PLAINTEXT = '{"message": "Они забрали мой паспорт — أخذوا جواز سفري"}'.encode()
READERS = ["team", "sender"]

# Known answers, generated once with the code of that format version. A new FORMAT_VERSION adds an entry here;
# an existing entry is never edited: tickets, wrapped keys and grants stored in that format must open forever.
VECTORS = {
    1: {
        "team_private_key": "b69638d88477872bd208603fff819798ea0273e0e388c293f5b01716a3d28581",
        "team_public_key": "064b636d3dcda2d4864fd2f455e3eb0b57d8498a0ff0192131ff065968c9c619",
        "team_fingerprint": "387379d712bcbb43",
        "receipt_seed": "4504092ee83696f763d6ae81f84b6a56997f2f11a7f5b9ece2f517ae5acd395c",
        "receipt_code": "3207 4767 8225 7649 9036",
        "pepper": "4367f273f8d11fdf0d29dea0c45c02e4b741277625195455b92144aac13e4c7b",
        "receipt_lookup": "3ac424371d4c6ead8de708368c374375c3c7d724fb99564468adbc77bbb89160",
        "sender_salt": "6b22ce01c494030822d2b759c14935e8",
        "sender_public_key": "b322485dd3bc5422aab4f4ea4c5065bb3be80f870fb5e71050bbd6d84293541d",
        "ticket_id": 42,
        "key_id": "team-20240101-0a1b2c3d",
        "plaintext": b'{"topic": "work", "message": "\\u0633\\u0644\\u0627\\u0645 \\u2014 help, \\u0109u?"}',
        "sealed": {
            "nonce": "5791e461c83ced1d5a5cec52778fe85f2ed2ed8fe72eb4bf",
            "ciphertext": "957635e574abfc2fb80e6b3c8bda6c37af206ed9e7766df911789ddb5c5519d26bf53146db60995523ebb81728"
            "f03c0c071f019f60b09ecadcb3687a666c101499f1e50928d7666f0f58b21e677eeca917f8d2dba0a8e666120ef1f3f46e",
            "data_key_for_team": "4e475407e067dbd49d1436b0d41b70fc6ac77799224afd2c39ded3d69d1335757f64231d06b4bc58ce"
            "e0746220ddeee2893ef1c181b63f47eadde86aed46facc9166fb22d7d488adbc520b5c40751a52",
            "data_key_for_sender": "344a959e8fe6563fccc610868187bc933018bf40b5926415f62e6b1c1aaff339140cecade8316a9e"
            "061ab4087b6efaa2a54a33002cc6883891f279a5304bf79dcbfca4ff0c6858ba33b3db2214185437",
        },
        "consultant_private_key": "f3b27965c39576e1a5529dbdf4cb69fc07e6397f4f7b898570743cb5b3d14857",
        "passphrase": "correct horse battery staple",
        "passphrase_salt": "6df076bf24913df1d0f5dddbbb5004cf",
        "wrapped_consultant_key": "b8c6a3943ee18cc7a719d7f1c7d4c35b5826474526c32b105c7a2dd3864b9f080186433338a22560"
        "d8182553454f22fb458540196f8b2a9680444d36f8a5f50fe4089c754f461b76",
        "grant": "dbc054f03f630ed1e8c99d99239d4099971838d5c61fb2419818629512c5bf30540f2b324bac90ba3a99231f3909f9b825"
        "ce1cf7c493a57c4a60606ca09a9890eeb4facbdeee176af3bf5eca6c564486",
        "unlock_key": "d3d5c791814f388f61291f0dc7f1298a4e3e91d7629562c6e4ec7f6c8aa675f6",
        "holder": "user:7:abc",
        "session": "b71326d0cfc792d757e618a97cbe65c2468dee09ab96847419ddb22dc829c03ab26921e19a0dcfb3eaca7e08a3306ddd"
        "ec8a68e7465a58b2771229eefdbef6f2923c961a7fa569d2af902620e4c9ca77a74d4bb503ac7cff3282424bb70ca37470a93499"
        "651c154a7ead2242796e9e3c30cca391aede93155e8ec21ceb41a9a94fca115f1807",
    },
}
VERSIONS = sorted(VECTORS)

# Bits to flip in a byte string of n bytes: the first, one in the middle, the last.
BITS = {"first bit": lambda n: 0, "middle bit": lambda n: n * 4 + 3, "last bit": lambda n: n * 8 - 1}


def flipped(data, which):
    bit = BITS[which](len(data))
    changed = bytearray(data)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


def private_key(hex_text):
    return crypto.private_key_from_bytes(bytes.fromhex(hex_text))


@pytest.fixture(scope="module")
def keys():
    code_digits = crypto.normalise_receipt_code(crypto.new_receipt_code())
    salt = crypto.new_sender_salt()
    return SimpleNamespace(
        team=crypto.new_key_pair(),
        sender=crypto.derive_sender_key(code_digits, salt, MIN_COST),
        code_digits=code_digits,
        salt=salt,
    )


def seal(keys, *, for_sender=True):
    return crypto.seal_message(
        PLAINTEXT,
        **TICKET,
        team_public_key=keys.team.public_key,
        sender_public_key=keys.sender.public_key if for_sender else None,
    )


@pytest.fixture(scope="module")
def sealed(keys):
    return seal(keys)


def open_as(reader, sealed, keys, **where):
    return crypto.open_message(
        sealed,
        **{**TICKET, **where},
        private_key=keys.sender if reader == "sender" else keys.team,
        as_sender=reader == "sender",
    )


# --- Messages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reader", READERS)
def test_message_opens_for_team_and_sender(reader, sealed, keys):
    assert open_as(reader, sealed, keys) == PLAINTEXT
    assert sealed.version == crypto.FORMAT_VERSION
    assert len(sealed.nonce) == crypto.NONCE_BYTES
    assert PLAINTEXT not in sealed.ciphertext


def test_every_message_gets_a_fresh_nonce_and_data_key(sealed, keys):
    again = seal(keys)
    assert again.nonce != sealed.nonce
    assert again.ciphertext != sealed.ciphertext
    assert SealedBox(keys.team).decrypt(again.data_key_for_team) != SealedBox(keys.team).decrypt(
        sealed.data_key_for_team
    )


def test_internal_note_is_not_readable_by_the_sender(keys):
    note = seal(keys, for_sender=False)
    assert note.data_key_for_sender is None
    assert open_as("team", note, keys) == PLAINTEXT
    with pytest.raises(crypto.DecryptionError):
        open_as("sender", note, keys)


TAMPERING = [
    *[(field, reader) for field in ("nonce", "ciphertext") for reader in READERS],
    ("data_key_for_team", "team"),
    ("data_key_for_sender", "sender"),
]


@pytest.mark.parametrize("which", BITS)
@pytest.mark.parametrize(("field", "reader"), TAMPERING)
def test_one_flipped_bit_in_any_field_fails(field, reader, which, sealed, keys):
    tampered = dataclasses.replace(sealed, **{field: flipped(getattr(sealed, field), which)})
    with pytest.raises(crypto.DecryptionError):
        open_as(reader, tampered, keys)


MOVES = [
    pytest.param({"ticket_id": 8}, crypto.FORMAT_VERSION, id="another ticket"),
    pytest.param({"ticket_id": "7 "}, crypto.FORMAT_VERSION, id="ticket id with a trailing space"),
    pytest.param({"key_id": "team-20240101-ffffffff"}, crypto.FORMAT_VERSION, id="another key id"),
    pytest.param({}, crypto.FORMAT_VERSION + 1, id="unknown newer version"),
    pytest.param({}, 0, id="unknown older version"),
]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(("where", "version"), MOVES)
def test_moved_or_relabelled_ciphertext_fails(where, version, reader, sealed, keys):
    with pytest.raises(crypto.DecryptionError):
        open_as(reader, dataclasses.replace(sealed, version=version), keys, **where)


def test_data_key_of_another_message_does_not_open_this_one(sealed, keys):
    other = seal(keys)
    with pytest.raises(crypto.DecryptionError):
        open_as("team", dataclasses.replace(sealed, data_key_for_team=other.data_key_for_team), keys)


WRONG_KEYS = {
    "another team key": lambda k: (crypto.new_key_pair(), False),
    "the sender's key read as the team": lambda k: (k.sender, False),
    "the team key read as the sender": lambda k: (k.team, True),
    "another receipt code": lambda k: (crypto.derive_sender_key("0" * 20, k.salt, MIN_COST), True),
    "right code, another salt": lambda k: (crypto.derive_sender_key(k.code_digits, bytes(16), MIN_COST), True),
    "right code, another cost": lambda k: (
        crypto.derive_sender_key(k.code_digits, k.salt, crypto.KdfCost(opslimit=2, memlimit=8192)),
        True,
    ),
}


@pytest.mark.parametrize("wrong", WRONG_KEYS)
def test_wrong_key_fails(wrong, sealed, keys):
    key, as_sender = WRONG_KEYS[wrong](keys)
    with pytest.raises(crypto.DecryptionError):
        crypto.open_message(sealed, **TICKET, private_key=key, as_sender=as_sender)


# --- Sealed private keys (grants, escrow), passphrase-wrapped consultant keys, session state ----------------


def test_sealed_private_key_round_trip_and_wrong_recipient(keys):
    recipient = crypto.new_key_pair()
    sealed_key = crypto.seal_private_key(keys.team, recipient.public_key)
    assert bytes(crypto.unseal_private_key(sealed_key, recipient)) == bytes(keys.team)
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_private_key(sealed_key, crypto.new_key_pair())


@pytest.mark.parametrize("which", BITS)
def test_sealed_private_key_with_a_flipped_bit_fails(which, keys):
    recipient = crypto.new_key_pair()
    sealed_key = crypto.seal_private_key(keys.team, recipient.public_key)
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_private_key(flipped(sealed_key, which), recipient)


@pytest.fixture(scope="module")
def wrapped(keys):
    salt = crypto.new_passphrase_salt()
    return SimpleNamespace(
        blob=crypto.wrap_with_passphrase(keys.team, "lange Passphrase", salt, MIN_COST), salt=salt, cost=MIN_COST
    )


def test_passphrase_wrapped_key_round_trip(wrapped, keys):
    opened = crypto.unwrap_with_passphrase(wrapped.blob, "lange Passphrase", wrapped.salt, wrapped.cost)
    assert bytes(opened) == bytes(keys.team)
    assert bytes(keys.team) not in wrapped.blob


WRONG_UNWRAPS = {
    "wrong passphrase": lambda w: (w.blob, "lange passphrase", w.salt, w.cost),
    "wrong salt": lambda w: (w.blob, "lange Passphrase", bytes(16), w.cost),
    "wrong cost": lambda w: (w.blob, "lange Passphrase", w.salt, crypto.KdfCost(opslimit=2, memlimit=8192)),
    **{
        f"{which} flipped": lambda w, which=which: (flipped(w.blob, which), "lange Passphrase", w.salt, w.cost)
        for which in BITS
    },
}


@pytest.mark.parametrize("wrong", WRONG_UNWRAPS)
def test_passphrase_wrapped_key_fails_when_anything_is_wrong(wrong, wrapped):
    with pytest.raises(crypto.DecryptionError):
        crypto.unwrap_with_passphrase(*WRONG_UNWRAPS[wrong](wrapped))


@pytest.fixture(scope="module")
def session(keys):
    unlock_key = crypto.new_unlock_key()
    team_keys = {"team-a": keys.team, "team-b": crypto.new_key_pair()}
    return SimpleNamespace(
        blob=crypto.seal_for_session(team_keys, unlock_key, "user:1:x"), unlock_key=unlock_key, team_keys=team_keys
    )


def test_session_state_round_trip(session):
    opened = crypto.open_from_session(session.blob, session.unlock_key, "user:1:x")
    assert {key_id: bytes(key) for key_id, key in opened.items()} == {
        key_id: bytes(key) for key_id, key in session.team_keys.items()
    }
    assert all(bytes(key).hex().encode() not in session.blob for key in session.team_keys.values())


WRONG_SESSIONS = {
    "another unlock key": lambda s: (s.blob, crypto.new_unlock_key(), "user:1:x"),
    "another holder": lambda s: (s.blob, s.unlock_key, "user:2:x"),
    "truncated": lambda s: (s.blob[: crypto.NONCE_BYTES + 8], s.unlock_key, "user:1:x"),
    "empty": lambda s: (b"", s.unlock_key, "user:1:x"),
    **{
        f"{which} flipped": lambda s, which=which: (flipped(s.blob, which), s.unlock_key, "user:1:x") for which in BITS
    },
}


@pytest.mark.parametrize("wrong", WRONG_SESSIONS)
def test_session_state_fails_when_anything_is_wrong(wrong, session):
    with pytest.raises(crypto.DecryptionError):
        crypto.open_from_session(*WRONG_SESSIONS[wrong](session))


# --- Receipt codes, look-up and key derivation ------------------------------------------------------------


def test_new_receipt_codes_look_like_phone_numbers_and_differ():
    codes = {crypto.new_receipt_code() for _ in range(20)}
    assert len(codes) == 20
    assert all(re.fullmatch(r"\d{4}( \d{4}){4}", code) for code in codes)


def test_receipt_code_from_seed():
    assert crypto.receipt_code_from_seed(bytes(16)) == "0000 0000 0000 0000 0000"
    assert crypto.receipt_code_from_seed(b"\x01" * 16) != crypto.receipt_code_from_seed(b"\x02" * 16)
    with pytest.raises(ValueError):
        crypto.receipt_code_from_seed(bytes(15))


DIGITS = "12345678901234567890"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1234 5678 9012 3456 7890", DIGITS),
        ("1234-5678-9012-3456-7890", DIGITS),
        (" +1234.5678/9012\t3456\n7890 ", DIGITS),
        ("1234 5678 9012 3456 7890".translate(ARABIC_INDIC), DIGITS),
        ("1234 5678 9012 3456 7890".translate(PERSIAN), DIGITS),
        ("1234 5678 9012 3456 7890".translate(FULLWIDTH), DIGITS),
        ("١٢٣٤ 5678 ۹۰۱۲ 3456 7890", DIGITS),
        ("1234 5678 9012 3456 789", None),
        ("1234 5678 9012 3456 78901", None),
        ("1234 5678 9012 3456 789²", None),
        ("", None),
    ],
)
def test_normalise_receipt_code(typed, expected):
    assert crypto.normalise_receipt_code(typed) == expected


def test_generated_codes_normalise_to_their_digits():
    code = crypto.new_receipt_code()
    assert crypto.normalise_receipt_code(code) == code.replace(" ", "")


def test_receipt_lookup_depends_on_pepper_and_code():
    lookup = crypto.receipt_lookup(b"pepper", DIGITS)
    assert re.fullmatch(r"[0-9a-f]{64}", lookup)
    assert lookup == crypto.receipt_lookup(b"pepper", DIGITS)
    assert lookup != crypto.receipt_lookup(b"other pepper", DIGITS)
    assert lookup != crypto.receipt_lookup(b"pepper", DIGITS[::-1])


def test_sender_key_is_rederived_from_code_salt_and_cost(keys):
    again = crypto.derive_sender_key(keys.code_digits, keys.salt, MIN_COST)
    assert bytes(again) == bytes(keys.sender)
    assert len(keys.salt) == crypto.SENDER_SALT_BYTES


def test_keys_survive_the_round_trip_through_stored_bytes(keys):
    assert crypto.public_key_from_bytes(memoryview(bytes(keys.team.public_key))) == keys.team.public_key
    assert bytes(crypto.private_key_from_bytes(memoryview(bytes(keys.team)))) == bytes(keys.team)
    assert re.fullmatch(r"[0-9a-f]{16}", crypto.key_fingerprint(keys.team.public_key))
    assert crypto.key_fingerprint(keys.team.public_key) != crypto.key_fingerprint(keys.sender.public_key)


# --- Known-answer vectors ---------------------------------------------------------------------------------


def vector_sealed(vector):
    """The vector's message as the database hands it back (memoryview), with its format version."""
    fields = {name: memoryview(bytes.fromhex(value)) for name, value in vector["sealed"].items()}
    return crypto.SealedMessage(**fields, version=vector["version"])


@pytest.fixture(params=VERSIONS, ids=lambda version: f"v{version}")
def vector(request):
    return {**VECTORS[request.param], "version": request.param}


def test_vector_deterministic_functions(vector):
    team = private_key(vector["team_private_key"])
    digits = crypto.normalise_receipt_code(vector["receipt_code"])
    assert bytes(team.public_key).hex() == vector["team_public_key"]
    assert crypto.key_fingerprint(team.public_key) == vector["team_fingerprint"]
    assert crypto.receipt_code_from_seed(bytes.fromhex(vector["receipt_seed"])) == vector["receipt_code"]
    assert crypto.receipt_lookup(bytes.fromhex(vector["pepper"]), digits) == vector["receipt_lookup"]
    sender = crypto.derive_sender_key(digits, bytes.fromhex(vector["sender_salt"]), MIN_COST)
    assert bytes(sender.public_key).hex() == vector["sender_public_key"]


def test_vector_message_opens_with_the_team_key(vector):
    plaintext = crypto.open_message(
        vector_sealed(vector),
        ticket_id=vector["ticket_id"],
        key_id=vector["key_id"],
        private_key=private_key(vector["team_private_key"]),
    )
    assert plaintext == vector["plaintext"]


def test_vector_message_opens_with_the_receipt_code(vector):
    digits = crypto.normalise_receipt_code(vector["receipt_code"])
    sender = crypto.derive_sender_key(digits, bytes.fromhex(vector["sender_salt"]), MIN_COST)
    plaintext = crypto.open_message(
        vector_sealed(vector),
        ticket_id=vector["ticket_id"],
        key_id=vector["key_id"],
        private_key=sender,
        as_sender=True,
    )
    assert plaintext == vector["plaintext"]


def test_vector_consultant_passphrase_opens_the_grant(vector):
    consultant = crypto.unwrap_with_passphrase(
        bytes.fromhex(vector["wrapped_consultant_key"]),
        vector["passphrase"],
        bytes.fromhex(vector["passphrase_salt"]),
        MIN_COST,
    )
    assert bytes(consultant).hex() == vector["consultant_private_key"]
    team = crypto.unseal_private_key(bytes.fromhex(vector["grant"]), consultant)
    assert bytes(team).hex() == vector["team_private_key"]


def test_vector_session_state_of_the_current_version():
    # Session state lives for one unlock only, so only the current format has to open.
    vector = VECTORS[crypto.FORMAT_VERSION]
    opened = crypto.open_from_session(
        bytes.fromhex(vector["session"]), bytes.fromhex(vector["unlock_key"]), vector["holder"]
    )
    assert {key_id: bytes(key).hex() for key_id, key in opened.items()} == {
        vector["key_id"]: vector["team_private_key"]
    }
