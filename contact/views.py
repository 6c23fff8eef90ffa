"""The public contact views: the form and its receipt, the reply check and follow-up, friendly failures.

Every response here is marked no-store, creates no session and sets no cookie (privacy.csrf).
"""

import functools
import hashlib

from django.conf import settings
from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from privacy import coarse_expiry, work_slots
from privacy.headers import mark_form_page
from privacy.pepper import pepper
from privacy.secure_cache import SECURE_CACHE_ERRORS, secure_cache

from . import consent, crypto, proof_of_work, tickets
from .forms import ContactForm, FollowUpForm, ReplyCheckForm, new_form_token, read_form_token, too_quick
from .ratelimits import count_submission, everyone_budget_spent, lookup_limited, submissions_exhausted

FORM_TOKEN_LIFETIME = 24 * 60 * 60
# The cache entries of a message expire on the hour, or on the five minutes, after it: the hour is all the
# database keeps (tickets.this_hour), and the cache must not date a message more finely.
ONE_HOUR = 60 * 60
RECEIPT_REPEAT_STEP = 5 * 60

TOO_QUICK = _("Please read your message once more, then press Send.")
EXPIRED = _("This form was open for a long time. Please press Send again.")
UNAVAILABLE = _("We cannot take written messages right now. Nothing was saved. Please call the hotline.")
NOT_ADDED = _("This code cannot take a message just now, so yours was not sent. Please call the hotline.")
RATE_LIMITED = _(
    "Too many messages have been sent from here in a short time, so this one was not sent. "
    "Your text is still below. Please call the hotline now, or try again later."
)
LOOKUPS_LIMITED = _("Too many codes have been tried from here. Please wait an hour, or call the hotline.")
PROOF_OF_WORK_NEEDED = _(
    "Many messages are arriving right now, so this one was not sent yet. Your text is still below. "
    "Please press Send again; if it does not go, try again later, or call the hotline."
)
BUSY_SENDING = _(
    "Many people are writing to us at this moment, so this message was not sent. Your text is still below. "
    "Please press Send again in a minute, or call the hotline."
)
BUSY_LOOKING_UP = _(
    "Many people are using this page at this moment. Please try again in a minute, or call the hotline."
)
BUSY_RETRY_AFTER_SECONDS = 60


def _render(request, page, template, context, status=200):
    _ask_for_proof_of_work(request, context)
    return mark_form_page(TemplateResponse(request, template, {**page.get_context(request), **context}, status=status))


def _ask_for_proof_of_work(request, context):
    """Once everyone's hourly budget is spent, a form that stores a message carries a fresh challenge."""
    for form in (context.get("form"), context.get("follow_up")):
        if form is not None and "proof" in form.fields and everyone_budget_spent(request):
            form.proof_of_work = proof_of_work.new_challenge()


def _busy(response):
    response["Retry-After"] = str(BUSY_RETRY_AFTER_SECONDS)
    return response


# What an outage of PostgreSQL, or of Redis under the secure cache, raises while a message is checked, stored or
# looked up.
STORAGE_ERRORS = (DatabaseError, *SECURE_CACHE_ERRORS)
NOT_SENT_IN_OUTAGE = _(
    "Something went wrong on our side, so your message was not sent. Your text is still below. "
    "Please press Send again in a few minutes, or call the hotline."
)
NOT_SHOWN_IN_OUTAGE = _(
    "Something went wrong on our side, so we cannot show replies right now. "
    "Please try again in a few minutes, or call the hotline."
)


def _through_outages(template, form_for):
    """Serve a contact page through an outage of what it stores in. What was sent gets its form again, with the
    text the person typed, in a 503 with Retry-After: never a 500 page, never a receipt for a message that was
    not stored. The page itself is still shown, without a proof-of-work challenge, which needs the secure cache.
    ``form_for(request)`` says which form: (its name in the template, its class, the problem to tell)."""

    def decorate(serve_page):
        @functools.wraps(serve_page)
        def serve(page, request):
            try:
                return serve_page(page, request)
            except STORAGE_ERRORS:
                return _form_again_in_outage(request, page, template, *form_for(request))

        return serve

    return decorate


def _form_again_in_outage(request, page, template, name, form_class, problem):
    # Not through _render, which may ask the cache that is gone for a proof-of-work challenge.
    if request.method != "POST":
        return mark_form_page(TemplateResponse(request, template, {**page.get_context(request), name: form_class()}))
    context = {**page.get_context(request), name: _after_failure(form_class, request.POST, problem)}
    return _busy(mark_form_page(TemplateResponse(request, template, context, status=503)))


def _contact_form(request):
    return "form", ContactForm, NOT_SENT_IN_OUTAGE


def _reply_check_form(request):
    if "message" in request.POST:
        return "follow_up", FollowUpForm, NOT_SENT_IN_OUTAGE
    return "form", ReplyCheckForm, NOT_SHOWN_IN_OUTAGE


def _with_new_token(form):
    """Re-show a bound form after a mistake in it, keeping everything the person typed; a missing or
    expired token is replaced, so the next press of Send works."""
    form.data = form.data.copy()
    if read_form_token(form.data.get("token")) is None:
        form.data["token"] = new_form_token()
    return form


# What comes back after a failure (expired, too quick, rate limited, unavailable): what the person typed and
# chose in visible fields, the answers shown checked where they can see them; never a code, the contact field or
# a hidden field, so a forged or replayed form cannot plant an attacker's number or code in a victim's next message.
KEPT_AFTER_FAILURE = ("message", "topic", *consent.DEFAULTS)


def _after_failure(form_class, typed, problem):
    """The form again with ``problem``; ``typed`` is its cleaned data or, when it was not checked, what was sent."""
    fields = form_class.base_fields
    kept = {
        name: fields[name].widget.value_from_datadict(typed, {}, name)
        for name in KEPT_AFTER_FAILURE
        if name in fields and name in typed
    }
    form = form_class({**kept, "token": new_form_token()})
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
    if not secure_cache().add(key, True, timeout=coarse_expiry.at_least(FORM_TOKEN_LIFETIME, ONE_HOUR)):
        return False
    try:
        store()
    except Exception:
        secure_cache().delete(key)
        raise
    return True


def _remember_receipt(nonce, text, code):
    sealed = crypto.seal_repeat_receipt(code, pepper=pepper(), form_nonce=nonce, text=text)
    timeout = coarse_expiry.at_most(settings.CONTACT_RECEIPT_REPEAT_SECONDS, RECEIPT_REPEAT_STEP)
    secure_cache().set(_hashed("repeat-receipt", nonce), sealed, timeout=timeout)


def _repeated_receipt(nonce, text):
    """The code of this same submission (same token and text) sent moments ago, else None."""
    sealed = secure_cache().get(_hashed("repeat-receipt", nonce))
    return sealed and crypto.open_repeat_receipt(sealed, pepper=pepper(), form_nonce=nonce, text=text)


def _why_not_stored(request, token, proof, *, check_speed):
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
    if everyone_budget_spent(request) and not proof_of_work.accepted(proof):
        return PROOF_OF_WORK_NEEDED, 429
    return None, None


@_through_outages("contact/contact_page.html", _contact_form)
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
    problem, status = _why_not_stored(request, token, form.cleaned_data["proof"], check_speed=True)
    if problem:
        form = _after_failure(ContactForm, form.cleaned_data, problem)
        return _render(request, page, "contact/contact_page.html", {"form": form}, status=status)
    nonce, text = token[1], form.cleaned_data["message"]
    code = crypto.new_receipt_code()

    def store():
        digits = crypto.normalise_receipt_code(code)
        tickets.open_ticket(code_digits=digits, language=get_language(), payload=form.payload())

    try:
        with work_slots.argon2_slot():
            stored = _store_once(nonce, store)
    except work_slots.Busy:
        form = _after_failure(ContactForm, form.cleaned_data, BUSY_SENDING)
        return _busy(_render(request, page, "contact/contact_page.html", {"form": form}, status=503))
    choices = form.payload()["choices"]
    # What they allowed comes back on the receipt; in danger, the emergency numbers come before anything else.
    said = {"choices": consent.described(choices), "in_danger": choices["danger"] == "yes"}
    if stored:
        count_submission(request)
        _remember_receipt(nonce, text, code)
        return _render(request, page, "contact/receipt.html", {"code": code, **said})
    repeated = _repeated_receipt(nonce, text)
    if repeated:
        return _render(request, page, "contact/receipt.html", {"code": repeated, **said})
    return _render(request, page, "contact/receipt.html", {"already_sent": True, **said})


@_through_outages("contact/reply_check_page.html", _reply_check_form)
def serve_reply_check_page(page, request):
    if request.method != "POST":
        return _render(request, page, "contact/reply_check_page.html", {"form": ReplyCheckForm()})

    writing = "message" in request.POST
    form = (FollowUpForm if writing else ReplyCheckForm)(request.POST)
    # A form that cannot be looked up (a code with a typo, a missing message) costs no key derivation, so it
    # spends none of the look-up budgets, the one of everyone together above all.
    if form.is_valid() and lookup_limited(request):
        return _refuse_reply_check(request, page, form, writing, LOOKUPS_LIMITED, 429)
    try:
        # One slot for every derivation of the request: a follow-up is stored, then its thread read.
        with work_slots.argon2_slot():
            return _answer_reply_check(request, page, form, writing)
    except work_slots.Busy:
        problem = BUSY_SENDING if writing else BUSY_LOOKING_UP
        return _busy(_refuse_reply_check(request, page, form, writing, problem, 503))


def _refuse_reply_check(request, page, form, writing, problem, status):
    if writing:
        follow_up = _after_failure(FollowUpForm, form.data, problem)
        return _render(request, page, "contact/reply_check_page.html", {"follow_up": follow_up}, status=status)
    form = _after_failure(ReplyCheckForm, {}, problem)
    return _render(request, page, "contact/reply_check_page.html", {"form": form}, status=status)


def _answer_reply_check(request, page, form, writing):
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
    problem, status = _why_not_stored(request, token, form.cleaned_data["proof"], check_speed=False)
    if problem:
        follow_up = _after_failure(FollowUpForm, form.cleaned_data, problem)
        return _render(request, page, "contact/reply_check_page.html", {"follow_up": follow_up}, status=status)
    message, choices = form.cleaned_data["message"], form.given_choices()

    def store():
        tickets.add_follow_up(code_digits=code_digits, language=get_language(), message=message, choices=choices)

    try:
        stored = _store_once(token[1], store)
    except crypto.DecryptionError:  # the ticket's sender key is not the code's: it was changed in the database
        follow_up = _after_failure(FollowUpForm, form.cleaned_data, NOT_ADDED)
        return _render(request, page, "contact/reply_check_page.html", {"follow_up": follow_up}, status=409)
    if stored:
        count_submission(request)
    return _show_thread(request, page, code_digits, added=True)
