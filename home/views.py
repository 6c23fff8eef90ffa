import logging
import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.utils.html import format_html

from wagtail.models import Page

from .transliteration import cyrillic_to_latin

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_WORD_LENGTH = 40
# Letters, digits and combining marks (Arabic vowel signs) of any script: quotes, operators, punctuation and
# control characters only separate words.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed])+")

logger = logging.getLogger(__name__)


def search_words(query):
    """The words of a query as plain text, capped in number and length, so that no input can be read as
    search syntax or make a search expensive."""
    return [word[:MAX_WORD_LENGTH] for word in _WORD.findall(query)][:MAX_WORDS]


def search_terms(words):
    """The words as typed, plus their Latin spelling where typed in Serbian Cyrillic (pages are stored in Latin)."""
    query = " ".join(words)
    latin = cyrillic_to_latin(query)
    return query if latin == query else f"{query} {latin}"


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    words = search_words(query)
    results = None
    if words:
        matches = Page.objects.live().public().exclude(depth=1).search(search_terms(words), operator="or")
        paginator = Paginator(matches, RESULTS_PER_PAGE)
        try:
            try:
                results = paginator.page(request.GET.get("page", 1))
            except (PageNotAnInteger, EmptyPage):
                results = paginator.page(1)
            results.object_list = list(results.object_list)
        except DatabaseError:
            # Shown as no results; the log line carries no word of the query.
            logger.warning("A search failed in the database and was shown as finding nothing.")
            results = None
    # Isolated from the sentence around it, so that its direction marks cannot reorder the page's own words, and
    # shown as typed: the Cyrillic page's transliteration and readers' translation tools leave it alone.
    shown_query = format_html('<bdi translate="no">{}</bdi>', query)
    return TemplateResponse(
        request, "home/search.html", {"query": query, "shown_query": shown_query, "results": results}
    )
