"""Builds the demo site: pages in every language, site settings, leaflets and, for development, accounts.

Idempotent: what already exists (a page with the same Serbian slug under the same parent, a document with
the same title, an account with the same name) is left as it is, so a second run changes nothing and never
overwrites an editor's work.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from modeltranslation.utils import build_localized_fieldname
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission, Page, Site

from home.demo_content import DOCUMENTS, PAGES, SITE_SETTINGS
from home.models import HomePage, SiteSettings

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
DEMO_ACCOUNTS = [
    # username, password, superuser, group
    ("admin", "demo-admin-password", True, None),
    ("editor", "demo-editor-password", False, "Editors"),
]


def set_translated(instance, field_name, value):
    """Assign a plain value, or {language: value} to the per-language copies of a translated field."""
    if isinstance(value, dict):
        for language, text in value.items():
            setattr(instance, build_localized_fieldname(field_name, language), text)
        if DEFAULT_LANGUAGE in value:
            # The untranslated column is what Wagtail itself reads (admin listings, revisions).
            instance.__dict__[field_name] = value[DEFAULT_LANGUAGE]
    else:
        setattr(instance, field_name, value)


def raw_stream(blocks, page_ids, document_ids):
    """Turn (block type, value) pairs into StreamField JSON, resolving page and document keys to ids.

    A link to a page not made yet is left out; the second pass of create_pages puts it in.
    """
    stream = []
    for block_type, value in blocks:
        if block_type == "call_to_action":
            if value["page"] not in page_ids:
                continue
            value = {**value, "page": page_ids[value["page"]]}
        elif block_type == "document":
            value = {**value, "document": document_ids[value["document"]]}
        stream.append({"type": block_type, "value": value})
    return stream


class Command(BaseCommand):
    help = "Create the demo pages, settings and leaflets (and with --accounts, development accounts)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts", action="store_true", help="Also create the demo administrator and editor (DEBUG only)."
        )

    @transaction.atomic
    def handle(self, *args, **options):
        if options["accounts"] and not settings.DEBUG:
            raise CommandError("Demo accounts have well-known passwords: they are created only when DEBUG is on.")
        document_ids = self.create_documents()
        home, home_created = self.create_home(document_ids)
        page_ids = self.create_pages(home, home_created, document_ids)
        self.create_site_settings(home)
        self.let_editors_publish(home)
        if options["accounts"]:
            self.create_accounts()
        call_command("update_index", verbosity=0)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready: {len(page_ids)} pages."))

    def create_documents(self):
        Document = get_document_model()
        ids = {}
        for key, spec in DOCUMENTS.items():
            document = Document.objects.filter(title=spec["title"]).first()
            if document is None:
                document = Document(title=spec["title"])
                document.file.save(spec["filename"], ContentFile(spec["text"].encode()), save=False)
                document.save()
            ids[key] = document.pk
        return ids

    def create_home(self, document_ids):
        """Replace Wagtail's welcome page by the home page and make it the default site's root."""
        home = HomePage.objects.first()
        created = home is None
        if created:
            root = Page.get_first_root_node()
            welcome = root.get_children().filter(content_type__model="page").first()
            if welcome is not None:
                # Deleting a site's root page deletes the site: move the site off it first.
                Site.objects.filter(root_page=welcome).update(root_page=root)
                welcome.delete()
            home = HomePage()
            self.fill(home, PAGES[0])
            self.fill_body(home, PAGES[0], {}, document_ids)
            root.add_child(instance=home)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port, site.root_page = site.hostname or "localhost", site.port or 80, home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()
        return home, created

    def fill(self, page, spec):
        set_translated(page, "title", spec["title"])
        set_translated(page, "slug", spec["slug"])
        page.show_in_menus = spec.get("show_in_menus", False)
        for field_name, value in spec.get("fields", {}).items():
            if field_name == "last_reviewed":
                value = datetime.date.fromisoformat(value)
            set_translated(page, field_name, value)

    def create_pages(self, home, home_created, document_ids):
        pages = {PAGES[0]["key"]: home}
        created = {PAGES[0]["key"]} if home_created else set()
        for spec in PAGES[1:]:
            parent = pages[spec["parent"]]
            model = apps.get_model(spec["type"])
            slug_field = build_localized_fieldname("slug", DEFAULT_LANGUAGE)
            existing = model.objects.child_of(parent).filter(**{slug_field: spec["slug"][DEFAULT_LANGUAGE]}).first()
            if existing is not None:
                pages[spec["key"]] = existing
                continue
            page = model()
            self.fill(page, spec)
            for leaflet in spec.get("leaflets", []):
                page.leaflets.add(
                    page.leaflets.model(document_id=document_ids[leaflet["document"]], language=leaflet["language"])
                )
            self.fill_body(page, spec, {key: made.pk for key, made in pages.items()}, document_ids)
            parent.add_child(instance=page)
            pages[spec["key"]] = page
            created.add(spec["key"])

        page_ids = {key: page.pk for key, page in pages.items()}
        for spec in PAGES:
            if spec["key"] not in created:
                continue
            page = pages[spec["key"]]
            self.fill_body(page, spec, page_ids, document_ids)
            page.save_revision().publish()
        return page_ids

    def fill_body(self, page, spec, page_ids, document_ids):
        if "body" in spec:
            streams = {
                language: raw_stream(blocks, page_ids, document_ids) for language, blocks in spec["body"].items()
            }
            set_translated(page, "body", streams)

    def create_site_settings(self, home):
        site_settings = SiteSettings.for_site(home.get_site())
        if site_settings.organisation_name:
            return
        for field_name, value in SITE_SETTINGS.items():
            set_translated(site_settings, field_name, value)
        site_settings.save()

    def let_editors_publish(self, home):
        """Wagtail's Editors may only submit for moderation; a small team's editors publish themselves."""
        editors = Group.objects.filter(name="Editors").first()
        if editors is None:
            return
        publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
        GroupPagePermission.objects.get_or_create(group=editors, page=home, permission=publish)

    def create_accounts(self):
        User = get_user_model()
        for username, password, is_superuser, group_name in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"is_superuser": is_superuser, "is_staff": is_superuser, "email": f"{username}@example.org"},
            )
            if created:
                user.set_password(password)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"  demo account: {username} / {password}")
