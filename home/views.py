from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page

from .transliteration import cyrillic_to_latin

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search_terms(query):
    """The query as typed, plus its Latin spelling when typed in Serbian Cyrillic (pages are stored in Latin)."""
    latin = cyrillic_to_latin(query)
    return query if latin == query else f"{query} {latin}"


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        matches = Page.objects.live().public().exclude(depth=1).search(search_terms(query), operator="or")
        paginator = Paginator(matches, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1)
    return TemplateResponse(request, "home/search.html", {"query": query, "results": results})


def page_not_found(request, exception=None):
    """The 404 page in the reader's language; its language links lead to each language's home page."""
    return TemplateResponse(request, "404.html", {"page_not_found": True}, status=404)


def bad_request(request, exception=None):
    return _request_error(request, 400, _("This request could not be understood"))


def permission_denied(request, exception=None):
    return _request_error(request, 403, _("This page is not open to you"))


def _request_error(request, status, heading):
    """A friendly page in the reader's language, with the hotline, instead of Django's bare error."""
    return TemplateResponse(request, "request_error.html", {"heading": heading}, status=status)


def server_error(request, *args, **kwargs):
    """A 500 page that still gives the hotline number, without touching the database."""
    context = {
        "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        "hotline_phone": settings.HOTLINE_FALLBACK_PHONE,
    }
    response = TemplateResponse(request, "500.html", context, status=500)
    return response.render()
