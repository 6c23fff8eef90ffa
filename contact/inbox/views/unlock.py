"""Opening the inbox for one session: the second factor (and enrolling it), the key passphrase, and locking."""

from django_otp import login as otp_login
from django_otp.forms import OTPTokenForm
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.generic import View

from privacy import ratelimit

from ... import crypto, keyring
from ...models import ConsultantKey
from ..audit import record
from ..forms import UnlockForm
from .access import InboxAccessMixin, SecondFactorMixin


def too_many_attempts(request, group):
    """Counts one guess at a passphrase or code against the signed-in account, from whatever address it comes;
    True once there were too many."""
    rate = settings.CONTACT_RATE_LIMITS["unlocks_per_user"]
    return ratelimit.hit(request, group, rate, key=ratelimit.account_key)


def refuse_attempt(form):
    form.add_error(None, _("Too many attempts. Wait a quarter of an hour and try again."))


class UnlockView(InboxAccessMixin, SecondFactorMixin, View):
    def get(self, request):
        return self.render(UnlockForm())

    def post(self, request):
        own_key = ConsultantKey.objects.filter(user=request.user).first()
        if own_key is None:
            return redirect("contact_inbox:keys")
        form = UnlockForm(request.POST)
        if too_many_attempts(request, "hotline-unlock"):
            refuse_attempt(form)
            return self.render(form, status=429)
        if form.is_valid():
            response = redirect("contact_inbox:index")
            try:
                opened = keyring.unlock(request, response, form.cleaned_data["passphrase"])
            except crypto.DecryptionError:
                record(own_key, "hotline.unlock_failed", request.user)
                form.add_error("passphrase", _("This passphrase does not open your key."))
            else:
                record(own_key, "hotline.unlock", request.user)
                if not opened:
                    messages.warning(request, _("Unlocked, but no colleague has granted you the team key yet."))
                return response
        return self.render(form, status=400)

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


class VerifyView(InboxAccessMixin, View):
    """The second factor: a TOTP code, asked before the inbox can be unlocked."""

    def get(self, request):
        if not TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
            return redirect("contact_inbox:two_factor")
        return self.render(OTPTokenForm(request.user))

    def post(self, request):
        data = request.POST.copy()
        device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
        if device is not None:
            data.setdefault("otp_device", device.persistent_id)
        form = OTPTokenForm(request.user, request, data)
        if too_many_attempts(request, "hotline-otp"):
            refuse_attempt(form)
            return self.render(form, status=429)
        if form.is_valid():
            otp_login(request, request.user.otp_device)
            return redirect("contact_inbox:unlock")
        return self.render(form, status=400)

    def render(self, form, status=200):
        context = {"form": form, "heading": _("Second factor")}
        return TemplateResponse(self.request, "contact/inbox/verify.html", context, status=status)


class TwoFactorSetupView(InboxAccessMixin, View):
    """Enrol an authenticator app: shows the secret once, confirms it with a first code."""

    def get(self, request):
        return TemplateResponse(request, "contact/inbox/two_factor.html", self.context(self.pending_device()))

    def post(self, request):
        device = self.pending_device()
        token = request.POST.get("token", "").strip()
        if device.verify_token(token):
            device.confirmed = True
            device.save()
            otp_login(request, device)
            messages.success(request, _("Second factor set up."))
            return redirect("contact_inbox:keys")
        context = {**self.context(device), "error": _("That code is not right. Check the time on your phone.")}
        return TemplateResponse(request, "contact/inbox/two_factor.html", context, status=400)

    def context(self, device):
        return {"device": device, "heading": _("Set up a second factor")}

    def pending_device(self):
        if TOTPDevice.objects.filter(user=self.request.user, confirmed=True).exists():
            raise PermissionDenied  # replacing a device is an administrator's task (Wagtail redirects)
        device, _created = TOTPDevice.objects.get_or_create(
            user=self.request.user, confirmed=False, defaults={"name": "Authenticator"}
        )
        return device
