"""Serbian Latin <-> Cyrillic.

Serbian is one language in two scripts with a one-to-one letter map, so Cyrillic pages are written from the
Latin text instead of asking editors to type everything twice. What a Serbian reader expects in Latin stays
in Latin (kept_latin.py): web and e-mail addresses, foreign names and brands (latin_words.txt), words with
q, w, x or y, Roman numerals. So does any element marked with another ``lang`` or ``translate="no"``, and
code, keys and what a person typed (markup.py). Digits, markup and text already in Cyrillic pass through
unchanged, so an editor's own Cyrillic wins. The two data files are read once, when the site starts.
"""

from .kept_latin import KEPT_IN_LATIN
from .letters import cyrillic_to_latin, latin_letters_to_cyrillic
from .markup import CyrillicHtmlWriter

__all__ = ["cyrillic_to_latin", "latin_html_to_cyrillic", "latin_to_cyrillic"]


def latin_to_cyrillic(text):
    """Transliterate Serbian Latin prose, leaving in Latin what a Serbian reader expects in Latin."""
    pieces = []
    position = 0
    for match in KEPT_IN_LATIN.finditer(text):
        pieces.append(latin_letters_to_cyrillic(text[position : match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(latin_letters_to_cyrillic(text[position:]))
    return "".join(pieces)


def latin_html_to_cyrillic(html):
    """Transliterate the text and human-readable attributes of an HTML document or fragment."""
    writer = CyrillicHtmlWriter(latin_to_cyrillic)
    writer.feed(html)
    writer.close()
    return "".join(writer.out)
