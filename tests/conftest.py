import importlib
import io
import logging

import pytest

from django.apps import apps as django_apps
from django.conf import settings
from django.utils.translation import override

from wagtail.models import Collection, Locale, Page

from config.settings.caches import local_memory_caches
from contact.models import ContactPage, ReplyCheckPage
from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage

from .builders import build_site

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Pages for readers; with the contact pages, every public page: none sets a cookie (privacy.csrf).
PAGE_MODELS = [HomePage, StandardPage, ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage]
PUBLIC_PAGE_MODELS = [*PAGE_MODELS, ContactPage, ReplyCheckPage]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the site of tests/builders.py; tests that change it run in a rolled-back
    transaction."""
    with django_db_blocker.unblock():
        build_site()


def empty_cache(cache):
    """Delete this cache's own entries. On Redis, clear() is FLUSHDB: it would empty the whole database, whoever
    else keeps entries there; django-redis deletes by pattern under the cache's key prefix."""
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()


@pytest.fixture(autouse=True)
def _empty_caches():
    from django.core.cache import caches

    for alias in settings.CACHES:
        empty_cache(caches[alias])


@pytest.fixture
def caches_in_memory(settings):
    """For tests that move the clock (time.time): a Redis server keeps its own time, memory does not."""
    settings.CACHES = local_memory_caches()


def page_url(page, language):
    with override(language):
        return page.get_url()


def one_page_of_each_type(models=PUBLIC_PAGE_MODELS):
    return {model.__name__: model.objects.live().order_by("path").first() for model in models}


def first_page_not_translated_into(language, model):
    return next(page for page in model.objects.live().order_by("path") if not page.is_translated_into(language))


@pytest.fixture
def team_key(db):
    """A team key whose private half the test keeps, to read what the form stored."""
    from contact import keyring

    escrow, escrow_private = keyring.create_escrow_key()
    record, record.private_key = keyring.create_team_key(escrow)
    record.escrow_private_key = escrow_private
    return record


@pytest.fixture
def log_output():
    """What the configured log handlers write, with their own filters and formats."""
    stream = io.StringIO()
    handlers = {
        handler for name in ("", "django.request", "django.security") for handler in logging.getLogger(name).handlers
    }
    originals = [
        (handler, handler.setStream(stream)) for handler in handlers if isinstance(handler, logging.StreamHandler)
    ]
    assert originals, "no console handler is configured"
    yield stream
    for handler, original in originals:
        handler.setStream(original)


def restore_wagtail_base_data():
    """What the data migrations create (locale, page tree root, collection root, the consultants' group),
    which a flush removes."""
    importlib.import_module("contact.migrations.0002_hotline_consultants_group").create_group(django_apps, None)
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root"))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")


@pytest.fixture
def committed_site(transactional_db):
    """The test site for transactional tests (a live server, pg_dump). Each of them ends by emptying the
    database, so the next one builds the site again."""
    if not HomePage.objects.exists():
        with override(settings.LANGUAGE_CODE):
            restore_wagtail_base_data()
            build_site()
