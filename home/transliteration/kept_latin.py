"""What Serbian Cyrillic prose keeps in Latin letters.

A Serbian reader expects Latin, inside Cyrillic text, for web and e-mail addresses, foreign names and brands
(latin_words.txt), words spelled with q, w, x or y, names with a capital inside (iPhone), and Roman numerals.
Roman numerals are told apart from the Serbian words written with the same letters: VI, MI, LI, DI and DIV
are pronouns, particles and words (ВИ, МИ, ЛИ), and I is "and"; before "vek" (century) and the like, and
at the start of a numbered heading ("VI. Prava"), even those are numerals.
"""

import re
from pathlib import Path

_WEB_ADDRESS = (
    r"(?i:(?<![\w.+-])(?:[a-z][a-z0-9+.-]*://|www\.|mailto:|tel:)\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
# A bare domain name ends in a top-level domain written in lower case, so that a sentence run on after its full
# stop ("godine.Na sudu") is still prose.
_TOP_LEVEL_DOMAINS = (
    "com|org|net|edu|gov|int|info|eu|rs|me|ba|hr|si|mk|al|bg|ro|hu|gr|tr|de|at|ch|fr|it|nl|uk|ie|ua|ru|pl|cz|sk"
    "|us|ca|au|io|app"
)
_DOMAIN_NAME = r"(?<![\w.@-])(?:[A-Za-z0-9-]+\.)+(?:" + _TOP_LEVEL_DOMAINS + r")(?![\w-])(?:/\S*)?"

# Endings that Serbian adds to a foreign name without a hyphen: Googlea, Viberom, Chromeu.
_CASE_ENDING = "(?:a|e|i|u|om|em|ov|ova|ove|ovi|ovo|ovu|ovog|ovom|ovim|ovima|ima|ama|ja|ju|ji|jem)?"

_ROMAN_NUMERAL = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# The words after which a Roman numeral counts centuries, millennia or world wars.
_COUNTED = r"(?i:vek|veka|veku|vekom|veke|vekova|stoleć\w*|milenijum\w*|svetsk\w*)(?!\w)"
# Serbian words, and CD, which Serbian reads as letters (ЦД).
_SERBIAN_WORDS_IN_ROMAN_LETTERS = r"(?:I|VI|MI|LI|DI|DIV|CD)(?!\w)"
_ROMAN = (
    rf"(?<!\w){_ROMAN_NUMERAL}(?=\s+{_COUNTED})"
    # A numbered heading or list item: "VI. Prava žrtava".
    rf"|\A{_ROMAN_NUMERAL}(?=\.\s)"
    rf"|(?<!\w)(?!{_SERBIAN_WORDS_IN_ROMAN_LETTERS})(?=[MDCLXVI]{{2}}){_ROMAN_NUMERAL}(?!\w)"
)

# Anchored at the start of a word, so that a long word is read once, not once from each of its letters.
_FOREIGN_SPELLING = r"(?<!\w)\w*(?i:[qwxy])\w*"
_CAPITAL_INSIDE = r"(?<!\w)\w*[a-zčćđšž][A-ZČĆĐŠŽ]\w*"


def _alternatives(entries):
    """Entries as one regex alternation grouped by first letter, so that a word is tried against few of them."""
    by_first_letter = {}
    for entry in sorted(entries, key=len, reverse=True):  # longest first: "Google Maps" before "Google"
        by_first_letter.setdefault(entry[0], []).append(entry)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(_spaced(entry[1:]) for entry in group) + ")"
        for first, group in by_first_letter.items()
    )


def _spaced(text):
    return r"\s+".join(re.escape(word) for word in text.split(" "))


def _load_latin_words(path):
    """A pattern for the names listed in the file: '=' entries in their exact case, others in any case."""
    any_case, exact_case = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = " ".join(line.split("#", 1)[0].split())
        if entry.startswith("="):
            exact_case.append(entry[1:])
        elif entry:
            any_case.append(entry)
    alternation = f"(?i:{_alternatives(any_case)})|{_alternatives(exact_case)}"
    return r"(?<!\w)(?:" + alternation + ")" + _CASE_ENDING + r"(?!\w)"


_LISTED_WORD = _load_latin_words(Path(__file__).with_name("latin_words.txt"))

# Everything kept starts where a word starts: one look at the character before rules out most places at once.
KEPT_IN_LATIN = re.compile(
    r"(?<!\w)(?=\w)(?:"
    + "|".join([_WEB_ADDRESS, _DOMAIN_NAME, _LISTED_WORD, _ROMAN, _FOREIGN_SPELLING, _CAPITAL_INSIDE])
    + ")"
)
