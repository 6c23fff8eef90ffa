"""The admin report "To confirm": every number, hour and legal statement that an editor has not yet checked
against a public source, on the pages the reader of the report may edit and in the site settings."""

from dataclasses import dataclass

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from .models import SiteSettings, StatementToConfirm

PAGE_ACTIONS = ["add", "change", "publish"]


@dataclass(frozen=True)
class ItemToConfirm:
    place: str
    edit_url: str
    statement: str
    note: str


class ToConfirmReportView(ReportView):
    page_title = _("To confirm")
    header_icon = "warning"
    index_url_name = "to_confirm_report"
    index_results_url_name = "to_confirm_report_results"
    any_permission_required = PAGE_ACTIONS
    permission_policy = PagePermissionPolicy()
    paginate_by = 100
    columns = [
        TitleColumn("place", label=_("Where"), get_url=lambda item: item.edit_url),
        Column("statement", label=_("Statement")),
        Column("note", label=_("How to confirm it")),
    ]
    list_export = ["place", "statement", "note"]
    export_headings = {"place": _("Where"), "statement": _("Statement"), "note": _("How to confirm it")}

    def get_filename(self):
        return "to-confirm"

    def get_queryset(self):
        return [*self.settings_items(), *self.page_items()]

    def settings_items(self):
        policy = policy_registry.get_by_type(SiteSettings)
        items = []
        for site_settings in SiteSettings.objects.select_related("site").order_by("site__hostname"):
            if not policy.user_has_permission_for_instance(self.request.user, "change", site_settings.site):
                continue
            edit_url = settings_edit_url(site_settings.site)
            place = _("Site settings (%(site)s)") % {"site": site_settings.site}
            items += [ItemToConfirm(place, edit_url, *item) for item in site_settings.settings_to_confirm]
        return items

    def page_items(self):
        pages = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        statements = (
            StatementToConfirm.objects.filter(to_confirm=True, page__in=pages)
            .select_related("page")
            .order_by("page__path", "sort_order")
        )
        return [
            ItemToConfirm(
                statement.page.title,
                reverse("wagtailadmin_pages:edit", args=[statement.page_id]),
                statement.statement,
                statement.note,
            )
            for statement in statements
        ]


def settings_edit_url(site):
    app_label, model_name = SiteSettings._meta.app_label, SiteSettings._meta.model_name
    return reverse("wagtailsettings:edit", args=[app_label, model_name, site.pk])


class ToConfirmMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, PAGE_ACTIONS)


def urls():
    return [
        path("reports/to-confirm/", ToConfirmReportView.as_view(), name="to_confirm_report"),
        path(
            "reports/to-confirm/results/",
            ToConfirmReportView.as_view(results_only=True),
            name="to_confirm_report_results",
        ),
    ]


def menu_item():
    return ToConfirmMenuItem(
        _("To confirm"), reverse("to_confirm_report"), name="to-confirm", icon_name="warning", order=650
    )
