"""Hostile and careless input against the anonymous contact form and the reply check, through HTTP.

What a person sees must hold whatever they (or a bot) send: never a 500; a rejected message comes back with
a clear reason in their language, with their text still in the form and the hotline number to call; an
accepted message is stored as a ticket whose decrypted text is every word they typed, markup included (only
control characters go, line ends are unified, surrounding space is trimmed), and is only ever shown escaped.

A plain mistake (too short, no topic...) brings back everything typed. A failure (expired or forged token, rate
limit, no team key) brings back the message, topic and every answer about danger, contact and sharing with a fresh
token (CSRF only the message): never the contact field, a receipt code or another hidden field, which a forged form
could have planted.
"""

import warnings
from dataclasses import dataclass
from urllib.parse import quote, urlencode

import pytest

from django.core import signing
from django.test import Client
from django.utils.html import escape
from django.utils.translation import gettext, override

from contact import crypto, tickets
from contact.forms import TOPICS, new_form_token, read_form_token
from contact.models import Ticket
from privacy.text import without_control_characters
from tests.languages import html_lang

from .contact_helpers import EVERY_ANSWER, contact_url, reply_check_url, soup, textarea_text, write_as_team

pytestmark = pytest.mark.django_db

# English is asserted word for word; the other languages by <html lang> and the absence of the English text.
LANGUAGES_UNDER_TEST = ["en", "sr-latn", "sr", "ar"]
FORM_ENCODED = "application/x-www-form-urlencoded"
OMIT = object()


class PendingTranslation(UserWarning):
    """A sentence of the contact form has no translation in the catalog yet, so its absence is not checked."""


# What the reader is told, as (msgid, English text). The msgid finds out whether a translation exists.
def sentence(msgid, **params):
    return msgid, msgid % params if params else msgid


REQUIRED = sentence("Please write your message.")
TOO_SHORT = sentence(
    "Please write a little more (at least %(limit_value)d characters), so we understand.", limit_value=10
)
TOO_LONG = sentence(
    "Your message is too long: at most %(limit_value)d characters, and it has %(show_value)d. "
    "Send the rest later with your receipt code.",
    limit_value=5000,
    show_value=5001,
)
TOPIC_REQUIRED = sentence("Please choose what your message is about.")
TOPIC_INVALID = sentence("Select a valid choice. %(value)s is not one of the available choices.", value="bribe")
CONTACT_TOO_LONG = sentence("Please keep this under %(limit_value)d characters.", limit_value=200)
CHECK_FIELDS = sentence("Please check the fields marked below. What you wrote is still here.")
EXPIRED = sentence("This form was open for a long time. Please press Send again.")
SENT = sentence("Your message was sent")
UNREADABLE = sentence("Your message could not be read")
TOO_LARGE = sentence("It was too large to send. Go back: your text should still be there. Shorten it and send again.")
DAMAGED = sentence("It was damaged on the way. Go back: your text should still be there. Then send again.")
SEND_AGAIN = sentence("Please send again")
CODE_REQUIRED = sentence("Please type your receipt code.")
CODE_INVALID = sentence("A receipt code has 21 digits. Please check it and try again.")
CODE_TYPO = sentence("This code has a typo: one digit is wrong or two are swapped. Please check it and try again.")
NO_REPLY_YET = sentence(
    "There is no reply yet. Replies usually take a few working days. If you need help now, call the hotline."
)
LOOKUPS_LIMITED = sentence("Too many codes have been tried from here. Please wait an hour, or call the hotline.")
FOLLOW_UP_ADDED = sentence("Your message was added. We will answer here.")
ALREADY_SENT = sentence("This message was already sent")

TOPIC_VALUES = {value for value, _label in TOPICS}
# A number a forged or replayed form might plant; it must never come back after a failure.
PLANTED_CONTACT = "+381 60 999 9999"

A_MESSAGE = "I was offered a job abroad and they want to keep my passport."


# --- helpers ---------------------------------------------------------------------------------------------


def form_fields(**overrides):
    """A submission as the contact page's form sends it; OMIT drops a field, a callable is called now."""
    fields = {"token": new_form_token(), "topic": "job_offer", "message": A_MESSAGE, "contact": "", "homepage": ""}
    fields.update({name: value() if callable(value) else value for name, value in overrides.items()})
    return {name: value for name, value in fields.items() if value is not OMIT}


def post_form(client, url, fields, **headers):
    """POST as a browser sends this form: URL-encoded UTF-8 (the test client's default would be multipart)."""
    return client.post(url, urlencode(fields, doseq=True), content_type=FORM_ENCODED, **headers)


def visible_text(html):
    return " ".join(html.get_text(" ").split())


def hidden_inputs(form):
    return {element.get("name") for element in form.select("input[type=hidden]")}


def form_as_sent(form):
    """What a browser sends from this form as it is shown: its inputs, checked radios, textareas."""
    fields = {}
    for element in form.select("input[name]"):
        if element.get("type") in ("radio", "checkbox") and not element.has_attr("checked"):
            continue
        if element.get("type") == "checkbox":
            fields.setdefault(element["name"], []).append(element.get("value", ""))
        else:
            fields[element["name"]] = element.get("value", "")
    for area in form.select("textarea[name]"):
        fields[area["name"]] = textarea_text(form, area["name"])
    return fields


def checked_answers(form):
    """The answers to danger, contact and sharing that the form shows checked."""
    checked = {}
    for element in form.select("input[checked]"):
        if element["name"] in EVERY_ANSWER:
            if element["type"] == "checkbox":
                checked.setdefault(element["name"], []).append(element["value"])
            else:
                checked[element["name"]] = element["value"]
    return checked


def assert_shown_as_text(element, text):
    """``text`` is the element's whole content, as text: nothing in it became an element."""
    assert element.get_text() == text
    assert element.find(True) is None, f"markup from the text became an element: {element}"


def ticket_ids():
    return set(Ticket.objects.values_list("pk", flat=True))


def the_new_ticket(before):
    return Ticket.objects.exclude(pk__in=before).get()


def assert_tells(html, language, *sentences):
    """The page is in ``language`` and says each sentence: in English word for word, elsewhere translated."""
    assert html.html["lang"] == html_lang(language)
    assert html.html["dir"] == ("rtl" if language == "ar" else "ltr")
    text = visible_text(html)
    for msgid, english in sentences:
        english = " ".join(english.split())
        if language == "en":
            assert english in text
            continue
        with override(language):
            translated = gettext(msgid) != msgid
        if not translated:
            warnings.warn(PendingTranslation(f"{language}: {msgid!r}"), stacklevel=2)
            continue
        assert english not in text, f"untranslated on the {language} page: {english!r}"


def assert_hotline_offered(html, where="main"):
    """A tap-to-call number: in the page's own content, unless ``where`` is "body" (header and footer count)."""
    assert html.select_one(f"{where} a[href^='tel:']") is not None, f"no tap-to-call hotline link in <{where}>"


def assert_no_live_markup_from(html, response):
    """Nothing the person sent came back as markup: every script is our own file, no event handler exists."""
    assert b"<script>alert" not in response.content
    assert b"<img src=x" not in response.content.lower()
    assert all(script.get("src") and not script.string for script in html.find_all("script"))
    assert not html.find_all(attrs={"onerror": True})
    assert not html.find_all("a", href=lambda href: href and href.lower().startswith("javascript:"))


def stored_payloads(ticket, team_key):
    return tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})


def shown_receipt_code(html):
    element = html.select_one(".receipt__code")
    assert element is not None, "no receipt code shown"
    code = element.get_text(strip=True)
    assert crypto.normalise_receipt_code(code) is not None, code
    return code


# --- the contact form: one table of hostile and careless submissions ------------------------------------


@dataclass
class Submission:
    fields: dict
    stored: str | None = None  # the decrypted message of the stored ticket, if accepted
    stored_contact: str = ""
    problems: tuple = ()  # what the reader is told, if rejected
    # Rejected as a failure (token, limits) rather than a mistake: only the message and topic come back.
    failure: bool = False


def kept_as_typed(message):
    """A message accepted and stored exactly as it was sent."""
    return Submission({"message": message}, stored=message)


SUBMISSIONS = {
    # Length limits (counted after cleaning).
    "empty": Submission({"message": ""}, problems=(REQUIRED, CHECK_FIELDS)),
    "only_spaces": Submission({"message": "      "}, problems=(REQUIRED, CHECK_FIELDS)),
    "only_whitespace_lines": Submission({"message": " \r\n\t \n  "}, problems=(REQUIRED, CHECK_FIELDS)),
    "nine_chars": Submission({"message": "Help me p"}, problems=(TOO_SHORT, CHECK_FIELDS)),
    "exactly_10_chars": kept_as_typed("Help me pl"),
    "exactly_5000_chars": kept_as_typed("x" * 5000),
    "5001_chars": Submission({"message": "x" * 5001}, problems=(TOO_LONG, CHECK_FIELDS)),
    "surrounding_space_trimmed": Submission(
        {"message": "  \n  I need help, please.  \n "}, stored="I need help, please."
    ),
    # Markup and script: every character kept as typed text, only ever shown escaped.
    "html_bold": kept_as_typed("<b>bold</b> text here"),
    "script_only": kept_as_typed("<script>alert(1)</script>"),
    "markup_only": kept_as_typed("<b></b><i></i><br><br><br><br>"),
    "script_plus_text": kept_as_typed("<script>alert(1)</script>They took my passport at the border."),
    "img_onerror_plus_text": kept_as_typed("<img src=x onerror=alert(1)>The agency in Novi Sad wants 500 euro."),
    "angle_brackets_in_prose": kept_as_typed("my boss said <style of work is hard> and then he hit me"),
    "entities_not_decoded": kept_as_typed("&lt;script&gt; &amp;lt; &#7; &#13;&#10; stay as typed"),
    # Rejected markup comes back as the text it is, escaped.
    "markup_too_short": Submission({"message": "<b>hi</b>"}, problems=(TOO_SHORT, CHECK_FIELDS)),
    "script_5001_chars": Submission(
        {"message": "<script>alert(1)</script>" + "x" * 4976}, problems=(TOO_LONG, CHECK_FIELDS)
    ),
    "javascript_url_as_text": kept_as_typed("The ad linked to javascript:alert(document.cookie) - is it real?"),
    "less_than_sign_is_text": kept_as_typed("They pay <300 euro a month, I <3 my kids"),
    # Control characters: NUL and the other C0 and C1 controls go, tab and line ends stay (unified).
    "nul_bytes": Submission({"message": "Hel\x00lo, I need\x00 help now"}, stored="Hello, I need help now"),
    "c0_controls": Submission(
        {"message": "Call\x01 me\x07 after\x1b six, please"}, stored="Call me after six, please"
    ),
    "c1_controls": Submission(
        {"message": "Call\x80 me\x85 after\x9f six, please"}, stored="Call me after six, please"
    ),
    "only_controls": Submission({"message": "\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e"}, problems=(REQUIRED,)),
    "crlf_normalised": Submission(
        {"message": "First line\r\nSecond line\rThird line"}, stored="First line\nSecond line\nThird line"
    ),
    "tab_kept": kept_as_typed("Name:\tunknown agency"),
    # Text that changes how it reads is kept as written; the reading views make it visible.
    "bidi_override_and_zero_width": kept_as_typed("Pay \u202eoruE 005\u202c to the\u200b agent"),
    # Every script a person may write in, intact.
    "arabic": kept_as_typed("أحتاج إلى مساعدة، أخذوا جواز سفري"),
    "cyrillic": kept_as_typed("Потребна ми је помоћ, узели су ми пасош"),
    "emoji": kept_as_typed("Help 🆘🙏 please, I am scared 😢👨‍👩‍👧"),
    "combining_characters": kept_as_typed("Zdravo, ja sam Jovana\u0301, pomoc\u0301 Z\u0351\u0352\u0353a\u0354\u0355"),
    # The other fields.
    "wrong_topic": Submission({"topic": "bribe"}, problems=(TOPIC_INVALID, CHECK_FIELDS)),
    "missing_topic": Submission({"topic": OMIT}, problems=(TOPIC_REQUIRED, CHECK_FIELDS)),
    "two_topics": Submission({"topic": ["help_now", "job_offer"]}, stored=A_MESSAGE),
    "contact_over_200_chars": Submission(
        {"contact": "+381 60 " + "1" * 193}, problems=(CONTACT_TOO_LONG, CHECK_FIELDS)
    ),
    "contact_with_markup_over_200_chars": Submission(
        {"contact": '"><script>alert(1)</script>' + "1" * 174}, problems=(CONTACT_TOO_LONG, CHECK_FIELDS)
    ),
    "contact_exactly_200_chars": Submission({"contact": "9" * 200}, stored=A_MESSAGE, stored_contact="9" * 200),
    "contact_with_markup": Submission(
        {"contact": "<a href='javascript:alert(1)'>+381 60 123 456</a>"},
        stored=A_MESSAGE,
        stored_contact="<a href='javascript:alert(1)'>+381 60 123 456</a>",
    ),
    # The one-time form token: a failure, so the contact typed (perhaps planted) does not come back.
    "garbage_token": Submission({"token": "garbage", "contact": PLANTED_CONTACT}, problems=(EXPIRED,), failure=True),
    "token_signed_elsewhere": Submission(
        {
            "token": lambda: signing.dumps({"issued": 0, "nonce": "x"}, salt="somewhere.else"),
            "contact": PLANTED_CONTACT,
        },
        problems=(EXPIRED,),
        failure=True,
    ),
    "tampered_token": Submission(
        {"token": lambda: new_form_token()[:-3] + "AAA", "contact": PLANTED_CONTACT}, problems=(EXPIRED,), failure=True
    ),
    "missing_token": Submission({"token": OMIT, "contact": PLANTED_CONTACT}, problems=(EXPIRED,), failure=True),
    "huge_token": Submission({"token": "A" * 20_000, "contact": PLANTED_CONTACT}, problems=(EXPIRED,), failure=True),
}


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
@pytest.mark.parametrize("case", SUBMISSIONS.values(), ids=SUBMISSIONS.keys())
def test_contact_form_submission(client, team_key, language, case):
    fields = form_fields(**case.fields)
    before = ticket_ids()

    response = post_form(client, contact_url(language), fields)

    html = soup(response)
    assert_hotline_offered(html)
    assert_no_live_markup_from(html, response)
    if case.stored is not None:
        assert response.status_code == 200
        assert_tells(html, language, SENT)
        code = shown_receipt_code(html)
        ticket = the_new_ticket(before)
        assert ticket.language == language
        [first] = stored_payloads(ticket, team_key)
        assert first["author"] == "person"
        assert first["message"] == case.stored
        topic = fields["topic"]
        assert first["topic"] == (topic[-1] if isinstance(topic, list) else topic)
        assert first["contact"] == case.stored_contact
        # The code shown is the one that opens the ticket.
        found, _messages = tickets.find_for_reader(crypto.normalise_receipt_code(code))
        assert found == ticket
    else:
        assert response.status_code == 400
        assert ticket_ids() == before, "a rejected message was stored"
        assert_tells(html, language, *case.problems)
        # Control characters, which are never stored, are not given back either.
        kept = without_control_characters(fields.get("message", ""))
        assert textarea_text(html) == kept
        assert escape(kept) in response.content.decode(), "the text is not kept, escaped"
        form = html.select_one("form.contact-form")
        topic = fields.get("topic")
        if isinstance(topic, str) and topic in TOPIC_VALUES:
            assert form.select_one(f"input[name=topic][value={topic}]").has_attr("checked"), "the topic is lost"
        assert hidden_inputs(form) == {"token"}
        if case.failure:
            # Only the message and topic come back, with a fresh token: not the contact, not the old token.
            assert form.select_one("input[name=contact]").get("value", "") == ""
            assert fields["contact"] not in response.content.decode()
            assert form.select_one("input[name=token]")["value"] != fields.get("token")
        else:
            # A plain mistake: everything typed comes back.
            assert form.select_one("input[name=contact]").get("value", "") == fields["contact"]
        # The form can be sent again as it is: it carries a token that is still good.
        assert read_form_token(form.select_one("input[name=token]")["value"]) is not None


@pytest.mark.parametrize(
    "message",
    [
        pytest.param("&lt;script&gt;alert(1)&lt;/script&gt; Please help me.", id="entity_escaped_script"),
        pytest.param("First line&#13;Second line&#13;&#10;Third", id="entity_carriage_return"),
        pytest.param("Ring&#7; the bell&#12; and escape&#27; now", id="entity_control_characters"),
        pytest.param("&amp;lt;b&amp;gt; twice escaped &#x3C;img&#x3E;", id="entity_double_escaped"),
    ],
)
def test_character_references_are_kept_as_typed_never_decoded(client, team_key, message):
    """Nothing decodes them, so they cannot bring back markup or control characters: they stay the text typed."""
    before = ticket_ids()
    response = post_form(client, contact_url("en"), form_fields(message=message))
    assert response.status_code == 200
    [first] = stored_payloads(the_new_ticket(before), team_key)
    assert first["message"] == message
    assert all(ch in "\n\t" or ord(ch) >= 32 for ch in first["message"])

    # Shown again, they read as typed: "&lt;" on the screen, "&amp;lt;" in the page.
    shown = post_form(client, contact_url("en"), form_fields(message=message, topic=OMIT))
    assert shown.status_code == 400
    assert textarea_text(soup(shown)) == message
    assert escape(message) in shown.content.decode()


# --- the answers about danger, contact and sharing --------------------------------------------------------

UNKNOWN_ANSWER = sentence("Please choose one of the answers shown.")
HUGE = "x" * 50_000


@dataclass
class Answer:
    """A hostile answer to one question: its field, and the value as sent (a list for several), or ``raw``: the
    percent-encoded bytes appended to the body as they are."""

    field: str
    value: object = None
    raw: bytes = b""


BAD_ANSWERS = {
    "unknown": Answer("danger", "maybe"),
    "huge": Answer("may_contact", HUGE),
    "script": Answer("say_who", "<script>alert(1)</script>"),
    "markup_breaking_out_of_the_attribute": Answer("share", '"><img src=x onerror=alert(1)>'),
    "nul_after_a_good_answer": Answer("leave_message", "yes\x00"),
    "c1_control": Answer("share", "police\x85"),
    "bidi_override": Answer("share", "\u202epolice\u202c"),
    "zero_width_space": Answer("danger", "yes\u200b"),
    "another_case": Answer("share", "Police"),
    "padded_with_spaces": Answer("may_contact", " yes "),
    "unknown_time": Answer("times", ["morning", "midnight"]),
    "empty_time": Answer("times", [""]),
    "huge_time": Answer("times", ["evening", HUGE]),
    "label_instead_of_value": Answer("share", "With the police"),
    "invalid_utf8": Answer("share", raw=b"%FF%FEpolice"),
    "latin1_accent": Answer("danger", raw=b"%E9"),
}


def answers_body(message, answer, **fields):
    """The whole form as URL-encoded bytes, with the hostile answer last."""
    body = urlencode(form_fields(message=message, **fields), doseq=True).encode()
    if answer.raw:
        return body + b"&" + answer.field.encode() + b"=" + answer.raw
    return body + b"&" + urlencode({answer.field: answer.value}, doseq=True).encode()


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
@pytest.mark.parametrize("answer", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_a_hostile_answer_is_refused_in_words_and_keeps_everything_else(client, team_key, language, answer):
    message = "They took my passport <b>and</b> my phone."
    others = {name: value for name, value in EVERY_ANSWER.items() if name != answer.field}
    before = ticket_ids()

    body = answers_body(message, answer, topic="help_now", **others)
    response = client.generic("POST", contact_url(language), data=body, content_type=FORM_ENCODED)

    assert response.status_code == 400
    assert ticket_ids() == before
    html = soup(response)
    assert_tells(html, language, UNKNOWN_ANSWER, CHECK_FIELDS)
    assert_hotline_offered(html)
    assert_no_live_markup_from(html, response)
    form = html.select_one("form.contact-form")
    assert textarea_text(form) == message
    assert form.select_one("input[name=topic][value=help_now]").has_attr("checked")
    kept = {name: value for name, value in checked_answers(form).items() if name != answer.field}
    assert kept == others, "the other answers are lost"
    assert HUGE[:1000] not in response.content.decode(), "a huge answer is not echoed"
    assert read_form_token(form.select_one("input[name=token]")["value"]) is not None


@pytest.mark.parametrize("language", ["en", "ar"])
def test_answers_sent_empty_are_the_safe_defaults(client, team_key, language):
    # No time window is sent as no "times" at all; an empty one is an unknown answer (BAD_ANSWERS).
    empty = {"danger": "", "may_contact": "", "leave_message": "", "say_who": "", "share": ""}
    before = ticket_ids()

    response = post_form(client, contact_url(language), form_fields(**empty))

    assert response.status_code == 200
    shown_receipt_code(soup(response))
    [first] = stored_payloads(the_new_ticket(before), team_key)
    assert first["choices"] == {
        "danger": "unknown",
        "may_contact": "no",
        "times": [],
        "leave_message": "no",
        "say_who": "no",
        "share": "nobody",
    }


@pytest.mark.parametrize("language", ["en", "sr", "ar"])
@pytest.mark.parametrize("answer", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_a_hostile_answer_in_a_follow_up_is_refused_and_keeps_the_text(client, team_key, language, answer):
    code = send(client, language, A_MESSAGE)
    follow_up = "The agency called again <today>."

    body = answers_body(follow_up, answer, code=code)
    response = client.generic("POST", reply_check_url(language), data=body, content_type=FORM_ENCODED)

    assert response.status_code == 400
    html = soup(response)
    assert_tells(html, language, UNKNOWN_ANSWER)
    assert_hotline_offered(html, where="body")
    assert_no_live_markup_from(html, response)
    assert textarea_text(html) == follow_up
    assert html.select_one("details.consent-change").has_attr("open"), "the refused answer is shown open"
    assert HUGE[:1000] not in response.content.decode()
    assert Ticket.objects.get().messages.count() == 1


# --- bodies that never reach the form -------------------------------------------------------------------


def valid_body(message=A_MESSAGE):
    return urlencode(form_fields(message=message)).encode()


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
@pytest.mark.parametrize(
    ("body", "content_type", "status", "explanation"),
    [
        pytest.param(lambda: valid_body("x" * 100_000), FORM_ENCODED, 413, TOO_LARGE, id="message_100k_chars"),
        pytest.param(
            lambda: valid_body() + b"&padding=" + b"a" * (64 * 1024), FORM_ENCODED, 413, TOO_LARGE, id="body_over_64k"
        ),
        pytest.param(
            lambda: b"--xyz\r\nContent-Disposition: form-data; name=message\r\n\r\nhello",
            "multipart/form-data",
            400,
            DAMAGED,
            id="multipart_without_boundary",
        ),
        pytest.param(
            lambda: valid_body() + b"&" + b"&".join(b"f" for _ in range(11_000)),
            FORM_ENCODED,
            400,
            DAMAGED,
            id="11000_fields",
        ),
    ],
)
def test_unreadable_body_gets_a_friendly_page(client, team_key, language, body, content_type, status, explanation):
    before = ticket_ids()

    response = client.generic("POST", contact_url(language), data=body(), content_type=content_type)

    assert response.status_code == status
    html = soup(response)
    assert_tells(html, language, UNREADABLE, explanation)
    assert_hotline_offered(html)
    assert ticket_ids() == before
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["en", "sr", "ar"])
def test_unreadable_content_length_gets_a_friendly_page(client, language):
    response = client.generic(
        "POST", contact_url(language), data=valid_body(), content_type=FORM_ENCODED, CONTENT_LENGTH="12abc"
    )
    assert response.status_code == 400
    html = soup(response)
    assert_tells(html, language, UNREADABLE, DAMAGED)
    assert_hotline_offered(html)


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
def test_garbage_multipart_body_with_a_boundary_reads_as_an_empty_form(client, team_key, language):
    """Django's parser finds no part in it, so the form is shown again, asking for a message."""
    before = ticket_ids()
    response = client.generic(
        "POST",
        contact_url(language),
        data=b"--xyz\r\nthis is not a multipart body at all\r\n\x00\xff--",
        content_type="multipart/form-data; boundary=xyz",
    )
    assert response.status_code == 400
    html = soup(response)
    assert_tells(html, language, REQUIRED, TOPIC_REQUIRED, CHECK_FIELDS)
    assert_hotline_offered(html)
    assert ticket_ids() == before


@pytest.mark.parametrize(
    ("raw_message", "stored"),
    [
        pytest.param(b"%FF%FEI need help with my passport", "\ufffd\ufffdI need help with my passport", id="escaped"),
        # A body that is not UTF-8 at all is read as Latin-1 by Django: mojibake, but stored and no 500.
        pytest.param(b"\xff\xfeI need help with my passport", "\xff\xfeI need help with my passport", id="raw"),
    ],
)
def test_invalid_utf8_in_a_form_body_is_no_server_error(client, team_key, raw_message, stored):
    token = new_form_token().encode()
    body = b"token=" + token + b"&topic=job_offer&homepage=&contact=&message=" + raw_message
    before = ticket_ids()

    response = client.generic("POST", contact_url("en"), data=body, content_type=FORM_ENCODED)

    assert response.status_code == 200
    shown_receipt_code(soup(response))
    [first] = stored_payloads(the_new_ticket(before), team_key)
    assert first["message"] == stored


def test_invalid_utf8_in_a_multipart_body_is_no_server_error(client, team_key):
    parts = form_fields(message="placeholder")
    parts.pop("message")
    body = b"".join(
        b"--xyz\r\nContent-Disposition: form-data; name=" + name.encode() + b"\r\n\r\n" + value.encode() + b"\r\n"
        for name, value in parts.items()
    )
    body += (
        b"--xyz\r\nContent-Disposition: form-data; name=message\r\n\r\n\xff\xfe help with my passport\r\n--xyz--\r\n"
    )
    before = ticket_ids()

    response = client.generic("POST", contact_url("en"), data=body, content_type="multipart/form-data; boundary=xyz")

    assert response.status_code == 200
    [first] = stored_payloads(the_new_ticket(before), team_key)
    assert first["message"].endswith("help with my passport")


def test_1500_fields_are_read_and_the_extra_ones_ignored(client, team_key):
    fields = form_fields()
    fields.update({f"x{number}": "1" for number in range(1500 - len(fields))})
    before = ticket_ids()

    response = post_form(client, contact_url("en"), fields)

    assert response.status_code == 200
    shown_receipt_code(soup(response))
    [first] = stored_payloads(the_new_ticket(before), team_key)
    assert first["message"] == A_MESSAGE


@pytest.mark.parametrize("language", ["en", "sr", "ar"])
@pytest.mark.parametrize(
    "query",
    [
        pytest.param(
            "message=" + quote("<script>alert(1)</script>") + "a" * 100_000 + "&topic=bribe", id="100k_chars"
        ),
        pytest.param("&".join(f"f{number}=a" for number in range(11_000)), id="11000_fields"),
    ],
)
def test_get_with_a_huge_query_string_shows_the_empty_form(client, language, query):
    response = client.get(f"{contact_url(language)}?{query}")

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == html_lang(language)
    assert textarea_text(html) == ""
    assert "a" * 1000 not in response.content.decode()
    assert_no_live_markup_from(html, response)
    assert_hotline_offered(html)


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
def test_every_contact_response_declares_its_real_length(client, team_key, language):
    responses = {
        "form": client.get(contact_url(language)),
        "rejected": post_form(client, contact_url(language), form_fields(message="short")),
        "receipt": post_form(client, contact_url(language), form_fields()),
        "reply check": post_form(client, reply_check_url(language), {"code": "1234 5678 9012 3456 7890"}),
    }
    lengths = {name: (int(r["Content-Length"]), len(r.content)) for name, r in responses.items()}
    assert all(declared == sent for declared, sent in lengths.values()), lengths


# --- the token and the honeypot ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "sr-latn", "ar"])
def test_expired_token_keeps_the_message_topic_and_answers_and_the_next_send_works(
    client, team_key, monkeypatch, language
):
    import contact.forms

    real_time = contact.forms.time.time
    with monkeypatch.context() as patch:
        patch.setattr(contact.forms.time, "time", lambda: real_time() - 25 * 60 * 60)
        old_token = new_form_token()
    message = "They said <sign here> or <leave>; I still have my passport."
    fields = form_fields(token=old_token, message=message, topic="abroad", contact="only on Mondays", **EVERY_ANSWER)
    before = ticket_ids()

    response = post_form(client, contact_url(language), fields)

    assert response.status_code == 400
    html = soup(response)
    assert_tells(html, language, EXPIRED)
    assert_hotline_offered(html)
    assert ticket_ids() == before
    form = html.select_one("form.contact-form")
    assert textarea_text(form) == message
    assert form.select_one("input[name=topic][value=abroad]").has_attr("checked")
    assert checked_answers(form) == EVERY_ANSWER
    # The contact field comes back empty: a replayed or forged form must not plant a number.
    assert form.select_one("input[name=contact]").get("value", "") == ""
    assert "only on Mondays" not in response.content.decode()
    assert hidden_inputs(form) == {"token"}
    new_token = form.select_one("input[name=token]")["value"]
    assert new_token != old_token and read_form_token(new_token) is not None

    # Pressing Send again, as the page asks, sends what the page shows; the contact may be typed again.
    response = post_form(client, contact_url(language), {**form_as_sent(form), "contact": "only on Mondays"})
    assert response.status_code == 200
    shown_receipt_code(soup(response))
    [first] = stored_payloads(the_new_ticket(before), team_key)
    assert (first["message"], first["topic"], first["contact"]) == (message, "abroad", "only on Mondays")
    assert first["choices"] == EVERY_ANSWER


FAILURES = {
    "expired": (400, EXPIRED),
    "too_quick": (400, sentence("Please read your message once more, then press Send.")),
    "no_team_key": (
        503,
        sentence("We cannot take written messages right now. Nothing was saved. Please call the hotline."),
    ),
    "rate_limited": (
        429,
        sentence(
            "Too many messages have been sent from here in a short time, so this one was not sent. "
            "Your text is still below. Please call the hotline now, or try again later."
        ),
    ),
}


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("failure", FAILURES.keys())
def test_a_failure_brings_back_what_was_typed_and_chosen_but_not_the_contact(
    client, request, settings, language, failure
):
    """Each of these a forged or replayed form can provoke: what comes back is what the person sees, typed and
    chose, never the contact field or a hidden field that such a form could plant."""
    status, problem = FAILURES[failure]
    if failure != "no_team_key":
        request.getfixturevalue("team_key")
    fields = form_fields(
        message='They said <sign> & I signed. "Help"', topic="someone_else", contact=PLANTED_CONTACT, **EVERY_ANSWER
    )
    if failure == "expired":
        fields["token"] = new_form_token()[:-3] + "AAA"
    elif failure == "too_quick":
        settings.CONTACT_MIN_FILL_SECONDS = 30
    elif failure == "rate_limited":
        settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "per_client_hour": "0/h"}
    before = ticket_ids()

    response = post_form(client, contact_url(language), fields)

    assert response.status_code == status
    assert ticket_ids() == before
    html = soup(response)
    assert_tells(html, language, problem)
    assert_hotline_offered(html)
    assert_no_live_markup_from(html, response)
    form = html.select_one("form.contact-form")
    assert textarea_text(form) == fields["message"]
    assert form.select_one("input[name=topic][value=someone_else]").has_attr("checked")
    assert checked_answers(form) == EVERY_ANSWER
    assert form.select_one("input[name=contact]").get("value", "") == ""
    assert PLANTED_CONTACT not in response.content.decode()
    assert hidden_inputs(form) == {"token"}
    fresh = form.select_one("input[name=token]")["value"]
    assert fresh != fields["token"] and read_form_token(fresh) is not None


@pytest.mark.parametrize("language", ["en", "sr", "ar"])
def test_honeypot_gets_a_receipt_but_nothing_is_stored(client, team_key, language):
    before = ticket_ids()
    response = post_form(client, contact_url(language), form_fields(homepage="http://cheap-pills.example"))

    assert response.status_code == 200
    html = soup(response)
    assert_tells(html, language, SENT)
    shown_receipt_code(html)
    assert ticket_ids() == before


@pytest.mark.parametrize("language", ["en", "sr-latn", "ar"])
def test_the_same_form_sent_twice_is_stored_once(client, team_key, language):
    fields = form_fields()
    before = ticket_ids()

    first = post_form(client, contact_url(language), fields)
    second = post_form(client, contact_url(language), fields)

    assert first.status_code == 200 and second.status_code == 200
    # A double tap shows the same code again rather than losing it; it is still one message.
    assert shown_receipt_code(soup(second)) == shown_receipt_code(soup(first))
    assert_hotline_offered(soup(second))
    assert len(ticket_ids() - before) == 1

    # The same token with another text is not the same submission: it is told "already sent", without a code.
    other = post_form(client, contact_url(language), {**fields, "message": A_MESSAGE + " And my phone."})
    assert other.status_code == 200
    html = soup(other)
    assert html.select_one(".receipt__code") is None
    assert_tells(html, language, ALREADY_SENT)
    assert_hotline_offered(html)
    code = crypto.normalise_receipt_code(shown_receipt_code(soup(first)))
    assert code not in other.content.decode().replace(" ", "")
    assert len(ticket_ids() - before) == 1


def test_a_retry_after_a_failed_save_is_not_told_it_was_already_sent(team_key, monkeypatch):
    from django.db import OperationalError

    client = Client(raise_request_exception=False)
    real_open_ticket = tickets.open_ticket
    calls = []

    def fails_once(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise OperationalError("database is locked")
        return real_open_ticket(**kwargs)

    monkeypatch.setattr(tickets, "open_ticket", fails_once)
    fields = form_fields()
    before = ticket_ids()

    assert post_form(client, contact_url("en"), fields).status_code == 503
    retry = post_form(client, contact_url("en"), fields)

    assert len(ticket_ids() - before) == 1, "the retry was not stored"
    shown_receipt_code(soup(retry))


# --- CSRF: a form sent from another site (privacy.csrf) --------------------------------------------------

FROM_ANOTHER_SITE = {"HTTP_SEC_FETCH_SITE": "cross-site"}
FROM_THIS_SITE = {"HTTP_SEC_FETCH_SITE": "same-origin"}
# Refused too, but no other site can send it: the browser says the person sent it themselves.
FROM_NO_SITE = {"HTTP_SEC_FETCH_SITE": "none"}


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
def test_a_cross_site_post_gets_a_friendly_page_without_its_words(team_key, language):
    """Another site's words on this site's page would be one click from being sent as the reader's own."""
    message = "Call +381 60 000 0000 now, not the hotline."
    response = post_form(
        Client(enforce_csrf_checks=True), contact_url(language), form_fields(message=message), **FROM_ANOTHER_SITE
    )

    assert response.status_code == 403
    html = soup(response)
    assert_tells(html, language, SEND_AGAIN)
    assert_hotline_offered(html)
    assert html.select_one("textarea") is None
    assert "000 0000" not in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
def test_a_refused_post_gets_a_friendly_page_that_keeps_only_the_message(team_key, language):
    client = Client(enforce_csrf_checks=True)
    message = "Pomoć! <b>They</b> took my passport & phone."
    fields = form_fields(message=message, topic="help_now", contact="ask for Ana")
    before = ticket_ids()

    response = post_form(client, contact_url(language), fields, **FROM_NO_SITE)

    assert response.status_code == 403
    html = soup(response)
    page = response.content.decode()
    assert "CSRF verification failed" not in page
    assert_tells(html, language, SEND_AGAIN)
    assert_hotline_offered(html)
    assert textarea_text(html) == message
    assert b"<b>They</b>" not in response.content and escape(message) in page
    assert ticket_ids() == before
    # Only the message: a refused form must not carry its token, contact or code into the next send.
    form = html.select_one("form.contact-form")
    assert hidden_inputs(form) == set()
    assert "ask for Ana" not in page and fields["token"] not in page
    assert form["action"] == contact_url(language)

    # "Send again", from this site, reaches the form, which keeps the message, asks for the topic the CSRF page
    # could not bring back, and gives a fresh token.
    response = post_form(client, form["action"], form_as_sent(form), **FROM_THIS_SITE)
    assert response.status_code == 400
    html = soup(response)
    assert_tells(html, language, TOPIC_REQUIRED, CHECK_FIELDS)
    assert_hotline_offered(html)
    assert ticket_ids() == before
    form = html.select_one("form.contact-form")
    assert textarea_text(form) == message
    assert read_form_token(form.select_one("input[name=token]")["value"]) is not None

    # With the topic chosen it is sent, every word as typed.
    response = post_form(client, contact_url(language), {**form_as_sent(form), "topic": "help_now"})
    assert response.status_code == 200
    shown_receipt_code(soup(response))
    [first] = stored_payloads(the_new_ticket(before), team_key)
    assert (first["message"], first["topic"], first["contact"]) == (message, "help_now", "")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_cross_site_reply_check_does_not_bring_back_the_code(language):
    client = Client(enforce_csrf_checks=True)
    code = "1234 5678 9012 3456 78907"
    response = post_form(client, reply_check_url(language), {"code": code}, HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    html = soup(response)
    assert_tells(html, language, SEND_AGAIN)
    assert_hotline_offered(html)
    assert html.select_one("input[name=code]") is None
    assert crypto.normalise_receipt_code(code) not in response.content.decode().replace(" ", "")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_refused_follow_up_keeps_the_message_not_the_code(team_key, language):
    client = Client(enforce_csrf_checks=True)
    code = "1234 5678 9012 3456 78907"
    message = "I will call on <Friday> & bring the papers."
    fields = {"code": code, "message": message, "token": new_form_token()}

    response = post_form(client, reply_check_url(language), fields, **FROM_NO_SITE)

    assert response.status_code == 403
    html = soup(response)
    assert_tells(html, language, SEND_AGAIN)
    assert_hotline_offered(html)
    form = html.select_one("form.contact-form")
    assert textarea_text(form) == message
    assert hidden_inputs(form) == set()
    assert crypto.normalise_receipt_code(code) not in response.content.decode().replace(" ", "")
    assert form["action"] == reply_check_url(language)

    # Sent again, it asks for the code in a visible, empty field and keeps the message.
    response = post_form(client, form["action"], form_as_sent(form), HTTP_ORIGIN="http://testserver")
    assert response.status_code == 400
    html = soup(response)
    assert_tells(html, language, CODE_REQUIRED)
    assert_hotline_offered(html, where="body")
    form = html.select_one("form.contact-form")
    code_field = form.select_one("input[name=code]")
    assert code_field.get("type") != "hidden" and code_field.get("value", "") == ""
    assert textarea_text(form) == message


# --- the reply check -------------------------------------------------------------------------------------

CODES = {
    "empty": ("", 400, CODE_REQUIRED),
    "only_spaces": ("    ", 400, CODE_REQUIRED),
    "letters": ("abcd efgh ijkl mnop qrst u", 400, CODE_INVALID),
    "19_digits": ("1234 5678 9012 3456 789", 400, CODE_INVALID),
    "22_digits": ("1234 5678 9012 3456 789071", 400, CODE_INVALID),
    "1000_digits": ("1" * 1000, 400, CODE_INVALID),
    "html": ('"><script>alert(1)</script><img src=x onerror=alert(2)>', 400, CODE_INVALID),
    "superscript_digits": ("1234 5678 9012 3456 789²", 400, CODE_INVALID),
    # 21 digits whose check digit does not match: a typo, named without looking anything up.
    "21_digits_wrong_check_digit": ("1234 5678 9012 3456 78901", 400, CODE_TYPO),
    "21_digits_two_swapped": ("1234 5678 9012 3456 87907", 400, CODE_TYPO),
    # Well-formed codes that open nothing: 21 digits with a matching check digit, and format 1's 20 (unchecked).
    "21_digits": ("123456789012345678907", 200, NO_REPLY_YET),
    "legacy_20_digits": ("1234 5678 9012 3456 7890", 200, NO_REPLY_YET),
    # An Arabic keyboard types Eastern Arabic digits: they are the same code.
    "arabic_indic_digits": ("١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦ ٧٨٩٠٧", 200, NO_REPLY_YET),
    # Separators people type are dropped.
    "spaces": ("1234 5678 9012 3456 78907", 200, NO_REPLY_YET),
    "dashes_plus_and_dots": ("+1234-5678-9012.3456/78907", 200, NO_REPLY_YET),
    "surrounding_whitespace_and_tabs": ("\t 123456789012345678907 \n", 200, NO_REPLY_YET),
    "markup_around_digits": ("<b>1234 5678 9012 3456 78907</b>", 200, NO_REPLY_YET),
    "nul_between_digits": ("1234\x005678 9012 3456 78907", 200, NO_REPLY_YET),
}


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
@pytest.mark.parametrize(("code", "status", "answer"), CODES.values(), ids=CODES.keys())
def test_reply_check_code(client, team_key, language, code, status, answer):
    before = ticket_ids()

    response = post_form(client, reply_check_url(language), {"code": code})

    assert response.status_code == status
    html = soup(response)
    assert_tells(html, language, answer)
    assert_hotline_offered(html, where="body")
    assert_no_live_markup_from(html, response)
    assert html.select_one(".thread__messages") is None
    if status == 400:
        # The code field is shown again, with what was typed (escaped, not as markup).
        typed = html.select_one("input[name=code]")
        assert typed is not None and typed.get("type") != "hidden"
        assert typed.get("value", "") == code
    else:
        # After the look-up, the follow-up form carries the normalised code, hidden.
        carried = html.select_one("input[name=code]")
        assert carried["type"] == "hidden" and carried["value"] == crypto.normalise_receipt_code(code)
    assert ticket_ids() == before


def send(client, language, message, **fields):
    response = post_form(client, contact_url(language), form_fields(message=message, **fields))
    assert response.status_code == 200
    return shown_receipt_code(soup(response))


@pytest.mark.parametrize("language", LANGUAGES_UNDER_TEST)
def test_bidi_and_zero_width_characters_in_the_thread_are_shown_not_obeyed(client, team_key, language):
    code = send(client, language, "Pay \u202eoruE 005\u202c to the\u200b agent?")
    [ticket] = Ticket.objects.all()
    reply = "Do not pay \u202eanyone\u202c, call\u200b us at 0800"
    write_as_team(ticket, team_key, reply)

    response = post_form(client, reply_check_url(language), {"code": code})

    assert response.status_code == 200
    html = soup(response)
    texts = [element.get_text() for element in html.select(".thread__text")]
    assert texts == [
        "Pay [U+202E]oruE 005[U+202C] to the[U+200B] agent?",
        "Do not pay [U+202E]anyone[U+202C], call[U+200B] us at 0800",
    ]
    page_text = response.content.decode()
    assert "\u202e" not in page_text and "\u200b" not in page_text
    # The team reads the text as it was written.
    messages = stored_payloads(ticket, team_key)
    assert [message["message"] for message in messages] == ["Pay \u202eoruE 005\u202c to the\u200b agent?", reply]


FOLLOW_UPS = {
    "only_spaces": ("   \r\n  ", 400, REQUIRED, None),
    "nine_chars": ("Thank you", 400, TOO_SHORT, None),
    "markup_too_short": ("<b>ok</b>", 400, TOO_SHORT, None),
    "5001_chars": ("y" * 5001, 400, TOO_LONG, None),
    "script_only": ("<script>alert(1)</script>", 200, FOLLOW_UP_ADDED, "<script>alert(1)</script>"),
    "markup_and_controls": (
        "<i>Thank\x00 you</i>\r\nI will call\x07 tomorrow",
        200,
        FOLLOW_UP_ADDED,
        "<i>Thank you</i>\nI will call tomorrow",
    ),
}


@pytest.mark.parametrize("language", ["en", "sr", "ar"])
@pytest.mark.parametrize(("message", "status", "answer", "stored"), FOLLOW_UPS.values(), ids=FOLLOW_UPS.keys())
def test_follow_up_message(client, team_key, language, message, status, answer, stored):
    code = send(client, language, A_MESSAGE)
    [ticket] = Ticket.objects.all()
    write_as_team(ticket, team_key, "We read your message")
    html = soup(post_form(client, reply_check_url(language), {"code": code}))
    follow_up = {element["name"]: element.get("value", "") for element in html.select("form.contact-form input[name]")}

    response = post_form(client, reply_check_url(language), {**follow_up, "message": message})

    assert response.status_code == status
    html = soup(response)
    assert_tells(html, language, answer)
    assert_hotline_offered(html, where="body")
    assert_no_live_markup_from(html, response)
    assert "We read your message" in visible_text(html)
    messages = stored_payloads(ticket, team_key)
    if stored is None:
        # A plain mistake: the text comes back, and the code stays with the form.
        assert len(messages) == 2
        assert textarea_text(html) == message
        assert html.select_one("form.contact-form input[name=code]")["value"] == follow_up["code"]
    else:
        assert [each["author"] for each in messages] == ["person", "hotline", "person"]
        assert messages[-1]["message"] == stored
        # Shown in the thread as the text it is, never as markup.
        assert_shown_as_text(html.select(".thread__text")[-1], stored)


def test_a_follow_up_refused_by_the_lookup_limit_keeps_the_text_and_answers(client, team_key, settings):
    code = send(client, "en", A_MESSAGE)
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "lookups_per_client_hour": "1/h"}
    html = soup(post_form(client, reply_check_url("en"), {"code": code}))
    form = html.select_one("form.contact-form")
    follow_up = {element["name"]: element.get("value", "") for element in form.select("input[type=hidden][name]")}
    text = "Please call me on Friday, not before."
    answers = {"danger": "no", "may_contact": "yes", "times": ["afternoon"], "share": "police"}

    response = post_form(client, reply_check_url("en"), {**follow_up, "message": text, **answers})

    assert response.status_code == 429
    html = soup(response)
    assert_tells(html, "en", LOOKUPS_LIMITED)
    assert_hotline_offered(html, where="body")
    assert html.select_one("textarea[name=message]") is not None, "the follow-up text is gone"
    assert textarea_text(html) == text
    assert checked_answers(html.select_one("form.contact-form")) == answers
    assert html.select_one("details.consent-change").has_attr("open"), "the answers kept are shown"
    # A failure: the code is not carried along; the person types it again in a visible field.
    code_field = html.select_one("form.contact-form input[name=code]")
    assert code_field.get("type") != "hidden" and code_field.get("value", "") == ""
    assert crypto.normalise_receipt_code(code) not in response.content.decode().replace(" ", "")


def test_a_follow_up_with_an_expired_token_keeps_the_text_and_asks_for_the_code_again(client, team_key, monkeypatch):
    import contact.forms

    code = send(client, "en", A_MESSAGE)
    [ticket] = Ticket.objects.all()
    write_as_team(ticket, team_key, "We read your message")
    html = soup(post_form(client, reply_check_url("en"), {"code": code}))
    real_time = contact.forms.time.time
    with monkeypatch.context() as patch:
        patch.setattr(contact.forms.time, "time", lambda: real_time() - 25 * 60 * 60)
        old_token = new_form_token()
    text = "I can come on <Monday> & bring my papers."
    follow_up = {**form_as_sent(html.select_one("form.contact-form")), "token": old_token, "message": text}

    response = post_form(client, reply_check_url("en"), follow_up)

    assert response.status_code == 400
    html = soup(response)
    assert_tells(html, "en", EXPIRED)
    assert_hotline_offered(html, where="body")
    assert html.select_one(".thread__messages") is None
    form = html.select_one("form.contact-form")
    assert textarea_text(form) == text
    code_field = form.select_one("input[name=code]")
    assert code_field.get("type") != "hidden" and code_field.get("value", "") == ""
    assert crypto.normalise_receipt_code(code) not in response.content.decode().replace(" ", "")
    assert read_form_token(form.select_one("input[name=token]")["value"]) is not None
    assert len(stored_payloads(ticket, team_key)) == 2

    # With the code typed again, it is added.
    response = post_form(client, reply_check_url("en"), {**form_as_sent(form), "code": code})
    assert response.status_code == 200
    assert_tells(soup(response), "en", FOLLOW_UP_ADDED)
    assert stored_payloads(ticket, team_key)[-1]["message"] == text


def test_a_follow_up_with_a_mistyped_code_says_so_and_shows_the_code_field(client, team_key):
    text = "Second message, the code has a typo."
    typo = "1234 5678 9012 3456 78901"
    response = post_form(client, reply_check_url("en"), {"code": typo, "message": text, "token": new_form_token()})

    assert response.status_code == 400
    html = soup(response)
    assert textarea_text(html) == text
    code_field = html.select_one("form.contact-form input[name=code]")
    assert code_field.get("type") != "hidden"
    assert_tells(html, "en", CODE_TYPO)
