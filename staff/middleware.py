"""Every admin account gives its second factor after its password, whatever its role."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from privacy.paths import SIGN_IN_PATHS, is_admin_path

from . import devices
from .navigation import coming_back_to, is_page_request, signed_out_answer


def needs_second_factor(request):
    """Whether a signed-in account still owes its second factor here; signing in and out, the second factor itself
    and the admin scripts' translations and icons (privacy.paths.SIGN_IN_PATHS) are reached before it."""
    if not is_admin_path(request.path) or request.path.startswith(SIGN_IN_PATHS):
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


def reader_without_second_factor():
    reader = AnonymousUser()
    reader.otp_device = None
    reader.is_verified = lambda: False
    return reader


class PublicSiteSecondFactorMiddleware:
    """Outside the admin, an account that gave its password but not its second factor reads as anonymous: pages
    and documents kept for signed-in readers stay closed to a password alone, and their sign-in link leads
    through the second factor (staff.views.page_sign_in)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Readers carry no session cookie; asking who they are would only mark every page as varying on cookies.
        signed_in = settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated
        if signed_in and not is_admin_path(request.path) and not request.user.is_verified():
            request.user = reader_without_second_factor()
        return self.get_response(request)
