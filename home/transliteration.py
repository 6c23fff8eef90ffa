"""Serbian Latin <-> Cyrillic.

Serbian is one language in two scripts with a one-to-one letter map, so Cyrillic pages are written from the
Latin text instead of asking editors to type everything twice. Whatever is not Serbian prose stays as it is:
web and e-mail addresses, domain names, numbers, markup, and any element marked with another ``lang`` or
``translate="no"``. Text already in Cyrillic passes through unchanged, so an editor's own Cyrillic wins.
"""

import re
from html import escape
from html.parser import HTMLParser

_LATIN_TO_CYRILLIC = {
    "lj": "љ", "nj": "њ", "dž": "џ",
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
    # Letters outside the Serbian alphabet, as Serbian writes foreign words.
    "q": "к", "w": "в", "x": "кс", "y": "ј",
}  # fmt: skip
_CYRILLIC_TO_LATIN = {cyr: lat for lat, cyr in _LATIN_TO_CYRILLIC.items() if lat not in "qwxy"}

_LATIN_LETTER = re.compile("lj|nj|dž|[a-zčćđšž]", re.IGNORECASE)
_CYRILLIC_LETTER = re.compile("[" + "".join(_CYRILLIC_TO_LATIN) + "]", re.IGNORECASE)
# Tokens that are not prose: URLs, e-mail addresses, bare domain names.
_UNTOUCHABLE = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:|tel:)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b(?:/\S*)?",
    re.IGNORECASE,
)


def _match_case(source, target):
    if source.isupper() and (len(source) == 1 or source[1:].isupper()):
        return target.upper()
    if source[0].isupper():
        return target[0].upper() + target[1:]
    return target


def _latin_letters_to_cyrillic(text):
    def replace(match):
        letters = match.group(0)
        cyrillic = _LATIN_TO_CYRILLIC[letters.lower()]
        if len(letters) == 2:
            # "LJUBAV" -> "ЉУБАВ", "Ljubav" -> "Љубав": a digraph is one letter in Cyrillic.
            return cyrillic.upper() if letters[0].isupper() else cyrillic
        return _match_case(letters, cyrillic)

    return _LATIN_LETTER.sub(replace, text)


def latin_to_cyrillic(text):
    """Transliterate Serbian Latin prose, leaving addresses and numbers alone."""
    pieces = []
    position = 0
    for match in _UNTOUCHABLE.finditer(text):
        pieces.append(_latin_letters_to_cyrillic(text[position : match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(_latin_letters_to_cyrillic(text[position:]))
    return "".join(pieces)


def cyrillic_to_latin(text):
    """Serbian Cyrillic to Latin, for search queries typed in Cyrillic."""

    def replace(match):
        letter = match.group(0)
        latin = _CYRILLIC_TO_LATIN[letter.lower()]
        if not letter.isupper():
            return latin
        following = text[match.end() : match.end() + 1]
        # "ЉУБАВ" -> "LJUBAV" but "Љубав" -> "Ljubav".
        return latin.upper() if following.isupper() else latin[0].upper() + latin[1:]

    return _CYRILLIC_LETTER.sub(replace, text)


class _CyrillicHtmlWriter(HTMLParser):
    """Rewrites the text of an HTML document, tag by tag, without touching its markup."""

    VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
    RAW_TEXT_ELEMENTS = {"script", "style", "code", "pre", "textarea"}
    TEXT_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
    CYRILLIC_LANGS = {"sr", "sr-cyrl", "sr-cyrl-rs"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []
        self.skip_depths = []  # open elements whose content stays as written
        self.depth = 0

    def _is_foreign(self, tag, attrs):
        attributes = dict(attrs)
        lang = attributes.get("lang")
        return (
            tag in self.RAW_TEXT_ELEMENTS
            or (lang is not None and lang.lower() not in self.CYRILLIC_LANGS)
            or attributes.get("translate") == "no"
        )

    def _write_tag(self, tag, attrs, closing=""):
        skipping = bool(self.skip_depths)
        describes_page = tag == "meta" and dict(attrs).get("name") == "description"
        needs_rewrite = not skipping and any(
            name in self.TEXT_ATTRIBUTES or (describes_page and name == "content") for name, _value in attrs
        )
        if not needs_rewrite:
            self.out.append(self.get_starttag_text())
            return
        rendered = []
        for name, value in attrs:
            if value is None:
                rendered.append(f" {name}")
                continue
            if name in self.TEXT_ATTRIBUTES or (describes_page and name == "content"):
                value = latin_to_cyrillic(value)
            rendered.append(f' {name}="{escape(value)}"')
        self.out.append(f"<{tag}{''.join(rendered)}{closing}>")

    def handle_starttag(self, tag, attrs):
        self._write_tag(tag, attrs)
        if tag in self.VOID_ELEMENTS:
            return
        self.depth += 1
        if self._is_foreign(tag, attrs):
            self.skip_depths.append(self.depth)

    def handle_startendtag(self, tag, attrs):
        self._write_tag(tag, attrs, closing=" /")

    def handle_endtag(self, tag):
        if tag not in self.VOID_ELEMENTS:
            if self.skip_depths and self.skip_depths[-1] == self.depth:
                self.skip_depths.pop()
            self.depth = max(self.depth - 1, 0)
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data if self.skip_depths else latin_to_cyrillic(data))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def latin_html_to_cyrillic(html):
    """Transliterate the text and human-readable attributes of an HTML document or fragment."""
    writer = _CyrillicHtmlWriter()
    writer.feed(html)
    writer.close()
    return "".join(writer.out)
