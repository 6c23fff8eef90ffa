"""Enrolling an authenticator, never on trust of first use: first a one-time invitation from an administrator,
then a code from the new authenticator confirms it."""

from django_otp import login as otp_login

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import View

from .. import attempts, devices, invitations, qr
from ..audit import record
from ..forms import ConfirmDeviceForm, InvitationForm
from ..middleware import redirect_url
from .next_page import next_page

# The invitation a session has shown, until the new authenticator confirms it.
ACCEPTED_INVITATION = "staff_accepted_invitation"


@method_decorator(never_cache, name="dispatch")
class EnrolView(View):
    def get(self, request):
        invitation = self.accepted_invitation()
        device = devices.pending_device(request.user)
        if invitation is not None and device is not None:
            return self.render_device(device, ConfirmDeviceForm())
        return self.render_invitation(InvitationForm(initial={"invitation": request.GET.get("invitation", "")}))

    def post(self, request):
        if "token" in request.POST:
            return self.confirm_device(ConfirmDeviceForm(request.POST))
        return self.accept_invitation(InvitationForm(request.POST))

    def accept_invitation(self, form):
        refusal = attempts.refusal(self.request)
        if refusal:
            form.is_valid()
            form.add_error(None, refusal)
            return self.render_invitation(form, status=429)
        invitation = form.is_valid() and invitations.find_usable(self.request.user, form.cleaned_data["invitation"])
        if not invitation:
            attempts.failed(self.request)
            form.add_error(
                None, _("This invitation is not valid: it may be used or expired. Ask an administrator for a new one.")
            )
            return self.render_invitation(form, status=400)
        attempts.succeeded(self.request)
        self.request.session[ACCEPTED_INVITATION] = invitation.pk
        devices.new_pending_device(self.request.user)
        return redirect(redirect_url("staff:enrol", next_page(self.request)))

    def confirm_device(self, form):
        invitation = self.accepted_invitation()
        device = devices.pending_device(self.request.user)
        if invitation is None or device is None:
            return self.render_invitation(InvitationForm(), status=403)
        refusal = attempts.refusal(self.request)
        if refusal:
            form.is_valid()
            form.add_error(None, refusal)
            return self.render_device(device, form, status=429)
        if not (form.is_valid() and device.verify_token(form.cleaned_data["token"])):
            attempts.failed(self.request)
            form.add_error(None, _("That code is not right. Check the time on your phone and try again."))
            return self.render_device(device, form, status=400)
        if not invitations.use(invitation):
            return self.render_invitation(InvitationForm(), status=403)
        attempts.succeeded(self.request)
        devices.confirm(device)
        del self.request.session[ACCEPTED_INVITATION]
        otp_login(self.request, device)
        # The device's own copy of the account: request.user is a lazy wrapper, which the audit log cannot place.
        record(device.user, "staff.second_factor_enrol", by=device.user)
        messages.success(self.request, _("Second factor set up."))
        return redirect(next_page(self.request))

    def accepted_invitation(self):
        pk = self.request.session.get(ACCEPTED_INVITATION)
        return invitations.still_usable(self.request.user, pk) if pk else None

    def render_invitation(self, form, status=200):
        context = {"form": form, "next": next_page(self.request), "heading": _("Set up a second factor")}
        return TemplateResponse(self.request, "staff/enrol_invitation.html", context, status=status)

    def render_device(self, device, form, status=200):
        context = {
            "form": form,
            "next": next_page(self.request),
            "heading": _("Set up a second factor"),
            "secret": devices.secret_text(device),
            "qr_code": qr.svg(device.config_url, title=_("QR code for your authenticator app")),
        }
        return TemplateResponse(self.request, "staff/enrol_device.html", context, status=status)
