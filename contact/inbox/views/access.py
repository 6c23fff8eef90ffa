"""Who may enter the inbox, and what changing anything in it asks for. Only the consultants' group opens it;
content appears only in a session whose inbox is unlocked (contact.keyring), and every step is audited."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from staff.middleware import ask_for_second_factor

from ... import keyring
from ...roles import is_consultant


class InboxAccessMixin:
    """A plain 403 for anyone outside the consultants' group, superusers included, on every inbox URL (Wagtail
    would turn a raised PermissionDenied into a redirect to the dashboard)."""

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        if not is_consultant(request.user):
            context = {"heading": _("Hotline inbox")}
            return TemplateResponse(request, "contact/inbox/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    def team_keys(self):
        """The team private keys this session has unlocked ({key_id: PrivateKey}), or None while locked."""
        try:
            return keyring.unlocked_team_keys(self.request)
        except keyring.Locked:
            return None


class SecondFactorMixin:
    """Sends whoever has not given the second factor in this session to give it. The admin asks for it before
    any page (staff.middleware); this stays should that ever change. List it after InboxAccessMixin, so that
    outsiders still meet the 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_verified():
            return ask_for_second_factor(request)
        return super().dispatch(request, *args, **kwargs)


def unlock_first(request):
    """Changing anything asks for what reading asks: the second factor and the unlocked inbox, so a stolen
    password or session cannot answer, close or delete a request, nor hand out keys."""
    messages.error(request, _("Unlock the inbox first."))
    return redirect("contact_inbox:unlock")
