"""Smoke test in headless Chromium: the storefront's main pages in Thai and English load
without console errors or failed requests, show their language and get screenshotted.

Needs Chromium at /usr/bin/chromium (SHOP_CHROMIUM); never downloads a browser.
Screenshots: test-output/screenshots/.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from tests.cms.builders import build_storefront

pytestmark = [
    pytest.mark.browser,
    # The live server runs in another thread: data must be committed. Restore the
    # migrations' data (Wagtail's root page, locales) afterwards for the other tests.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-output" / "screenshots"


@pytest.fixture
def browser(site):
    """Headless Chromium. Started after ``site`` has written to the database and closed
    before the database is flushed: while Playwright's sync API is running, the test's
    thread has an event loop and Django refuses database calls from it."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def site(settings, live_server):
    """The storefront behind a live server that also serves media (product images)."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    objects = build_storefront()
    with translation.override("th"):
        objects["product_path"] = objects["product"].get_absolute_url()
    objects["url"] = live_server.url
    return objects


class Visit:
    """A browser tab that records console errors, page errors and failed requests."""

    def __init__(self, browser, width=1280):
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.problems = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("response", self._response)
        self.page.on("requestfailed", self._failed)

    def _failed(self, request):
        # A suggestion fetch still in flight when the buyer presses Enter is cancelled
        # by the navigation (ERR_ABORTED): nothing a buyer notices. Anything else counts.
        cancelled = request.failure == "net::ERR_ABORTED"
        if cancelled and request.resource_type in {"fetch", "xhr"}:
            return
        self.problems.append(f"failed: {request.url} ({request.failure})")

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _response(self, response):
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def open(self, url):
        response = self.page.goto(url, wait_until="load")
        assert response.status == 200, url
        return self.page


PAGES = [
    # name, Thai path, English path, Thai text seen, English text seen
    ("home", "/", "/en/", "บ้านนาต้นจั่น", "Ban Na Ton Chan"),
    ("catalogue", "/shop/catalogue/", "/en/shop/catalogue/", "ตลาดชุมชน", "Chumchon Market"),
    ("product", "{product}", "/en{product}", "ผ้าซิ่นตีนจก", "Teen jok sarong"),
]


@pytest.mark.parametrize("name, thai_path, english_path, thai_text, english_text", PAGES)
def test_page_in_thai_and_english_loads_cleanly(
    browser, site, name, thai_path, english_path, thai_text, english_text
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for language, path, text in (
        ("th", thai_path, thai_text),
        ("en", english_path, english_text),
    ):
        # given a buyer's browser
        visit = Visit(browser)
        # when they open the page in this language
        page = visit.open(site["url"] + path.format(product=site["product_path"]))
        # then it is in that language, shows its content and loaded without errors
        assert page.get_attribute("html", "lang") == language
        assert page.get_by_text(text, exact=False).first.is_visible()
        assert page.locator("input[name=q]").first.is_visible()
        assert page.locator("form.language-switcher button").is_visible()
        page.screenshot(path=SCREENSHOTS / f"{name}-{language}.png", full_page=True)
        assert visit.problems == [], visit.problems
        visit.page.close()


def test_product_image_is_shown(browser, site):
    visit = Visit(browser)
    page = visit.open(site["url"] + site["product_path"])
    image = page.locator("#product_gallery img").first
    assert image.is_visible()
    assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) > 0
    assert visit.problems == [], visit.problems


def test_language_switcher_takes_the_buyer_to_the_english_page_and_back(browser, site):
    # given a buyer on the Thai product page
    visit = Visit(browser)
    page = visit.open(site["url"] + site["product_path"])
    # when they press "English"
    page.locator("form.language-switcher button").click()
    page.wait_for_load_state("load")
    # then they are on the same product in English
    assert page.url == site["url"] + "/en" + site["product_path"]
    assert page.get_attribute("html", "lang") == "en"
    # and following a link (the brand) keeps them in English
    page.locator(".site-header .site-brand").click()
    page.wait_for_load_state("load")
    assert page.url == site["url"] + "/en/"
    assert page.get_attribute("html", "lang") == "en"
    # and pressing "ภาษาไทย" brings them back to the Thai home page
    page.locator("form.language-switcher button").click()
    page.wait_for_load_state("load")
    assert page.url == site["url"] + "/"
    assert page.get_attribute("html", "lang") == "th"
    assert visit.problems == [], visit.problems


def test_phone_sized_home_page_shows_search_and_language_switcher(browser, site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    visit = Visit(browser, width=375)
    page = visit.open(site["url"] + "/")
    assert page.locator("input[name=q]").first.is_visible()
    assert page.locator("form.language-switcher button").is_visible()
    page.screenshot(path=SCREENSHOTS / "home-th-phone.png", full_page=True)
    assert visit.problems == [], visit.problems


def test_buyer_finds_a_product_by_a_thai_word_and_puts_it_in_the_basket(browser, site):
    # given a buyer on the home page
    visit = Visit(browser)
    page = visit.open(site["url"] + "/")
    # when they search for a word inside the product's longer Thai title
    page.locator("input[name=q]").first.fill("ตีนจก")
    page.locator("input[name=q]").first.press("Enter")
    page.wait_for_load_state("load")
    # then the product is among the results, and opening it shows its page
    page.get_by_role("link", name="ผ้าซิ่นตีนจก").first.click()
    page.wait_for_load_state("load")
    assert page.url == site["url"] + site["product_path"]
    # when they add it to the basket
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state("load")
    # then the basket page lists it
    page = visit.open(site["url"] + "/shop/basket/")
    assert page.locator("#basket_formset").get_by_text("ผ้าซิ่นตีนจก").first.is_visible()
    page.screenshot(path=SCREENSHOTS / "basket-th.png", full_page=True)
    assert visit.problems == [], visit.problems
