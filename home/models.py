from http import HTTPMethod

from django.conf import settings
from django.db import models
from django.utils.dates import WEEKDAYS
from django.utils.functional import cached_property
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from . import cache_generation, previews, seo, slugs
from .blocks import BodyStreamBlock
from .editor.forms import TranslatedPageForm, TranslatedSettingsForm
from .translation_editing import TranslationStatePanel
from .translation_state import is_translated, shown_language


def localized_search_fields(*field_names, boost=None):
    """Index every language's copy of a translated field, so a word in any language finds the page."""
    return [
        index.SearchField(build_localized_fieldname(name, code), boost=boost)
        for name in field_names
        for code, _name in settings.LANGUAGES
    ]


def localized_autocomplete_fields(field_name):
    """The admin's page search completes words (autocomplete): of every language's copy, not only the base one."""
    return [index.AutocompleteField(build_localized_fieldname(field_name, code)) for code, _name in settings.LANGUAGES]


class TranslatedPage(Page):
    """A page whose content may be missing in some languages (home.translation_state)."""

    # Read only: anything else is refused with 405 before anything renders, and OPTIONS names only these
    # (Wagtail's check_request_method; Wagtail's own default is every method there is).
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]
    # Whether search engines are asked to index the page and find it in the sitemap (home.seo).
    indexed_by_search_engines = True
    # Labels with each language's own name, inputs marked with their language (home.editor).
    base_form_class = TranslatedPageForm
    content_panels = [TranslationStatePanel(), *Page.content_panels]
    settings_panels = Page.settings_panels + [
        InlinePanel(
            "statements_to_confirm",
            heading=_("To confirm"),
            label=_("Statement to confirm"),
            help_text=_("Numbers, hours and legal statements on this page that still need checking."),
        )
    ]
    promote_panels = [
        MultiFieldPanel(
            [*slugs.slug_panels(), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
    ]
    search_fields = (
        Page.search_fields + localized_search_fields("title", boost=2) + localized_autocomplete_fields("title")
    )

    class Meta:
        abstract = True

    @property
    def preview_modes(self):
        return previews.preview_modes()

    @property
    def default_preview_mode(self):
        return previews.default_preview_mode()

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """The preview of one language, made as a request for the page's address in that language."""
        with override(previews.preview_language(preview_mode)):
            return super().make_preview_request(original_request, preview_mode, extra_request_attrs)

    def is_translated_into(self, language_code):
        return is_translated(self, language_code)

    @property
    def content_language(self):
        return shown_language(self, get_language())

    @property
    def is_fallback(self):
        return self.content_language != get_language()

    def get_sitemap_urls(self, request=None):
        """Every language the page is translated into, not only the active one (Wagtail's own)."""
        return seo.sitemap_entries(self, request)

    def serve_password_required_response(self, request, form, action_url):
        """Wagtail's password form, which does not use our templates, is no search result either."""
        response = super().serve_password_required_response(request, form, action_url)
        response["X-Robots-Tag"] = "noindex"
        return response

    def full_clean(self, *args, **kwargs):
        slugs.transliterate_slugs(self)
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if slugs.transliterate_slugs(self) and self.pk:
            # A slug set in code rather than in the editor: its addresses were derived before it was cleaned.
            self.set_url_path(self.get_parent())
        self.fill_missing_slugs()
        return super().save(*args, **kwargs)

    def save_base(self, *args, **kwargs):
        """Writes the untranslated columns (title, slug, intro...) in the default language, whatever the
        editor's: modeltranslation fills them from the language active when the page is saved."""
        with override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            return super().save_base(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        """The draft title, which the admin's page listings show, and the revision's name in the default
        language."""
        with override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            return super().save_revision(*args, **kwargs)

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

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class StatementToConfirm(Orderable):
    """A fact on a page (a number, an hour, a legal rule) that an editor must check against a public source.

    Listed in the admin report "To confirm" until someone confirms it; readers never see it.
    """

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="statements_to_confirm")
    statement = models.CharField(_("statement"), max_length=300, help_text=_("What the page says, in short."))
    note = models.TextField(_("how to confirm it"), blank=True, max_length=600)
    to_confirm = models.BooleanField(
        _("to confirm"), default=True, help_text=_("Untick once the statement has been checked against its source.")
    )

    panels = [FieldPanel("statement"), FieldPanel("note"), FieldPanel("to_confirm")]

    class Meta(Orderable.Meta):
        verbose_name = _("statement to confirm")
        verbose_name_plural = _("statements to confirm")

    def __str__(self):
        return self.statement


class TranslationSource(models.Model):
    """What a page's text in one language was translated from, as it was then (home.translation_records).

    Kept outside the page's revisions: confirming a translation is no edit of the page.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_sources")
    language = models.CharField(max_length=10)
    source_language = models.CharField(max_length=10)
    # Hashes of the source language's text and of this language's own (home.translation_state.text_hash): a
    # change of its own text is a new translation, a change of the source's alone makes it outdated.
    source_hash = models.CharField(max_length=64)
    text_hash = models.CharField(max_length=64)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="one_translation_source")]

    def __str__(self):
        return f"{self.page_id} {self.language} ← {self.source_language}"


class PhoneReach(models.TextChoices):
    """From where a number can be called, and what it costs: shown beside the number in every language."""

    FREE_FROM_SERBIAN_LANDLINES = "free-serbian-landlines", _("Free of charge, from landlines in Serbia only")
    ANY_PHONE_NORMAL_RATE = "any-phone", _("From any phone, also from abroad, at your usual rate")
    FREE_FROM_ANY_PHONE_IN_SERBIA = "free-any-phone-serbia", _("Free of charge from any phone in Serbia")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    # Labels with each language's own name, inputs marked with their language, as in the page editor.
    base_form_class = TranslatedSettingsForm

    organisation_name = models.CharField(_("organisation name"), max_length=120)
    hotline_name = models.CharField(_("hotline name"), max_length=120)
    primary_phone = models.CharField(
        _("main hotline number"), max_length=30, help_text=_("As dialled from abroad, e.g. +381 11 785 0000")
    )
    primary_phone_reach = models.CharField(
        _("who can call the main number, and at what cost"),
        max_length=30,
        choices=PhoneReach.choices,
        default=PhoneReach.ANY_PHONE_NORMAL_RATE,
    )
    primary_phone_note = models.CharField(_("note on the main number"), max_length=160, blank=True)
    secondary_phone = models.CharField(_("second number"), max_length=30, blank=True)
    secondary_phone_reach = models.CharField(
        _("who can call the second number, and at what cost"),
        max_length=30,
        choices=PhoneReach.choices,
        default=PhoneReach.FREE_FROM_SERBIAN_LANDLINES,
    )
    secondary_phone_note = models.CharField(_("note on the second number"), max_length=160, blank=True)
    phones_to_confirm = models.BooleanField(_("numbers and costs to confirm"), default=True)
    phones_confirmation_note = models.TextField(_("how to confirm the numbers"), blank=True, max_length=600)
    outside_hours = models.TextField(
        _("outside opening hours"),
        max_length=600,
        help_text=_("What to do when the hotline is closed: whom to call in danger, writing, leaving a message."),
    )
    hours_to_confirm = models.BooleanField(_("opening hours to confirm"), default=True)
    hours_confirmation_note = models.TextField(_("how to confirm the opening hours"), blank=True, max_length=600)
    police_number = models.CharField(_("police"), max_length=20, default="192")
    ambulance_number = models.CharField(_("ambulance"), max_length=20, default="194")
    fire_number = models.CharField(_("fire brigade"), max_length=20, default="193")
    emergency_number = models.CharField(
        _("general emergency number"),
        max_length=20,
        default="112",
        help_text=_("Works in Serbia and in every country of the European Union."),
    )
    emergency_numbers_to_confirm = models.BooleanField(_("emergency numbers to confirm"), default=True)
    emergency_numbers_confirmation_note = models.TextField(
        _("how to confirm the emergency numbers"), blank=True, max_length=600
    )
    without_consent = models.TextField(
        _("what the hotline does without consent"),
        blank=True,
        max_length=400,
        help_text=_(
            "One sentence beside the contact form's question about sharing: when the hotline acts without the "
            "person's consent (a child in danger, a threat to life). Empty: a general sentence is shown."
        ),
    )
    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default="https://www.wikipedia.org/",
        help_text=_("A neutral site that the quick exit button opens instead of this one."),
    )
    footer_text = models.TextField(_("footer text"), blank=True, max_length=600)
    site_description = models.TextField(
        _("site description"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences that search engines show for pages without a description of their own."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("hotline_name"),
        MultiFieldPanel(
            [
                FieldPanel("primary_phone"),
                FieldPanel("primary_phone_reach"),
                FieldPanel("primary_phone_note"),
                FieldPanel("secondary_phone"),
                FieldPanel("secondary_phone_reach"),
                FieldPanel("secondary_phone_note"),
                FieldPanel("phones_to_confirm"),
                FieldPanel("phones_confirmation_note"),
            ],
            heading=_("Hotline numbers"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("opening_periods", label=_("Opening hours")),
                FieldPanel("outside_hours"),
                FieldPanel("hours_to_confirm"),
                FieldPanel("hours_confirmation_note"),
            ],
            heading=_("Opening hours"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("police_number"),
                FieldPanel("ambulance_number"),
                FieldPanel("fire_number"),
                FieldPanel("emergency_number"),
                FieldPanel("emergency_numbers_to_confirm"),
                FieldPanel("emergency_numbers_confirmation_note"),
            ],
            heading=_("Emergency numbers"),
        ),
        FieldPanel("without_consent"),
        FieldPanel("quick_exit_url"),
        FieldPanel("footer_text"),
        FieldPanel("site_description"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """Wagtail's, but the settings and their opening hours are kept in the process under the page cache's
        generation (home.cache_generation), which any save of them bumps: two queries fewer on every page. The
        admin's settings form reads them with for_site, from the database."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            site_settings = cache_generation.kept_in_process(
                request, f"site-settings:{site.pk}", lambda: cls.for_site(site).with_opening_hours()
            )
            site_settings._request = request  # as Wagtail's: page URLs of the settings resolve for this request
            setattr(request, attr_name, site_settings)
        return getattr(request, attr_name)

    def with_opening_hours(self):
        self.opening_hours  # read now, so that the cache keeps them with the settings
        return self

    @property
    def phones(self):
        """The hotline numbers with who can call them, their notes and dialable tel: targets."""
        rows = [
            (self.primary_phone, self.primary_phone_reach, self.primary_phone_note),
            (self.secondary_phone, self.secondary_phone_reach, self.secondary_phone_note),
        ]
        return [
            {"number": number, "reach": PhoneReach(reach).label, "note": note, "tel": dialable(number)}
            for number, reach, note in rows
            if number
        ]

    @property
    def emergency_numbers(self):
        """The public emergency services, each with a dialable tel: target."""
        rows = [
            (_("Police"), self.police_number),
            (_("Ambulance"), self.ambulance_number),
            (_("Fire brigade"), self.fire_number),
            (_("Any emergency"), self.emergency_number),
        ]
        return [{"name": name, "number": number, "tel": dialable(number)} for name, number in rows if number]

    @cached_property
    def opening_hours(self):
        """The opening periods, read once per request however often the hotline numbers are shown."""
        return list(self.opening_periods.all())

    @property
    def emergency_number_tel(self):
        return dialable(self.emergency_number)

    @property
    def settings_to_confirm(self):
        """(what, how to confirm it) for each group of settings not confirmed yet."""
        groups = [
            (self.phones_to_confirm, _("Hotline numbers, and who can call each at what cost"), "phones"),
            (self.hours_to_confirm, _("Opening hours and what to do outside them"), "hours"),
            (self.emergency_numbers_to_confirm, _("Emergency numbers"), "emergency_numbers"),
        ]
        return [
            (statement, getattr(self, f"{prefix}_confirmation_note"))
            for flagged, statement, prefix in groups
            if flagged
        ]


def dialable(number):
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


class OpeningPeriod(Orderable):
    """Days and hours when the hotline answers: from one weekday to another (the same one for a single day)."""

    site_settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="opening_periods")
    first_day = models.PositiveSmallIntegerField(_("from"), choices=WEEKDAYS)
    last_day = models.PositiveSmallIntegerField(_("to"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens at"))
    closes = models.TimeField(_("closes at"))

    panels = [FieldPanel("first_day"), FieldPanel("last_day"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("opening period")
        verbose_name_plural = _("opening hours")

    def __str__(self):
        return f"{WEEKDAYS[self.first_day]}–{WEEKDAYS[self.last_day]} {self.opens:%H:%M}–{self.closes:%H:%M}"
