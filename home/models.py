from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyStreamBlock


def localized_search_fields(*field_names, boost=None):
    """Index every language's copy of a translated field, so a word in any language finds the page."""
    return [
        index.SearchField(build_localized_fieldname(name, code), boost=boost)
        for name in field_names
        for code, _name in settings.LANGUAGES
    ]


def is_translated_into(page, language_code, required_fields=("title",)):
    return all(getattr(page, build_localized_fieldname(name, language_code), None) for name in required_fields)


def shown_language(page, required_fields=("title",)):
    """The language a reader of the current language actually gets for this page.

    Their own, or the first fallback (settings.MODELTRANSLATION_FALLBACK_LANGUAGES) in which the required
    fields are filled in. Serbian Cyrillic counts as translated always: it is transliterated on output.
    """
    current = get_language()
    if current in settings.TRANSLITERATED_LANGUAGES:
        return current
    for code in resolution_order(current):
        if is_translated_into(page, code, required_fields):
            return code
    return current


class TranslatedPage(Page):
    """A page whose content may be missing in some languages; see shown_language()."""

    # The fields that must be filled for a language to count as translated.
    translation_required_fields = ("title",)
    # Whether the page's own serve() handles a form. Other POSTs are refused with 405 (home.wagtail_hooks).
    accepts_post = False
    search_fields = Page.search_fields + localized_search_fields("title", boost=2)

    class Meta:
        abstract = True

    def is_translated_into(self, language_code):
        return is_translated_into(self, language_code, self.translation_required_fields)

    @property
    def content_language(self):
        return shown_language(self, self.translation_required_fields)

    @property
    def is_fallback(self):
        return self.content_language != get_language()

    def save(self, *args, **kwargs):
        self.fill_missing_slugs()
        return super().save(*args, **kwargs)

    def fill_missing_slugs(self):
        """Give every language a slug, taken along its fallback languages.

        Routing finds a page by the slug its fallbacks give (Ukrainian -> English -> Serbian), while
        wagtail-modeltranslation builds a missing language's address from the default language's slug;
        with every slug stored, the address a link points to is the address that answers.
        """
        for code, _name in settings.LANGUAGES:
            slug_field = build_localized_fieldname("slug", code)
            if getattr(self, slug_field):
                continue
            for fallback in resolution_order(code)[1:]:
                slug = getattr(self, build_localized_fieldname("slug", fallback))
                if slug:
                    setattr(self, slug_field, slug)
                    break


class HomePage(TranslatedPage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro", "body")

    translation_required_fields = ("title", "intro")
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "resources.ResourceIndexPage",
        "resources.SupportIndexPage",
        "contact.ContactPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(TranslatedPage):
    """About, privacy, cover your tracks: plain text pages."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro", "body")

    translation_required_fields = ("title", "body")
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(_("organisation name"), max_length=120)
    hotline_name = models.CharField(_("hotline name"), max_length=120)
    primary_phone = models.CharField(
        _("main hotline number"), max_length=30, help_text=_("As dialled from abroad, e.g. +381 11 785 0000")
    )
    primary_phone_note = models.CharField(_("note on the main number"), max_length=160, blank=True)
    secondary_phone = models.CharField(_("second number"), max_length=30, blank=True)
    secondary_phone_note = models.CharField(_("note on the second number"), max_length=160, blank=True)
    hotline_hours = models.CharField(_("hotline hours"), max_length=200)
    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default="https://www.wikipedia.org/",
        help_text=_("A neutral site that the quick exit button opens instead of this one."),
    )
    footer_text = models.TextField(_("footer text"), blank=True, max_length=600)

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("hotline_name"),
        MultiFieldPanel(
            [
                FieldPanel("primary_phone"),
                FieldPanel("primary_phone_note"),
                FieldPanel("secondary_phone"),
                FieldPanel("secondary_phone_note"),
                FieldPanel("hotline_hours"),
            ],
            heading=_("Hotline"),
        ),
        FieldPanel("quick_exit_url"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def phones(self):
        """The hotline numbers with their notes and dialable tel: targets."""
        pairs = [(self.primary_phone, self.primary_phone_note), (self.secondary_phone, self.secondary_phone_note)]
        return [
            {"number": number, "note": note, "tel": "".join(ch for ch in number if ch.isdigit() or ch == "+")}
            for number, note in pairs
            if number
        ]
