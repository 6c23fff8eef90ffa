from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

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
