import re
import unicodedata

from django import template

from contact import fingerprints
from contact.models import ContactPage

register = template.Library()

# Unicode categories of characters that change how text reads without being seen: format characters (bidi
# controls, zero-width, soft hyphen, tags), line and paragraph separators, private use and unassigned.
INVISIBLE_CATEGORIES = frozenset({"Cf", "Zl", "Zp", "Co", "Cn"})
# Blank letters and selectors that their categories do not give away: Hangul fillers, variation selectors.
BLANK_CHARACTERS = re.compile("[\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


def is_invisible(character):
    return unicodedata.category(character) in INVISIBLE_CATEGORIES or bool(BLANK_CHARACTERS.match(character))


@register.filter
def show_invisible(text):
    """Show every invisible character as a visible marker with its code point, e.g. [U+202E], instead of
    letting it act (escaping happens afterwards, as for any text)."""
    return "".join(f"[U+{ord(ch):04X}]" if is_invisible(ch) else ch for ch in text)


@register.simple_tag
def contact_page(sections):
    """The contact page among the home page's children (site_navigation), without another query."""
    return next((item for item in sections["menu"] + sections["footer"] if item.specific_class is ContactPage), None)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.filter
def consultant_fingerprint(consultant_key):
    return fingerprints.of_consultant_key(consultant_key)


@register.filter
def team_fingerprint(team_key):
    return fingerprints.of_team_key(team_key)
