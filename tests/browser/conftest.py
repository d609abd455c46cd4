"""Fixtures of the browser tests: ``site`` (the data, written before the browser starts;
a module may provide its own) and ``browser``, headless Chromium."""

import pytest
from django.utils import translation

from tests.browser.support import chromium
from tests.cms.builders import build_storefront


@pytest.fixture
def browser(site):
    """Headless Chromium, started after ``site`` has written to the database and closed
    before the database is flushed."""
    with chromium() as started:
        yield started


@pytest.fixture
def site(settings, live_server):
    """The storefront behind a live server that also serves media (product images)."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    objects = build_storefront()
    with translation.override("th"):
        objects["product_path"] = objects["product"].get_absolute_url()
    objects["url"] = live_server.url
    return objects
