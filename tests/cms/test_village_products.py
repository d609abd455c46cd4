"""A village page lists what its community enterprises sell, straight from the catalogue
(nobody types products into the page), and the stories told about the village."""

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from catalogue.views import PRODUCTS_PER_PAGE
from tests.cms.builders import (
    build_enterprise,
    build_product,
    build_story,
    build_village,
    english,
)
from tests.i18n.html import internal_links, soup

Partner = get_model("partner", "Partner")


def thai_url(product):
    with translation.override("th"):
        return product.get_absolute_url()


def product_links(client, url):
    """Links to product pages inside the page's product section."""
    section = soup(client.get(url)).select_one(".village-products")
    return {link for link in internal_links(section) if "/shop/catalogue/" in link}


@pytest.fixture
def two_villages(storefront):
    """The storefront's village and Ban Chiang, whose pottery group sells a vase."""
    ban_chiang = build_village(
        storefront["home"], title="บ้านเชียง", title_en="Ban Chiang", slug="ban-chiang",
        changwat="อุดรธานี", changwat_en="Udon Thani", is_civ=False,
    )  # fmt: skip
    potters = build_enterprise(ban_chiang, name="กลุ่มเครื่องปั้นบ้านเชียง", code="ban-chiang-pottery")
    vase = build_product(potters, title="แจกันลายเขียนสี", title_en="Painted vase", slug="vase")
    return {**storefront, "ban_chiang": ban_chiang, "potters": potters, "vase": vase}


def test_village_page_lists_the_products_of_its_enterprises(client, two_villages):
    # given two villages, each with an enterprise selling a product
    village = two_villages["village"]
    # when a buyer opens the first village's page
    links = product_links(client, village.url)
    # then it shows its own enterprise's product, not the other village's
    assert thai_url(two_villages["product"]) in links
    assert thai_url(two_villages["vase"]) not in links
    # and names its enterprise, linking to the enterprise's page
    enterprises = soup(client.get(village.url)).select_one(".village-enterprises")
    assert "กลุ่มทอผ้าบ้านนาต้นจั่น" in enterprises.get_text()
    assert "กลุ่มเครื่องปั้นบ้านเชียง" not in enterprises.get_text()


def test_a_new_product_appears_on_its_village_page_without_editing_the_page(client, two_villages):
    # given the enterprise adds a product in the catalogue (nobody edits the village page)
    scarf = build_product(two_villages["enterprise"], title="ผ้าพันคอ", slug="scarf")
    # then the village page lists it
    assert thai_url(scarf) in product_links(client, two_villages["village"].url)


def test_english_village_page_lists_the_same_products_in_english(client, two_villages):
    # given the English page of the village (still an alias of the Thai one)
    url = english(two_villages["village"]).url
    assert url == "/en/villages/ban-na-ton-chan/"
    # when a buyer opens it
    page = soup(client.get(url))
    section = page.select_one(".village-products")
    # then it lists the enterprise's product by its English title, linking under /en/
    assert "Teen jok sarong" in section.get_text()
    assert "/en" + thai_url(two_villages["product"]) in internal_links(section)
    assert "Painted vase" not in section.get_text()


def test_a_suspended_enterprise_disappears_from_its_village_page(client, two_villages):
    # given a second enterprise in the village, then suspended by DIP
    village = two_villages["village"]
    dyers = build_enterprise(village, name="กลุ่มย้อมคราม", code="indigo-dyers")
    shirt = build_product(dyers, title="เสื้อย้อมคราม", slug="indigo-shirt")
    assert thai_url(shirt) in product_links(client, village.url)
    Partner.objects.filter(pk=dyers.pk).update(status="suspended")
    # when a buyer opens the village page
    page = soup(client.get(village.url))
    # then neither the enterprise nor its products are shown, the others still are
    assert "กลุ่มย้อมคราม" not in page.select_one(".village-enterprises").get_text()
    links = product_links(client, village.url)
    assert thai_url(shirt) not in links
    assert thai_url(two_villages["product"]) in links


def test_an_applicant_enterprise_is_not_listed_yet(client, two_villages):
    village = two_villages["village"]
    applicant = build_enterprise(village, name="กลุ่มใหม่", code="newcomers", status="applied")
    build_product(applicant, title="ตะกร้าสาน", slug="basket")
    page = soup(client.get(village.url))
    assert "กลุ่มใหม่" not in page.select_one(".village-enterprises").get_text()
    assert "ตะกร้าสาน" not in page.select_one(".village-products").get_text()


def test_village_products_are_paginated(client, storefront):
    # given a village with one product more than a page holds
    for number in range(PRODUCTS_PER_PAGE):
        build_product(storefront["enterprise"], title=f"ผ้า {number}", slug=f"cloth-{number}")
    url = storefront["village"].url
    # when a buyer opens the village page, then it shows a full page and a next link
    first = soup(client.get(url)).select_one(".village-products")
    assert len(first.select("ol > li")) == PRODUCTS_PER_PAGE
    assert first.select_one('.pagination a[href="?page=2"]') is not None
    # and the second page holds the rest
    second = soup(client.get(url, {"page": 2})).select_one(".village-products")
    assert len(second.select("ol > li")) == 1
    # together every product once
    links = product_links(client, url) | product_links(client, url + "?page=2")
    assert len(links) == PRODUCTS_PER_PAGE + 1


def test_a_village_without_enterprises_says_it_has_no_products_yet(client, two_villages):
    empty = build_village(two_villages["home"], title="บ้านใหม่", slug="ban-mai", changwat="น่าน")
    page = soup(client.get(empty.url))
    assert page.select_one(".village-products li") is None
    assert page.select_one(".village-enterprises") is None
    assert (
        "no products"
        in soup(client.get(english(empty).url)).select_one(".village-products").get_text()
    )


def story_titles(client, url):
    section = soup(client.get(url)).select_one(".village-stories")
    return [] if section is None else [h.get_text(strip=True) for h in section.select("h3")]


def test_village_page_shows_the_stories_about_it(client, two_villages):
    # given a story about the village, one about the other village, one about both
    village, ban_chiang = two_villages["village"], two_villages["ban_chiang"]
    ours = build_story(two_villages["home"], villages=[village], title="ป้าจันทร์", slug="chan")
    build_story(two_villages["home"], villages=[ban_chiang], title="ช่างปั้น", slug="potter")
    both = build_story(
        two_villages["home"], villages=[village, ban_chiang], title="งานแสดงสินค้า", slug="fair",
        kind="news",
    )  # fmt: skip
    # when a buyer opens the village page, then it shows the two stories about it
    assert sorted(story_titles(client, village.url)) == sorted([ours.title, both.title])
    # and each links to the story's page
    links = internal_links(soup(client.get(village.url)).select_one(".village-stories"))
    assert ours.url in links and both.url in links


def test_english_village_page_links_to_the_english_stories(client, two_villages):
    village = two_villages["village"]
    story = build_story(two_villages["home"], villages=[village])
    section = soup(client.get(english(village).url)).select_one(".village-stories")
    assert english(story).url in internal_links(section)
    assert english(story).url.startswith("/en/stories/")


def test_an_unpublished_story_is_not_shown_on_the_village_page(client, two_villages):
    village = two_villages["village"]
    story = build_story(two_villages["home"], villages=[village])
    story.unpublish()
    assert story_titles(client, village.url) == []
