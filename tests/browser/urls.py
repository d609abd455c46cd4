"""The site's URLs plus media files, for the live server of the browser tests.

shop/urls.py serves media only when DEBUG is on (production serves it from storage); the
browser tests run with DEBUG off and need product images to load.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from shop.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
