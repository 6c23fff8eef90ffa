from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def admin_site_name():
    """The admin's name in browser titles: the site's, not the software's."""
    return settings.WAGTAIL_SITE_NAME
