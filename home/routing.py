"""Page routing in one query for the whole path, not two per level.

wagtail-modeltranslation's route (set on every page model) walks the path a level at a time: it loads every child
of a page, compares each one's slug in the active language (with modeltranslation's fallbacks), then loads the
matching child's specific page to route the rest: for an article two levels below the home page, four queries
before the article itself. Here the pages whose slug in any language is one of the path's are read in one query,
and the same walk (the first child in tree order whose slug, as the reader's language shows it, is the path's
component) runs over them. The result is the same page; a model with routing of its own (a RoutablePageMixin,
or a route that is not this one) is handed the rest of the path as before.
"""

import hashlib

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language

from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation import patch_wagtailadmin

from . import cache_generation
from .site_root_paths import subclasses

translated_route = patch_wagtailadmin._new_route


def _routes_plainly(model):
    return model is not None and not issubclass(model, RoutablePageMixin) and model.route is route


def _candidates(page, path_components):
    slug_fields = ["slug", *(build_localized_fieldname("slug", code) for code, _name in settings.LANGUAGES)]
    any_slug = Q()
    for field in slug_fields:
        any_slug |= Q(**{f"{field}__in": path_components})
    return list(
        Page.objects.rewrite(False)
        .filter(any_slug, path__startswith=page.path, depth__gt=page.depth)
        .filter(depth__lte=page.depth + len(path_components))
        .order_by("path")
    )


def _walk(root, path_components):
    """Where the path leads from ``root``: the specific class and id of the page found, and the rest of the path
    when that page routes by itself (empty otherwise)."""
    candidates = _candidates(root, path_components)
    current = root
    for index, component in enumerate(path_components):
        child = next(
            (
                page
                for page in candidates
                if page.depth == current.depth + 1 and page.path.startswith(current.path) and page.slug == component
            ),
            None,
        )
        if child is None:
            raise Http404
        if not _routes_plainly(child.specific_class):
            return child.specific_class, child.pk, tuple(path_components[index + 1 :])
        current = child
    return current.specific_class, current.pk, ()


def _walked(root, request, path_components):
    """_walk's answer, kept in the process under the page cache's generation for a reader's request (a path that
    leads nowhere is not kept)."""
    if request is None or getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return _walk(root, path_components)
    path = hashlib.sha256("/".join(path_components).encode()).hexdigest()
    return cache_generation.kept_in_process(
        request, f"route:{root.pk}:{get_language()}:{path}", lambda: _walk(root, path_components)
    )


def route(self, request, path_components):
    if not path_components or not _routes_plainly(type(self)):
        return translated_route(self, request, path_components)
    model, pk, rest = _walked(self, request, path_components)
    page = model._default_manager.filter(pk=pk).first()
    if page is None:
        raise Http404
    if rest or not _routes_plainly(model):
        return page.route(request, list(rest))
    if not page.live:
        raise Http404
    return RouteResult(page)


wagtail_route_for_request = Page.route_for_request


def find_site(request):
    """Wagtail's Site.find_for_request, with the site kept in the process under the page cache's generation,
    which saving a site or a page bumps: the query that finds it ran on every request."""
    if not hasattr(request, "_wagtail_site"):
        hostname, _port = split_domain_port(request._get_raw_host())
        request._wagtail_site = cache_generation.kept_in_process(
            request, f"site:{hostname}:{request.get_port()}", lambda: Site._find_for_request(request)
        )
    return request._wagtail_site


def route_for_request(request, path):
    """Wagtail's, but a path below the site's root page is routed from the root as a plain page: the root's own
    type is read only when the root itself is asked for (one query fewer)."""
    find_site(request)  # where Wagtail's route_for_request and every later caller find it
    path_components = [component for component in path.split("/") if component]
    if not hasattr(request, "_wagtail_route_for_request") and path_components and not settings.WAGTAIL_I18N_ENABLED:
        site = Site.find_for_request(request)
        if site is not None and _routes_plainly(site.root_page.specific_class):
            try:
                request._wagtail_route_for_request = route(site.root_page, request, path_components)
            except Http404:
                request._wagtail_route_for_request = None
    return wagtail_route_for_request(request, path)


def install():
    """Replace wagtail-modeltranslation's route (set on every page model by its ready()) by this one."""
    for model in [Page, *subclasses(Page)]:
        if model.__dict__.get("route") is translated_route:
            model.route = route
    Page.route_for_request = staticmethod(route_for_request)
