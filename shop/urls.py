"""URL map.

Order matters: fixed, language-neutral paths first (admin sites, i18n switch,
media), then the language-prefixed site (Thai unprefixed, English under /en/)
with Oscar under /shop/ and Wagtail's catch-all last.
"""

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.db import transaction
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from shop.payment import urls as payment_urls


@transaction.non_atomic_requests
def serve_page(request, path):
    """Wagtail's page view without ATOMIC_REQUESTS' transaction: pages are read-only
    (a BEGIN/COMMIT or savepoint pair per page view saved), as the catalogue views are."""
    return wagtail_views.serve(request, path)


#: Wagtail's front-end URLs, with the page view replaced by :func:`serve_page`.
wagtail_patterns = [
    pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"
] + [re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve")]

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("cms-admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # Stripe's webhook: a fixed path outside the language prefix (shop/payment/urls.py).
    path("", include(payment_urls.webhook_urlpatterns)),
]

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("shop/address/", include("shop.address.urls")),  # Thai address cascade (JSON)
    path("shop/payment/", include(payment_urls)),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("", include(wagtail_patterns)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
