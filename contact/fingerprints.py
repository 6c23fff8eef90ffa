"""Key fingerprints as people read them to each other: hex in groups of four. Consultants compare them in person
before one grants the team key to the other, so that a key planted under a colleague's name gets nothing."""

from . import crypto

GROUP = 4


def readable(fingerprint):
    return " ".join(fingerprint[start : start + GROUP] for start in range(0, len(fingerprint), GROUP))


def of_consultant_key(consultant_key):
    return readable(crypto.key_fingerprint(consultant_key.public_key))


def of_team_key(team_key):
    """None for a key made before team keys could sign: it has no fingerprint to pin."""
    return readable(team_key.fingerprint) if team_key.fingerprint else None
