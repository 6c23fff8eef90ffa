"""Writes the demo content of demo/content/ into the database: documents, pages and the site settings.

New objects are made with everything their file says. In existing ones tracking.py decides which fields may
change: those still holding what the loader wrote before, never an editor's.
"""

from functools import partial

from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from modeltranslation.utils import build_localized_fieldname
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from home import translation_records
from home.models import SiteSettings

from . import data_files, tracking
from .data_files import DemoContentError
from .fields import LEAFLETS, comparable, comparable_values, current_value, model_field, write

DEFAULT_SLUG = build_localized_fieldname("slug", settings.MODELTRANSLATION_DEFAULT_LANGUAGE)


class Loader:
    def __init__(self):
        self.page_ids = {}
        self.document_ids = {}
        self.updated = []  # data files whose new text reached an existing object

    def load(self):
        """Loads everything and returns the home page."""
        for entry in data_files.documents():
            self.load_document(entry)
        pages = data_files.pages()
        created = {entry.source for entry in pages if self.place_page(entry)}
        for entry in pages:
            self.update_page(entry, is_new=entry.source in created)
        home = Page.objects.get(pk=self.page_ids[pages[0].key]).specific
        self.load_site_settings(data_files.site_settings(), point_default_site_at(home))
        return home

    def load_document(self, entry):
        Document = get_document_model()
        wanted = {"title": entry.value_of("title"), "text": entry.value_of("text")}
        document = recorded(Document, entry) or Document.objects.filter(title=wanted["title"]).first()
        if document is None:
            document = Document(title=wanted["title"])
            write_file(document, entry)
            document.save()
            tracking.record_new(entry.source, document.pk, wanted)
        else:
            current = {"title": document.title, "text": file_text(document)}
            names = tracking.fields_to_write(entry.source, document.pk, current, wanted)
            if "title" in names:
                document.title = wanted["title"]
            if "text" in names:
                write_file(document, entry)
            if names:
                document.save()
                self.updated.append(entry.source)
        self.document_ids[entry.key] = document.pk

    def place_page(self, entry):
        """Finds the page a file describes, or makes it; returns whether it was made.

        A new page leaves out links to pages not made yet: update_page puts them in.
        """
        model = apps.get_model(entry.placement["type"])
        if "parent" in entry.placement:
            parent = Page.objects.get(pk=lookup(self.page_ids, entry.placement["parent"], "page", entry))
        else:
            parent = Page.get_first_root_node()
        page = existing_page(model, parent, entry)
        is_new = page is None
        if is_new:
            page = model()
            values = self.model_values(entry, model, complete=False)
            for value, model_value in values:
                write(page, value, model_value)
            if parent.is_root():
                remove_welcome_page(parent)
            parent.add_child(instance=page)
            tracking.record_new(entry.source, page.pk, comparable_values(model, values))
        self.page_ids[entry.key] = page.pk
        return is_new

    def update_page(self, entry, is_new):
        model = apps.get_model(entry.placement["type"])
        page = model.objects.get(pk=self.page_ids[entry.key])
        if page.has_unpublished_changes:
            return  # an editor's draft: theirs to publish
        if not is_new:
            translation_records.keep_baseline(page)
        names = self.update(entry, page, self.model_values(entry, model, complete=True))
        if names or is_new:
            revision = page.save_revision()
            if page.live:
                revision.publish()
            translation_records.record_written_translations(page)
        if names and not is_new:
            self.updated.append(entry.source)

    def load_site_settings(self, entry, site):
        values = self.model_values(entry, SiteSettings, complete=True)
        site_settings = SiteSettings.objects.filter(site=site).first()
        if site_settings is None:
            site_settings = SiteSettings(site=site)
            for value, model_value in values:
                write(site_settings, value, model_value)
            site_settings.save()
            tracking.record_new(entry.source, site_settings.pk, comparable_values(SiteSettings, values))
        elif self.update(entry, site_settings, values):
            site_settings.save()
            self.updated.append(entry.source)

    def update(self, entry, instance, values):
        """Writes into an existing object the values tracking allows; returns the attributes written."""
        model = type(instance)
        wanted = comparable_values(model, values)
        current = {name: comparable(model, name, current_value(instance, name)) for name in wanted}
        names = tracking.fields_to_write(entry.source, instance.pk, current, wanted)
        for value, model_value in values:
            if value.attribute in names:
                write(instance, value, model_value)
        return names

    def model_values(self, entry, model, *, complete):
        """(value, what the model field takes) for every value of a file, with page and document keys made ids."""
        values = []
        for value in entry.values:
            if value.attribute == LEAFLETS:
                model_value = [
                    {**row, "document": lookup(self.document_ids, row["document"], "document", entry)}
                    for row in value.value
                ]
            elif isinstance(model_field(model, value.attribute, entry), StreamField):
                model_value = self.stream(value.value, entry, complete)
            else:
                model_value = value.value
            values.append((value, model_value))
        return values

    def stream(self, blocks, entry, complete):
        """StreamField data from a file's blocks. Until every page exists (complete), a link to a page not made
        yet is left out."""
        stream = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "call_to_action":
                if not complete and value["page"] not in self.page_ids:
                    continue
                value = {**value, "page": lookup(self.page_ids, value["page"], "page", entry)}
            elif block["type"] == "document":
                value = {**value, "document": lookup(self.document_ids, value["document"], "document", entry)}
            stream.append({"type": block["type"], "value": value})
        return stream


def lookup(ids, key, kind, entry):
    try:
        return ids[key]
    except KeyError:
        raise DemoContentError(f"{entry.source}: there is no {kind} {key!r}") from None


def existing_page(model, parent, entry):
    """The page recorded for this file, or else one of its type under the same parent with its Serbian slug."""
    same_slug = model.objects.child_of(parent).filter(**{DEFAULT_SLUG: entry.value_of(DEFAULT_SLUG)})
    return recorded(model, entry) or same_slug.first()


def recorded(model, entry):
    object_id = tracking.recorded_object_id(entry.source)
    return model.objects.filter(pk=object_id).first() if object_id else None


def file_text(document):
    with document.file.open("rb") as file:
        return file.read().decode()


def write_file(document, entry):
    replaced = document.file.name
    document.file.save(entry.value_of("filename"), ContentFile(entry.value_of("text").encode()), save=False)
    if replaced:
        # Once the database points at the new file: a run that fails rolls back to the old one.
        transaction.on_commit(partial(document.file.storage.delete, replaced))


def remove_welcome_page(root):
    """A new Wagtail database starts with a welcome page where the home page goes."""
    for welcome in root.get_children().filter(content_type__model="page"):
        # Deleting a site's root page deletes the site: move the site off it first.
        Site.objects.filter(root_page=welcome).update(root_page=root)
        welcome.delete()


def point_default_site_at(home):
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = site.hostname or "localhost", site.port or 80, home
    site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
    site.save()
    return site
