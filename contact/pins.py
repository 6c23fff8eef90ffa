"""The team keys this deployment trusts: fingerprints pinned outside the database.

Someone who can write to the database can add a team key of their own; the form seals only to a pinned key and
the reply page trusts only signatures of a pinned key, so such a key is never used. Production pins through
the environment (HOTLINE_TEAM_KEY_PINS); development and tests pin the keys they make in a git-ignored file.
"""

from pathlib import Path

from django.conf import settings


def _pin_file():
    return Path(settings.HOTLINE_TEAM_KEY_PIN_FILE) if settings.HOTLINE_TEAM_KEY_PIN_FILE else None


def pinned_fingerprints():
    pins = set(settings.HOTLINE_TEAM_KEY_PINS)
    path = _pin_file()
    if path and path.exists():
        pins |= {line.strip() for line in path.read_text().splitlines() if line.strip()}
    return pins


def is_pinned(team_key):
    return team_key.fingerprint is not None and team_key.fingerprint in pinned_fingerprints()


def pin_locally(team_key):
    """Pin a key this machine just made, where the settings name a pin file (never in production)."""
    path = _pin_file()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a") as pins:
            pins.write(team_key.fingerprint + "\n")
