"""What people write is plain text: kept as typed, never sanitised (a sanitiser only loses words), escaped
wherever it is shown."""

import unicodedata

_KEPT_CONTROLS = {"\n", "\r", "\t"}


def plain_text(value):
    """What a person typed, kept as typed: plain text is never sanitised (a sanitiser only loses words), only
    escaped where it is shown. Removed: NUL and the other C0/C1 control characters but newline and tab, and
    surrounding white space; line ends become "\n". Bidi and zero-width characters stay: the reading views show
    them as visible markers."""
    return without_control_characters(value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def without_control_characters(value):
    """The text without the control characters that plain_text removes, line ends and white space as typed: what
    a form shown again gives back to the person."""
    return "".join(ch for ch in value if ch in _KEPT_CONTROLS or unicodedata.category(ch) != "Cc")
