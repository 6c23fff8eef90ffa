from django import template

from wagtail.models import Page

from home import seo, structured_data
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    """What search engines and link previews read in <head> (home.seo); on the home page, the hotline as
    structured data (home.structured_data)."""
    request = context["request"]
    page = context.get("page")
    site_settings = SiteSettings.for_request(request)
    tags = seo.head(request, page, site_settings)
    if isinstance(page, Page) and seo.is_site_root(page, request) and tags.get("canonical"):
        tags["json_ld"] = structured_data.json_ld(
            site_settings, tags["canonical"], seo.site_description(site_settings)
        )
    return tags
