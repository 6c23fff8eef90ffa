from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ContactPage, ReplyCheckPage


@register(ContactPage)
class ContactPageTranslationOptions(TranslationOptions):
    fields = ("intro", "sent_text")


@register(ReplyCheckPage)
class ReplyCheckPageTranslationOptions(TranslationOptions):
    fields = ("intro",)
