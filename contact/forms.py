import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from privacy.text import plain_text, without_control_characters

from . import crypto
from .consent import ConsentFields, with_defaults

_FORM_TOKEN_SALT = "contact.form-token"  # noqa: S105 - a signing namespace, not a secret


class PlainTextField(forms.CharField):
    def to_python(self, value):
        return plain_text(super().to_python(value))

    def bound_data(self, data, initial):
        # A form shown again with its errors gives back the text as it would be stored, without control characters.
        return without_control_characters(data) if isinstance(data, str) else super().bound_data(data, initial)


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


class ProofOfWorkField(forms.CharField):
    """Filled by the page's script when the form asks for a proof of work (contact.proof_of_work), else empty."""

    def __init__(self):
        super().__init__(widget=forms.HiddenInput, required=False, max_length=400)


TOPICS = [
    ("help_now", _("I need help now")),
    ("job_offer", _("Checking a job offer or an agency")),
    ("abroad", _("Information about working or migrating abroad")),
    ("someone_else", _("Someone I know may be in danger")),
    ("other", _("Something else")),
]


class ContactForm(ConsentFields):
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
    proof = ProofOfWorkField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["homepage"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        # A phone number must not stay in the browser's form history on a phone someone else may check.
        self.fields["contact"].widget.attrs["autocomplete"] = "off"
        if not self.is_bound:
            self.initial.update({"token": new_form_token(), "may_contact": "no", "share": "nobody"})

    def filled_by_bot(self):
        return bool(self.data.get("homepage"))

    def payload(self):
        """What is sealed: the message, its topic, how to reach the person and every choice (defaults filled)."""
        fields = {key: self.cleaned_data[key] for key in ("topic", "message", "contact")}
        return {**fields, "choices": with_defaults(self.given_choices())}


def too_quick(token):
    return token is not None and token[0] < settings.CONTACT_MIN_FILL_SECONDS


class ReceiptCodeField(forms.CharField):
    default_error_messages = {
        "invalid": _("A receipt code has 21 digits. Please check it and try again."),
        "typo": _("This code has a typo: one digit is wrong or two are swapped. Please check it and try again."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        try:
            digits = crypto.normalise_receipt_code(value)
        except crypto.ReceiptCodeTypo:
            raise forms.ValidationError(self.error_messages["typo"], code="typo") from None
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


class FollowUpForm(ReplyCheckForm, ConsentFields):
    """A further message; the choices are asked again with nothing ticked, and only what is answered changes."""

    message = ContactForm.base_fields["message"]
    token = forms.CharField(widget=forms.HiddenInput, required=False)
    proof = ProofOfWorkField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The code rides along hidden only once the person has typed it to read the replies.
        if self.initial.get("code") or self.data.get("code"):
            self.fields["code"].widget = forms.HiddenInput()
        if not self.is_bound:
            self.initial["token"] = new_form_token()

    def full_clean(self):
        super().full_clean()
        if "code" in self.errors:
            # A code that needs correcting is shown, with its error, where the person can correct it.
            self.fields["code"].widget = ReplyCheckForm.base_fields["code"].widget
