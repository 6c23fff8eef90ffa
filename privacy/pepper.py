"""The server-side secret mixed into receipt look-ups and rate-limit keys."""

import hashlib

from django.conf import settings


def pepper():
    """HOTLINE_PEPPER, else derived from SECRET_KEY."""
    configured = settings.HOTLINE_PEPPER
    if configured:
        return configured.encode()
    return hashlib.sha256(b"hotline-pepper:" + settings.SECRET_KEY.encode()).digest()
