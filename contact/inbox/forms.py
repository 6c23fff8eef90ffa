from django import forms
from django.utils.translation import gettext_lazy as _

from staff.forms import without_spaces

from .. import fingerprints
from ..forms import PlainTextField
from ..models import ConsultantKey, Ticket
from ..passphrases import validate_passphrase
from ..roles import consultants


class FreshCodeField(forms.CharField):
    """A code from the authenticator app, spaces allowed. Whether it is right and fresh is for
    contact.inbox.fresh_code to say."""

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Code from your authenticator app"),
            help_text=_("Each code works only once. If you just signed in with a code, wait for the next one."),
            max_length=20,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
            **kwargs,
        )

    def to_python(self, value):
        return without_spaces(super().to_python(value))


class UnlockForm(forms.Form):
    passphrase = forms.CharField(label=_("Key passphrase"), widget=forms.PasswordInput(attrs={"autocomplete": "off"}))
    otp_token = FreshCodeField()


class PassphraseForm(forms.Form):
    """A new key passphrase, typed twice, and strong enough (contact.passphrases)."""

    passphrase = forms.CharField(
        label=_("New key passphrase"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password", "data-passphrase-strength": ""}),
        help_text=_(
            "At least 16 characters or four words, with 8 different characters, and not a common password. "
            "A few unrelated words are strong and easy to remember."
        ),
    )
    confirm = forms.CharField(label=_("Repeat it"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_passphrase(self):
        passphrase = self.cleaned_data["passphrase"]
        validate_passphrase(passphrase, self.user)
        return passphrase

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("passphrase") and cleaned.get("passphrase") != cleaned.get("confirm"):
            self.add_error("confirm", _("The two passphrases differ."))
        return cleaned


class ChangePassphraseForm(PassphraseForm):
    """A new passphrase for the key one has: the current one proves it is its holder, not a stolen session."""

    current = forms.CharField(
        label=_("Current key passphrase"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    field_order = ["current", "passphrase", "confirm"]


class NewKeyForm(PassphraseForm):
    """A new key, the first or one for a forgotten passphrase: a fresh code proves the authenticator is at hand."""

    otp_token = FreshCodeField()


def passphrase_form_for(own_key, *args, **kwargs):
    """Whoever has a key changes its passphrase with the current one; whoever has none makes one with a code."""
    return (ChangePassphraseForm if own_key else NewKeyForm)(*args, **kwargs)


def forgotten_passphrase_form(*args, **kwargs):
    """A new key for a forgotten passphrase, on the page beside the other passphrase form: its own ids."""
    return NewKeyForm(*args, auto_id="id_forgotten_%s", **kwargs)


class ConsultantKeyField(forms.ModelChoiceField):
    def label_from_instance(self, consultant_key):
        return f"{consultant_key.user.get_username()} · {fingerprints.of_consultant_key(consultant_key)}"


class GrantForm(forms.Form):
    consultant = ConsultantKeyField(
        label=_("Colleague"),
        queryset=ConsultantKey.objects.filter(user__in=consultants())
        .select_related("user")
        .order_by("user__username"),
    )


class TriageForm(forms.ModelForm):
    trafficking_types = forms.MultipleChoiceField(
        label=_("Type of trafficking"),
        choices=Ticket.TraffickingType.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    assistance_needed = forms.MultipleChoiceField(
        label=_("Assistance needed"),
        choices=Ticket.Assistance.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Ticket
        fields = [
            "status",
            "urgency",
            "assignee",
            "trafficking_types",
            "assistance_needed",
            "minor_involved",
            "interpreter_language",
        ]
        labels = {
            "minor_involved": _("A minor is involved"),
            "interpreter_language": _("Interpreter needed, for the language"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = consultants().order_by("username")


class MessageForm(forms.Form):
    """A reply or a note. The ticket page sends each box as "<kind>-text" with the pressed button's "kind"
    (contact.inbox.views.ticket); a client may send plain "text"."""

    kind = forms.ChoiceField(choices=[("reply", _("Reply to the person")), ("note", _("Internal note"))])
    text = PlainTextField(label=_("Text"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
