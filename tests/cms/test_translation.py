"""Thai and English pages: every page is served in both languages, English falls back to
the Thai text until an editor translates it, links stay in the reader's language, and
shared facts (coordinates, featured window, products) are set once on the Thai page."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from cms.models import CollectionPage, CollectionProduct, VillagePage
from tests.cms.builders import (
    build_collection,
    build_product,
    build_standard_page,
    build_story,
    collection_index,
    english,
    paragraph,
    publish,
    story_index,
    translate,
    village_index,
)
from tests.i18n.html import internal_links, soup

THAI_STORY = "ชาวบ้านทอผ้าตีนจกสืบทอดกันมาหลายชั่วอายุคน"
ENGLISH_STORY = "Villagers have woven teen jok cloth for generations."


def thai_url(obj):
    with translation.override("th"):
        return obj.get_absolute_url()


def translate_village(village):
    return translate(
        village,
        title="Ban Na Ton Chan",
        intro="A weaving village on the Yom river",
        known_for="Hand-woven teen jok cloth",
        body=paragraph(f"<p>{ENGLISH_STORY}</p>"),
    )


# Fallback --------------------------------------------------------------------------


def test_thai_village_page_is_in_thai(client, storefront):
    page = soup(client.get("/villages/ban-na-ton-chan/"))
    assert page.html["lang"] == "th"
    assert page.select_one(".village-header h1").get_text(strip=True) == "บ้านนาต้นจั่น"
    assert "สุโขทัย" in page.select_one(".village-header").get_text()
    assert THAI_STORY in page.select_one(".village-story").get_text()


def test_untranslated_english_village_page_falls_back_to_the_thai_text(client, storefront):
    # given a Thai village nobody has translated (its English page is an alias)
    assert english(storefront["village"]).alias_of_id == storefront["village"].pk
    # when a buyer opens the English page
    response = client.get("/en/villages/ban-na-ton-chan/")
    page = soup(response)
    # then the page is English: its interface, the English name and province
    assert response.status_code == 200
    assert page.html["lang"] == "en"
    assert page.select_one(".village-header h1").get_text(strip=True) == "Ban Na Ton Chan"
    assert "Sukhothai" in page.select_one(".village-header").get_text()
    assert "Products from this village" in page.select_one(".village-products").get_text()
    # and the story the editors have not translated is shown in Thai rather than missing
    assert THAI_STORY in page.select_one(".village-story").get_text()
    assert "ผ้าทอมือตีนจก" in page.select_one(".village-known-for").get_text()


def test_translated_english_village_page_shows_the_english_text(client, storefront):
    # given an editor translated the village
    translate_village(storefront["village"])
    # when a buyer opens the English page, then it shows the English words
    page = soup(client.get("/en/villages/ban-na-ton-chan/"))
    assert page.select_one(".village-header h1").get_text(strip=True) == "Ban Na Ton Chan"
    assert ENGLISH_STORY in page.select_one(".village-story").get_text()
    assert THAI_STORY not in page.get_text()
    assert "Hand-woven teen jok cloth" in page.select_one(".village-known-for").get_text()
    # and still lists the village's products, by their English titles
    assert "Teen jok sarong" in page.select_one(".village-products").get_text()
    # and the Thai page is unchanged
    thai = soup(client.get("/villages/ban-na-ton-chan/"))
    assert THAI_STORY in thai.select_one(".village-story").get_text()
    assert ENGLISH_STORY not in thai.get_text()


def test_a_later_thai_edit_reaches_an_untranslated_english_page(client, storefront):
    # given the Thai story is rewritten and published
    village = storefront["village"]
    village.body = paragraph("<p>เรื่องเล่าฉบับปรับปรุง</p>")
    publish(village)
    # then the English page (still falling back) shows the new Thai text
    page = soup(client.get("/en/villages/ban-na-ton-chan/"))
    assert "เรื่องเล่าฉบับปรับปรุง" in page.select_one(".village-story").get_text()


@pytest.fixture
def every_page_type(storefront):
    """A published page of every type, each with its English alias: {name: Thai page}."""
    home = storefront["home"]
    return {
        "home": home,
        "village index": village_index(home),
        "village": storefront["village"],
        "story index": story_index(home),
        "story": build_story(home, villages=[storefront["village"]]),
        "collection index": collection_index(home),
        "collection": build_collection(home, products=[storefront["product"]]),
        "standard page": build_standard_page(home),
    }


#: Page name -> the main heading of its untranslated English page: the index pages'
#: interface heading, the village's English name, else the Thai title (fallback).
ENGLISH_HEADINGS = {
    "home": "Products from the villages of Thailand",
    "village index": "Villages",
    "village": "Ban Na Ton Chan",
    "story index": "Stories",
    "story": "ป้าจันทร์ผู้ทอผ้าตีนจก",
    "collection index": "Collections",
    "collection": "ผ้าทอมือจากหมู่บ้าน CIV",
    "standard page": "เกี่ยวกับเรา",
}
PAGE_NAMES = list(ENGLISH_HEADINGS)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_type_is_served_in_thai_and_in_english(client, every_page_type, name):
    # given a Thai page of this type
    page = every_page_type[name]
    # when buyers open its Thai and its English address
    thai = client.get(page.url)
    english_page = english(page)
    assert english_page.url == "/en" + page.url
    response = client.get(english_page.url)
    # then both are there, in their language, the untranslated English one showing
    # the Thai words where there are no English ones
    assert thai.status_code == response.status_code == 200
    assert soup(thai).html["lang"] == "th"
    assert soup(response).html["lang"] == "en"
    assert soup(response).select_one("h1").get_text(strip=True) == ENGLISH_HEADINGS[name]


# Links stay in the reader's language -------------------------------------------------


def test_english_village_page_links_to_english_product_pages(client, storefront):
    page = soup(client.get("/en/villages/ban-na-ton-chan/"))
    links = internal_links(page.select_one(".village-products"))
    assert "/en" + thai_url(storefront["product"]) in links
    assert thai_url(storefront["product"]) not in links


def test_english_product_page_links_to_the_english_village_page(client, storefront):
    page = soup(client.get("/en" + thai_url(storefront["product"])))
    assert page.select_one("a.product-village-link")["href"] == "/en/villages/ban-na-ton-chan/"
    thai = soup(client.get(thai_url(storefront["product"])))
    assert thai.select_one("a.product-village-link")["href"] == "/villages/ban-na-ton-chan/"


def test_english_product_page_links_to_the_translated_village_page(client, storefront):
    translate_village(storefront["village"])
    page = soup(client.get("/en" + thai_url(storefront["product"])))
    link = page.select_one("a.product-village-link")
    assert link["href"] == "/en/villages/ban-na-ton-chan/"
    assert link.get_text(strip=True) == "Ban Na Ton Chan"


def test_english_pages_link_only_to_english_pages(client, every_page_type):
    # given every page type, and the English story translated
    translate(every_page_type["story"], title="Aunt Chan the weaver")
    for name in PAGE_NAMES:
        url = english(every_page_type[name]).url
        # when a buyer opens the English page
        links = internal_links(soup(client.get(url)))
        # then its links to pages of the site stay under /en/ (admin and set-language aside)
        thai_links = [
            link
            for link in links
            if not link.startswith(("/en/", "/i18n/", "/cms-admin/", "/static/", "/media/"))
        ]
        assert thai_links == [], (name, thai_links)


def test_english_home_page_links_to_english_collections_and_villages(client, every_page_type):
    page = soup(client.get("/en/"))
    collection = english(every_page_type["collection"])
    village = english(every_page_type["village"])
    links = internal_links(page)
    assert collection.url in links
    assert village.url in internal_links(page.select_one("#villages"))


def test_english_collection_page_links_to_english_villages(client, storefront):
    collection = build_collection(
        storefront["home"], products=[storefront["product"]], villages=[storefront["village"]]
    )
    page = soup(client.get(english(collection).url))
    section = page.select_one(".collection-villages")
    assert internal_links(section) and all(
        link.startswith("/en/villages/") for link in internal_links(section)
    )
    assert "Ban Na Ton Chan" in section.get_text()


# Shared data ---------------------------------------------------------------------------


def test_new_coordinates_on_the_thai_village_reach_its_english_translation(client, storefront):
    # given a translated village
    village = storefront["village"]
    translate_village(village)
    # when an editor sets the coordinates on the Thai page and publishes it
    village.latitude, village.longitude = Decimal("17.516100"), Decimal("99.771200")
    village.is_civ, village.civ_year = True, 2017
    publish(village)
    # then the English page has them too, its English words untouched
    translated = english(village)
    assert translated.latitude == Decimal("17.516100")
    assert translated.longitude == Decimal("99.771200")
    assert translated.civ_year == 2017
    assert translated.title == "Ban Na Ton Chan"
    page = soup(client.get("/en/villages/ban-na-ton-chan/"))
    assert ENGLISH_STORY in page.select_one(".village-story").get_text()
    osm = page.select_one(".village-location-card a.location-link-osm")["href"]
    assert "17.5161" in osm and "99.7712" in osm


def test_a_new_featured_window_on_the_thai_collection_reaches_the_english_one(
    client, storefront, bangkok_today
):
    # given a translated featured collection
    collection = build_collection(storefront["home"], products=[storefront["product"]])
    translate(collection, title="Hand-woven cloth from CIV villages")
    bangkok_today(datetime.date(2025, 6, 1))
    assert "Hand-woven cloth from CIV villages" in client.get("/en/").content.decode()
    # when the curator ends the window on the Thai page and publishes it
    collection = CollectionPage.objects.get(pk=collection.pk)
    collection.featured_from = datetime.date(2025, 3, 1)
    collection.featured_until = datetime.date(2025, 3, 31)
    publish(collection)
    # then the English collection has the same window, so it leaves the English home too
    translated = english(collection)
    assert (translated.featured_from, translated.featured_until) == (
        datetime.date(2025, 3, 1),
        datetime.date(2025, 3, 31),
    )
    assert translated.title == "Hand-woven cloth from CIV villages"
    assert "Hand-woven cloth from CIV villages" not in client.get("/en/").content.decode()


def test_products_chosen_on_the_thai_collection_reach_the_english_one(client, storefront):
    # given a translated collection of one product
    collection = build_collection(storefront["home"], products=[storefront["product"]])
    translate(collection, title="Hand-woven cloth")
    # when the curator adds a scarf on the Thai page, before the sarong, and publishes
    scarf = build_product(
        storefront["enterprise"], title="ผ้าพันคอ", title_en="Woven scarf", slug="scarf"
    )
    collection = CollectionPage.objects.get(pk=collection.pk)
    collection.products = [
        CollectionProduct(product=scarf, sort_order=0),
        CollectionProduct(product=storefront["product"], sort_order=1),
    ]
    publish(collection)
    # then the English collection lists both, in the same order
    translated = english(collection)
    assert [entry.product_id for entry in translated.products.order_by("sort_order")] == [
        scarf.pk,
        storefront["product"].pk,
    ]
    page = soup(client.get(translated.url)).select(".collection-products .collection-product")
    assert ["Woven scarf" in tile.get_text() for tile in page] == [True, False]


def test_publishing_the_english_translation_keeps_the_thai_shared_data(storefront):
    # given a translated village whose English editor changes the latitude by mistake
    village = storefront["village"]
    village.latitude, village.longitude = Decimal("17.516100"), Decimal("99.771200")
    publish(village)
    translated = translate_village(village)
    translated.latitude = Decimal("1.000000")
    publish(translated)
    # then the Thai page's coordinates win on both
    assert english(village).latitude == Decimal("17.516100")
    assert VillagePage.objects.get(pk=village.pk).latitude == Decimal("17.516100")
