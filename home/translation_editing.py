"""Translations in the page editor: the state of each language at the top of the content tab, and a warning on
publishing a page that some languages show in another (home.translation_state)."""

from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.panels import Panel

from .templatetags.site_tags import own_name
from .translation_state import State, languages_with_text, shown_language, states


def language_name(code):
    return capfirst(own_name(code))


def state_label(language_state):
    match language_state.state:
        case State.TRANSLATED:
            return _("Translated")
        case State.OUTDATED:
            return _("Outdated: %(source)s changed since") % {"source": language_name(language_state.source_language)}
        case State.FALLS_BACK:
            return _("Falls back to %(language)s") % {"language": language_name(language_state.shown_language)}
        case State.INCOMPLETE:
            return _("Fields missing")


def editor_url(page_id, language):
    """The page editor, opened on one language (home/editor reads ?language=)."""
    return reverse("wagtailadmin_pages:edit", args=[page_id]) + "?" + urlencode({"language": language})


def still_correct_url(page_id, language, next_url):
    url = reverse("translation_still_correct", args=[page_id, language])
    return url + "?" + urlencode({"next": next_url})


class TranslationStatePanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Translations"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "translations"

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/translations/panel.html"

        def is_shown(self):
            return self.instance.pk is not None  # a page not made yet has nothing to open in another language

        def get_context_data(self, parent_context=None):
            page_id = self.instance.pk
            back_here = self.request.get_full_path()
            rows = [
                {
                    "state": language_state,
                    "name": language_name(code),
                    "label": state_label(language_state),
                    "editor_url": editor_url(page_id, code),
                    "still_correct_url": still_correct_url(page_id, code, back_here)
                    if language_state.state == State.OUTDATED
                    else None,
                }
                for code, language_state in states(self.instance).items()
            ]
            transliterated = [(code, language_name(code)) for code in settings.TRANSLITERATED_LANGUAGES]
            return {**super().get_context_data(parent_context), "rows": rows, "transliterated": transliterated}


def warn_of_fallbacks(request, page):
    """After publishing: name the languages whose readers get the page in another language."""
    fallbacks = [
        (code, shown_language(page, code)) for code in languages_with_text() if shown_language(page, code) != code
    ]
    if not fallbacks:
        return
    names = ", ".join(
        _("%(language)s (shows %(shown)s)") % {"language": language_name(code), "shown": language_name(shown)}
        for code, shown in fallbacks
    )
    messages.warning(
        request,
        _("Not translated into: %(languages)s. Readers of these languages see the page in another language.")
        % {"languages": names},
    )
