"""Page slugs in plain ASCII, in every language: "lažna ponuda" -> "lazna-ponuda", "Допомога" -> "dopomoha".

One letter table per language serves the server, which has the final word (TranslatedPage.save and the slug
inputs of the editor), and the editor's automatic slug from the title (Wagtail's slug input, given the table as
its formatters). Serbian drops the diacritics but writes đ as dj, and reads Cyrillic as Serbian; Ukrainian
follows the letters Wagtail's own Ukrainian map uses; Arabic and Persian letters stand for their consonants.
Whatever no table knows is left to anyascii. A slug already in ASCII is kept as it is, so no address changes.
"""

import re

from anyascii import anyascii

from django.conf import settings
from django.utils.text import slugify

from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets.slug import SlugInput

SERBIAN_LATIN = {"č": "c", "ć": "c", "đ": "dj", "š": "s", "ž": "z"}
SERBIAN_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ж": "z", "з": "z", "и": "i",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
}  # fmt: skip
UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "yi", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "yu", "я": "ya",
}  # fmt: skip
ARABIC = {
    "ء": "", "آ": "a", "أ": "a", "ؤ": "u", "إ": "i", "ئ": "i", "ا": "a", "ب": "b", "ة": "a", "ت": "t",
    "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "و": "w", "ى": "a", "ي": "y", "پ": "p", "چ": "ch", "ژ": "zh", "ک": "k",
    "گ": "g", "ی": "y",
    # The short vowels and other marks above and below the letters, and the stretching stroke, are not written.
    **dict.fromkeys("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640", ""),
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
}  # fmt: skip

LETTERS = {
    code: SERBIAN_LATIN | ARABIC | (UKRAINIAN if code == "uk" else SERBIAN_CYRILLIC)
    for code, _name in settings.LANGUAGES
}
ASCII_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def ascii_slug(value, language):
    """The slug in ASCII, read as written in language; one already in ASCII unchanged."""
    if not value or ASCII_SLUG.match(value):
        return value
    letters = LETTERS.get(language, LETTERS[settings.MODELTRANSLATION_DEFAULT_LANGUAGE])
    spelled = "".join(letters.get(character, character) for character in value.lower())
    return slugify(anyascii(spelled))


def js_formatters(language):
    """The letter table as the (pattern, replacement) pairs of Wagtail's slug input: one pattern per replacement,
    matching both cases."""
    by_replacement = {}
    for letter, replacement in LETTERS[language].items():
        by_replacement.setdefault(replacement, []).append(letter)
    return [(f"[{''.join(letters)}]", replacement, "giu") for replacement, letters in by_replacement.items()]


class TransliteratedSlugInput(SlugInput):
    """Wagtail's slug input, which writes the automatic slug with the language's table and hands the form the
    slug in ASCII, so that the form checks the slug that will be stored."""

    def __init__(self, language, attrs=None):
        self.language = language
        super().__init__(attrs=attrs, formatters=js_formatters(language), locale=language)

    def value_from_datadict(self, data, files, name):
        return ascii_slug(super().value_from_datadict(data, files, name), self.language)


def slug_panels():
    """One slug field per language, each with its language's input."""
    return [
        FieldPanel(build_localized_fieldname("slug", code), widget=TransliteratedSlugInput(code))
        for code, _name in settings.LANGUAGES
    ]


def transliterate_slugs(page):
    """Every language's slug of the page in ASCII; whether one changed."""
    changed = False
    for code, _name in settings.LANGUAGES:
        field = build_localized_fieldname("slug", code)
        slug = getattr(page, field)
        if ascii_slug(slug, code) != slug:
            setattr(page, field, ascii_slug(slug, code))
            changed = True
    return changed
