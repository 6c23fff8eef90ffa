"""Every word a person types arrives as typed, and is shown only as text, along the whole real path.

Each hostile string is sent as the message and the contact through the contact form, read by the team (decrypted,
and on the inbox's ticket page as an unlocked consultant), answered from the inbox with the same string, read
back by the person on the reply page with their receipt code, and sent once more as a follow-up. Everywhere it
must be byte-identical after the one documented normalisation (C0/C1 control characters but newline and tab
removed, line ends unified to "\\n", surrounding white space trimmed), and wherever it is shown it must be
inert: escaped text, no element made from it. Characters that change how text reads without being seen (bidi
controls, zero-width characters) are shown as visible markers by the `show_invisible` filter, so for strings
with them the pages are compared with that filter's output.
"""

import re

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.utils.html import escape

from contact import tickets
from contact.models import Ticket
from contact.templatetags.contact_tags import show_invisible

from .contact_helpers import contact_url, receipt_code, reply_check_url, soup, submission, textarea_text
from .inbox_helpers import make_consultant, unlock
from .test_contact_hostile_input import assert_no_live_markup_from, assert_shown_as_text, form_as_sent, post_form

pytestmark = pytest.mark.django_db

HOSTILE = {
    # Markup-like prose: what a person writes, not tags.
    "angle_brackets_in_prose": "my boss said <style of work is hard> and then he hit me",
    "tag_like_words": "I earn <b much less> than promised",
    "less_than_numbers": "They pay <300 euro a month, I <3 my kids",
    "bracket_soup": "<<<>>> <> </ > & && ;; they hit me",
    "only_angle_brackets": "<" * 100 + ">" * 100,
    "phone_with_a_note": "+381 60 123 4567 <call after 6pm>",
    # Markup and script.
    "bold_markup": "<b>Help</b> me, <i>please</i>",
    "script_element": "<script>alert(document.cookie)</script>",
    "img_onerror": "<img src=x onerror=alert(1)>",
    "img_inside_textarea": "<textarea><img src=x onerror=alert(1)></textarea>",
    "textarea_breakout": "</textarea><script>alert(1)</script>",
    "attribute_breakout_double_quote": '"><svg onload=alert(1)>',
    "attribute_breakout_single_quote": "' onmouseover='alert(1)' x='",
    "anchor_javascript_href": '<a href="javascript:alert(1)">click me</a>',
    "iframe": "<iframe src=//evil.example></iframe>",
    "style_element": "<style>body{display:none}</style>",
    "meta_refresh": "<meta http-equiv=refresh content=0;url=//evil.example>",
    "base_href": "<base href=//evil.example/> relative links",
    "planted_form": "<form action=//evil.example><input name=code></form>",
    "paragraphs_and_breaks": "<p>the agency said</p> <br> nothing <hr/>",
    "plaintext_element": "<plaintext> everything after is text",
    "noscript_mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "svg_script": "<svg><script>alert(1)</script></svg>",
    "math_xlink_href": '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "template_element": "<template><script>alert(1)</script></template>",
    "html_comment": "<!-- hidden --> they took my passport <!--",
    "cdata_end": "]]> end of the data, they pay me nothing",
    "cdata_section": "<![CDATA[ they took my documents ]]>",
    "xml_declaration_and_doctype": '<?xml version="1.0"?> <!DOCTYPE x [<!ENTITY e "x">]>',
    # Entities and encodings: never decoded.
    "double_escaped_entity": "&amp;lt; is how the form showed my text",
    "escaped_script_entities": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "numeric_character_references": "&#60;script&#62; &#x3C;img&#x3E; &#0; &#7;",
    "named_entities": "&nbsp;&nbsp; spaces &copy; 2024 &euro;500 &amp agency",
    "percent_encoded": "%3Cscript%3Ealert(1)%3C/script%3E %00 %0d%0a",
    "backslash_escapes": "\\\" \\' \\\\ backslashes \\n not a newline \\u003c",
    # Template and URL syntax.
    "django_variable": "{{ 7*7 }} is what they wrote on the contract",
    "django_tags": "{% csrf_token %} {% debug %} {% load static %}",
    "other_template_syntaxes": "${7*7} #{7*7} <%= 7*7 %> {{constructor}}",
    "javascript_url": "javascript:alert(1) was the link in the ad",
    "data_url": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    # Scripts and symbols.
    "cyrillic": "Потребна ми је помоћ, узели су ми пасош <б>",
    "arabic": "أحتاج إلى مساعدة، أخذوا جواز سفري <script>",
    "combining_marks": "Zdravo Z\u0351\u0352\u0353a\u0354\u0355lgo, pomoc\u0301",
    "astral_letters_and_emoji": "𝕳𝖊𝖑𝖕 𝖒𝖊 – 𝟓𝟎𝟎 € 🆘🙏😢",
    "homoglyphs": "раураl.com asked for my раѕѕроrt",
    "no_break_spaces": "\u00a0five\u00a0hundred\u00a0euro\u00a0",
    # Line ends, tabs and control characters: unified, kept, removed.
    "crlf_and_cr_lines": "First line\r\nSecond line\rThird line\n\n\nFourth",
    "tabs": "Name:\tunknown agency\t\tcity:\tBelgrade",
    "c0_and_c1_controls": "Hel\x00lo\x01 I\x07 need\x1b help\x7f now\x85 please\x9f",
    "vertical_tab_and_form_feed": "line\x0bbreak\x0cpage feed",
    "surrounding_space_and_controls": "  \r\n\t\x00  trimmed around <b>  \n\t ",
    # Characters that act unseen: shown as markers.
    "bidi_override": "Pay \u202eoruE 005\u202c to the agent",
    "zero_width": "pass\u200bport\u200c taken\ufeff by <them>",
    "bidi_isolates": "\u2067my boss\u2069 \u2066said\u2069 <no>",
    "emoji_with_joiners": "Help 🆘 please, I am scared 😢👨\u200d👩\u200d👧",
    "arabic_with_direction_marks": "أحتاج \u200fمساعدة\u200e help\u061c now",
    "line_and_paragraph_separators": "line\u2028separator\u2029paragraph <p>",
}
# The cases above whose pages show `show_invisible`'s markers instead of some characters.
SHOWN_WITH_MARKERS = {
    "bidi_override",
    "zero_width",
    "bidi_isolates",
    "emoji_with_joiners",
    "arabic_with_direction_marks",
    "line_and_paragraph_separators",
}

# C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F), except tab and newline.
_REMOVED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def as_kept(typed):
    """The documented normalisation, written here independently of the application's."""
    unified = typed.replace("\r\n", "\n").replace("\r", "\n")
    return _REMOVED.sub("", unified).strip()


def parsed(response):
    return BeautifulSoup(response.content, "html.parser")


def assert_inert(response, containers, shown):
    """Each container shows exactly ``shown`` as text, and the page holds it only escaped."""
    page = response.content.decode()
    assert containers, "no message shown"
    for container in containers:
        assert_shown_as_text(container, shown)
    assert escape(shown) in page
    if "<" in shown:
        assert shown not in page, "the text is in the page unescaped"


def test_the_table_is_hostile_enough():
    assert len(HOSTILE) >= 40
    assert SHOWN_WITH_MARKERS <= HOSTILE.keys()
    for name, typed in HOSTILE.items():
        # Each is a valid message and a valid contact, so each travels the whole path.
        assert 10 <= len(as_kept(typed)) <= 200, name


@pytest.mark.parametrize("name", HOSTILE.keys())
def test_every_word_arrives_as_typed_and_is_shown_inert(client, django_user_model, team_key, name):
    typed = HOSTILE[name]
    expected = as_kept(typed)
    shown = show_invisible(expected) if name in SHOWN_WITH_MARKERS else expected
    team_keys = {team_key.key_id: team_key.private_key}
    before = set(Ticket.objects.values_list("pk", flat=True))

    # The person writes, as a browser sends the form.
    response = post_form(client, contact_url(), submission(message=typed, contact=typed, homepage=""))
    assert response.status_code == 200
    code = receipt_code(response)
    assert code, "no receipt code: the message was refused"
    ticket = Ticket.objects.exclude(pk__in=before).get()
    [first] = tickets.read_as_team(ticket, team_keys)
    assert first["message"] == expected
    assert first["contact"] == expected

    # The team answers from the inbox with the same string, and reads the ticket there.
    team = Client()
    unlock(team, make_consultant(django_user_model, "consultant", team_key))
    answered = team.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "reply", "text": typed})
    assert answered.status_code == 302, "the reply was refused"
    inbox = team.get(f"/admin/inbox/ticket/{ticket.pk}/")
    assert inbox.status_code == 200
    # The contact, the person's message and the reply.
    assert_inert(inbox, parsed(inbox).select(".hotline-thread__text"), shown)
    assert len(parsed(inbox).select(".hotline-thread__text")) == 3

    # The person reads the reply with the receipt code.
    reply_page = post_form(client, reply_check_url(), {"code": code})
    assert reply_page.status_code == 200
    html = parsed(reply_page)
    assert_no_live_markup_from(html, reply_page)
    assert len(html.select(".thread__text")) == 2
    assert_inert(reply_page, html.select(".thread__text"), shown)

    # And writes again, with the same string.
    follow_up = {**form_as_sent(html.select_one("form.contact-form")), "message": typed}
    added = post_form(client, reply_check_url(), follow_up)
    assert added.status_code == 200
    html = parsed(added)
    assert html.select_one(".form-success") is not None, "the follow-up was not added"
    assert_no_live_markup_from(html, added)
    assert len(html.select(".thread__text")) == 3
    assert_inert(added, html.select(".thread__text"), shown)

    messages = tickets.read_as_team(ticket, team_keys)
    assert [(message["author"], message["message"]) for message in messages] == [
        ("person", expected),
        ("hotline", expected),
        ("person", expected),
    ]


@pytest.mark.django_db
def test_a_form_shown_again_gives_back_the_text_without_control_characters(client, team_key):
    code = receipt_code(client.post(contact_url(), submission()))
    typed = "Still\x00 here\x07, \x1b[31mplease\u0085 answer.\r\nThank you."

    response = client.post(reply_check_url(), {"code": code + "9", "message": typed, "token": submission()["token"]})

    assert response.status_code == 400
    assert textarea_text(soup(response)) == "Still here, [31mplease answer.\r\nThank you."
