from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from privacy.paths import ADMIN_ROUTE

urlpatterns = [
    path(ADMIN_ROUTE, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("", include(wagtail_urls)),
)

handler400 = "privacy.errors.bad_request"
handler403 = "privacy.errors.permission_denied"
handler404 = "privacy.errors.page_not_found"
handler500 = "privacy.errors.server_error"
