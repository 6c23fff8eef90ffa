"""An administrator, signed in with their own second factor, invites a colleague to enrol an authenticator (a new
account, or a lost phone). The link is shown once; only its hash is kept."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import View

from .. import devices, invitations
from ..audit import record


def may_invite(admin, account):
    """Whoever may edit accounts, and has given their own second factor; a superuser's only by a superuser."""
    meta = get_user_model()._meta
    if not (admin.is_verified() and admin.has_perm(f"{meta.app_label}.change_{meta.model_name}")):
        return False
    return admin.is_superuser or not account.is_superuser


@method_decorator(never_cache, name="dispatch")
class InviteView(View):
    def dispatch(self, request, pk):
        self.account = get_object_or_404(get_user_model(), pk=pk)
        if not may_invite(request.user, self.account):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get(self, request, pk):
        return self.render()

    def post(self, request, pk):
        _invitation, code = invitations.issue(self.account, issued_by=request.user)
        record(self.account, "staff.second_factor_invite", by=request.user)
        return self.render(link=invitations.link(code), code=code)

    def render(self, **issued):
        context = {
            "account": self.account,
            "has_authenticator": devices.has_authenticator(self.account),
            "heading": _("Invite to set up a second factor"),
            "invitation_hours": settings.STAFF_INVITATION_HOURS,
            **issued,
        }
        return TemplateResponse(self.request, "staff/invite.html", context)
