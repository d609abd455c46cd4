"""The search UI in headless Chromium: the header box's autocomplete (typing Thai,
arrow keys, Enter, Escape, an IME composition), and the facets of the results page on
a wide and a narrow screen.

Screenshots: test-output/screenshots/search-*.png.
"""

import pytest
from django.utils import translation

from search.backends import maintained_backends
from search.documents import indexable_products
from search.suggestions import build_entries
from tests.browser.support import SCREENSHOTS, Visit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def indexed(site):
    """The storefront indexed, autocomplete entries included, on every maintained backend.
    Tests ask for it before ``browser``: no database call once Playwright runs."""
    for engine in maintained_backends():
        engine.rebuild(indexable_products())
        engine.index_suggestions(build_entries(), replace=True)
    with translation.override("th"):
        site["category_path"] = site["categories"][0].get_absolute_url()
    return site


def test_typing_thai_in_the_header_box_suggests_and_enter_follows(indexed, browser):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    visit = Visit(browser)
    page = visit.open(indexed["url"] + "/")
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    # When: a buyer types two Thai letters
    box.press_sequentially("ผ้", delay=60)
    # Then: the listbox opens with the textile category first (categories before products)
    options = page.locator("#site-search-listbox [role=option]")
    options.first.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert options.first.inner_text().startswith("ผ้าและเครื่องแต่งกาย")
    page.screenshot(path=SCREENSHOTS / "search-autocomplete-th.png")
    # Escape closes, typing again reopens
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert page.locator("#site-search-listbox").is_hidden()
    box.press_sequentially("า", delay=60)
    options.first.wait_for(state="visible")
    # ArrowDown marks the first option, Enter goes there
    box.press("ArrowDown")
    assert options.first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    with page.expect_navigation():
        box.press("Enter")
    assert page.url == indexed["url"] + indexed["category_path"]
    assert visit.problems == [], visit.problems


def test_nothing_is_fetched_while_an_ime_composes(indexed, browser):
    visit = Visit(browser)
    page = visit.open(indexed["url"] + "/")
    fetched = []
    page.on("request", lambda r: fetched.append(r.url) if "/suggest/" in r.url else None)
    page.evaluate(
        """() => {
            const box = document.getElementById("site-search-q");
            box.focus();
            box.dispatchEvent(new CompositionEvent("compositionstart", {data: ""}));
            box.value = "ผ้";
            box.dispatchEvent(new InputEvent("input", {data: "ผ้", isComposing: true}));
        }"""
    )
    page.wait_for_timeout(600)
    assert fetched == []
    assert page.locator("#site-search-listbox").is_hidden()
    page.evaluate(
        """() => {
            const box = document.getElementById("site-search-q");
            box.dispatchEvent(new CompositionEvent("compositionend", {data: "ผ้"}));
        }"""
    )
    page.locator("#site-search-listbox [role=option]").first.wait_for(state="visible")
    assert len(fetched) == 1
    assert visit.problems == [], visit.problems


def test_results_page_facets_on_wide_and_narrow_screens(indexed, browser):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    url = indexed["url"] + "/shop/search/?q=%E0%B8%9C%E0%B9%89%E0%B8%B2"  # ผ้า
    # Wide: facets open beside the results; choosing an option filters and shows a chip
    visit = Visit(browser)
    page = visit.open(url)
    facets = page.locator("details[data-search-facets]")
    assert facets.get_attribute("open") is not None
    page.locator("[data-facet=civ] .search-facet-option").first.click()
    page.wait_for_load_state("load")
    assert "civ=1" in page.url
    assert page.locator(".search-chip").count() == 1
    page.screenshot(path=SCREENSHOTS / "search-facets-th.png", full_page=True)
    # Sorting keeps the filter
    with page.expect_navigation():
        page.select_option("#id_sort_by", "price-desc")
    assert "civ=1" in page.url and "sort_by=price-desc" in page.url
    assert visit.problems == [], visit.problems
    visit.page.close()
    # Narrow: the facets fold away until asked for
    visit = Visit(browser, width=375)
    page = visit.open(url)
    facets = page.locator("details[data-search-facets]")
    assert facets.get_attribute("open") is None
    page.screenshot(path=SCREENSHOTS / "search-mobile-th.png", full_page=True)
    page.locator(".search-facets-summary").click()
    assert facets.get_attribute("open") is not None
    assert visit.problems == [], visit.problems
