"""The site's root paths in every language, read from the cache in one round trip per request.

wagtail-modeltranslation keeps one copy of the root paths per language in the cache
("wagtail_site_root_paths_<language>", deleted by its own signal handlers when a site or a site's root page
changes), but remembers only one language's copy on the request: a page that links to itself in five languages
(language links, alternates) asked Redis for them again at each switch, 16 times per article. Here the request
keeps every language's copy, all read with one get_many; a language missing from the cache is built and stored
by wagtail-modeltranslation's own function, as before. On a reader's request, they are kept in the process under
the page cache's generation, which saving a site or a page bumps: no round trip at all.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language, override

from wagtail.models import Page
from wagtail.models.sites import SiteRootPath
from wagtail_modeltranslation import patch_wagtailadmin

from . import cache_generation

CACHE_KEY = "wagtail_site_root_paths_{}"
HOLDER_ATTRIBUTE = "_hotline_site_root_paths"


def _read_all_languages():
    codes = [code for code, _name in settings.LANGUAGES]
    stored = cache.get_many([CACHE_KEY.format(code) for code in codes])
    by_language = {}
    for code in codes:
        result = stored.get(CACHE_KEY.format(code))
        if result is None:
            with override(code):
                by_language[code] = patch_wagtailadmin._localized_site_get_site_root_paths()
        else:
            by_language[code] = [SiteRootPath(*root_path) for root_path in result]
    return by_language


def site_root_paths(self, request=None):
    """Page._get_site_root_paths for the active language, every language's copy kept on the request (or, without
    one, on the page)."""
    language = get_language()
    holder = request if request is not None else self
    by_language = getattr(holder, HOLDER_ATTRIBUTE, None)
    if by_language is None:
        by_language = (
            _read_all_languages()
            if request is None
            else cache_generation.kept_in_process(request, "site-root-paths", _read_all_languages)
        )
        setattr(holder, HOLDER_ATTRIBUTE, by_language)
    if language not in by_language:  # a language of Django's that is not one of the site's
        by_language[language] = patch_wagtailadmin._localized_site_get_site_root_paths()
    # What Wagtail's own code reads on the request (the redirects' signal handlers, the admin's chooser).
    holder._wagtail_cached_site_root_paths_language = language
    holder._wagtail_cached_site_root_paths = by_language[language]
    return by_language[language]


def install():
    """Replace wagtail-modeltranslation's per-request copy (set on every page model by its ready()) by this one."""
    patched = patch_wagtailadmin._new_get_site_root_paths
    models = [Page, *subclasses(Page)]
    for model in models:
        if model.__dict__.get("_get_site_root_paths") is patched:
            model._get_site_root_paths = site_root_paths


def subclasses(model):
    for subclass in model.__subclasses__():
        yield subclass
        yield from subclasses(subclass)
