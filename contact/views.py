"""The public contact views: the form and its receipt, the reply check and follow-up, friendly failures.

Every response here is marked no-store, creates no session and sets no cookie but the CSRF one.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from privacy.headers import mark_form_page
from privacy.pepper import pepper

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
    """Re-show a bound form after a mistake in it, keeping everything the person typed; a missing or
    expired token is replaced, so the next press of Send works."""
    form.data = form.data.copy()
    if read_form_token(form.data.get("token")) is None:
        form.data["token"] = new_form_token()
    return form


# What comes back after a failure (expired, too quick, rate limited, unavailable): what the person typed in
# visible fields, never a code, the contact field or a hidden field, so a forged or replayed form cannot
# plant an attacker's number or code in a victim's next message.
KEPT_AFTER_FAILURE = ("message", "topic")


def _after_failure(form_class, typed, problem):
    form = form_class(
        {**{name: typed[name] for name in KEPT_AFTER_FAILURE if name in typed}, "token": new_form_token()}
    )
    form.is_valid()
    form.add_error(None, problem)
    return form


def _hashed(kind, nonce):
    # Hashed: the cache holds nothing that was sent to the browser.
    return f"contact:{kind}:" + hashlib.sha256(nonce.encode()).hexdigest()


def _store_once(nonce, store):
    """Run ``store`` for the first use of a form token and say whether it ran. A reloaded or double-tapped form
    is not stored twice; if storing fails, the same form may be sent again."""
    key = _hashed("used-form-token", nonce)
    if not cache.add(key, True, timeout=FORM_TOKEN_LIFETIME):
        return False
    try:
        store()
    except Exception:
        cache.delete(key)
        raise
    return True


def _remember_receipt(nonce, text, code):
    sealed = crypto.seal_repeat_receipt(code, pepper=pepper(), form_nonce=nonce, text=text)
    cache.set(_hashed("repeat-receipt", nonce), sealed, timeout=settings.CONTACT_RECEIPT_REPEAT_SECONDS)


def _repeated_receipt(nonce, text):
    """The code of this same submission (same token and text) sent moments ago, else None."""
    sealed = cache.get(_hashed("repeat-receipt", nonce))
    return sealed and crypto.open_repeat_receipt(sealed, pepper=pepper(), form_nonce=nonce, text=text)


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
        return _render(request, page, "contact/contact_page.html", {"form": _with_new_token(form)}, status=400)

    token = read_form_token(form.cleaned_data["token"])
    problem, status = _why_not_stored(request, token, check_speed=True)
    if problem:
        form = _after_failure(ContactForm, form.cleaned_data, problem)
        return _render(request, page, "contact/contact_page.html", {"form": form}, status=status)
    nonce, text = token[1], form.cleaned_data["message"]
    code = crypto.new_receipt_code()

    def store():
        digits = crypto.normalise_receipt_code(code)
        tickets.open_ticket(code_digits=digits, language=get_language(), payload=form.payload())

    if _store_once(nonce, store):
        count_submission(request)
        _remember_receipt(nonce, text, code)
        return _render(request, page, "contact/receipt.html", {"code": code})
    repeated = _repeated_receipt(nonce, text)
    if repeated:
        return _render(request, page, "contact/receipt.html", {"code": repeated})
    return _render(request, page, "contact/receipt.html", {"already_sent": True})


def serve_reply_check_page(page, request):
    if request.method != "POST":
        return _render(request, page, "contact/reply_check_page.html", {"form": ReplyCheckForm()})

    writing = "message" in request.POST
    form = (FollowUpForm if writing else ReplyCheckForm)(request.POST)
    if lookup_limited(request):
        if writing:
            form.is_valid()
            follow_up = _after_failure(FollowUpForm, {"message": form.data.get("message", "")}, LOOKUPS_LIMITED)
            return _render(request, page, "contact/reply_check_page.html", {"follow_up": follow_up}, status=429)
        form = _after_failure(ReplyCheckForm, {}, LOOKUPS_LIMITED)
        return _render(request, page, "contact/reply_check_page.html", {"form": form}, status=429)
    if not form.is_valid():
        if writing and "code" not in form.errors:
            return _show_thread(request, page, form.cleaned_data["code"], follow_up=_with_new_token(form), status=400)
        context = {"follow_up": _with_new_token(form)} if writing else {"form": form}
        return _render(request, page, "contact/reply_check_page.html", context, status=400)
    if writing:
        return _add_follow_up(request, page, form)
    return _show_thread(request, page, form.cleaned_data["code"])


def _show_thread(request, page, code_digits, *, follow_up=None, added=False, status=200):
    _ticket, messages = tickets.find_for_reader(code_digits)
    # Without a reply, a right code and a wrong one get the same page: no list of one's own messages.
    has_reply = any(message["author"] == "hotline" for message in messages)
    context = {
        "show_thread": True,
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
        follow_up = _after_failure(FollowUpForm, form.cleaned_data, problem)
        return _render(request, page, "contact/reply_check_page.html", {"follow_up": follow_up}, status=status)
    message = form.cleaned_data["message"]
    if _store_once(
        token[1], lambda: tickets.add_follow_up(code_digits=code_digits, language=get_language(), message=message)
    ):
        count_submission(request)
    return _show_thread(request, page, code_digits, added=True)
