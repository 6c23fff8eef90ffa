"""The text and human-readable attributes of an HTML page in Cyrillic; its markup as it was."""

from html import escape
from html.parser import HTMLParser

from .open_elements import VOID, Element, OpenElements

# Text inside these is code, keys, sample output or what a person typed: it stays as written.
VERBATIM = frozenset({"script", "style", "code", "kbd", "samp", "var", "textarea"})
# Attributes that a reader sees or hears. Values, addresses, ids and classes are never transliterated.
TEXT_ATTRIBUTES = frozenset(
    "alt title aria-label aria-description aria-roledescription aria-valuetext placeholder label".split()
)
# <meta> whose content is shown as the page's description or title, by search engines and link previews.
DESCRIPTIVE_META = frozenset(
    {"description", "og:title", "og:description", "og:site_name", "og:image:alt", "twitter:title",
     "twitter:description", "twitter:image:alt"}
)  # fmt: skip


def is_serbian_cyrillic(lang):
    """sr, sr-Cyrl, sr-RS, sr-Cyrl-RS, but not sr-Latn."""
    subtags = lang.strip().lower().split("-")
    return subtags[0] == "sr" and "latn" not in subtags


def child_element(parent, tag, attributes):
    """What an element keeps in Latin: what it inherits, unless its own lang or translate says otherwise."""
    lang = attributes.get("lang")
    translate = attributes.get("translate")
    return Element(
        tag,
        verbatim=parent.verbatim or tag in VERBATIM,
        untranslated=parent.untranslated if translate is None else translate.strip().lower() == "no",
        other_language=parent.other_language if lang is None else not is_serbian_cyrillic(lang),
    )


class CyrillicHtmlWriter(HTMLParser):
    """Rewrites the text of an HTML document, tag by tag, without touching its markup.

    Character references are read as the characters they stand for, so that a word or an address is seen
    whole ("VI&nbsp;vek"), and text is escaped again on the way out: the browser reads the same characters.
    """

    def __init__(self, to_cyrillic):
        super().__init__(convert_charrefs=True)
        self.to_cyrillic = to_cyrillic
        self.out = []
        self.open_elements = OpenElements(Element("#document"))

    def _attribute_is_text(self, tag, name, attributes):
        if name in TEXT_ATTRIBUTES:
            return True
        if tag == "meta" and name == "content":
            return (attributes.get("name") or attributes.get("property") or "").lower() in DESCRIPTIVE_META
        return False

    def _write_tag(self, element, attrs, closing=""):
        attributes = dict(attrs)
        text_names = (
            set()
            if element.keeps_latin
            else {name for name, value in attrs if value and self._attribute_is_text(element.tag, name, attributes)}
        )
        if not text_names:
            self.out.append(self.get_starttag_text())
            return
        rendered = []
        for name, value in attrs:
            if value is None:
                rendered.append(f" {name}")
            else:
                value = self.to_cyrillic(value) if name in text_names else value
                rendered.append(f' {name}="{escape(value)}"')
        self.out.append(f"<{element.tag}{''.join(rendered)}{closing}>")

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.open_elements.before_start_tag(tag)
        element = child_element(self.open_elements.current, tag, dict(attrs))
        self._write_tag(element, attrs)
        if tag not in VOID:
            self.open_elements.push(element)

    def handle_startendtag(self, tag, attrs):
        # "<span/>" opens a span in HTML; only SVG and MathML close an element with "/>".
        if tag in VOID or self.open_elements.in_foreign_content():
            self._write_tag(child_element(self.open_elements.current, tag, dict(attrs)), attrs, closing=" /")
        else:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.open_elements.end_tag(tag)
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self.cdata_elem is not None and self.cdata_elem not in {"title", "textarea"}:
            self.out.append(data)  # script or style, read as written
        elif self.open_elements.current.keeps_latin:
            self.out.append(escape(data, quote=False))
        else:
            self.out.append(escape(self.to_cyrillic(data), quote=False))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        # A CDATA section in SVG or MathML: the parser hands over "CDATA[..." without its closing "]]>".
        self.out.append(f"<![{data}]]>")
