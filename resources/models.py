from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from home.blocks import BodyStreamBlock
from home.models import TranslatedPage, localized_search_fields
from home.visibility import open_to_readers


class ResourceIndexPage(TranslatedPage):
    """The topic index: every article, grouped by category."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("topic index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = open_to_readers(ResourcePage.objects.child_of(self), request).order_by("path")
        by_category = {value: [] for value, _label in ResourcePage.Category.choices}
        for article in articles:
            by_category[article.category].append(article)
        context["categories"] = [
            (label, by_category[value]) for value, label in ResourcePage.Category.choices if by_category[value]
        ]
        return context


class ResourcePage(TranslatedPage):
    """An article: what trafficking is, safe migration, legal work abroad, rights of victims."""

    class Category(models.TextChoices):
        AWARENESS = "awareness", _("Recognising trafficking")
        SAFE_MIGRATION = "safe_migration", _("Safe migration")
        LEGAL_WORK = "legal_work", _("Legal work abroad")
        VICTIMS_RIGHTS = "victims_rights", _("Rights of victims")

    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists."))
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("When someone last checked that this page is still correct."),
    )

    # Everything an article needs before its first publish is on the first tab.
    content_panels = TranslatedPage.content_panels + [
        FieldPanel("category"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("leaflets", label=_("Leaflets to download")),
        FieldPanel("last_reviewed"),
    ]
    search_fields = TranslatedPage.search_fields + localized_search_fields("summary", "body")

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")


class ResourceLeaflet(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="leaflets")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language of the leaflet"), max_length=10, choices=settings.LANGUAGES)

    panels = [FieldPanel("document"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("leaflet")


class SupportIndexPage(TranslatedPage):
    """The overview of every kind of help the hotline offers."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = TranslatedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = TranslatedPage.search_fields + localized_search_fields("intro", "body")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.SupportTypePage"]

    class Meta:
        verbose_name = _("support overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["support_types"] = open_to_readers(SupportTypePage.objects.child_of(self), request).order_by("path")
        return context


class SupportTypePage(TranslatedPage):
    """One type of assistance: who it is for, how to get it, what it costs."""

    summary = models.TextField(_("summary"), max_length=400)
    who_for = models.TextField(_("who it is for"), max_length=1000)
    how_to_get = models.TextField(_("how to get it"), max_length=1000)
    cost = models.CharField(_("cost"), max_length=200, help_text=_("For example: free of charge."))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("who_for"),
        FieldPanel("how_to_get"),
        FieldPanel("cost"),
        FieldPanel("body"),
    ]
    search_fields = TranslatedPage.search_fields + localized_search_fields("summary", "who_for", "how_to_get", "body")

    parent_page_types = ["resources.SupportIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("type of support")
