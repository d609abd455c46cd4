"""Tests: SQLite and the database search backend unless DATABASE_URL / ELASTICSEARCH_URL are set.

tests/conftest.py decides which service-backed tests run; under CI=true a
missing service fails the run instead of skipping.
"""

import tempfile

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="chumchon-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Each test run (and each xdist worker) gets its own index names.
SHOP_ELASTICSEARCH_INDEX = env("SHOP_ELASTICSEARCH_INDEX", default="chumchon-test-products")
# Wagtail's own search index (admin search) is not what the tests exercise: keeping it
# up to date on every page save would cost each CMS test a third of its time. Our page
# search (cms/page_search.py) stays on.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
