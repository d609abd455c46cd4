"""Wagtail pages of the storefront: the home page and the villages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms.models import VillageIndexPage
from tests.cms.builders import (
    build_category,
    build_enterprise,
    build_product,
    build_village,
)
from tests.i18n.html import internal_links, soup

#: Queries for the home page, whatever the number of villages and categories: Wagtail's
#: site, page, alias and view-restriction lookups, the menu's categories (2), the OTOP
#: categories, the villages, Wagtail's site root paths (cached after the first view) and
#: the savepoint pair of ATOMIC_REQUESTS.
HOME_PAGE_QUERIES = 11
#: Queries for a village page with its product tiles, flat in the number of products:
#: Wagtail's routing (site, one per path segment, aliases, view restrictions), the menu's
#: categories (2), the enterprises, the products and their prefetches (options x2,
#: stock records, images) and the savepoint pair of ATOMIC_REQUESTS.
VILLAGE_PAGE_QUERIES = 19


def thai(url_of):
    with translation.override("th"):
        return url_of()


def test_home_page_links_to_the_catalogue(client, storefront):
    # given the home page
    page = soup(client.get("/"))
    # then its call to action opens the catalogue
    hero = page.select_one(".home-hero")
    assert hero.select_one('a[href="/shop/catalogue/"]') is not None


def test_home_page_links_to_each_otop_root_category_by_its_name(client, storefront):
    # given two OTOP root categories and a sub-category
    textiles, food = storefront["categories"]
    build_category("ผ้าไหม", "Silk", "silk", parent=textiles)
    # when the Thai and the English home pages are rendered
    thai_section = soup(client.get("/")).select_one("#categories")
    english_section = soup(client.get("/en/")).select_one("#categories")
    # then each root category is linked by its name in that language; sub-categories are not
    thai_links = {a.get_text(strip=True): a["href"] for a in thai_section.select("a")}
    english_links = {a.get_text(strip=True): a["href"] for a in english_section.select("a")}
    assert thai_links == {
        "ผ้าและเครื่องแต่งกาย": thai(textiles.get_absolute_url),
        "อาหาร": thai(food.get_absolute_url),
    }
    assert english_links == {
        "Textiles and clothing": "/en" + thai(textiles.get_absolute_url),
        "Food": "/en" + thai(food.get_absolute_url),
    }


def test_home_page_links_to_the_villages(client, storefront):
    page = soup(client.get("/"))
    villages = page.select_one("#villages")
    assert villages.select_one('a[href="/villages/ban-na-ton-chan/"]').get_text() == "บ้านนาต้นจั่น"
    assert "สุโขทัย" in villages.get_text()


def test_home_page_runs_a_fixed_number_of_queries(
    client, storefront, django_assert_max_num_queries
):
    # given more villages and categories than the fixture has
    for number in range(5):
        build_village(storefront["home"], title=f"หมู่บ้าน {number}", slug=f"village-{number}")
        build_category(f"หมวด {number}", f"Category {number}", f"category-{number}")
    # when the home page is rendered, then the query count stays within the budget
    with django_assert_max_num_queries(HOME_PAGE_QUERIES):
        response = client.get("/")
    assert response.status_code == 200


def test_home_page_queries_do_not_grow_with_content(client, storefront):
    client.get("/")  # warm Wagtail's site root paths cache
    with CaptureQueriesContext(connection) as before:
        client.get("/")
    for number in range(3):
        build_village(storefront["home"], title=f"หมู่บ้าน {number}", slug=f"village-{number}")
        build_category(f"หมวด {number}", f"Category {number}", f"category-{number}")
    with CaptureQueriesContext(connection) as after:
        client.get("/")
    assert len(after) == len(before)


def test_village_page_lists_its_enterprises_products(client, storefront):
    # given a village with an enterprise selling a product, and another village's product
    village = storefront["village"]
    other_village = build_village(
        storefront["home"], title="บ้านเชียง", title_en="Ban Chiang", slug="ban-chiang",
        changwat="อุดรธานี", is_civ=False,
    )  # fmt: skip
    other_enterprise = build_enterprise(other_village, name="กลุ่มเครื่องปั้น", code="pottery")
    vase = build_product(other_enterprise, title="แจกัน", title_en="Vase", slug="vase")
    # when the village page is rendered
    page = soup(client.get(village.url))
    # then it lists its own enterprise's product and not the other village's
    products = page.select_one(".village-products")
    links = internal_links(products)
    assert thai(storefront["product"].get_absolute_url) in links
    assert thai(vase.get_absolute_url) not in links
    assert "ผ้าซิ่นตีนจก" in products.get_text()
    # and names the enterprise
    assert "กลุ่มทอผ้าบ้านนาต้นจั่น" in page.select_one(".village-enterprises").get_text()


def test_village_page_shows_name_province_civ_badge_known_for_and_story(client, storefront):
    page = soup(client.get("/villages/ban-na-ton-chan/"))
    header = page.select_one(".village-header")
    assert header.h1.get_text(strip=True) == "บ้านนาต้นจั่น"
    assert "สุโขทัย" in header.get_text()
    assert header.select_one(".badge-civ") is not None
    assert "ผ้าทอมือตีนจก" in page.select_one(".village-known-for").get_text()
    assert "ชาวบ้านทอผ้าตีนจก" in page.select_one(".village-story").get_text()


def test_english_village_page_uses_the_english_fields(client, storefront):
    page = soup(client.get("/en/villages/ban-na-ton-chan/"))
    assert page.select_one(".village-header h1").get_text(strip=True) == "Ban Na Ton Chan"
    assert "Sukhothai" in page.select_one(".village-header").get_text()
    assert "Hand-woven teen jok cloth" in page.select_one(".village-known-for").get_text()
    assert "generations" in page.select_one(".village-story").get_text()
    assert "Teen jok sarong" in page.select_one(".village-products").get_text()


def test_village_without_civ_label_or_products_says_so(client, storefront):
    # given a village without the CIV label and without enterprises
    build_village(storefront["home"], title="บ้านเชียง", slug="ban-chiang", is_civ=False)
    # when its page is rendered
    page = soup(client.get("/villages/ban-chiang/"))
    # then there is no CIV badge and no product tile
    assert page.select_one(".badge-civ") is None
    assert page.select_one(".village-products li") is None


def test_village_page_runs_a_bounded_number_of_queries(
    client, storefront, django_assert_max_num_queries
):
    # given a village whose enterprise sells several products with images
    for number in range(6):
        build_product(
            storefront["enterprise"], image=True, title=f"ผ้า {number}", slug=f"cloth-{number}"
        )
    client.get("/villages/ban-na-ton-chan/")  # thumbnails are made on the first view
    # then the page stays within its budget
    with django_assert_max_num_queries(VILLAGE_PAGE_QUERIES):
        response = client.get("/villages/ban-na-ton-chan/")
    assert response.status_code == 200


def test_village_index_lists_the_villages(client, storefront):
    index = VillageIndexPage.objects.get()
    page = soup(client.get(index.url))
    assert page.select_one('a[href="/villages/ban-na-ton-chan/"]') is not None


@pytest.mark.parametrize("url", ["/", "/en/", "/villages/", "/villages/ban-na-ton-chan/"])
def test_wagtail_pages_share_the_storefront_header_and_footer(client, storefront, url):
    page = soup(client.get(url))
    assert page.select_one(".site-topbar form.language-switcher") is not None
    assert page.select_one(".site-header .site-brand") is not None
    assert page.select_one(".site-header .basket-mini") is not None
    assert page.select_one("footer.site-footer") is not None


def test_an_editor_sees_the_wagtail_userbar_on_wagtail_pages(client, storefront, admin_user):
    client.force_login(admin_user)
    response = client.get("/")
    assert response.status_code == 200
    assert "wagtail-userbar" in response.content.decode()


@pytest.mark.parametrize("name", ["home", "village", "basket", "product"])
def test_storefront_pages_load_nothing_from_other_sites(client, storefront, name):
    # the site must work without the internet (Oscar's base asks Google's CDN for jQuery)
    url = {
        "home": "/",
        "village": "/villages/ban-na-ton-chan/",
        "basket": "/shop/basket/",
        "product": thai(storefront["product"].get_absolute_url),
    }[name]
    page = soup(client.get(url))
    external = [
        tag.get("src") or tag.get("href")
        for tag in page.select("script[src], link[href]")
        if (tag.get("src") or tag.get("href")).startswith(("http:", "https:", "//"))
        and tag.get("rel") != ["alternate"]
    ]
    assert external == []


def test_dashboard_loads_jquery_from_our_static_files(client, storefront, admin_user):
    client.force_login(admin_user)
    html = client.get("/shop/dashboard/").content.decode()
    assert "/static/oscar/js/jquery/jquery.min.js" in html
    assert "googleapis" not in html
