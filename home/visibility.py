"""Which pages readers may see: live, and under no view restriction (login, password, group).

Every listing of pages on the public site goes through here, so a private or draft page never lends its title
or address to a menu, an index or a link. The restrictions are read once per request.
"""

from wagtail.models import PageViewRestriction


def restricted_paths(request):
    if not hasattr(request, "_restricted_paths"):
        request._restricted_paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    return request._restricted_paths


def open_to_readers(queryset, request):
    queryset = queryset.live()
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def is_open_to_readers(page, request):
    return page.live and not page.path.startswith(restricted_paths(request))
