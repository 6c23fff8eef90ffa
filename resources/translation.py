from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage


@register(ResourceIndexPage)
class ResourceIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(ResourcePage)
class ResourcePageTranslationOptions(TranslationOptions):
    fields = ("summary", "body")


@register(SupportIndexPage)
class SupportIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")


@register(SupportTypePage)
class SupportTypePageTranslationOptions(TranslationOptions):
    fields = ("summary", "who_for", "how_to_get", "cost", "body")
