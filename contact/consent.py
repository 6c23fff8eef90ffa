"""What the person decides: whether they are in danger now, whether and how we may contact them, and with whom
we may share what they wrote.

Every answer travels inside the sealed payload of their message, under "choices". Only two of them are also
kept in the clear on the ticket (Ticket.in_danger, Ticket.may_contact), so that a locked inbox can put danger
first and warn before anyone calls. A question left unanswered takes its safe default: danger unknown, no
contact (the person reads our answer with their code), shared with nobody.
"""

import re

from django import forms
from django.utils.functional import lazy
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext_lazy as _

HOURS = re.compile(r"\d\d:\d\d-\d\d:\d\d")


def _hours_left_to_right(label):
    """In a right-to-left language the hours are isolated left to right (LRI ... PDI): after Arabic words the
    bidi algorithm would otherwise show "08:00-12:00" as "12:00-08:00"."""

    def shown():
        text = str(label)
        return HOURS.sub(lambda hours: f"\u2066{hours[0]}\u2069", text) if get_language_bidi() else text

    return lazy(shown, str)()


YES_NO = [("no", _("No")), ("yes", _("Yes"))]
DANGER = [("yes", _("Yes, I am in danger now")), ("no", _("No"))]
CONTACT = [("no", _("No: I will read your answer with my code")), ("yes", _("Yes"))]
TIMES = [
    ("morning", _hours_left_to_right(_("Morning, 08:00-12:00"))),
    ("afternoon", _hours_left_to_right(_("Afternoon, 12:00-17:00"))),
    ("evening", _hours_left_to_right(_("Evening, 17:00-21:00"))),
    ("night", _hours_left_to_right(_("Night, 21:00-08:00"))),
]
SHARE = [
    ("nobody", _("With nobody")),
    ("organisation", _("With another organisation that helps, without my name")),
    ("police", _("With the police")),
]

DEFAULTS = {
    "danger": "unknown",
    "may_contact": "no",
    "times": [],
    "leave_message": "no",
    "say_who": "no",
    "share": "nobody",
}
NOT_SAID = _("Not said")
ANY_TIME_NOT_SAID = _("No time given")
UNKNOWN_ANSWER = _("Please choose one of the answers shown.")


def _choice(label, choices, help_text=""):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages={"invalid_choice": UNKNOWN_ANSWER},
    )


class ConsentFields(forms.Form):
    """The three questions, each optional. Mixed into the first form and the follow-up form."""

    danger = _choice(
        _("Are you in danger right now?"),
        DANGER,
        _("If yes, call the emergency numbers first. We will also read your message first."),
    )
    may_contact = _choice(
        _("May we contact you?"),
        CONTACT,
        _("If you say nothing, we do not contact you: you read our answer with your receipt code."),
    )
    times = forms.MultipleChoiceField(
        label=_("If yes: when is it safe?"),
        choices=TIMES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": UNKNOWN_ANSWER, "invalid_list": UNKNOWN_ANSWER},
    )
    leave_message = _choice(_("If yes: may we leave a message?"), YES_NO)
    say_who = _choice(
        _("If yes: may we say who we are?"),
        YES_NO,
        _("If you say no, we do not name the hotline to whoever answers."),
    )
    share = _choice(
        _("May we share what you wrote?"),
        SHARE,
        _("Without your name means the other organisation learns what happened, not who you are."),
    )

    def given_choices(self):
        """The answers the person actually gave, without defaults: a follow-up changes only these."""
        return {name: self.cleaned_data[name] for name in DEFAULTS if self.cleaned_data.get(name)}


def with_defaults(given):
    return {**DEFAULTS, **given}


def latest(history):
    """The choices that stand after a list of answers given in order (each a dict of what was given)."""
    standing = dict(DEFAULTS)
    for given in history:
        standing.update(given)
    return standing


def clear_flags(given):
    """The two answers kept in the clear on the ticket, for what a message gave: {field: value}."""
    flags = {}
    if "danger" in given:
        flags["in_danger"] = {"yes": True, "no": False}.get(given["danger"])
    if "may_contact" in given:
        flags["may_contact"] = given["may_contact"] == "yes"
    return flags


def _row(name, choices):
    field = ConsentFields.base_fields[name]
    if name == "times":
        windows = [str(label) for value, label in TIMES if value in choices["times"]]
        return field.label, ", ".join(windows) or ANY_TIME_NOT_SAID
    return field.label, dict(field.choices).get(choices[name], NOT_SAID)


def described_given(given):
    """Only the answers a message gave, in plain words: what a follow-up changed."""
    choices = with_defaults(given)
    return [_row(name, choices) for name in DEFAULTS if name in given]


def described(choices):
    """The choices in plain words, as (question, answer) pairs; how and when to contact only when contact is
    allowed. Unknown values (an older or damaged payload) read as not said."""
    choices = with_defaults(choices)
    names = ["danger", "may_contact"]
    if choices["may_contact"] == "yes":
        names += ["times", "leave_message", "say_who"]
    return [_row(name, choices) for name in [*names, "share"]]
