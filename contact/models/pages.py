from http import HTTPMethod

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from home.models import TranslatedPage, localized_search_fields
from home.visibility import open_to_readers

from ..forms import ContactForm, ReplyCheckForm


class ContactPage(TranslatedPage):
    """The anonymous form. It asks for nothing that identifies the person.

    Requests are answered by contact.views (routed in wagtail_hooks); Wagtail's own serve renders previews."""

    allowed_http_methods = [*TranslatedPage.allowed_http_methods, HTTPMethod.POST]
    intro = models.TextField(_("introduction"), max_length=800)
    sent_text = models.TextField(
        _("text after sending"), max_length=800, help_text=_("Shown with the receipt code after a message is sent.")
    )

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("sent_text")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["contact.ReplyCheckPage"]
    max_count = 1

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reply_check_page"] = open_to_readers(ReplyCheckPage.objects.child_of(self), request).first()
        context.setdefault("form", ContactForm())
        return context


class ReplyCheckPage(TranslatedPage):
    """Where a person comes back with their receipt code to read replies and write again."""

    indexed_by_search_engines = False
    allowed_http_methods = [*TranslatedPage.allowed_http_methods, HTTPMethod.POST]

    intro = models.TextField(_("introduction"), max_length=800)

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro")

    parent_page_types = ["contact.ContactPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("reply check page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", ReplyCheckForm())
        return context
