"""contact.crypto on its own (no database, no Django): round trips, padding, tampering, moved or relabelled
ciphertexts, wrong keys, the team's signatures and vouched grants, receipt codes and their check digit, look-ups,
and known-answer vectors that pin the stored formats."""

import dataclasses
import random
import re
from types import SimpleNamespace

import pytest
from nacl import bindings
from nacl.public import SealedBox

from contact import crypto

# libsodium's Argon2id minimum; the cost is stored with each ticket and key, so any cost must keep working.
MIN_COST = crypto.KdfCost(opslimit=1, memlimit=8192)
PLACE = crypto.Place(ticket_id="7", key_id="team-20240101-0a1b2c3d", sequence=3, author="hotline")
PLAINTEXT = '{"message": "Они забрали мой паспорт — أخذوا جواز سفري"}'.encode()
READERS = ["team", "sender"]
TAG_BYTES = bindings.crypto_aead_xchacha20poly1305_ietf_ABYTES

# Known answers, generated once with the code of that format version. A new FORMAT_VERSION adds an entry here;
# an existing entry is never edited: tickets, wrapped keys and grants stored in that format must open forever.
# (Format 1 stored the ticket id as a number and named the fingerprint of the team's public key "team_fingerprint";
# its session state is not kept: session state lives for one unlock, so only the current format's must open.)
VECTORS = {
    1: {
        "team_private_key": "b69638d88477872bd208603fff819798ea0273e0e388c293f5b01716a3d28581",
        "team_public_key": "064b636d3dcda2d4864fd2f455e3eb0b57d8498a0ff0192131ff065968c9c619",
        "team_fingerprint": "387379d712bcbb43",
        "receipt_code": "3207 4767 8225 7649 9036",
        "pepper": "4367f273f8d11fdf0d29dea0c45c02e4b741277625195455b92144aac13e4c7b",
        "legacy_receipt_lookup": "3ac424371d4c6ead8de708368c374375c3c7d724fb99564468adbc77bbb89160",
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
    },
    2: {
        "team_private_key": "1bcd9d79785c53b8e4f4f81bac04cd21f4e3ff3e63a0522a884687b6a737153b",
        "team_public_key": "78cc0b0bf0c43a6b8adf2e870d01b96802464ae5be036b27c051fc8b8efdfa2d",
        "team_verify_key": "a3343bc929ae9e36c02d9b3109432ed718f3ce5eafa75459e2d5ed47572ddd82",
        "key_fingerprint": "ab57c1deb913801b",
        "team_fingerprint": "bd4264a4a0c533fa501144cf84b797f5",
        "receipt_code": "8386 4817 0818 4415 60028",
        "pepper": "68d1cdab7915ace2b0a4d69b53fa6080044390efab5a6f734272479492e3c8be",
        "receipt_lookup": "447cdde3acdf460a4c5481d66159b55a44492f106e64d06017f543872f6ef6d7",
        "sender_salt": "6a5ea7273053cd270a9efa7d27e9e62c",
        "sender_public_key": "ea7ca49db7957aea0f7b1a8fed64c04bc380b0d5183d9f35325184866e70600f",
        "ticket_id": "42",
        "key_id": "team-20250601-5e6f7a8b",
        "sequence": 3,
        "author": "hotline",
        "plaintext": '{"message": "Wir rufen Sie zurück — سنتصل بك"}'.encode(),
        "sealed": {
            "nonce": "f41ed31d36d13149e278cf10ff20386d0a7685cb79e38bfc",
            "ciphertext": "4bcc2855a5c5fc643fc088e13edcf907b3b50c1e5eedbf1c916a0f0f37a153d424c60ebf2186d93c7cad0b0058"
            "3439710abb055be6a8a22471345b5aae860452dce74103f886f5690009bd397dc82c3374148e499bfe9877e0a1a1cc4eec72467d"
            "bda4d844e0745f5c53230fd89f0c0ddaf5f8c8a4c31e2a7d079cc76f80f1ee166cecb68465ac55d08cd164c109b9f75330061b16"
            "e2696b470d7b2e1fc630f958a7b20da900c0e11f8f9fdadd72374f198ac3795eaf2f933dc2a7fa64b02c2bb078bdb903a622b8e1"
            "ae65d68f1350ffcb8a756d69df0f59a80e07fbf64ba29bff6342552b9e645348492246d033015700000947501e41643b5b6494c6"
            "a7ecd65f5792ed93068c51a6e6b08f369424b588bce2c9e303987057ce556f863cdab26aeaa57a86f5761614cdc1cd84849e7765"
            "8930ef205ad5732411c4d0bbcf13beb974c1fd18318bfda8036eb697abf43f0785821fab3168a68dfe5c3388dc562a7431a19fb3"
            "f659827d654100597fe0652cab5c51dff7d4b1af8fd4fdcf603e6c163ce498c24e230e99f4c854e849d4209b767a86ed11695636"
            "621536c90b817626a8dc17f5b175122bb5a4c144806daafc72eff197f8a9eebc6b3ddf621c7fb18790ec4044f2b82125c195552c"
            "780a16bdaa6bd131eb7215e2e18809619060eee3c44d65cc01e7e2ac9ec14d7aeae0804c6dd835df7d4af582104aab9a7b3fb103"
            "8e7e9af00ce362756709af625eb3be",
            "data_key_for_team": "11784cb47eb3b531edcb2ab6b6f77ddb11f08bb547a5df392eb6d2498770bc02b68c65eeb50c88ea894"
            "4dcc466070fd796cd1537b0d83df8711fdbc72e10e26f373f0d6d396fd5a14cc8c024898ee31d",
            "data_key_for_sender": "e343c1e5ff0459f9332205b2ecaeda7f5e221aacfae7acbd08dd9240f98dae75dce7a9806e48d609d"
            "0e4eb38f6e8696be9d518525be46533438650f1df403fee57ad3d458918d98cc53ea046a3002468",
            "signature": "4631ffe28294cdd7825cdbfbbb55da9a0fd037b20b8393f74b333a72e7075d7e244992a4a5ecdbdb1043f9d50f3"
            "099e69a254621d56f30cc7ab1602e8c20cf06",
        },
        "consultant_private_key": "0bc3a55c2e133b36d21b08680959d16b18bd89aa200708c8e3e9b0a0874431e2",
        "passphrase": "Zeit für einen langen Satz",
        "passphrase_salt": "9dd06c32057bcfc32d5c43915eb48e83",
        "wrapped_consultant_key": "513a9b39dbccdff74479459e0f4441edd8d65452c60331adc830f2cc57748548da437e7089596f4b69"
        "f43c4caa03bd1501265ee52aeedb5edae6752c701dae2db10d62f1e1e29ca0",
        "grant": "c22fa85c1e92582cac7a945ee51c5af3034d6c23b2aaa606a20c03db1aac461e3ddf05039ea34cf5929ef36be5011bac7ba"
        "1b8ce7c1adece04c9cec3433f5e332d21626e259bd7b1b4c80204ec204197",
        "grant_signature": "f5919bb1d0fb72a8f1f20dad129b2a6f10a5b829b0adba04e8aa22ea31743f72782286b053df5f0214e796341"
        "c2f9c6e0593bff6287acb3897ec88a97dae8c0e",
        "unlock_key": "9658d4d31c20355c6fbd858d2051b2d08763924ee34c4ad91c70978f59fab2e2",
        "holder": "user:7:abc",
        "session": "f4b50d53025e87aa92d3c71786423291178e9f44508dcff09de87736f18452507a9cdcaafb9497ab88018f948b717bf74"
        "695a7f4a54923c306889b8998784586464c62d50413941012b78bb090fa9d501d8a0353526f00d13bff4440ad83532f34311a0d6a292"
        "58a536d6313ababd256bb570262359f07f76297e59bdff249011c476ad29620",
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


def verify_key_of(team_private_key):
    return crypto.team_signing_key(team_private_key).verify_key


def test_every_readable_version_has_a_vector():
    assert set(crypto.READABLE_VERSIONS) == set(VECTORS)
    assert crypto.FORMAT_VERSION == max(VECTORS)
    assert crypto.LOOKUP_VERSION == 2  # the vectors' receipt_lookup; format 1's is legacy_receipt_lookup
    assert issubclass(crypto.UnknownFormat, crypto.DecryptionError)


@pytest.fixture(scope="module")
def keys():
    team = crypto.new_key_pair()
    code_digits = crypto.normalise_receipt_code(crypto.new_receipt_code())
    salt = crypto.new_sender_salt()
    return SimpleNamespace(
        team=team,
        signing=crypto.team_signing_key(team),
        sender=crypto.derive_sender_key(code_digits, salt, MIN_COST),
        code_digits=code_digits,
        salt=salt,
    )


def seal(keys, plaintext=PLAINTEXT, place=PLACE, *, for_sender=True, signed=True):
    """A hotline reply (signed, readable by the sender) unless told otherwise."""
    return crypto.seal_message(
        plaintext,
        place,
        team_public_key=keys.team.public_key,
        sender_public_key=keys.sender.public_key if for_sender else None,
        signing_key=keys.signing if signed else None,
    )


@pytest.fixture(scope="module")
def sealed(keys):
    return seal(keys)


def open_as(reader, sealed, keys, **moved):
    return crypto.open_message(
        sealed,
        dataclasses.replace(PLACE, **moved),
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
    note = seal(keys, place=dataclasses.replace(PLACE, author="note"), for_sender=False)
    assert note.data_key_for_sender is None
    assert open_as("team", note, keys, author="note") == PLAINTEXT
    with pytest.raises(crypto.DecryptionError):
        open_as("sender", note, keys, author="note")


@pytest.mark.parametrize("length", [0, 1, 500, 511, 512, 513, 600])
def test_plaintext_is_padded_to_whole_blocks(length, keys):
    plaintext = bytes(range(256)) * 3
    sealed = seal(keys, plaintext[:length])
    assert open_as("sender", sealed, keys) == plaintext[:length]
    # libsodium's padding always adds at least one byte, so a full block takes the next one.
    assert len(sealed.ciphertext) == (length // crypto.PADDING_BLOCK + 1) * crypto.PADDING_BLOCK + TAG_BYTES


def test_ciphertext_length_says_only_the_block_count(keys):
    short, long, longer = (len(seal(keys, b"x" * length).ciphertext) for length in (1, 500, 600))
    assert short == long < longer


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


@pytest.mark.parametrize("which", BITS)
@pytest.mark.parametrize("field", ["nonce", "ciphertext", "signature"])
def test_one_flipped_bit_in_a_signed_field_breaks_the_signature(field, which, sealed, keys):
    tampered = dataclasses.replace(sealed, **{field: flipped(getattr(sealed, field), which)})
    assert not crypto.signed_by(tampered, PLACE, keys.signing.verify_key)


MOVES = {
    "another ticket": {"ticket_id": "8"},
    "ticket id with a trailing space": {"ticket_id": "7 "},
    "another sequence": {"sequence": 4},
    "another author (the person)": {"author": "person"},
    "another author (a note)": {"author": "note"},
    "another key id": {"key_id": "team-20240101-ffffffff"},
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("move", MOVES)
def test_moved_or_relabelled_ciphertext_fails(move, reader, sealed, keys):
    with pytest.raises(crypto.DecryptionError):
        open_as(reader, sealed, keys, **MOVES[move])


@pytest.mark.parametrize("move", MOVES)
def test_moved_message_is_not_signed_where_it_now_stands(move, sealed, keys):
    assert not crypto.signed_by(sealed, dataclasses.replace(PLACE, **MOVES[move]), keys.signing.verify_key)


UNKNOWN_VERSIONS = {"unknown newer version": crypto.FORMAT_VERSION + 1, "unknown older version": 0}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("version", UNKNOWN_VERSIONS.values(), ids=UNKNOWN_VERSIONS)
def test_unknown_version_raises_unknown_format(version, reader, sealed, keys):
    relabelled = dataclasses.replace(sealed, version=version)
    with pytest.raises(crypto.UnknownFormat):
        open_as(reader, relabelled, keys)
    assert not crypto.signed_by(relabelled, PLACE, keys.signing.verify_key)


OLDER_VERSIONS = [version for version in crypto.READABLE_VERSIONS if version != crypto.FORMAT_VERSION]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("version", OLDER_VERSIONS, ids=lambda version: f"as v{version}")
def test_relabelled_as_an_older_readable_version_fails(version, reader, sealed, keys):
    relabelled = dataclasses.replace(sealed, version=version)
    with pytest.raises(crypto.DecryptionError) as failure:
        open_as(reader, relabelled, keys)
    assert not isinstance(failure.value, crypto.UnknownFormat)
    # Format 1 carries no signature, so a signature attached to it never counts.
    assert not crypto.signed_by(relabelled, PLACE, keys.signing.verify_key)


def test_data_key_of_another_message_does_not_open_this_one(sealed, keys):
    other = seal(keys)
    with pytest.raises(crypto.DecryptionError):
        open_as("team", dataclasses.replace(sealed, data_key_for_team=other.data_key_for_team), keys)


WRONG_KEYS = {
    "another team key": lambda k: (crypto.new_key_pair(), False),
    "the sender's key read as the team": lambda k: (k.sender, False),
    "the team key read as the sender": lambda k: (k.team, True),
    "another receipt code": lambda k: (crypto.derive_sender_key("0" * 21, k.salt, MIN_COST), True),
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
        crypto.open_message(sealed, PLACE, private_key=key, as_sender=as_sender)


# --- The team's signatures --------------------------------------------------------------------------------


def test_team_reply_is_signed_by_the_team_key(sealed, keys):
    assert len(sealed.signature) == 64
    assert crypto.signed_by(sealed, PLACE, keys.signing.verify_key)
    # Whoever holds the team private key holds the signing key: it is derived, not stored.
    assert verify_key_of(keys.team) == keys.signing.verify_key
    assert crypto.signed_by(sealed, PLACE, bytes(verify_key_of(keys.team)))


NOT_SIGNED = {
    "another team's verify key": lambda s, k: (s, verify_key_of(crypto.new_key_pair())),
    "the sender's message carries no signature": lambda s, k: (seal(k, signed=False), k.signing.verify_key),
    "the signature of another message": lambda s, k: (
        dataclasses.replace(s, signature=seal(k).signature),
        k.signing.verify_key,
    ),
}


@pytest.mark.parametrize("case", NOT_SIGNED)
def test_message_not_signed_by_that_key(case, sealed, keys):
    message, verify_key = NOT_SIGNED[case](sealed, keys)
    assert not crypto.signed_by(message, PLACE, verify_key)


MALFORMED_SIGNATURES = {
    "empty": lambda signature: b"",
    "truncated": lambda signature: signature[:-1],
    "one byte too long": lambda signature: signature + b"\0",
}


@pytest.mark.parametrize("malformed", MALFORMED_SIGNATURES)
def test_malformed_signature_is_not_signed(malformed, sealed, keys):
    tampered = dataclasses.replace(sealed, signature=MALFORMED_SIGNATURES[malformed](sealed.signature))
    assert not crypto.signed_by(tampered, PLACE, keys.signing.verify_key)


def test_team_fingerprint_pins_both_public_halves(keys):
    fingerprint = crypto.team_fingerprint(keys.team.public_key, keys.signing.verify_key)
    assert re.fullmatch(r"[0-9a-f]{32}", fingerprint)
    assert fingerprint == crypto.team_fingerprint(bytes(keys.team.public_key), bytes(keys.signing.verify_key))
    other = crypto.new_key_pair()
    assert fingerprint != crypto.team_fingerprint(other.public_key, keys.signing.verify_key)
    assert fingerprint != crypto.team_fingerprint(keys.team.public_key, verify_key_of(other))


# --- Vouched grants ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def grant(keys):
    consultant = crypto.new_key_pair().public_key
    return SimpleNamespace(
        consultant=consultant, signature=crypto.sign_grant(keys.team, PLACE.key_id, consultant), keys=keys
    )


def test_grant_is_vouched_by_the_team_key(grant):
    assert crypto.grant_vouched(grant.keys.signing.verify_key, grant.signature, PLACE.key_id, grant.consultant)


WRONG_GRANTS = {
    "another consultant key": lambda g: (g.signature, PLACE.key_id, crypto.new_key_pair().public_key),
    "another key id": lambda g: (g.signature, "team-20240101-ffffffff", g.consultant),
    "missing signature": lambda g: (None, PLACE.key_id, g.consultant),
    "empty signature": lambda g: (b"", PLACE.key_id, g.consultant),
    **{
        f"{which} flipped": lambda g, which=which: (flipped(g.signature, which), PLACE.key_id, g.consultant)
        for which in BITS
    },
}


@pytest.mark.parametrize("wrong", WRONG_GRANTS)
def test_grant_not_vouched_when_anything_is_wrong(wrong, grant):
    assert not crypto.grant_vouched(grant.keys.signing.verify_key, *WRONG_GRANTS[wrong](grant))


def test_grant_not_vouched_by_another_team_key(grant):
    other_team = verify_key_of(crypto.new_key_pair())
    assert not crypto.grant_vouched(other_team, grant.signature, PLACE.key_id, grant.consultant)


@pytest.mark.parametrize("malformed", ["truncated", "one byte too long"])
def test_malformed_grant_signature_is_not_vouched(malformed, grant):
    signature = MALFORMED_SIGNATURES[malformed](grant.signature)
    assert not crypto.grant_vouched(grant.keys.signing.verify_key, signature, PLACE.key_id, grant.consultant)


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


# --- Receipt codes and their check digit ------------------------------------------------------------------

LEGACY_DIGITS = "12345678901234567890"
DIGITS = LEGACY_DIGITS + crypto.damm_check_digit(LEGACY_DIGITS)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def grouped(digits, separator=" "):
    """Groups of four, the last one taking what is left (4-4-4-4-4 for format 1, 4-4-4-4-5 now)."""
    return separator.join(re.findall(r"\d{4}(?=\d{4})|\d+$", digits))


HOW_PEOPLE_TYPE = {
    "spaces": grouped,
    "dashes": lambda d: grouped(d, "-"),
    "phone number": lambda d: f" +{d[:4]}.{d[4:8]}/{d[8:12]}\t{d[12:16]}\n{d[16:]} ",
    "Arabic-Indic digits": lambda d: grouped(d).translate(ARABIC_INDIC),
    "Persian digits": lambda d: grouped(d).translate(PERSIAN),
    "fullwidth digits": lambda d: grouped(d).translate(FULLWIDTH),
    "mixed scripts": lambda d: f"{d[:4].translate(ARABIC_INDIC)} {d[4:8]} {d[8:12].translate(PERSIAN)} {d[12:]}",
}


@pytest.mark.parametrize("digits", [DIGITS, LEGACY_DIGITS], ids=["current code", "format-1 code"])
@pytest.mark.parametrize("typing", HOW_PEOPLE_TYPE)
def test_normalise_receipt_code(typing, digits):
    assert crypto.normalise_receipt_code(HOW_PEOPLE_TYPE[typing](digits)) == digits


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(grouped(LEGACY_DIGITS[:-1]), id="19 digits"),
        pytest.param(grouped(DIGITS + "0"), id="22 digits"),
        pytest.param(grouped(LEGACY_DIGITS)[:-1] + "²", id="a superscript is no digit"),
        pytest.param("", id="empty"),
    ],
)
def test_code_with_the_wrong_number_of_digits_is_none(typed):
    assert crypto.normalise_receipt_code(typed) is None


def test_code_with_a_wrong_check_digit_is_a_typo():
    wrong = DIGITS[:-1] + str((int(DIGITS[-1]) + 1) % 10)
    with pytest.raises(crypto.ReceiptCodeTypo):
        crypto.normalise_receipt_code(grouped(wrong))
    assert issubclass(crypto.ReceiptCodeTypo, ValueError)


@pytest.mark.parametrize(("digits", "check"), [("572", "4"), ("5724", "0"), ("", "0"), (LEGACY_DIGITS, DIGITS[-1])])
def test_damm_check_digit(digits, check):
    assert crypto.damm_check_digit(digits) == check


def with_check_digit(digits):
    return digits + crypto.damm_check_digit(digits)


_rng = random.Random(20250601)
SAMPLE_CODES = [
    with_check_digit("0" * 20),
    with_check_digit("0123456789" * 2),
    *(with_check_digit("".join(_rng.choices("0123456789", k=20))) for _ in range(8)),
]


def substitutions(code):
    for position, digit in enumerate(code):
        for other in "0123456789".replace(digit, ""):
            yield code[:position] + other + code[position + 1 :]


def neighbour_swaps(code):
    for position in range(len(code) - 1):
        if code[position] != code[position + 1]:
            yield code[:position] + code[position + 1] + code[position] + code[position + 2 :]


@pytest.mark.parametrize("mistake", [substitutions, neighbour_swaps], ids=["one digit mistyped", "neighbours swapped"])
def test_check_digit_catches_every_single_typo(mistake):
    typos = [typo for code in SAMPLE_CODES for typo in mistake(code)]
    assert typos
    for typo in typos:
        with pytest.raises(crypto.ReceiptCodeTypo):
            crypto.normalise_receipt_code(grouped(typo))


def test_new_receipt_codes_look_like_phone_numbers_and_differ():
    codes = {crypto.new_receipt_code() for _ in range(20)}
    assert len(codes) == 20
    assert all(re.fullmatch(r"\d{4}( \d{4}){3} \d{5}", code) for code in codes)
    assert all(crypto.damm_check_digit(code.replace(" ", "")) == "0" for code in codes)


def test_generated_codes_normalise_to_their_digits():
    code = crypto.new_receipt_code()
    assert crypto.normalise_receipt_code(code) == code.replace(" ", "")


# --- Repeated submissions ---------------------------------------------------------------------------------

REPEAT = {"pepper": bytes(range(32)), "form_nonce": "form-nonce-1", "text": "Hilfe, bitte"}


@pytest.fixture(scope="module")
def repeat_box():
    return crypto.seal_repeat_receipt(grouped(DIGITS), **REPEAT)


def test_same_submission_gets_its_receipt_code_back(repeat_box):
    assert crypto.open_repeat_receipt(repeat_box, **REPEAT) == grouped(DIGITS)
    assert DIGITS[:8].encode() not in repeat_box


OTHER_SUBMISSIONS = {
    "other text": lambda box: (box, {**REPEAT, "text": "Hilfe, bitte!"}),
    "other form nonce": lambda box: (box, {**REPEAT, "form_nonce": "form-nonce-2"}),
    "other pepper": lambda box: (box, {**REPEAT, "pepper": bytes(32)}),
    **{f"{which} flipped": lambda box, which=which: (flipped(box, which), REPEAT) for which in BITS},
}


@pytest.mark.parametrize("other", OTHER_SUBMISSIONS)
def test_another_submission_gets_no_receipt_code(other, repeat_box):
    box, submission = OTHER_SUBMISSIONS[other](repeat_box)
    assert crypto.open_repeat_receipt(box, **submission) is None


# --- Look-ups and key derivation --------------------------------------------------------------------------

LOOKUPS = {
    "format 1 (HMAC)": crypto.legacy_receipt_lookup,
    "Argon2id": lambda pepper, digits: crypto.receipt_lookup(pepper, digits, MIN_COST),
}


@pytest.mark.parametrize("lookup", LOOKUPS.values(), ids=LOOKUPS)
def test_receipt_lookup_depends_on_pepper_and_code(lookup):
    found = lookup(b"pepper", DIGITS)
    assert re.fullmatch(r"[0-9a-f]{64}", found)
    assert found == lookup(b"pepper", DIGITS)
    assert found != lookup(b"other pepper", DIGITS)
    assert found != lookup(b"pepper", DIGITS[::-1])


def test_argon2id_lookup_depends_on_the_cost_and_is_not_the_hmac():
    found = crypto.receipt_lookup(b"pepper", DIGITS, MIN_COST)
    assert found != crypto.receipt_lookup(b"pepper", DIGITS, crypto.KdfCost(opslimit=2, memlimit=8192))
    assert found != crypto.legacy_receipt_lookup(b"pepper", DIGITS)


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


def vector_place(vector, **moved):
    """Where the vector's message stands; format 1 bound neither sequence nor author, so any will do."""
    place = crypto.Place(
        ticket_id=str(vector["ticket_id"]),
        key_id=vector["key_id"],
        sequence=vector.get("sequence", 0),
        author=vector.get("author", "person"),
    )
    return dataclasses.replace(place, **moved)


def vector_digits(vector):
    return crypto.normalise_receipt_code(vector["receipt_code"])


def vector_team(vector):
    return private_key(vector["team_private_key"])


def vector_pepper(vector):
    return bytes.fromhex(vector["pepper"])


def vector_team_fingerprint(vector):
    """Format 1 had no signing key: its team fingerprint was that of the public key alone."""
    team = vector_team(vector)
    if "team_verify_key" not in vector:
        return crypto.key_fingerprint(team.public_key)
    return crypto.team_fingerprint(team.public_key, verify_key_of(team))


# Each vector entry that a deterministic function reproduces, with that function.
DERIVED = {
    "team_public_key": lambda v: bytes(vector_team(v).public_key).hex(),
    "team_verify_key": lambda v: bytes(verify_key_of(vector_team(v))).hex(),
    "key_fingerprint": lambda v: crypto.key_fingerprint(vector_team(v).public_key),
    "team_fingerprint": vector_team_fingerprint,
    "legacy_receipt_lookup": lambda v: crypto.legacy_receipt_lookup(vector_pepper(v), vector_digits(v)),
    "receipt_lookup": lambda v: crypto.receipt_lookup(vector_pepper(v), vector_digits(v), MIN_COST),
    "sender_public_key": lambda v: bytes(
        crypto.derive_sender_key(vector_digits(v), bytes.fromhex(v["sender_salt"]), MIN_COST).public_key
    ).hex(),
    "grant_signature": lambda v: crypto.sign_grant(
        vector_team(v), v["key_id"], private_key(v["consultant_private_key"]).public_key
    ).hex(),
}


@pytest.fixture(params=VERSIONS, ids=lambda version: f"v{version}")
def vector(request):
    return {**VECTORS[request.param], "version": request.param}


def test_vector_deterministic_functions(vector):
    entries = [name for name in DERIVED if name in vector]
    assert {"team_public_key", "team_fingerprint", "sender_public_key"} <= set(entries)
    assert {name: DERIVED[name](vector) for name in entries} == {name: vector[name] for name in entries}


def test_vector_message_opens_with_the_team_key(vector):
    plaintext = crypto.open_message(vector_sealed(vector), vector_place(vector), private_key=vector_team(vector))
    assert plaintext == vector["plaintext"]


def test_vector_message_opens_with_the_receipt_code(vector):
    sender = crypto.derive_sender_key(vector_digits(vector), bytes.fromhex(vector["sender_salt"]), MIN_COST)
    plaintext = crypto.open_message(vector_sealed(vector), vector_place(vector), private_key=sender, as_sender=True)
    assert plaintext == vector["plaintext"]


# What each move of the vector's message does: the formats in which it still opens (format 1 bound only the
# ticket and the key id).
VECTOR_MOVES = {
    "another sequence": ({"sequence": 99}, {1}),
    "another author": ({"author": "note"}, {1}),
    "another author and sequence": ({"author": "hotline", "sequence": 1}, {1}),
    "another ticket": ({"ticket_id": "43"}, set()),
    "another key id": ({"key_id": "team-20240101-ffffffff"}, set()),
}


@pytest.mark.parametrize("move", VECTOR_MOVES)
def test_vector_message_moved(move, vector):
    moved, still_opens_in = VECTOR_MOVES[move]
    place = vector_place(vector, **moved)
    team = vector_team(vector)
    if vector["version"] in still_opens_in:
        assert crypto.open_message(vector_sealed(vector), place, private_key=team) == vector["plaintext"]
    else:
        with pytest.raises(crypto.DecryptionError):
            crypto.open_message(vector_sealed(vector), place, private_key=team)


def test_vector_message_signature(vector):
    """Format 1 never carries a signature; from format 2 on, the team's reply is signed where it stands."""
    verify_key = verify_key_of(vector_team(vector))
    sealed = vector_sealed(vector)
    assert crypto.signed_by(sealed, vector_place(vector), verify_key) == (vector["version"] != 1)
    assert not crypto.signed_by(sealed, vector_place(vector, sequence=99), verify_key)


def test_format_1_message_never_counts_as_signed():
    vector = {**VECTORS[1], "version": 1}
    signing_key = crypto.team_signing_key(vector_team(vector))
    sealed, place = vector_sealed(vector), vector_place(vector)
    # Format 1's associated data is frozen with it: even the team key's own signature over it does not count.
    format_1_bytes = f"hotline-ticket:v1:{place.ticket_id}:{place.key_id}".encode() + sealed.nonce + sealed.ciphertext
    signed = dataclasses.replace(sealed, signature=signing_key.sign(format_1_bytes).signature)
    assert not crypto.signed_by(signed, place, signing_key.verify_key)


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


def test_vector_grant_is_vouched():
    vector = VECTORS[2]
    consultant = private_key(vector["consultant_private_key"]).public_key
    verify_key = bytes.fromhex(vector["team_verify_key"])
    signature = bytes.fromhex(vector["grant_signature"])
    assert crypto.grant_vouched(verify_key, signature, vector["key_id"], consultant)
    assert not crypto.grant_vouched(verify_key, signature, VECTORS[1]["key_id"], consultant)


def test_vector_session_state_of_the_current_version():
    # Session state lives for one unlock only, so only the current format has to open.
    vector = VECTORS[crypto.FORMAT_VERSION]
    opened = crypto.open_from_session(
        bytes.fromhex(vector["session"]), bytes.fromhex(vector["unlock_key"]), vector["holder"]
    )
    assert {key_id: bytes(key).hex() for key_id, key in opened.items()} == {
        vector["key_id"]: vector["team_private_key"]
    }
