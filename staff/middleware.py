"""Every admin account gives its second factor after its password, whatever its role."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from privacy.paths import ADMIN_LOGIN_PATH, ADMIN_PATH, SECOND_FACTOR_PATH, is_admin_path

from . import devices
from .navigation import coming_back_to, is_page_request, signed_out_answer

# What a signed-in account reaches before its second factor: signing in and out, giving or enrolling the second
# factor, and the translations and icons of the admin's scripts on those pages.
OPEN_PATHS = (
    ADMIN_LOGIN_PATH,
    ADMIN_PATH + "logout/",
    SECOND_FACTOR_PATH,
    ADMIN_PATH + "jsi18n/",
    ADMIN_PATH + "sprite/",
)


def needs_second_factor(request):
    if not is_admin_path(request.path) or request.path.startswith(OPEN_PATHS):
        return False
    return request.user.is_authenticated and not request.user.is_verified()


def ask_for_second_factor(request):
    if not is_page_request(request):
        return signed_out_answer()
    view = "staff:verify" if devices.has_authenticator(request.user) else "staff:enrol"
    return redirect(redirect_url(view, coming_back_to(request)))


def redirect_url(view, next_path):
    return f"{reverse(view)}?{urlencode({'next': next_path})}"


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if needs_second_factor(request):
            return ask_for_second_factor(request)
        return self.get_response(request)
