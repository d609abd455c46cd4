"""A buyer's way through the content pages in headless Chromium: home page → a featured
DIP collection → one of its villages → a product of that village, in Thai and, under
/en/, in English. Each step is screenshotted to test-output/screenshots/."""

import re

import pytest
from django.utils import translation

from tests.browser.support import SCREENSHOTS, Visit
from tests.cms.builders import build_collection, build_storefront, translate

pytestmark = [
    pytest.mark.browser,
    # The live server runs in another thread: data must be committed. Restore the
    # migrations' data (Wagtail's root page, locales, groups) afterwards.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COLLECTION_TH = "ผ้าทอมือจากหมู่บ้าน CIV"
COLLECTION_EN = "Hand-woven cloth from CIV villages"


@pytest.fixture
def site(settings, live_server):
    """The storefront with a featured collection of its product and village, the
    collection translated into English (the village and product fall back or use
    their English fields)."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    objects = build_storefront()
    collection = build_collection(
        objects["home"], products=[objects["product"]], villages=[objects["village"]],
        title=COLLECTION_TH,
    )  # fmt: skip
    translate(collection, title=COLLECTION_EN, intro="Cloth chosen by DIP")
    with translation.override("th"):
        objects["product_path"] = objects["product"].get_absolute_url()
    objects["collection_path"] = collection.url
    objects["url"] = live_server.url
    return objects


def follow(page, link):
    """Click ``link`` and wait for the page it opens."""
    with page.expect_navigation(wait_until="load"):
        link.click()
    return page


JOURNEYS = [
    # language, start, collection, village, product, address prefix
    ("th", "/", COLLECTION_TH, "บ้านนาต้นจั่น", "ผ้าซิ่นตีนจก", ""),
    ("en", "/en/", COLLECTION_EN, "Ban Na Ton Chan", "Teen jok sarong", "/en"),
]


@pytest.mark.parametrize("language, start, collection, village, product, prefix", JOURNEYS)
def test_buyer_goes_from_home_to_a_product_through_a_collection_and_its_village(
    browser, site, language, start, collection, village, product, prefix
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    base = site["url"]

    def screenshot(step):
        page.screenshot(path=SCREENSHOTS / f"cms-journey-{language}-{step}.png", full_page=True)

    def on(path):
        """The buyer is at ``path``, on a page in their language whose links keep them
        in it (English pages link only under /en/)."""
        assert page.url == base + path, page.url
        assert page.get_attribute("html", "lang") == language
        if language == "en":
            paths = page.eval_on_selector_all("a[href^='/']", "links => links.map(a => a.pathname)")
            thai = [p for p in paths if not re.match(r"^/(en/|i18n/|media/|static/)", p)]
            assert thai == [], (path, thai)

    # given a buyer on the home page
    visit = Visit(browser)
    page = visit.open(base + start)
    on(start)
    screenshot("1-home")
    # when they open the featured collection
    featured = page.locator("#collections")
    follow(page, featured.get_by_role("link", name=collection, exact=True).first)
    # then they are on the collection's page in their language
    on(prefix + site["collection_path"])
    assert page.locator("h1").first.inner_text().strip() == collection
    screenshot("2-collection")
    # when they open one of its villages
    villages = page.locator(".collection-villages")
    follow(page, villages.get_by_role("link", name=village).first)
    # then the village page shows, with the village's products
    on(prefix + "/villages/ban-na-ton-chan/")
    assert page.locator(".village-header h1").inner_text().strip() == village
    screenshot("3-village")
    # when they open a product of the village
    products = page.locator(".village-products")
    follow(page, products.get_by_role("link", name=product).first)
    # then the product page shows it, ready to be put in the basket
    on(prefix + site["product_path"])
    assert page.locator("h1").first.inner_text().strip() == product
    assert page.locator("#add_to_basket_form").is_visible()
    # and its village link leads back to the village in the same language
    village_link = page.locator("a.product-village-link")
    assert village_link.get_attribute("href") == prefix + "/villages/ban-na-ton-chan/"
    screenshot("4-product")
    # and nothing failed to load on the way
    assert visit.problems == [], visit.problems
    visit.page.close()
