from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in without "Remember me": no session outlives STAFF_SESSION_MAX_HOURS."""

    remember = None


def code_input():
    return forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": ""})


def without_spaces(text):
    return "".join(text.split())


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=20,
        widget=code_input(),
        error_messages={
            "required": _("Type the code from your authenticator app."),
            "max_length": _("A code has six digits. Type the one your authenticator app shows now."),
        },
    )

    def clean_otp_token(self):
        return without_spaces(self.cleaned_data["otp_token"])


class InvitationForm(forms.Form):
    invitation = forms.CharField(label=_("Invitation code"), max_length=100)

    def clean_invitation(self):
        return without_spaces(self.cleaned_data["invitation"])


class ConfirmDeviceForm(forms.Form):
    token = forms.CharField(label=_("Code"), max_length=20, widget=code_input())

    def clean_token(self):
        return without_spaces(self.cleaned_data["token"])
