"""The doors of private pages and documents, answered before Wagtail's own views.

Password guesses are counted per client and per restriction (growing delays, never a lockout); a page
password door tells nothing about which page ids exist; Wagtail's front-end sign-in is closed (staff sign in at
the admin); documents go out without Wagtail's empty headers, and with no-store, as reader pages do.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.csrf import csrf_exempt

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtail_documents
from wagtail.models import Page, PageViewRestriction

from privacy.ratelimit import delay_beyond, everyone_key, hit, wait_message

# Whichever door it is, a client has one budget of guesses.
CLIENT_GROUP = "content-passwords"


def refused_guess(request, door, restriction_id):
    """Counts one guess at a password door. Its answer is "too many tries" when the client spent its own guesses,
    or when so many came at the door from everyone that each guess now waits a growing delay first (so nobody who
    knows the password is locked out for long); None when the guess may go ahead.

    Counted before the door is looked up, so that the answer is the same whether or not the door exists."""
    rates = settings.CONTACT_RATE_LIMITS
    if hit(request, CLIENT_GROUP, rates["content_passwords_per_client"]):
        return too_many_guesses_page(request)
    door_group = f"{door}-password:{restriction_id}"
    wait = delay_beyond(request, door_group, rates["content_passwords_per_restriction"], key=everyone_key)
    return too_many_guesses_page(request, wait) if wait else None


def too_many_guesses_page(request, wait=None):
    context = {"wait_message": wait_message(wait) if wait else ""}
    response = TemplateResponse(request, "home/too_many_guesses.html", context, status=429)
    if wait:
        response["Retry-After"] = str(wait)
    add_never_cache_headers(response)
    return response


def is_page_password_door(restriction_id, page_id):
    """Whether the restriction asks for a password and covers this live page. One query whatever is wrong
    (no such restriction, no such page, a draft, a page elsewhere), so that neither the answer nor its time
    tells which ids exist."""
    covered_live_page = Page.objects.live().filter(pk=page_id, path__startswith=OuterRef("page__path"))
    return (
        PageViewRestriction.objects.filter(pk=restriction_id, restriction_type=PageViewRestriction.PASSWORD)
        .filter(Exists(covered_live_page))
        .exists()
    )


def authenticate_with_page_password(request, page_view_restriction_id, page_id):
    if request.method == "POST" and (refusal := refused_guess(request, "page", page_view_restriction_id)):
        return refusal
    if not is_page_password_door(page_view_restriction_id, page_id):
        raise Http404
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)


def authenticate_with_collection_password(request, restriction_id):
    if request.method == "POST" and (refusal := refused_guess(request, "collection", restriction_id)):
        return refusal
    return wagtail_documents.authenticate_with_password(request, restriction_id)


@csrf_exempt  # reads nothing it is sent: any request gets the same "not found" as a missing page
def front_end_login(request):
    """Wagtail's front-end sign-in would take staff passwords without the admin's limits and second factor;
    pages for signed-in readers send them to the admin's sign-in instead (WAGTAIL_FRONTEND_LOGIN_URL)."""
    raise Http404


def serve_document(request, document_id, document_filename):
    response = wagtail_documents.serve(request, document_id, document_filename)
    # Wagtail writes a missing encoding as "None" and a document without a hash as an empty ETag.
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    if response.get("ETag") in ('""', 'W/""'):
        del response["ETag"]
    # As reader pages: a shared phone's browser keeps no copy of a leaflet read there.
    patch_cache_control(response, no_store=True)
    return response
