"""Files that the web expects at fixed addresses under /.well-known/."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from .addresses import public_url

# RFC 9116 recommends an expiry less than a year ahead; written at each request, it never goes stale.
SECURITY_TXT_LIFETIME = datetime.timedelta(days=364)


def security_txt(request):
    """Where to report a security problem (RFC 9116)."""
    expires = timezone.now() + SECURITY_TXT_LIFETIME
    fields = {
        "Contact": settings.SECURITY_CONTACT,
        "Expires": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Preferred-Languages": "en, sr",
        "Canonical": public_url("/.well-known/security.txt"),
    }
    text = "".join(f"{name}: {value}\n" for name, value in fields.items())
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
