import re
from base64 import b32encode

from django import template

from contact.models import ContactPage

register = template.Library()

# Characters that change how text reads without being seen: bidi controls and zero-width characters.
INVISIBLE_CHARACTERS = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


@register.filter
def show_invisible(text):
    """Make bidi overrides and zero-width characters visible as [U+202E] instead of letting them act."""
    return INVISIBLE_CHARACTERS.sub(lambda match: f"[U+{ord(match.group(0)):04X}]", text)


@register.simple_tag
def contact_page(sections):
    """The contact page among the home page's children (site_navigation), without another query."""
    return next((item for item in sections["menu"] + sections["footer"] if item.specific_class is ContactPage), None)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.filter
def base32(raw):
    return b32encode(bytes(raw)).decode()
