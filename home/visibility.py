"""Which pages readers may see: live, and under no view restriction (login, password, group).

Every listing of pages on the public site goes through here, so a private or draft page never lends its title
or address to a menu, an index or a link.
"""

from wagtail.models import PageViewRestriction

from . import cache_generation


def _read_restricted_paths():
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def restricted_paths(request):
    """The paths of pages under a view restriction, kept in the process under the page cache's generation, which
    saving or deleting a restriction and moving a page bump."""
    if not hasattr(request, "_restricted_paths"):
        request._restricted_paths = cache_generation.kept_in_process(
            request, "restricted-paths", _read_restricted_paths
        )
    return request._restricted_paths


def open_to_readers(queryset, request):
    queryset = queryset.live()
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def is_restricted(page, request):
    """Whether the page or one of its ancestors is under a view restriction."""
    return page.path.startswith(restricted_paths(request))


def is_open_to_readers(page, request):
    return page.live and not is_restricted(page, request)
