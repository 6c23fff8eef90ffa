from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def next_page(request):
    """Where the person was going before being asked for the second factor: a page of this site, else the
    dashboard."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted.startswith("/") and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return reverse("wagtailadmin_home")
