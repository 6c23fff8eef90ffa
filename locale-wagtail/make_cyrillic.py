"""Writes the Serbian Cyrillic catalogues of the Wagtail admin from the Latin ones.

    .venv/bin/python locale-wagtail/make_cyrillic.py

sr_Latn/LC_MESSAGES/*.po are written by hand; sr/LC_MESSAGES/*.po are this script's output and are never edited.
Each msgstr goes through the site's own transliteration (home.transliteration.latin_to_cyrillic); what is not
prose stays as it is: placeholders (%(name)s, %s, {name}), HTML tags and entities, acronyms in capitals (CSV,
URL) and the technical words readers see in Latin (slug, title).
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from home.transliteration import latin_to_cyrillic  # noqa: E402

LATIN = HERE / "sr_Latn" / "LC_MESSAGES"
CYRILLIC = HERE / "sr" / "LC_MESSAGES"

NOT_PROSE = re.compile(
    r"\\."  # an escape of the .po file: \n, \"
    r"|%\([A-Za-z_][A-Za-z0-9_]*\)[sdif]"  # %(name)s
    r"|%[sdif%]"  # %s
    r"|\{[A-Za-z_][A-Za-z0-9_]*\}"  # {name}
    r"|<[^>]*>"  # a tag, with its attributes
    r"|&[#A-Za-z0-9]+;"  # an entity
    r"|\b[A-Z]{2,}\b"  # an acronym: CSV, URL
    r"|\b(?:slug|title)\b"
)
MSGSTR = re.compile(r'^(msgstr(?:\[\d\])?) "(.*)"$')
# Only the language and the project's name in the header differ.
HEADER_REPLACEMENTS = [
    ('"Language: sr_Latn\\n"', '"Language: sr\\n"'),
    ('"Project-Id-Version: wagtail-admin-sr-latn\\n"', '"Project-Id-Version: wagtail-admin-sr-cyrl\\n"'),
]
GENERATED_NOTE = (
    "# GENERATED from ../../sr_Latn/LC_MESSAGES/{name} by locale-wagtail/make_cyrillic.py: do not edit by hand.\n"
)


def to_cyrillic(text):
    """A msgstr's text in Cyrillic, with what is not prose left as it is."""
    pieces = []
    position = 0
    for match in NOT_PROSE.finditer(text):
        pieces.append(latin_to_cyrillic(text[position : match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(latin_to_cyrillic(text[position:]))
    return "".join(pieces)


def cyrillic_catalogue(latin_po, name):
    """The Cyrillic .po text of a Latin one: every msgstr line transliterated, everything else kept."""
    lines = [GENERATED_NOTE.format(name=name)]
    in_header = True
    msgid = None
    in_msgstr = False
    for line in latin_po.splitlines():
        if in_header and line.startswith("#"):
            continue  # the Latin file's own opening comment
        in_header = False
        for old, new in HEADER_REPLACEMENTS:
            line = line.replace(old, new)
        if line.startswith("msgid "):
            msgid = line
        match = MSGSTR.match(line)
        if match:
            in_msgstr = msgid != 'msgid ""'  # the header's msgstr stays as it is
            line = f'{match.group(1)} "{to_cyrillic(match.group(2)) if in_msgstr else match.group(2)}"'
        elif in_msgstr and line.startswith('"'):
            line = f'"{to_cyrillic(line[1:-1])}"'  # a msgstr continued on the next line
        else:
            in_msgstr = False
        lines.append(line)
    return "\n".join(lines) + "\n"


def main():
    CYRILLIC.mkdir(parents=True, exist_ok=True)
    for latin in sorted(LATIN.glob("*.po")):
        target = CYRILLIC / latin.name
        target.write_text(cyrillic_catalogue(latin.read_text(encoding="utf-8"), latin.name), encoding="utf-8")
        print(f"{target.relative_to(HERE.parent)}")  # noqa: T201


if __name__ == "__main__":
    main()
