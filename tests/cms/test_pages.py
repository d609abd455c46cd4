"""Wagtail pages of the storefront: what the home page, the village pages and the index
pages show, and the storefront's header and footer around them. Query budgets are in
test_queries.py, the English versions in test_translation.py."""

import datetime

import pytest
from django.utils import translation

from cms.models import HomeFeaturedVillage
from tests.cms.builders import (
    build_category,
    build_collection,
    build_image,
    build_product,
    build_standard_page,
    build_story,
    build_village,
    collection_index,
    english,
    publish,
    story_index,
    village_index,
)
from tests.i18n.html import internal_links, soup


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


def test_home_page_shows_the_villages_editors_chose_in_their_order(client, storefront):
    # given a second village, and editors who feature it before the first one
    home, first = storefront["home"], storefront["village"]
    second = build_village(
        home, title="บ้านเชียง", title_en="Ban Chiang", slug="ban-chiang", is_civ=False
    )
    home.featured_villages = [
        HomeFeaturedVillage(village=second, sort_order=0),
        HomeFeaturedVillage(village=first, sort_order=1),
    ]
    publish(home)
    # then the Thai and the English home pages show them in that order
    thai_section = soup(client.get("/")).select_one("#villages")
    assert village_links(thai_section) == [second.url, first.url]
    english_section = soup(client.get("/en/")).select_one("#villages")
    assert village_links(english_section) == [english(second).url, english(first).url]
    assert "Ban Chiang" in english_section.get_text()


def village_links(section):
    return [a["href"] for a in section.select(".village-card h3 a")]


def test_home_page_shows_the_newest_products(client, storefront):
    # given a product added after the storefront's sarong
    scarf = build_product(storefront["enterprise"], title="ผ้าพันคอ", slug="scarf")
    # then the home page's new products start with it
    section = soup(client.get("/")).select_one("#new-products")
    links = [link for link in internal_links(section) if "/shop/catalogue/" in link]
    assert links.index(thai(scarf.get_absolute_url)) < links.index(
        thai(storefront["product"].get_absolute_url)
    )


def test_village_page_shows_name_province_civ_badge_known_for_and_story(client, storefront):
    page = soup(client.get("/villages/ban-na-ton-chan/"))
    header = page.select_one(".village-header")
    assert header.h1.get_text(strip=True) == "บ้านนาต้นจั่น"
    assert "สุโขทัย" in header.get_text()
    assert header.select_one(".badge-civ") is not None
    assert "ผ้าทอมือตีนจก" in page.select_one(".village-known-for").get_text()
    assert "หมู่บ้านทอผ้าริมแม่น้ำยม" in page.select_one(".village-story").get_text()
    assert "ชาวบ้านทอผ้าตีนจก" in page.select_one(".village-story").get_text()


def test_civ_year_is_shown_in_the_buddhist_era_on_thai_pages(client, storefront):
    # given a village that received the CIV label in 2017 (C.E.)
    village = storefront["village"]
    village.civ_year = 2017
    publish(village)
    # then the Thai page says พ.ศ. 2560 and the English page 2017
    thai = soup(client.get(village.url)).select_one(".village-header .badge-civ").parent
    assert "2560" in thai.get_text() and "2017" not in thai.get_text()
    english_page = soup(client.get(english(village).url))
    assert "2017" in english_page.select_one(".village-header .badge-civ").parent.get_text()


def test_village_page_shows_its_logo_brand_colour_and_gallery(client, storefront):
    # given a village with a logo, a brand colour and two captioned photos
    village = storefront["village"]
    village.logo = build_image("logo")
    village.brand_colour = "#9C2706"
    village.gallery_images.create(image=build_image("loom"), caption="กี่ทอผ้า", sort_order=0)
    village.gallery_images.create(image=build_image("cloth"), caption="ผ้าตีนจก", sort_order=1)
    publish(village)
    # when a buyer opens its page
    page = soup(client.get(village.url))
    # then the header carries the logo and the brand colour
    header = page.select_one(".village-header")
    assert header.select_one("img.village-logo")["src"].startswith("/media/")
    assert "--village-brand: #9c2706" in header["style"]
    # and the photos are shown in order with their captions
    photos = page.select_one(".village-photos")
    assert [img["src"].startswith("/media/") for img in photos.select("img")] == [True, True]
    captions = photos.get_text()
    assert captions.index("กี่ทอผ้า") < captions.index("ผ้าตีนจก")


def test_story_page_links_to_its_villages_and_enterprises(client, storefront):
    # given a maker profile about the village and its weaving group
    story = build_story(
        storefront["home"], villages=[storefront["village"]], enterprises=[storefront["enterprise"]]
    )
    # when a buyer reads it
    page = soup(client.get(story.url))
    # then it shows the story and links to the village and the enterprise pages
    assert page.h1.get_text(strip=True) == "ป้าจันทร์ผู้ทอผ้าตีนจก"
    assert "ป้าจันทร์เริ่มทอผ้าตั้งแต่อายุสิบขวบ" in page.select_one(".story").get_text()
    links = internal_links(page.select_one(".story-about"))
    assert storefront["village"].url in links
    with translation.override("th"):
        assert storefront["enterprise"].get_absolute_url() in links


def test_story_index_lists_stories_newest_first_and_filters_by_kind(client, storefront):
    home = storefront["home"]
    build_story(home, title="เรื่องเก่า", slug="old", kind="news", date=datetime.date(2024, 1, 5))
    build_story(home, title="เรื่องใหม่", slug="new", kind="maker", date=datetime.date(2025, 1, 5))
    index = soup(client.get("/stories/"))
    titles = [h.get_text(strip=True) for h in index.select(".story-card h3")]
    assert titles == ["เรื่องใหม่", "เรื่องเก่า"]
    makers = soup(client.get("/stories/", {"kind": "maker"}))
    assert [h.get_text(strip=True) for h in makers.select(".story-card h3")] == ["เรื่องใหม่"]


def test_village_without_civ_label_or_products_says_so(client, storefront):
    # given a village without the CIV label and without enterprises
    build_village(storefront["home"], title="บ้านเชียง", slug="ban-chiang", is_civ=False)
    # when its page is rendered
    page = soup(client.get("/villages/ban-chiang/"))
    # then there is no CIV badge and no product tile
    assert page.select_one(".badge-civ") is None
    assert page.select_one(".village-products li") is None


def test_village_index_lists_the_villages_civ_first(client, storefront):
    build_village(storefront["home"], title="บ้านเชียง", slug="ban-chiang", is_civ=False)
    page = soup(client.get(village_index(storefront["home"]).url))
    assert village_links(page) == ["/villages/ban-na-ton-chan/", "/villages/ban-chiang/"]


@pytest.mark.parametrize(
    "url",
    [
        "/", "/en/", "/villages/", "/villages/ban-na-ton-chan/", "/en/villages/ban-na-ton-chan/",
        "/stories/", "/stories/aunt-chan-the-weaver/", "/collections/",
        "/collections/civ-hand-woven-cloth/", "/about/", "/en/about/",
    ],
)  # fmt: skip
def test_wagtail_pages_share_the_storefront_header_and_footer(client, storefront, url):
    home = storefront["home"]
    story_index(home), collection_index(home)
    build_story(home, villages=[storefront["village"]])
    build_collection(home, products=[storefront["product"]])
    build_standard_page(home)
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
