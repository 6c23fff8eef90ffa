"""Characters that act without being seen are shown, never obeyed, wherever a person's words are read."""

import pytest

from contact.templatetags.contact_tags import show_invisible

INVISIBLE = {
    "right-to-left override": "\u202e",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "soft hyphen": "\u00ad",
    "Mongolian vowel separator": "\u180e",
    "tag letter A": "\U000e0041",
    "cancel tag": "\U000e007f",
    "Hangul choseong filler": "\u115f",
    "Hangul jungseong filler": "\u1160",
    "Hangul filler": "\u3164",
    "halfwidth Hangul filler": "\uffa0",
    "variation selector 16": "\ufe0f",
    "variation selector 17": "\U000e0100",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
    "private use": "\ue000",
    "unassigned": "\U0010fffe",
    "byte order mark": "\ufeff",
    "Arabic letter mark": "\u061c",
}


@pytest.mark.parametrize("character", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_each_invisible_character_becomes_a_visible_marker(character):
    assert show_invisible(f"pay{character}ment") == f"pay[U+{ord(character):04X}]ment"


@pytest.mark.parametrize("text", ["Plata je 500 €", "Мені не платять", "لم يدفعوا لي", "ja\tsam\novde", "👍 ok"])
def test_visible_text_is_left_as_it_is(text):
    assert show_invisible(text) == text
