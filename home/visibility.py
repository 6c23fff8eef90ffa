"""Which pages readers may see: live, and under no view restriction (login, password, group).

Every listing of pages on the public site goes through here, so a private or draft page never lends its title
or address to a menu, an index or a link. The restricted paths are read once per request, from the cache that
every app server shares; saving or deleting a restriction, or moving a page, forgets them.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

CACHE_KEY = "home:restricted-page-paths"
# A safety net only: every change that can move a restriction forgets the entry at once.
CACHE_SECONDS = 10 * 60


def restricted_paths(request):
    if not hasattr(request, "_restricted_paths"):
        paths = cache.get(CACHE_KEY)
        if paths is None:
            paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
            cache.set(CACHE_KEY, paths, CACHE_SECONDS)
        request._restricted_paths = paths
    return request._restricted_paths


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def forget_restricted_paths(**kwargs):
    cache.delete(CACHE_KEY)


def open_to_readers(queryset, request):
    queryset = queryset.live()
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def is_open_to_readers(page, request):
    return page.live and not page.path.startswith(restricted_paths(request))
