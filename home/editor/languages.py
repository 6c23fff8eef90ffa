"""The languages as the editor shows them: each one's own name, its `lang` tag, its direction, and the suffix
modeltranslation gives its fields."""

from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import get_language_info

from modeltranslation.utils import build_localized_fieldname

from home.templatetags.site_tags import html_lang, own_name


def field_suffix(code):
    """ "sr_latn" for "sr-latn": what follows the field's own name in its translation's name."""
    return build_localized_fieldname("", code)[1:]


def direction(code):
    return "rtl" if get_language_info(code)["bidi"] else "ltr"


def editor_languages():
    return [
        {
            "code": code,
            "suffix": field_suffix(code),
            "tag": html_lang(code),
            "dir": direction(code),
            "name": capfirst(own_name(code)),
        }
        for code, _name in settings.LANGUAGES
    ]


def first_language_to_translate_into():
    """The pair the two-language view starts with: from the default language into the first language an editor
    translates by hand (Serbian Cyrillic is written from the Latin text)."""
    written_by_machine = set(settings.TRANSLITERATED_LANGUAGES)
    return next(
        code
        for code, _name in settings.LANGUAGES
        if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE and code not in written_by_machine
    )
