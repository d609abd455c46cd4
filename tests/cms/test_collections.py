"""DIP-curated collections: the featured window (Bangkok dates, both ends included), the
curated order on the home page, and collections that leave the home page by themselves."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from oscar.core.loading import get_model

from cms.models import CollectionPage
from tests.cms.builders import (
    build_collection,
    build_enterprise,
    build_product,
    build_village,
    english,
    paragraph,
    publish,
)
from tests.i18n.html import soup

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

MARCH_1 = datetime.date(2025, 3, 1)
MARCH_31 = datetime.date(2025, 3, 31)


def march_collection(storefront, **fields):
    """A collection featured through March 2025."""
    return build_collection(
        storefront["home"], products=[storefront["product"]],
        featured_from=MARCH_1, featured_until=MARCH_31, **fields,
    )  # fmt: skip


def featured_titles(client, url="/"):
    """Titles of the collections the home page at ``url`` features, in page order."""
    section = soup(client.get(url)).select_one("#collections")
    if section is None:
        return []
    return [heading.get_text(strip=True) for heading in collection_headings(section)]


def collection_headings(section):
    """The heading that names each featured collection (its ``aria-labelledby``)."""
    return [
        section.find(id=collection["aria-labelledby"])
        for collection in section.select(".featured-collection")
    ]


@pytest.mark.parametrize(
    "day, shown",
    [
        (datetime.date(2025, 2, 28), False),  # the day before
        (MARCH_1, True),  # the first day
        (datetime.date(2025, 3, 15), True),
        (MARCH_31, True),  # the last day, included
        (datetime.date(2025, 4, 1), False),  # the day after
    ],
)
def test_a_collection_is_featured_from_its_first_to_its_last_day(storefront, day, shown):
    collection = march_collection(storefront)
    featured = CollectionPage.objects.filter(locale=collection.locale).featured_on(day)
    assert (collection in featured) is shown


def test_a_collection_without_the_featured_flag_is_never_featured(storefront):
    collection = march_collection(storefront, featured=False)
    assert collection not in CollectionPage.objects.featured_on(datetime.date(2025, 3, 15))


def test_a_collection_without_dates_is_featured_until_unflagged(storefront):
    collection = build_collection(storefront["home"], products=[storefront["product"]])
    assert collection in CollectionPage.objects.featured_on(datetime.date(2000, 1, 1))
    assert collection in CollectionPage.objects.featured_on(datetime.date(2100, 1, 1))


def test_an_end_date_before_the_start_date_is_refused(storefront):
    # given an editor who sets the window backwards
    collection = march_collection(storefront)
    collection.featured_from, collection.featured_until = MARCH_31, MARCH_1
    # when the page is validated, then the end date is refused with a clear message
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            collection.full_clean()
        [message] = refused.value.message_dict["featured_until"]
        assert message == "The end date must not be before the start date."


def test_a_one_day_window_is_accepted(storefront):
    collection = march_collection(storefront)
    collection.featured_until = MARCH_1
    collection.full_clean()


# The home page ---------------------------------------------------------------------


def test_home_page_shows_featured_collections_in_tree_order(client, storefront, bangkok_today):
    # given three collections featured in March, created in this order
    bangkok_today(datetime.date(2025, 3, 10))
    first = march_collection(storefront, title="ผ้าทอมือจากหมู่บ้าน CIV", slug="woven")
    second = march_collection(storefront, title="ของฝากจากลุ่มน้ำเจ้าพระยา", slug="souvenirs")
    third = march_collection(storefront, title="เครื่องปั้นดินเผา", slug="pottery")
    # then the home page shows them in the order of the page tree
    assert featured_titles(client) == [first.title, second.title, third.title]
    # when an editor drags the third before the first
    third.move(first, pos="left")
    # then the home page follows the new order
    assert featured_titles(client) == [third.title, first.title, second.title]


def test_home_page_hides_a_collection_once_its_window_has_passed(client, storefront, bangkok_today):
    # given a collection featured through March and another with no end date
    march = march_collection(storefront, title="ผ้าทอเดือนมีนาคม", slug="march")
    always = build_collection(
        storefront["home"], products=[storefront["product"]], title="ของดีประจำปี", slug="always"
    )
    # when buyers open the home page in March, then both are there
    bangkok_today(MARCH_31)
    assert featured_titles(client) == [march.title, always.title]
    # and on April 1st, with nobody touching the pages, the March one is gone
    bangkok_today(datetime.date(2025, 4, 1))
    assert featured_titles(client) == [always.title]
    # and before March 1st it was not shown yet
    bangkok_today(datetime.date(2025, 2, 28))
    assert featured_titles(client) == [always.title]


def test_home_page_does_not_feature_an_unflagged_or_draft_collection(client, storefront):
    build_collection(
        storefront["home"], products=[storefront["product"]], title="ไม่แนะนำ", slug="not-featured",
        featured=False,
    )  # fmt: skip
    draft = build_collection(
        storefront["home"], products=[storefront["product"]], title="ฉบับร่าง", slug="draft"
    )
    draft.unpublish()
    assert featured_titles(client) == []


def sold_out(product):
    StockRecord.objects.filter(product=product).update(num_in_stock=0)


def test_a_collection_whose_products_all_sold_out_leaves_the_home_page(client, storefront):
    # given a featured collection of two products, one of them sold out
    enterprise = storefront["enterprise"]
    scarf = build_product(enterprise, title="ผ้าพันคอ", title_en="Scarf", slug="scarf")
    sold_out(scarf)
    collection = build_collection(
        storefront["home"], products=[scarf, storefront["product"]], title="ผ้าทอ", slug="cloth"
    )
    # then the home page features it with the product still for sale
    section = soup(client.get("/")).select_one("#collections")
    assert featured_titles(client) == [collection.title]
    assert "ผ้าซิ่นตีนจก" in section.get_text() and "ผ้าพันคอ" not in section.get_text()
    # when the last product sells out, then it disappears without anyone touching it
    sold_out(storefront["product"])
    assert featured_titles(client) == []
    # and its own page still presents it
    assert client.get(collection.url).status_code == 200


def test_a_collection_whose_enterprises_are_suspended_leaves_the_home_page(client, storefront):
    # given a featured collection of one enterprise's product
    collection = build_collection(storefront["home"], products=[storefront["product"]])
    assert featured_titles(client) == [collection.title]
    # when DIP suspends the enterprise, then the collection is no longer featured
    Partner.objects.filter(pk=storefront["enterprise"].pk).update(status="suspended")
    assert featured_titles(client) == []


def test_a_collection_with_one_product_left_stays_on_the_home_page(client, storefront):
    # given a collection of a suspended enterprise's product and an available one
    other_village = build_village(storefront["home"], title="บ้านเชียง", slug="ban-chiang")
    suspended = build_enterprise(other_village, name="กลุ่มพัก", code="paused", status="suspended")
    vase = build_product(suspended, title="แจกัน", slug="vase")
    collection = build_collection(
        storefront["home"], products=[vase, storefront["product"]], title="รวมของดี", slug="mix"
    )
    # then it is featured, with the available product only
    assert featured_titles(client) == [collection.title]
    section = soup(client.get("/")).select_one("#collections").get_text()
    assert "ผ้าซิ่นตีนจก" in section and "แจกัน" not in section


def test_english_home_page_features_the_english_collections(client, storefront):
    # given a featured Thai collection (published, so with its English version)
    collection = build_collection(
        storefront["home"], products=[storefront["product"]],
        body=paragraph("<p>ผ้าทอจากหมู่บ้าน</p>"),
    )  # fmt: skip
    # when a buyer opens the English home page
    section = soup(client.get("/en/")).select_one("#collections")
    # then the collection links to its English page
    links = {heading.a["href"] for heading in collection_headings(section)}
    assert links == {english(collection).url}
    assert english(collection).url.startswith("/en/")


def test_collection_page_lists_its_products_in_curated_order_with_notes(client, storefront):
    # given a collection whose editor put a scarf before the sarong, with a note
    scarf = build_product(storefront["enterprise"], title="ผ้าพันคอ", slug="scarf")
    collection = build_collection(storefront["home"], products=[scarf, storefront["product"]])
    entry = collection.products.get(product=storefront["product"])
    entry.note = "ลายโบราณหาชมยาก"
    entry.save()
    collection = publish(CollectionPage.objects.get(pk=collection.pk))
    # when a buyer opens the collection
    products = soup(client.get(collection.url)).select(".collection-products .collection-product")
    # then the products come in the curated order, the note under its product
    assert ["ผ้าพันคอ" in p.get_text() for p in products] == [True, False]
    assert "ผ้าซิ่นตีนจก" in products[1].get_text()
    assert "ลายโบราณหาชมยาก" in products[1].select_one(".curator-note").get_text()
