"""{% kept "name" %}…{% endkept %}: a fragment of a page rendered once per process and generation.

The fragment is kept in the server process's memory under the page cache's generation
(home.cache_generation.kept_in_process), keyed by its name, the page, the language, the scheme and the host. A
Wagtail page renders the same whatever the request's query string, so a reader who follows a link with one (which
the page cache never answers) gets the menus, the footer and the page's body without rendering them again. Any
change a reader could see bumps the generation, so the next request renders them anew, on every server.

Only what depends on nothing else may go inside: no form, no token, no search words. Outside a page view (search,
errors) and in previews (unsaved content), the fragment is rendered each time.
"""

import hashlib

from django import template
from django.utils.translation import get_language

from wagtail.models import Page

from home import cache_generation

register = template.Library()


def may_be_kept(request, page):
    return (
        request is not None
        and isinstance(page, Page)
        and page.pk is not None
        and not getattr(request, "is_preview", False)
        and not getattr(request, "is_dummy", False)
    )


class KeptNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        request, page = context.get("request"), context.get("page")
        if not may_be_kept(request, page):
            return self.render_inside(context)
        address = f"{request.scheme}://{request.get_host()}"
        about = hashlib.sha256(f"{address}|{get_language()}|{page.pk}".encode()).hexdigest()
        return cache_generation.kept_in_process(
            request, f"fragment:{self.name}:{about}", lambda: self.render_inside(context)
        )

    def render_inside(self, context):
        """What the fragment sets in the context stays inside it, kept or not."""
        with context.push():
            return self.nodelist.render(context)


@register.tag
def kept(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one quoted name: {{% kept 'header' %}}")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(bits[1][1:-1], nodelist)
