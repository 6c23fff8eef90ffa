"""One's own key: the first one, a new passphrase for the key one has, and a new key for a forgotten passphrase.

A signed-in session alone can do none of them: a change asks for the current passphrase, a new key for a fresh
code from the authenticator, and each guess at either counts against the unlock limit of the account.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import View

from ... import crypto, keyring
from ..audit import record
from ..forms import forgotten_passphrase_form, passphrase_form_for
from ..fresh_code import accepts_fresh_code
from ..key_reset_mail import tell_of_key_reset
from .access import SecondFactorMixin
from .keys import KeysPageMixin
from .unlock import UNLOCK_ATTEMPTS, too_many_attempts


class OwnKeyView(KeysPageMixin, SecondFactorMixin, View):
    """A form about one's own key, shown again in its place on the key page (``form_name``) when refused."""

    form_name = None

    def refuse(self, form, message=None, field=None, status=400):
        if message:
            form.add_error(field, message)
        return self.render_keys(**{self.form_name: form}, status=status)

    def refusal(self, form):
        """The answer to a form that may not go on (invalid, or too many guesses already), else None. Only a form
        that is otherwise right counts as a guess: a passphrase refused as weak costs no attempt."""
        if not form.is_valid():
            return self.refuse(form)
        if too_many_attempts(self.request, UNLOCK_ATTEMPTS, form):
            return self.refuse(form, status=429)
        return None

    def refuse_code(self, form):
        return self.refuse(form, _("That code is not right, or it was used already. Wait for the next code."))

    def new_key(self, form, action):
        """A new key pair under the form's passphrase. The old key's grants go with the old key: the session
        locks."""
        key = keyring.set_passphrase(self.request.user, form.cleaned_data["passphrase"])
        response = redirect("contact_inbox:keys")
        keyring.lock(self.request, response)
        record(key, action, self.request.user)
        return key, response


class PassphraseView(OwnKeyView):
    """The first key, given a fresh code; or a new passphrase for the key one has, given the current one (the
    key, and every grant to it, stay)."""

    form_name = "passphrase_form"

    def post(self, request):
        own_key = self.own_key()
        form = passphrase_form_for(own_key, request.POST, user=request.user)
        refusal = self.refusal(form)
        if refusal:
            return refusal
        if own_key is None:
            return self.first_key(form)
        return self.change(own_key, form)

    def first_key(self, form):
        if not accepts_fresh_code(self.request.user, form.cleaned_data["otp_token"]):
            return self.refuse_code(form)
        _key, response = self.new_key(form, "hotline.key_set")
        messages.success(self.request, _("Your key is ready. A colleague must now grant you the team key."))
        return response

    def change(self, own_key, form):
        cleaned = form.cleaned_data
        try:
            keyring.change_passphrase(self.request.user, cleaned["current"], cleaned["passphrase"])
        except crypto.DecryptionError:
            record(own_key, "hotline.key_refused", self.request.user)
            return self.refuse(form, _("This is not your current passphrase."), field="current")
        record(own_key, "hotline.key_changed", self.request.user)
        messages.success(self.request, _("Your passphrase is changed. Your key and its team keys stay as they were."))
        return redirect("contact_inbox:keys")


class ForgottenPassphraseView(OwnKeyView):
    """A new key for a forgotten passphrase, given a fresh code. Every grant to the old key goes, the session
    locks, and the consultant is told by e-mail, should it not have been them."""

    form_name = "forgotten_form"

    def post(self, request):
        own_key = self.own_key()
        if own_key is None:
            return redirect("contact_inbox:keys")
        form = forgotten_passphrase_form(request.POST, user=request.user)
        refusal = self.refusal(form)
        if refusal:
            return refusal
        if not accepts_fresh_code(request.user, form.cleaned_data["otp_token"]):
            record(own_key, "hotline.key_refused", request.user)
            return self.refuse_code(form)
        key, response = self.new_key(form, "hotline.key_reset")
        tell_of_key_reset(key.user)
        messages.success(request, _("You have a new key. Colleagues must grant you the team key again."))
        return response
