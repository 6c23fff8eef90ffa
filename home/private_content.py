"""The doors of private pages and documents, answered before Wagtail's own views.

Password guesses are counted per client and per restriction; a page password door tells nothing about which
page ids exist; Wagtail's front-end sign-in is closed (staff sign in at the admin); documents go out without
Wagtail's empty headers.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtail_documents
from wagtail.models import Page, PageViewRestriction

from privacy.ratelimit import everyone_key, hit

# Whichever door it is, a client has one budget of guesses.
CLIENT_GROUP = "content-passwords"


def too_many_guesses(request, door, restriction_id):
    """Counts one guess at a password door and says whether its client or the door itself had too many.

    Counted before the door is looked up, so that the answer is the same whether or not the door exists."""
    rates = settings.CONTACT_RATE_LIMITS
    if hit(request, CLIENT_GROUP, rates["content_passwords_per_client"]):
        return True
    door_group = f"{door}-password:{restriction_id}"
    return hit(request, door_group, rates["content_passwords_per_restriction"], key=everyone_key)


def too_many_guesses_page(request):
    response = TemplateResponse(request, "home/too_many_guesses.html", status=429)
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
    if request.method == "POST" and too_many_guesses(request, "page", page_view_restriction_id):
        return too_many_guesses_page(request)
    if not is_page_password_door(page_view_restriction_id, page_id):
        raise Http404
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)


def authenticate_with_collection_password(request, restriction_id):
    if request.method == "POST" and too_many_guesses(request, "collection", restriction_id):
        return too_many_guesses_page(request)
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
    return response
