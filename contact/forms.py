import html
import re
import secrets
import time
import unicodedata

import nh3

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from . import crypto

_FORM_TOKEN_SALT = "contact.form-token"  # noqa: S105 - a signing namespace, not a secret
_KEPT_CONTROLS = {"\n", "\t"}


# Names of HTML elements: only these count as markup. "<they said they would take my passport>" is what a
# person wrote, not a tag, and must survive.
HTML_ELEMENTS = frozenset(
    """a abbr address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br
    button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em
    embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i
    iframe image img input ins kbd keygen label legend li link listing main map mark marquee math menu menuitem meta
    meter nav nobr noembed noframes noscript object ol optgroup option output p param picture plaintext pre progress
    q rp rt ruby s samp script search section select slot small source span strike strong style sub summary sup svg
    table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp""".split()
)
# A complete tag of a known element, with attributes as HTML writes them. Anything else that starts with "<"
# ("<a few euros a day", "<i 2 kids>", "<script and my phone") is what the person wrote, kept as text.
_ATTRIBUTE = r"""\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
_COMPLETE_TAG = re.compile(rf"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:{_ATTRIBUTE})*)\s*/?>")


def _escape_non_tags(text):
    """Escape every "<" that does not open a complete tag of a real HTML element, so nh3 cannot take it
    for the start of markup and drop the words after it."""
    pieces, position = [], 0
    for match in _COMPLETE_TAG.finditer(text):
        if match.group(2).lower() not in HTML_ELEMENTS:
            continue
        pieces.append(text[position : match.start()].replace("<", "&lt;"))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(text[position:].replace("<", "&lt;"))
    return "".join(pieces)


def plain_text(value):
    """What a person typed, as plain text: HTML elements and script removed (nh3), NUL and control characters
    dropped, line ends unified. Character references are decoded first, so that "&lt;script&gt;" or "&#7;"
    cannot bring back what is removed. Bidi and zero-width characters are kept: the reading views show them."""
    text = _escape_non_tags(html.unescape(value).replace("&", "&amp;"))
    text = html.unescape(nh3.clean(text, tags=set()))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in _KEPT_CONTROLS or unicodedata.category(ch) != "Cc").strip()


class PlainTextField(forms.CharField):
    def to_python(self, value):
        return plain_text(super().to_python(value))


def new_form_token():
    """A signed, timestamped one-time token: it dates the form and stops a reload from sending twice."""
    return signing.dumps({"issued": int(time.time()), "nonce": secrets.token_urlsafe(12)}, salt=_FORM_TOKEN_SALT)


def read_form_token(value):
    """(seconds since the form was issued, nonce), or None for a missing, forged or day-old token."""
    try:
        token = signing.loads(value or "", salt=_FORM_TOKEN_SALT, max_age=24 * 60 * 60)
    except signing.BadSignature:
        return None
    return int(time.time()) - token["issued"], token["nonce"]


TOPICS = [
    ("help_now", _("I need help now")),
    ("job_offer", _("Checking a job offer or an agency")),
    ("abroad", _("Information about working or migrating abroad")),
    ("someone_else", _("Someone I know may be in danger")),
    ("other", _("Something else")),
]


class ContactForm(forms.Form):
    message = PlainTextField(
        label=_("Your message"),
        min_length=10,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Write in any language. You do not have to give your name."),
        error_messages={
            "required": _("Please write your message."),
            "min_length": _("Please write a little more (at least %(limit_value)d characters), so we understand."),
            "max_length": _(
                "Your message is too long: at most %(limit_value)d characters, and it has %(show_value)d. "
                "Send the rest later with your receipt code."
            ),
        },
    )
    topic = forms.ChoiceField(
        label=_("What is it about?"),
        choices=TOPICS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose what your message is about.")},
    )
    contact = PlainTextField(
        label=_("How we may reach you (optional)"),
        required=False,
        max_length=200,
        help_text=_(
            "Only if it is safe: a phone number or address that nobody else reads. Leave it empty to stay "
            "anonymous; you can read our reply with your receipt code."
        ),
        error_messages={"max_length": _("Please keep this under %(limit_value)d characters.")},
    )
    # A field people never see; simple bots fill in every field they find.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["homepage"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        if not self.is_bound:
            self.initial["token"] = new_form_token()

    def filled_by_bot(self):
        return bool(self.data.get("homepage"))

    def payload(self):
        return {key: self.cleaned_data[key] for key in ("topic", "message", "contact")}


def too_quick(token):
    return token is not None and token[0] < settings.CONTACT_MIN_FILL_SECONDS


class ReceiptCodeField(forms.CharField):
    default_error_messages = {
        "invalid": _("A receipt code has 20 digits. Please check it and try again."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        digits = crypto.normalise_receipt_code(value)
        if digits is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return digits


class ReplyCheckForm(forms.Form):
    code = ReceiptCodeField(
        label=_("Your receipt code"),
        max_length=64,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "spellcheck": "false"}),
        error_messages={"required": _("Please type your receipt code.")},
    )


class FollowUpForm(ReplyCheckForm):
    message = ContactForm.base_fields["message"]
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget = forms.HiddenInput()
        if not self.is_bound:
            self.initial["token"] = new_form_token()
