from django import forms
from django.utils.translation import gettext_lazy as _

from ..forms import PlainTextField
from ..keyring import MIN_PASSPHRASE_LENGTH
from ..models import ConsultantKey, Ticket
from ..roles import consultants


class UnlockForm(forms.Form):
    passphrase = forms.CharField(label=_("Key passphrase"), widget=forms.PasswordInput(attrs={"autocomplete": "off"}))


class PassphraseForm(forms.Form):
    passphrase = forms.CharField(
        label=_("New key passphrase"),
        min_length=MIN_PASSPHRASE_LENGTH,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password", "data-passphrase-strength": ""}),
        help_text=_("At least 12 characters. A few unrelated words are strong and easy to remember."),
    )
    confirm = forms.CharField(label=_("Repeat it"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("passphrase") and cleaned.get("passphrase") != cleaned.get("confirm"):
            self.add_error("confirm", _("The two passphrases differ."))
        return cleaned


class GrantForm(forms.Form):
    consultant = forms.ModelChoiceField(
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
    kind = forms.ChoiceField(choices=[("reply", _("Reply to the person")), ("note", _("Internal note"))])
    text = PlainTextField(label=_("Text"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
