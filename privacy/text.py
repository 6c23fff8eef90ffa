"""What people write is plain text: kept as typed, never sanitised (a sanitiser only loses words), escaped
wherever it is shown."""

import unicodedata

_KEPT_CONTROLS = {"\n", "\t"}


def plain_text(value):
    """What a person typed, kept as typed: plain text is never sanitised (a sanitiser only loses words), only
    escaped where it is shown. Removed: NUL and the other C0/C1 control characters but newline and tab, and
    surrounding white space; line ends become "\n". Bidi and zero-width characters stay: the reading views show
    them as visible markers."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in _KEPT_CONTROLS or unicodedata.category(ch) != "Cc").strip()
