"""The page cache's generation: one number in the shared cache that every change a reader could see bumps.

Each cached page is stored with the generation it was rendered under (home.page_cache), and an entry of any
other generation is a miss. One publish therefore shows at once in every language, on every app server and at
every old address after a move, without knowing which pages it touched.

The number starts at a random value: were it lost (Redis restarted, or evicted it), it never comes back at a
value that old entries were stored under. A bump while Redis is gone is lost, so entries live only
HOTLINE_PAGE_CACHE_SECONDS.
"""

import functools
import secrets

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

GENERATION_KEY = "home:page-cache-generation"
DISPATCH_UID = "home.cache_generation"
GENERATION_ATTRIBUTE = "_hotline_cache_generation"


def start():
    """The generation, created when missing; None when the cache cannot say (then no page is stored)."""
    cache.add(GENERATION_KEY, secrets.randbits(62), timeout=None)
    return cache.get(GENERATION_KEY)


def of_request(request):
    """The generation this request is answered under: asked of the cache once per request (the page cache's own
    look-up tells it), None while the cache cannot say."""
    if not hasattr(request, GENERATION_ATTRIBUTE):
        generation = cache.get(GENERATION_KEY)
        setattr(request, GENERATION_ATTRIBUTE, start() if generation is None else generation)
    return getattr(request, GENERATION_ATTRIBUTE)


# How long a value kept under a generation (kept_in_process) lives at most: a bump lost while Redis was gone
# leaves it stale no longer than this.
KEPT_SECONDS = 300
_MISSING = object()


def process_cache():
    """This server process's own memory, the one cache not shared (config.settings.caches)."""
    return caches[settings.HOTLINE_PROCESS_CACHE]


def kept_in_process(request, key, build):
    """``build()``, kept in this server process's memory under the request's generation and built again once the
    generation has moved on: for what reader pages read or render alike whatever the request (the site and its
    settings, the restricted paths, fragments of pages). Every request asks the shared cache for the generation,
    so a change shows at once on every server; with the cache gone, built each time."""
    generation = of_request(request)
    if generation is None:
        return build()
    kept = process_cache()
    full_key = f"{generation}:{key}"
    value = kept.get(full_key, _MISSING)
    if value is _MISSING:
        value = build()
        kept.set(full_key, value, KEPT_SECONDS)
    return value


def bump():
    """Every page stored so far becomes a miss, now and once the transaction commits: a page rendered in
    between, from rows not yet committed, is not kept either."""
    _increment()
    transaction.on_commit(_increment)


def _increment():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no number yet (a Redis outage makes incr return None instead)
        start()


@functools.cache
def watched_models():
    """Models whose rows show on reader pages, or decide who may see them. Image renditions, made while pages
    render, are not among them."""
    # Imported here: these modules need the app registry, which is not ready when home.apps imports this one.
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    bases = (BaseGenericSetting, BaseSiteSetting, get_document_model(), get_image_model())
    named = [
        apps.get_model(label)
        for label in (
            "wagtailcore.Page",
            "wagtailcore.Site",
            "wagtailcore.PageViewRestriction",
            "wagtailcore.CollectionViewRestriction",
            "wagtailredirects.Redirect",
        )
    ]
    return tuple(named) + bases


def is_snippet(model):
    from wagtail.snippets.models import get_snippet_models

    return model in get_snippet_models()


def is_part_of_watched(model):
    """Rows edited on a watched object's form (a page's leaflets, the settings' opening hours): saved after
    their parent, so the parent's own save may come too early to cover them."""
    from modelcluster.fields import ParentalKey

    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, watched_models())
        for field in model._meta.fields
    )


def bump_when_watched(sender, **kwargs):
    if issubclass(sender, watched_models()) or is_snippet(sender) or is_part_of_watched(sender):
        bump()


def bump_on_signal(**kwargs):
    bump()


def connect():
    """Connects the receivers; called from home.apps once every app's models are loaded."""
    post_save.connect(bump_when_watched, dispatch_uid=f"{DISPATCH_UID}.save")
    post_delete.connect(bump_when_watched, dispatch_uid=f"{DISPATCH_UID}.delete")
    for number, signal in enumerate((page_published, page_unpublished, post_page_move, published, unpublished)):
        signal.connect(bump_on_signal, dispatch_uid=f"{DISPATCH_UID}.{number}")
    # A release runs `migrate`: pages rendered by the code before it are not served after it.
    post_migrate.connect(bump_on_signal, dispatch_uid=f"{DISPATCH_UID}.migrate")
