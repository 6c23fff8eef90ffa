from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import HomePage, SiteSettings, StandardPage


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")


@register(StandardPage)
class StandardPageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = (
        "organisation_name",
        "hotline_name",
        "primary_phone_note",
        "secondary_phone_note",
        "outside_hours",
        "without_consent",
        "footer_text",
        "site_description",
    )
