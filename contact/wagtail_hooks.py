from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.models import ModelLogEntry

from privacy.paths import INBOX_ROUTE

from . import views
from .inbox import urls as inbox_urls
from .inbox.audit import ACTIONS
from .models import ConsultantKey, ContactPage, ReplyCheckPage, TeamKey, Ticket
from .roles import is_consultant

PAGE_VIEWS = {ContactPage: views.serve_contact_page, ReplyCheckPage: views.serve_reply_check_page}


@hooks.register("before_serve_page", order=100)  # after Wagtail's own check of private pages (order 0)
def serve_contact_pages(page, request, serve_args, serve_kwargs):
    view = PAGE_VIEWS.get(type(page))
    return view(page, request) if view else None


@hooks.register("register_admin_urls")
def register_inbox_urls():
    return [path(INBOX_ROUTE, include(inbox_urls))]


class InboxMenuItem(MenuItem):
    """Shown to consultants only; the label carries the number of new tickets, nothing else."""

    def is_shown(self, request):
        return is_consultant(request.user)

    def render_component(self, request):
        new = Ticket.objects.filter(status=Ticket.Status.NEW).count()
        label = f"{self.label} ({new})" if new else self.label
        return LinkMenuItemComponent(self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs)


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return InboxMenuItem(_("Hotline inbox"), reverse("contact_inbox:index"), icon_name="mail", order=150)


class NewTicketsPanel(Component):
    name = "hotline_new_tickets"
    order = 50

    def __init__(self, count):
        self.count = count

    def render_html(self, parent_context=None):
        return format_html(
            '<section class="panel summary nice-padding"><h2 class="visuallyhidden">{}</h2>'
            '<p><a href="{}">{}: <strong>{}</strong></a></p></section>',
            _("Hotline inbox"),
            reverse("contact_inbox:index") + "?status=new",
            _("New requests"),
            self.count,
        )


@hooks.register("construct_homepage_panels")
def add_new_tickets_panel(request, panels):
    if is_consultant(request.user):
        panels.append(NewTicketsPanel(Ticket.objects.filter(status=Ticket.Status.NEW).count()))


@hooks.register("register_log_actions")
def register_inbox_log_actions(actions):
    actions.register_model(Ticket, ModelLogEntry)
    actions.register_model(ConsultantKey, ModelLogEntry)
    actions.register_model(TeamKey, ModelLogEntry)
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)
