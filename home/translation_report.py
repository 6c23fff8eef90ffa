"""The admin report "Translations": every page the reader of the report may edit, in every language editors
write in, translated, outdated or falling back to another language (home.translation_state), each cell a link
to the page editor opened on that language. Outdated translations can be confirmed as still correct here."""

from dataclasses import dataclass

import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import translation_records, translation_state
from .reports import PAGE_ACTIONS
from .translation_editing import editor_url, language_name, state_label, still_correct_url
from .translation_state import State, languages_with_text

# The report's state filter: "not translated" gathers the states in which readers get another language.
STATE_CHOICES = [
    ("translated", _("Translated and up to date")),
    ("outdated", _("Outdated")),
    ("not-translated", _("Not translated")),
]
STATES_OF_CHOICE = {
    "translated": {State.TRANSLATED},
    "outdated": {State.OUTDATED},
    "not-translated": {State.FALLS_BACK, State.INCOMPLETE},
}


@dataclass(frozen=True)
class PageTranslations:
    page: Page  # its content as editors see it: the latest revision
    states: dict  # {language: home.translation_state.LanguageState}

    @property
    def title(self):
        return self.page.get_admin_display_title()

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


class TranslationStateColumn(Column):
    cell_template_name = "home/translations/state_cell.html"

    def __init__(self, language):
        super().__init__(language, label=language_name(language))
        self.language = language

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        language_state = instance.states[self.language]
        context.update(
            language_state=language_state,
            label=state_label(language_state),
            editor_url=editor_url(instance.page.pk, self.language),
            still_correct_url=still_correct_url(instance.page.pk, self.language, request.get_full_path())
            if language_state.state == State.OUTDATED
            else None,
        )
        return context


class TranslationFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=lambda: [(code, language_name(code)) for code in languages_with_text()],
        empty_label=_("Any language"),
    )
    state = django_filters.ChoiceFilter(label=_("State"), choices=STATE_CHOICES, empty_label=_("Any state"))


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    any_permission_required = PAGE_ACTIONS
    permission_policy = PagePermissionPolicy()
    filterset_class = TranslationFilterSet
    paginate_by = 100

    @property
    def columns(self):
        page_column = TitleColumn("title", label=_("Page"), get_url=lambda row: row.edit_url)
        return [page_column, *(TranslationStateColumn(code) for code in languages_with_text())]

    def get_filterset_kwargs(self):
        # The rows are built in Python; the filters read only the form (filter_queryset).
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    def get_queryset(self):
        pages = list(
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(depth__gt=1)
            .order_by("path")
            .specific()
        )
        records = translation_records.records_by_page([page.pk for page in pages])
        rows = []
        for page in pages:
            content = page.get_latest_revision_as_object()
            rows.append(PageTranslations(content, translation_state.states(content, records)))
        return rows

    def filter_queryset(self, rows):
        if not (self.filters and self.filters.is_valid() and self.filters.form.cleaned_data.get("state")):
            return rows
        chosen = self.filters.form.cleaned_data
        languages = [chosen["language"]] if chosen.get("language") else languages_with_text()
        wanted = STATES_OF_CHOICE[chosen["state"]]
        return [row for row in rows if any(row.states[code].state in wanted for code in languages)]


class StillCorrectView(WagtailAdminTemplateMixin, TemplateView):
    """Confirms that a translation says what its changed source says: records the source as it is now."""

    template_name = "home/translations/still_correct.html"
    page_title = _("Still correct?")
    header_icon = "globe"

    def dispatch(self, request, page_id, language):
        page = get_object_or_404(Page, pk=page_id)
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.page = page.get_latest_revision_as_object()
        if language not in translation_records.translated_languages(self.page):
            raise Http404
        self.language = language
        self.next_url = get_valid_next_url_from_request(request) or reverse("translation_report")
        return super().dispatch(request)

    def get_context_data(self, **kwargs):
        language_state = translation_state.states(self.page)[self.language]
        return super().get_context_data(
            page_title_text=self.page.get_admin_display_title(),
            language_state=language_state,
            label=state_label(language_state),
            language_name=language_name(self.language),
            editor_url=editor_url(self.page.pk, self.language),
            next_url=self.next_url,
            **kwargs,
        )

    def post(self, request):
        translation_records.record_translation(self.page, self.language)
        messages.success(
            request,
            _("The %(language)s text of “%(page)s” is marked as still correct.")
            % {"language": language_name(self.language), "page": self.page.get_admin_display_title()},
        )
        return redirect(self.next_url)


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, PAGE_ACTIONS)


def urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
        path(
            "reports/translations/<int:page_id>/<str:language>/still-correct/",
            StillCorrectView.as_view(),
            name="translation_still_correct",
        ),
    ]


def menu_item():
    return TranslationsMenuItem(
        _("Translations"), reverse("translation_report"), name="translations", icon_name="globe", order=660
    )
