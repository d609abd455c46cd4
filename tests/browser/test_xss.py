"""Seller text that tries to run script stays inert in a real browser (Chromium): the
product page and the enterprise page open no dialog, whatever the seller wrote."""

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from tests.catalogue.helpers import XSS_HTML
from tests.cms.builders import build_storefront

pytestmark = [
    pytest.mark.browser,
    # The live server runs in another thread: data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")


@pytest.fixture
def site(settings, live_server):
    """A storefront whose seller wrote script into the description and the story, past
    the model's cleaning on save (so only the rendering stands between it and a buyer)."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    objects = build_storefront()
    Product.objects.filter(pk=objects["product"].pk).update(
        description=XSS_HTML, description_en=XSS_HTML
    )
    Partner.objects.filter(pk=objects["enterprise"].pk).update(story=XSS_HTML, story_en=XSS_HTML)
    with translation.override("th"):
        objects["paths"] = [
            objects["product"].get_absolute_url(),
            objects["enterprise"].get_absolute_url(),
        ]
    objects["url"] = live_server.url
    return objects


def test_seller_script_never_runs_on_product_and_enterprise_pages(browser, site):
    dialogs = []

    def record(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    for path in site["paths"] + ["/en" + path for path in site["paths"]]:
        # given a buyer's tab that records any dialog (alert) a script opens
        page = browser.new_page()
        page.on("dialog", record)
        # when they open the page and it has finished loading
        response = page.goto(site["url"] + path, wait_until="load")
        assert response.status == 200, path
        page.wait_for_timeout(300)
        # then no script ran, and the seller's text is there
        assert dialogs == [], path
        assert page.get_by_text("ทอมือ").first.is_visible(), path
        assert page.locator("script:has-text('alert(1)')").count() == 0, path
        assert page.locator("[onerror]").count() == 0, path
        assert page.locator("a[href^='javascript:']").count() == 0, path
        page.close()
