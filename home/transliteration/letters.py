"""Serbian letters in both scripts, and the words whose dž, lj or nj are two letters, not one.

Serbian Latin writes three Cyrillic letters with two: dž (џ), lj (љ), nj (њ). A few words join a prefix to a
root (nad|živeti, pod|župan) or keep a foreign n|j (in|jekcija, kon|jugacija): there the pair is two letters,
д+ж, л+ј, н+ј. Those words are listed in split_digraphs.txt.
"""

import re
from pathlib import Path

_LATIN_TO_CYRILLIC = {
    "lj": "љ", "nj": "њ", "dž": "џ",
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_CYRILLIC_TO_LATIN = {cyr: lat for lat, cyr in _LATIN_TO_CYRILLIC.items()}
# The one-character digraphs of Unicode, which some keyboards and PDFs produce, in their three cases.
_LIGATURES = str.maketrans(
    {"Ǆ": "DŽ", "ǅ": "Dž", "ǆ": "dž", "Ǉ": "LJ", "ǈ": "Lj", "ǉ": "lj", "Ǌ": "NJ", "ǋ": "Nj", "ǌ": "nj"}
)
_LIGATURE = re.compile("[Ǆ-ǌ]")

_DIGRAPH = re.compile("lj|nj|dž", re.IGNORECASE)
_SINGLE_LETTERS = str.maketrans(
    {latin: cyrillic for latin, cyrillic in _LATIN_TO_CYRILLIC.items() if len(latin) == 1}
    | {latin.upper(): cyrillic.upper() for latin, cyrillic in _LATIN_TO_CYRILLIC.items() if len(latin) == 1}
)
_CYRILLIC_LETTER = re.compile("[" + "".join(_CYRILLIC_TO_LATIN) + "]", re.IGNORECASE)
_DIGRAPHS = ("dž", "lj", "nj")
# Stands between the two letters of a pair that is not a digraph while the letters are mapped; never output.
_APART = "\x00"


def _load_split_digraphs(path):
    """A pattern that finds, in each listed word, the first of two letters that stay apart."""
    stems = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if not entry:
            continue
        before, _bar, after = entry.partition("|")
        if (before[-1:] + after[:1]) not in _DIGRAPHS:
            raise ValueError(f"{path.name}: {entry!r} must have | inside a dž, lj or nj")
        stems.append(re.escape(before) + "(?=" + re.escape(after) + ")")
    return re.compile(r"(?<!\w)(?:" + "|".join(stems) + ")", re.IGNORECASE)


_SPLIT_DIGRAPH = _load_split_digraphs(Path(__file__).with_name("split_digraphs.txt"))


def _digraph_to_cyrillic(match):
    letters = match.group(0)
    cyrillic = _LATIN_TO_CYRILLIC[letters.lower()]
    # "LJUBAV" -> "ЉУБАВ", "Ljubav" -> "Љубав": a digraph is one letter in Cyrillic.
    return cyrillic.upper() if letters[0].isupper() else cyrillic


def latin_letters_to_cyrillic(text):
    """Every Serbian Latin letter of text in Cyrillic; anything else (digits, Cyrillic, q w x y) as it is."""
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    text = _SPLIT_DIGRAPH.sub(lambda match: match.group(0) + _APART, text)
    return _DIGRAPH.sub(_digraph_to_cyrillic, text).replace(_APART, "").translate(_SINGLE_LETTERS)


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
