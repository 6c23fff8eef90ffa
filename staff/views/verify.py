"""The second factor after the password: a code from the account's authenticator app."""

from django_otp import login as otp_login
from django_otp import match_token

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import View

from .. import attempts, devices
from ..forms import CodeForm
from ..middleware import redirect_url
from .next_page import next_page


@method_decorator(never_cache, name="dispatch")
class VerifyView(View):
    def get(self, request):
        if request.user.is_verified():
            return redirect(next_page(request))
        if not devices.has_authenticator(request.user):
            return redirect(redirect_url("staff:enrol", next_page(request)))
        return self.render(CodeForm())

    def post(self, request):
        form = CodeForm(request.POST)
        refusal = attempts.refusal(request)
        if refusal:
            form.is_valid()
            form.add_error(None, refusal)
            return self.render(form, status=429)
        if form.is_valid():
            device = match_token(request.user, form.cleaned_data["otp_token"])
            if device is not None:
                attempts.succeeded(request)
                otp_login(request, device)
                return redirect(next_page(request))
        attempts.failed(request)
        form.add_error(None, _("That code is not right. Check the time on your phone and try again."))
        return self.render(form, status=400)

    def render(self, form, status=200):
        context = {"form": form, "next": next_page(self.request), "heading": _("Second factor")}
        return TemplateResponse(self.request, "staff/verify.html", context, status=status)
