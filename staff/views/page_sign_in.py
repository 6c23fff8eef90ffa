"""Where a page or document kept for signed-in readers sends someone (WAGTAIL_FRONTEND_LOGIN_URL).

It lives in the admin, so an account that gave only its password is asked for its second factor here
(staff.middleware) before it comes back to the page."""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.cache import never_cache

from .next_page import next_page


@never_cache
def sign_in_for_page(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    return redirect(next_page(request))
