"""The public contact views: the form and its receipt, the reply check and follow-up, friendly failures.

Every response here is marked no-store, creates no session and sets no cookie but the CSRF one.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from privacy.headers import mark_form_page

from . import crypto, tickets
from .forms import ContactForm, FollowUpForm, ReplyCheckForm, new_form_token, read_form_token, too_quick
from .ratelimits import count_submission, lookup_limited, submissions_exhausted

FORM_TOKEN_LIFETIME = 24 * 60 * 60

TOO_QUICK = _("Please read your message once more, then press Send.")
EXPIRED = _("This form was open for a long time. Please press Send again.")
UNAVAILABLE = _("We cannot take written messages right now. Nothing was saved. Please call the hotline.")
RATE_LIMITED = _(
    "Too many messages have been sent from here in a short time, so this one was not sent. "
    "Your text is still below. Please call the hotline now, or try again later."
)
LOOKUPS_LIMITED = _("Too many codes have been tried from here. Please wait an hour, or call the hotline.")


def _render(request, page, template, context, status=200):
    return mark_form_page(TemplateResponse(request, template, {**page.get_context(request), **context}, status=status))


def _with_new_token(form):
    """Re-show a bound form with a fresh one-time token, keeping everything the person typed."""
    form.data = form.data.copy()
    form.data["token"] = new_form_token()
    return form


def _used_token_key(token):
    # Hashed: the cache must not hold what, with the pepper, would recompute the receipt code.
    return "contact:used-form-token:" + hashlib.sha256(token[1].encode()).hexdigest()


def _store_once(token, store):
    """Run ``store`` for the first use of a form token; returns the seconds since that first use (0 now).

    A reloaded or double-tapped form is not stored twice; if storing fails, the same form may be sent again.
    """
    key = _used_token_key(token)
    if not cache.add(key, time.time(), timeout=FORM_TOKEN_LIFETIME):
        return max(time.time() - (cache.get(key) or 0), 1e-6)
    try:
        store()
    except Exception:
        cache.delete(key)
        raise
    return 0


def _why_not_stored(request, token, *, check_speed):
    """(message for the person, HTTP status) when a valid form must not be stored now, else (None, None).

    The reply form needs no speed check: it can only be reached with a receipt code."""
    if token is None:
        return EXPIRED, 400
    if check_speed and too_quick(token):
        return TOO_QUICK, 400
    if not tickets.has_team_key():
        return UNAVAILABLE, 503
    if submissions_exhausted(request):
        return RATE_LIMITED, 429
    return None, None


def serve_contact_page(page, request):
    if request.method != "POST":
        return _render(request, page, "contact/contact_page.html", {"form": ContactForm()})

    form = ContactForm(request.POST)
    if form.filled_by_bot():
        # Looks like success to the bot; nothing is stored.
        return _render(request, page, "contact/receipt.html", {"code": crypto.new_receipt_code()})
    if not form.is_valid():
        return _render(request, page, "contact/contact_page.html", {"form": form}, status=400)

    token = read_form_token(form.cleaned_data["token"])
    problem, status = _why_not_stored(request, token, check_speed=True)
    if problem:
        form.add_error(None, problem)
        return _render(request, page, "contact/contact_page.html", {"form": _with_new_token(form)}, status=status)
    # The code follows from the form's token, so a double tap or a slow network that sends the form twice
    # shows the same code again instead of losing it; after a few minutes a repeat shows no code.
    code = tickets.receipt_code_for_form(token[1])

    def store():
        digits = crypto.normalise_receipt_code(code)
        tickets.open_ticket(code_digits=digits, language=get_language(), payload=form.payload())

    since_first_use = _store_once(token, store)
    if since_first_use > settings.CONTACT_RECEIPT_REPEAT_SECONDS:
        return _render(request, page, "contact/receipt.html", {"already_sent": True})
    if not since_first_use:
        count_submission(request)
    return _render(request, page, "contact/receipt.html", {"code": code})


def serve_reply_check_page(page, request):
    if request.method != "POST":
        return _render(request, page, "contact/reply_check_page.html", {"form": ReplyCheckForm()})

    writing = "message" in request.POST
    form = (FollowUpForm if writing else ReplyCheckForm)(request.POST)
    if lookup_limited(request):
        form.is_valid()
        form.add_error(None, LOOKUPS_LIMITED)
        # A follow-up keeps its text: the form comes back, without looking the code up.
        context = {"follow_up": form, "limited": True} if writing else {"form": form}
        return _render(request, page, "contact/reply_check_page.html", context, status=429)
    if not form.is_valid():
        if writing and "code" not in form.errors:
            return _show_thread(request, page, form.cleaned_data["code"], follow_up=_with_new_token(form), status=400)
        return _render(request, page, "contact/reply_check_page.html", {"form": form}, status=400)
    if writing:
        return _add_follow_up(request, page, form)
    return _show_thread(request, page, form.cleaned_data["code"])


def _show_thread(request, page, code_digits, *, follow_up=None, added=False, status=200):
    _ticket, messages = tickets.find_for_reader(code_digits)
    # Without a reply, a right code and a wrong one get the same page: no list of one's own messages.
    has_reply = any(message["author"] == "hotline" for message in messages)
    context = {
        "thread": messages if has_reply else [],
        "follow_up": follow_up or FollowUpForm(initial={"code": code_digits}),
        "added": added,
    }
    return _render(request, page, "contact/reply_check_page.html", context, status=status)


def _add_follow_up(request, page, form):
    code_digits = form.cleaned_data["code"]
    token = read_form_token(form.cleaned_data["token"])
    problem, status = _why_not_stored(request, token, check_speed=False)
    if problem:
        form.add_error(None, problem)
        return _show_thread(request, page, code_digits, follow_up=_with_new_token(form), status=status)
    message = form.cleaned_data["message"]
    if not _store_once(
        token, lambda: tickets.add_follow_up(code_digits=code_digits, language=get_language(), message=message)
    ):
        count_submission(request)
    return _show_thread(request, page, code_digits, added=True)
