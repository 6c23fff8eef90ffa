from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets.button import Button

from . import urls
from .audit import ACTIONS
from .views.invite import may_invite


@hooks.register("register_admin_urls")
def register_staff_urls():
    return [path("", include(urls))]


@hooks.register("register_user_listing_buttons")
def invite_button(user, request_user):
    if not may_invite(request_user, user):
        return []
    url = reverse("staff:invite", args=[user.pk])
    return [Button(_("Invite to set up a second factor"), url, icon_name="key", priority=50)]


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)
