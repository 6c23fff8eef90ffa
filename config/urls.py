from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import crawlers, private_content
from home import views as home_views
from privacy import health, well_known
from privacy.paths import ADMIN_ROUTE, HEALTH_ROUTE

urlpatterns = [
    path(ADMIN_ROUTE, include(wagtailadmin_urls)),
    # Ours answer before Wagtail's, under Wagtail's names and addresses, so that its links still lead here.
    re_path(r"^documents/(\d+)/(.*)$", private_content.serve_document, name="wagtaildocs_serve"),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        private_content.authenticate_with_collection_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path(".well-known/security.txt", well_known.security_txt),
    path("robots.txt", crawlers.robots_txt),
    path("sitemap.xml", crawlers.sitemap),
    path(HEALTH_ROUTE, health.healthz),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        private_content.authenticate_with_page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("_util/login/", private_content.front_end_login),
    path("", include(wagtail_urls)),
)

handler400 = "privacy.errors.bad_request"
handler403 = "privacy.errors.permission_denied"
handler404 = "privacy.errors.page_not_found"
handler500 = "privacy.errors.server_error"
