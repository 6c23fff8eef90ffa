import pytest

from django.conf import settings
from django.core.management import call_command
from django.utils.translation import override

from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGE_MODELS = [HomePage, StandardPage, ResourceIndexPage, ResourcePage, SupportIndexPage, SupportTypePage]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site; tests that change it run in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    from django.core.cache import cache

    cache.clear()


def page_url(page, language):
    with override(language):
        return page.get_url()


def one_page_of_each_type():
    return {model.__name__: model.objects.live().order_by("path").first() for model in PAGE_MODELS}
