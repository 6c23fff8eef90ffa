"""The page editor's form and the site settings' form. modeltranslation labels each translation "Title [en]"
and Wagtail's title panel says "Page title*" on every title; here each is labelled with its language's own
name, only the default language is required, and every input carries its language (`lang`, and `dir` for
Arabic) so that browsers, spell checkers and screen readers treat the text as what it is."""

from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext

from modeltranslation.translator import translator
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from home.templatetags.site_tags import html_lang, own_name

from .languages import direction


def translation_fields(model):
    """(translation field name, original field name, language code) of every translated field of the model."""
    for original_name, fields in translator.get_options_for_model(model).all_fields.items():
        for field in fields:
            yield field.name, original_name, field.language


def language_label(original_label, code):
    return gettext("%(field)s — %(language)s") % {
        "field": capfirst(original_label),
        "language": capfirst(own_name(code)),
    }


class LanguageLabelsMixin:
    """For a Wagtail admin form of a model with translated fields: each translation labelled with its language's
    own name and marked with its `lang` and `dir`; only the default language's copy of a required field is
    required."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        for name, original_name, code in translation_fields(model):
            if name in self.fields:
                self.mark_language(self.fields[name], model._meta.get_field(original_name), code)

    @staticmethod
    def mark_language(field, original_field, code):
        field.label = language_label(original_field.verbose_name, code)
        field.widget.attrs.update(lang=html_lang(code), dir=direction(code))
        if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            field.required = False


class TranslatedPageForm(LanguageLabelsMixin, WagtailAdminPageForm):
    @staticmethod
    def mark_language(field, original_field, code):
        LanguageLabelsMixin.mark_language(field, original_field, code)
        if original_field.name == "title" and code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            # Wagtail's title panel writes "Page title*" unless the widget already has a placeholder.
            field.widget.attrs["placeholder"] = gettext("Page title (optional)")


class TranslatedSettingsForm(LanguageLabelsMixin, WagtailAdminModelForm):
    """The site settings' form (home.models.SiteSettings): the same labels and marks as the page editor's."""
