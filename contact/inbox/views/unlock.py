"""Opening the inbox for one session with the key passphrase and a fresh code (after the second factor at sign-in,
staff/), and locking."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.generic import View

from privacy import backoff, ratelimit

from ... import crypto, keyring
from ...models import ConsultantKey
from ..audit import record
from ..forms import UnlockForm
from ..fresh_code import accepts_fresh_code
from .access import InboxAccessMixin, SecondFactorMixin

# One count, per account, of every guess at the key passphrase or at a fresh code: unlocking, changing the
# passphrase, making a new key.
UNLOCK_ATTEMPTS = "hotline-unlock"


def attempt_delay(request, group):
    """Counts one guess at a passphrase or code against the signed-in account, from whatever address it comes:
    slowed down after a few, never locked out (privacy.ratelimit.delay_beyond)."""
    rate = settings.CONTACT_RATE_LIMITS["unlocks_per_user"]
    return ratelimit.delay_beyond(request, group, rate, key=ratelimit.account_key)


def too_many_attempts(request, group, form):
    """Whether this guess must wait; if so, the form says for how long."""
    wait = attempt_delay(request, group)
    if wait:
        form.add_error(None, ratelimit.wait_message(wait))
    return bool(wait)


class UnlockView(InboxAccessMixin, SecondFactorMixin, View):
    def get(self, request):
        return self.render(UnlockForm())

    def post(self, request):
        own_key = ConsultantKey.objects.filter(user=request.user).first()
        if own_key is None:
            return redirect("contact_inbox:keys")
        form = UnlockForm(request.POST)
        if too_many_attempts(request, UNLOCK_ATTEMPTS, form):
            return self.render(form, status=429)
        if form.is_valid():
            response = redirect("contact_inbox:index")
            opened = self.unlock(form, response)
            if opened is not None:
                backoff.succeeded(ratelimit.account_key(UNLOCK_ATTEMPTS, request))
                record(own_key, "hotline.unlock", request.user)
                if not opened:
                    messages.warning(request, _("Unlocked, but no colleague has granted you the team key yet."))
                return response
            record(own_key, "hotline.unlock_failed", request.user)
            form.add_error(None, _("The passphrase or the code is not right."))
        return self.render(form, status=400)

    def unlock(self, form, response):
        """How many team keys a fresh code and the passphrase opened, or None if either is wrong. The code comes
        first: a session without it cannot even try passphrases."""
        if not accepts_fresh_code(self.request.user, form.cleaned_data["otp_token"]):
            return None
        try:
            return keyring.unlock(self.request, response, form.cleaned_data["passphrase"])
        except crypto.DecryptionError:
            return None

    def render(self, form, status=200):
        has_key = ConsultantKey.objects.filter(user=self.request.user).exists()
        context = {"form": form, "has_key": has_key, "heading": _("Unlock the inbox")}
        return TemplateResponse(self.request, "contact/inbox/unlock.html", context, status=status)


class LockView(InboxAccessMixin, View):
    def post(self, request):
        response = redirect("contact_inbox:index")
        keyring.lock(request, response)
        own_key = ConsultantKey.objects.filter(user=request.user).first()
        if own_key:
            record(own_key, "hotline.lock", request.user)
        messages.success(request, _("The inbox is locked."))
        return response
