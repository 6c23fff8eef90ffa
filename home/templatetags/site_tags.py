from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_bidi, get_language_info, override

from wagtail.models import Page, Site

from home.translation_state import shown_language
from home.visibility import open_to_readers

register = template.Library()

# Each language's name in itself. Django calls Serbian Cyrillic just "српски", which beside "srpski (latinica)"
# does not say that the other one is the Cyrillic script.
OWN_NAMES = {"sr": "српски (ћирилица)"}


@register.filter
def html_lang(language_code):
    return settings.HTML_LANGUAGE_TAGS.get(language_code, language_code)


@register.filter
def own_name(language_code):
    """A language's name in that language."""
    return OWN_NAMES.get(language_code, get_language_info(language_code)["name_local"])


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _home_url(request, language_code):
    root = _site_root(request)
    with override(language_code):
        return root.get_url(request) if root else f"/{language_code}/"


def preview_mode_link(request, language_code):
    """Inside a preview, a language leads to the same preview in that language (Wagtail's preview mode), never
    to the live page."""
    query = {"mode": language_code}
    if getattr(request, "in_preview_panel", False):
        query["in_preview_panel"] = "true"
    return "?" + urlencode(query)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language, with its translated address; no cookie is involved."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if getattr(request, "is_preview", False):
            url = preview_mode_link(request, code)
        elif isinstance(page, Page):
            with override(code):
                url = page.get_url(request)
        elif context.get("page_not_found"):
            url = _home_url(request, code)
        else:
            # translate_url resolves the path in the current language, so it runs outside override(). No query
            # string is carried over but a search's own (capped) query.
            url = translate_url(request.path, code)
            if url == request.path and code != current:
                url = _home_url(request, code)
            elif context.get("query"):
                url += "?" + urlencode({"q": context["query"]})
        links.append(
            {
                "code": code,
                "html_lang": html_lang(code),
                "name": own_name(code),
                "url": url,
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Menu, footer links and breadcrumbs from one query, made once per request.

    The home page's published children marked for menus lead the header, the others sit in the footer;
    the breadcrumbs are the current page's ancestors from the home page down.
    """
    request = context["request"]
    if hasattr(request, "_site_navigation"):
        return request._site_navigation
    root = _site_root(request)
    page = context.get("page")
    navigation = {"root": root, "menu": [], "footer": [], "breadcrumbs": []}
    if root is not None:
        below_root = isinstance(page, Page) and page.depth > root.depth and page.path.startswith(root.path)
        ancestor_paths = (
            [page.path[: Page.steplen * depth] for depth in range(root.depth + 1, page.depth)] if below_root else []
        )
        pages = list(
            open_to_readers(Page.objects, request)
            .filter(Q(depth=root.depth + 1, path__startswith=root.path) | Q(path__in=ancestor_paths))
            .order_by("path")
        )
        for item in pages:
            if item.depth == root.depth + 1:
                navigation["menu" if item.show_in_menus else "footer"].append(item)
        ancestors = [item for item in pages if item.path in ancestor_paths]
        navigation["breadcrumbs"] = [root, *ancestors] if below_root else []
    request._site_navigation = navigation
    return navigation


@register.simple_tag
def content_lang(page):
    """lang (and dir, where it differs) for editor content shown in a fallback language.

    Screen readers then read it in the right voice, and English inside an Arabic page runs left to right.
    """
    language = page.content_language if hasattr(page, "content_language") else shown_language(page, get_language())
    if language == get_language():
        return ""
    if get_language_info(language)["bidi"] == get_language_bidi():
        return format_html(' lang="{}"', html_lang(language))
    return format_html(
        ' lang="{}" dir="{}"', html_lang(language), "rtl" if get_language_info(language)["bidi"] else "ltr"
    )
