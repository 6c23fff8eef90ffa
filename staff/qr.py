"""The authenticator's set-up link as a QR code, drawn on the server as inline SVG (nothing fetched, no script)."""

import segno

from django.utils.safestring import mark_safe


def svg(text, title):
    code = segno.make(text, error="m")
    # segno writes the markup itself from the code's modules; the title is escaped by segno.
    return mark_safe(code.svg_inline(scale=5, border=4, dark="#000", light="#fff", title=title))  # noqa: S308
