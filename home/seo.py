"""What search engines and link previews read about a page: its addresses in every language, its canonical
address, its description, whether it may be indexed, and the Open Graph text of a shared link.

Every address is absolute, under HOTLINE_PUBLIC_ROOT_URL (privacy.addresses), never taken from the request's
Host header or query string: the full-page cache (home.page_cache) sends one copy of a page to every reader, so
what goes into its <head> must be the same whoever asked.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language, override

from wagtail.models import Page, Site

from privacy.addresses import public_url

from .templatetags.site_tags import html_lang
from .translation_state import is_translated, shown_language
from .visibility import is_restricted

DESCRIPTION_LENGTH = 200
# Open Graph names a locale language_TERRITORY and knows no script: both Serbian scripts are sr_RS.
OPEN_GRAPH_LOCALES = {"sr-latn": "sr_RS", "sr": "sr_RS", "en": "en_GB", "uk": "uk_UA", "ar": "ar_AR"}
# The views besides Wagtail's pages that have an address in every language; readers find them, search
# engines are asked not to index them.
TRANSLATED_VIEWS = ("search",)


def page_path(page, language, request=None):
    with override(language):
        parts = page.get_url_parts(request)
    return parts[2] if parts else None


def translated_languages(page):
    """The languages the page is translated into (home.translation_state), Serbian Cyrillic always."""
    return [code for code, _name in settings.LANGUAGES if is_translated(page, code)]


def x_default_language(languages):
    """For a reader whose language is not listed: what "/" gives a browser with no language of ours, else the
    first language an editor wrote the page in (Serbian Cyrillic is always "translated", from that text)."""
    written = [code for code in languages if code not in settings.TRANSLITERATED_LANGUAGES] or languages
    return settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in written else written[0]


def page_addresses(page, request=None):
    """{language code: absolute address} for each language the page is translated into."""
    addresses = {}
    for code in translated_languages(page):
        path = page_path(page, code, request)
        if path is not None:
            addresses[code] = public_url(path)
    return addresses


def is_site_root(page, request):
    site = Site.find_for_request(request) if request is not None else None
    return site is not None and site.root_page_id == page.pk


def alternate_links(addresses, x_default):
    """[(hreflang, address)]: each language, then x-default."""
    return [(html_lang(code), address) for code, address in addresses.items()] + [("x-default", x_default)]


def page_alternates(page, request=None, addresses=None):
    """[(hreflang, address)] of the page; `addresses` as page_addresses gives them, when the caller has them."""
    if addresses is None:
        addresses = page_addresses(page, request)
    if not addresses:
        return []
    # "/" sends each browser to its own language: the home page's address for everyone else.
    x_default = public_url("/") if is_site_root(page, request) else addresses[x_default_language(list(addresses))]
    return alternate_links(addresses, x_default)


def view_addresses(url_name):
    addresses = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            addresses[code] = public_url(reverse(url_name))
    return addresses


def indexed_by_search_engines(page, request):
    """A live page that anyone may read, whose type asks to be found (the reply page does not)."""
    return page.live and getattr(page, "indexed_by_search_engines", True) and not is_restricted(page, request)


def short(text):
    """Whitespace collapsed, cut at a word under DESCRIPTION_LENGTH characters."""
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def site_description(site_settings):
    if site_settings.site_description.strip():
        return short(site_settings.site_description)
    return f"{site_settings.hotline_name}: {site_settings.primary_phone}"


def page_description(page, site_settings):
    """The editor's search description, else the page's summary or introduction, else the site's."""
    for field_name in ("search_description", "summary", "intro"):
        text = getattr(page, field_name, "") or ""
        if text.strip():
            return short(text)
    return site_description(site_settings)


def open_graph_locales(current, languages):
    locale = OPEN_GRAPH_LOCALES.get(current, current)
    others = []
    for code in languages:
        other = OPEN_GRAPH_LOCALES.get(code, code)
        if other != locale and other not in others:
            others.append(other)
    return locale, others


def head(request, page, site_settings):
    """Everything seo_head.html writes, for a Wagtail page (`page`) or any other view (`page` None, or a page
    readers may not see)."""
    language = get_language()
    tags = {"title": site_settings.hotline_name, "site_name": site_settings.hotline_name, "alternates": []}
    url_name = getattr(getattr(request, "resolver_match", None), "url_name", None)
    # A page behind a view restriction says nothing of itself, not even at its password door: no title, summary,
    # or address in another language (whose slug may say what the title says).
    if isinstance(page, Page) and not is_restricted(page, request):
        addresses = page_addresses(page, request)
        content_language = shown_language(page, language)
        tags.update(
            title=page.seo_title or page.title,
            description=page_description(page, site_settings),
            alternates=page_alternates(page, request, addresses),
            canonical=addresses.get(content_language),
            noindex=request.method not in ("GET", "HEAD") or not indexed_by_search_engines(page, request),
            languages=list(addresses),
        )
    else:
        tags.update(description=site_description(site_settings), noindex=True, languages=[language])
        content_language = language
        if url_name in TRANSLATED_VIEWS:
            addresses = view_addresses(url_name)
            x_default = addresses[x_default_language(list(addresses))]
            tags.update(
                alternates=alternate_links(addresses, x_default),
                canonical=addresses[language],
                languages=list(addresses),
            )
    tags["locale"], tags["locale_alternates"] = open_graph_locales(content_language, tags["languages"])
    return tags


def sitemap_entries(page, request=None):
    """One sitemap entry per language the page is translated into, each listing all of them as alternates."""
    if not getattr(page, "indexed_by_search_engines", True):
        return []
    links = page_alternates(page, request)
    alternates = [{"lang_code": hreflang, "location": address} for hreflang, address in links]
    lastmod = page.last_published_at or page.latest_revision_created_at
    return [
        {"location": address, "lastmod": lastmod, "alternates": alternates}
        for hreflang, address in links
        if hreflang != "x-default"
    ]
