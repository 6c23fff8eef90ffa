"""Staff sessions end STAFF_SESSION_MAX_HOURS after sign-in however busy, and after STAFF_SESSION_IDLE_MINUTES
without an action of the person (staff.navigation: the admin's background requests do not count).

The times are kept in the session from the moment of sign-in (staff.sign_in_times); a session without them is
over.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _

from privacy.paths import ADMIN_LOGIN_PATH, is_admin_path

from .navigation import coming_back_to, is_page_request, is_persons_action, signed_out_answer
from .sign_in_times import LAST_ACTION_AT, SIGNED_IN_AT


def why_over(session, now):
    """Why the session is over (a message for the person), or None while it lasts."""
    signed_in_at, last_action_at = session.get(SIGNED_IN_AT), session.get(LAST_ACTION_AT)
    if signed_in_at is None or last_action_at is None:
        return _("Please sign in again.")
    if now - signed_in_at > settings.STAFF_SESSION_MAX_HOURS * 3600:
        return _("You were signed out: a session lasts at most %(hours)d hours.") % {
            "hours": settings.STAFF_SESSION_MAX_HOURS
        }
    if now - last_action_at > settings.STAFF_SESSION_IDLE_MINUTES * 60:
        return _("You were signed out after %(minutes)d minutes without activity.") % {
            "minutes": settings.STAFF_SESSION_IDLE_MINUTES
        }
    return None


class SessionLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Readers carry no session cookie; looking for a user without one would only mark their pages as varying.
        if settings.SESSION_COOKIE_NAME not in request.COOKIES or not request.user.is_authenticated:
            return self.get_response(request)
        now = time.time()
        reason = why_over(request.session, now)
        if reason is None:
            if is_persons_action(request):
                request.session[LAST_ACTION_AT] = now
            return self.get_response(request)
        logout(request)
        if not is_page_request(request):
            return signed_out_answer()
        if is_admin_path(request.path):
            messages.warning(request, reason)
            return redirect_to_login(coming_back_to(request), ADMIN_LOGIN_PATH)
        return self.get_response(request)  # a public page, now as any reader sees it
