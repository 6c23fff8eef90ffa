"""When a staff session began and when its person last did something, kept in the session from sign-in on."""

import time

from django.contrib.auth.signals import user_logged_in

SIGNED_IN_AT = "staff_signed_in_at"
LAST_ACTION_AT = "staff_last_action_at"


def note_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_ACTION_AT] = now


def connect():
    user_logged_in.connect(note_sign_in, dispatch_uid="staff.sign_in_times.note_sign_in")
