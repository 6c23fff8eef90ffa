"""robots.txt and sitemap.xml, at the root of the public host: what search engines may crawl, and every page
readers may open, once per language it is translated into (home.seo.sitemap_entries)."""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views

from privacy.addresses import public_url


class PageSitemap(Sitemap):
    """Live pages under no view restriction (login, password, group), drafts and private pages never.

    Wagtail's own defers StreamFields, which the translation check reads: one query per page and language."""

    def items(self):
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .specific()
        )


@require_safe
def sitemap(request):
    return sitemap_views.sitemap(request, sitemaps={"pages": PageSitemap})


@require_safe
def robots_txt(request):
    """Deployers who want other rules edit the template, config/templates/robots.txt."""
    return TemplateResponse(
        request,
        "robots.txt",
        {"sitemap_address": public_url("/sitemap.xml")},
        content_type="text/plain; charset=utf-8",
    )
