"""Which elements are open at each point of an HTML page, closed the way a browser closes them.

Transliteration must know, for every piece of text, whether it is inside an element that keeps its letters
(another ``lang``, ``translate="no"``, ``<code>``...). Counting start and end tags is not enough: HTML lets a
``<p>`` or ``<li>`` go unclosed, and a browser closes it when the next paragraph or item starts, or when its
parent ends. Following those rules (a simplified tree builder of the HTML standard) keeps one unclosed element
from deciding the script of the rest of the page.
"""

from dataclasses import dataclass

VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr basefont bgsound frame".split()
)
# Start tags that close an open <p>.
_BLOCKS = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hgroup hr li dd dt listing main menu nav ol p plaintext pre search section summary "
    "table ul xmp".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# The elements that a search for an open element does not look past ("scope" in the HTML standard).
_SCOPE = frozenset("applet caption html table td th marquee object template foreignobject desc".split())
_BUTTON_SCOPE = _SCOPE | {"button"}
_LIST_ITEM_SCOPE = _SCOPE | {"ol", "ul"}
_TABLE_SCOPE = frozenset({"html", "table", "template"})
_OTHER_SPECIAL = frozenset(
    "area base basefont bgsound body br button col colgroup embed frame frameset head iframe img input keygen "
    "link meta noembed noframes noscript param script select source style tbody textarea tfoot thead title tr "
    "track wbr".split()
)
# Elements that an end tag for an inline element does not close ("special" in the HTML standard).
_SPECIAL = _BLOCKS | _SCOPE | _OTHER_SPECIAL
# Items that a new item of the same kind closes, and where the search for an open one stops.
_ITEMS = {
    "li": ({"li"}, _SPECIAL - {"address", "div", "p"}),
    "dt": ({"dd", "dt"}, _SPECIAL - {"address", "div", "p"}),
    "dd": ({"dd", "dt"}, _SPECIAL - {"address", "div", "p"}),
    "option": ({"option"}, _SPECIAL | {"optgroup", "datalist"}),
    "optgroup": ({"option", "optgroup"}, _SPECIAL | {"datalist"}),
    "td": ({"td", "th"}, {"tr", "table", "template", "html"}),
    "th": ({"td", "th"}, {"tr", "table", "template", "html"}),
    "tr": ({"tr", "td", "th"}, {"tbody", "thead", "tfoot", "table", "template", "html"}),
    "tbody": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table", "template", "html"}),
    "thead": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table", "template", "html"}),
    "tfoot": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table", "template", "html"}),
}
_END_TAG_SCOPE = {"p": _BUTTON_SCOPE, "li": _LIST_ITEM_SCOPE, "tr": _TABLE_SCOPE, "td": _TABLE_SCOPE}
_FOREIGN_CONTENT = frozenset({"svg", "math"})


@dataclass(frozen=True)
class Element:
    """An open element and what it says about the letters of its text, which its children inherit."""

    tag: str
    verbatim: bool = False  # inside <code>, <kbd>, <script>...: text as written
    untranslated: bool = False  # translate="no"
    other_language: bool = False  # lang= a language other than Serbian in Cyrillic

    @property
    def keeps_latin(self):
        return self.verbatim or self.untranslated or self.other_language


class OpenElements:
    """The stack of open elements; ``current`` is the innermost."""

    def __init__(self, root):
        self.stack = [root]

    @property
    def current(self):
        return self.stack[-1]

    def in_foreign_content(self):
        return any(element.tag in _FOREIGN_CONTENT for element in self.stack)

    def _find(self, tags, stop_at):
        """Index of the innermost open element among tags, unless an element of stop_at comes first."""
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in tags:
                return index
            if tag in stop_at:
                return None
        return None

    def _close_from(self, index):
        if index is not None:
            del self.stack[index:]

    def before_start_tag(self, tag):
        """Close what a browser closes when this element starts."""
        if tag in _BLOCKS:
            self._close_from(self._find({"p"}, _BUTTON_SCOPE))
        if tag in _ITEMS:
            closes, stop_at = _ITEMS[tag]
            self._close_from(self._find(closes, stop_at))
        if tag in _HEADINGS and self.current.tag in _HEADINGS:
            self.stack.pop()

    def push(self, element):
        self.stack.append(element)

    def end_tag(self, tag):
        """Close the element this end tag closes, with whatever is still open inside it; ignore a stray one."""
        if tag in _HEADINGS:
            self._close_from(self._find(_HEADINGS, _SCOPE))
        elif tag in _SPECIAL:
            self._close_from(self._find({tag}, _END_TAG_SCOPE.get(tag, _SCOPE)))
        else:
            self._close_from(self._find({tag}, _SPECIAL))
