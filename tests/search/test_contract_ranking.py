"""Contract: analysis as buyers meet it, ranking, typo tolerance, curator boost, sorting.

Runs unchanged on every backend (``backend`` fixture). The expected orders follow
the explicit score of search/backends/base.py: per query word 20 for a whole
title word, 8 for a whole body word, 3 for a sub-word piece or synonym, 1 for a
fuzzy match (typo), plus the curator boost; ties newest first.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from search.backends.base import MAX_BOOST, SearchQuery

from .factories import index_products, make_category, make_product

pytestmark = pytest.mark.django_db


def ids(backend, text="", **kwargs):
    return backend.search(SearchQuery(text=text, **kwargs)).ids


# --- Analysis as a buyer sees it -------------------------------------------------------------


def test_catalogue_words_are_searchable_whole_and_in_pieces(backend, enterprise):
    # Given: Thai compounds written without spaces, with village names from our word list
    silk = make_product("ผ้าไหมมัดหมี่บ้านเขว้า", enterprise=enterprise)
    sinh = make_product("ผ้าซิ่นตีนจก", enterprise=enterprise)
    basket = make_product("ตะกร้าไม้ไผ่สาน", enterprise=enterprise)
    index_products(backend)
    # When / Then: the whole compound, a known word inside it, and a piece of a word
    assert ids(backend, "ผ้าซิ่นตีนจก") == [sinh.pk]
    assert ids(backend, "ตีนจก") == [sinh.pk]
    assert ids(backend, "ซิ่น") == [sinh.pk]
    assert ids(backend, "บ้านเขว้า") == [silk.pk]
    assert ids(backend, "ไม้ไผ่") == [basket.pk]
    # a query written with spaces finds the unspaced title too
    assert ids(backend, "ผ้าไหม มัดหมี่") == [silk.pk]


def test_english_words_match_whatever_the_case_and_plural(backend, enterprise):
    # Given
    baskets = make_product("ตะกร้า", title_en="Water hyacinth BASKETS", enterprise=enterprise)
    berries = make_product("ข้าวไรซ์เบอร์รี่", title_en="Riceberry berries", enterprise=enterprise)
    index_products(backend)
    # When / Then
    assert ids(backend, "basket") == [baskets.pk]
    assert ids(backend, "Baskets") == [baskets.pk]
    assert ids(backend, "HYACINTH") == [baskets.pk]
    assert ids(backend, "berry") == [berries.pk]


def test_either_language_finds_a_product_described_in_both(backend, enterprise):
    # Given: Thai title and English description, and the other way round
    thai_first = make_product(
        "ผ้าคลุมไหล่", description_en="<p>Naturally dyed with lotus stems</p>", enterprise=enterprise
    )
    english_first = make_product(
        "Lacquer box", title_en="Lacquer box", description="กล่องเขินลายทอง", enterprise=enterprise
    )
    index_products(backend)
    # When / Then
    assert ids(backend, "lotus") == [thai_first.pk]
    assert ids(backend, "ผ้าคลุมไหล่") == [thai_first.pk]
    assert ids(backend, "lacquer") == [english_first.pk]
    assert ids(backend, "เขิน") == [english_first.pk]


@pytest.mark.parametrize(
    ("thai_title", "english_title", "thai_query", "english_query"),
    [
        ("ผ้าไหมมัดหมี่", "Hand-tied silk", "มัดหมี่", "mudmee"),
        ("ผ้าคลุมไหล่แพรวา", "Shawl", "แพรวา", "praewa"),
        ("ผ้าไหมทอมือ", "Handwoven", "ไหม", "silk"),
        ("ผ้าย้อมคราม", "Naturally dyed cloth", "คราม", "indigo"),
        ("สินค้าโอทอป", "Five-star product", "โอทอป", "OTOP"),
    ],
)
def test_synonyms_and_romanisations_find_the_other_language(
    backend, enterprise, thai_title, english_title, thai_query, english_query
):
    # Given: one product says the craft word only in Thai, the other only in English
    thai = make_product(thai_title, enterprise=enterprise)
    english = make_product(
        f"Item {english_query}", title_en=f"{english_title} {english_query}", enterprise=enterprise
    )
    make_product("แจกันดินเผา", title_en="Clay vase", enterprise=enterprise)
    index_products(backend)
    # When / Then: the English word finds the Thai product and the Thai word the English one
    assert set(ids(backend, english_query)) == {thai.pk, english.pk}
    assert set(ids(backend, thai_query)) == {thai.pk, english.pk}


def test_a_multi_word_romanisation_finds_the_thai_word(backend, enterprise):
    # Given
    praewa = make_product("ผ้าไหมแพรวากาฬสินธุ์", enterprise=enterprise)
    make_product("ผ้าไหมมัดหมี่", enterprise=enterprise)
    index_products(backend)
    # When / Then: "phrae wa" is one member of the แพรวา group
    assert ids(backend, "phrae wa") == [praewa.pk]


# --- Ranking ---------------------------------------------------------------------------------


def test_title_word_above_body_word_above_synonym(backend, enterprise):
    # Given: "silk" as a title word, as a description word, and only as the synonym of ไหม
    by_synonym = make_product("ผ้าพันคอไหม", enterprise=enterprise)
    in_body = make_product(
        "Scarf", title_en="Scarf", description_en="Pure silk", enterprise=enterprise
    )
    in_title = make_product("Silk", title_en="Silk cushion", enterprise=enterprise)
    index_products(backend)
    # When / Then: 24 > 12 > 4 (whatever their age)
    assert ids(backend, "silk") == [in_title.pk, in_body.pk, by_synonym.pk]


def test_a_word_matching_several_ways_outranks_one_matching_once(backend, enterprise):
    # Given: both have "ผ้าฝ้าย" in the title; only one also says it in the description
    title_only = make_product("ผ้าฝ้ายทอมือ", enterprise=enterprise)
    title_and_body = make_product("ผ้าฝ้ายลายน้ำไหล", description="ผ้าฝ้าย เนื้อนุ่ม", enterprise=enterprise)
    newer = make_product("ผ้าฝ้ายสีพื้น", enterprise=enterprise)
    index_products(backend)
    # When
    ranked = ids(backend, "ผ้าฝ้าย")
    # Then: title + body first, then the equally relevant ones newest first
    assert ranked == [title_and_body.pk, newer.pk, title_only.pk]


def test_a_misspelt_title_is_found_below_the_exact_one(backend, enterprise):
    # Given: a seller's typo ("coton"), created after the correctly spelt product
    exact = make_product("กระเป๋า", title_en="Cotton bag", enterprise=enterprise)
    typo = make_product("กระเป๋าผ้า", title_en="Coton tote", enterprise=enterprise)
    index_products(backend)
    # When / Then: the typo matches by one edit, and ranks below the exact word
    assert ids(backend, "cotton") == [exact.pk, typo.pk]


def test_a_buyers_typo_still_finds_the_product(backend, enterprise):
    # Given
    scarf = make_product("ผ้าพันคอ", title_en="Silk scarf", enterprise=enterprise)
    pakaoma = make_product("ผ้าขาวม้าลายตาราง", enterprise=enterprise)
    make_product("แจกันดินเผา", title_en="Clay vase", enterprise=enterprise)
    index_products(backend)
    # When / Then: a transposition is one edit; a missing Thai vowel too
    assert ids(backend, "scraf") == [scarf.pk]
    assert ids(backend, "ผ้าขาวม้") == [pakaoma.pk]
    assert ids(backend, "silk scraf") == [scarf.pk]


def test_no_typo_tolerance_for_words_under_four_characters(backend, enterprise):
    # Given
    teak = make_product("ชามไม้สัก", title_en="Teak bowl", enterprise=enterprise)
    index_products(backend)
    # When / Then: "tea" is one edit from "teak" but too short to be a typo; "teek" is not
    assert ids(backend, "tea") == []
    assert ids(backend, "teek") == [teak.pk]


def test_typo_tolerance_can_be_switched_off(backend, enterprise):
    # Given
    scarf = make_product("ผ้าพันคอ", title_en="Silk scarf", enterprise=enterprise)
    index_products(backend)
    # When / Then
    assert ids(backend, "scraf", fuzzy=False) == []
    assert ids(backend, "ผ้าขาวม้", fuzzy=False) == []
    assert ids(backend, "scarf", fuzzy=False) == [scarf.pk]


def test_two_edits_only_for_words_of_eight_characters_or_more(backend, enterprise):
    # Given
    pottery = make_product("หม้อ", title_en="Handmade pottery", enterprise=enterprise)
    index_products(backend)
    # When / Then: up to 7 letters one edit ("handmde"), not two ("hndmde");
    # from 8 letters two ("hantmate": two letters wrong), never three ("hantmatte")
    assert ids(backend, "handmde") == [pottery.pk]
    assert ids(backend, "hndmde") == []
    assert ids(backend, "hantmate") == [pottery.pk]
    assert ids(backend, "hantmatte") == []


def test_curator_boost_lifts_a_product_among_equally_relevant_ones(backend, enterprise):
    # Given: three equally relevant products; the oldest one is lifted by DIP
    lifted = make_product("ผ้าไหมลายดอก", priority=5, enterprise=enterprise)
    plain = make_product("ผ้าไหมลายนก", enterprise=enterprise)
    newest = make_product("ผ้าไหมลายปลา", enterprise=enterprise)
    index_products(backend)
    # When / Then
    assert ids(backend, "ผ้าไหม") == [lifted.pk, newest.pk, plain.pk]


def test_curator_boost_orders_the_catalogue_browse(backend, enterprise):
    # Given: priorities out of range are clamped to 0..MAX_BOOST
    low = make_product("ตะกร้า ก", priority=-3, enterprise=enterprise)
    top = make_product("ตะกร้า ข", priority=MAX_BOOST + 30, enterprise=enterprise)
    middle = make_product("ตะกร้า ค", priority=4, enterprise=enterprise)
    also_top = make_product("ตะกร้า ง", priority=MAX_BOOST, enterprise=enterprise)
    plain = make_product("ตะกร้า จ", enterprise=enterprise)
    index_products(backend)
    # When / Then: boost first, then newest (the clamped 50 ties with 20)
    assert ids(backend) == [also_top.pk, top.pk, middle.pk, plain.pk, low.pk]


def test_equally_relevant_products_come_newest_first(backend, enterprise):
    # Given: the same title three times, created a day apart (out of id order)
    now = timezone.now()
    products = [make_product("ผ้าทอมือ", enterprise=enterprise) for _ in range(3)]
    ages = [1, 3, 2]
    for product, days in zip(products, ages, strict=True):
        type(product).objects.filter(pk=product.pk).update(date_created=now - timedelta(days=days))
    index_products(backend)
    # When / Then
    expected = [products[0].pk, products[2].pk, products[1].pk]
    assert ids(backend, "ผ้าทอมือ") == expected
    assert ids(backend, sort="newest") == expected
    assert ids(backend) == expected


# --- Sorting and paging ----------------------------------------------------------------------


def test_price_sorts_put_unpriced_products_last(backend, enterprise):
    # Given
    unpriced = make_product("ข้าวแต๋น ไม่มีราคา", price=None, enterprise=enterprise)
    cheap = make_product("ข้าวแต๋น ถุงเล็ก", price="45.00", enterprise=enterprise)
    dear = make_product("ข้าวแต๋น กล่องใหญ่", price="320.00", enterprise=enterprise)
    middle = make_product("ข้าวแต๋น ถุงกลาง", price="99.50", enterprise=enterprise)
    index_products(backend)
    # When / Then
    assert ids(backend, "ข้าวแต๋น", sort="price-asc") == [cheap.pk, middle.pk, dear.pk, unpriced.pk]
    assert ids(backend, "ข้าวแต๋น", sort="price-desc") == [
        dear.pk,
        middle.pk,
        cheap.pk,
        unpriced.pk,
    ]
    assert ids(backend, sort="price-asc") == [cheap.pk, middle.pk, dear.pk, unpriced.pk]


def test_equal_prices_come_newest_first(backend, enterprise):
    # Given: two bags at the same price (ties go newest first, as in every order)
    older = make_product("ข้าวแต๋น ถุงเล็ก", price="45.00", enterprise=enterprise)
    newer = make_product("ข้าวแต๋น ถุงเล็กพิเศษ", price="45.00", enterprise=enterprise)
    dear = make_product("ข้าวแต๋น กล่องใหญ่", price="320.00", enterprise=enterprise)
    index_products(backend)
    # When / Then
    assert ids(backend, "ข้าวแต๋น", sort="price-asc") == [newer.pk, older.pk, dear.pk]
    assert ids(backend, "ข้าวแต๋น", sort="price-desc") == [dear.pk, newer.pk, older.pk]


def test_sort_ignores_relevance_but_keeps_the_matches(backend, enterprise):
    # Given: a strong title match that is dear and a weak body match that is cheap
    strong = make_product("น้ำผึ้งป่า", price="400.00", enterprise=enterprise)
    weak = make_product("สบู่สมุนไพร", description="ผสม น้ำผึ้ง", price="80.00", enterprise=enterprise)
    make_product("ชาใบหม่อน", price="60.00", enterprise=enterprise)
    index_products(backend)
    # When / Then
    assert ids(backend, "น้ำผึ้ง") == [strong.pk, weak.pk]
    assert ids(backend, "น้ำผึ้ง", sort="price-asc") == [weak.pk, strong.pk]
    assert ids(backend, "น้ำผึ้ง", sort="newest") == [weak.pk, strong.pk]


def test_paging_through_equal_scores_shows_every_product_once(backend, enterprise):
    # Given: seven products no order can tell apart but age and id
    category = make_category("ผ้าทอ", "Textiles")
    products = [
        make_product("ผ้าไหมลายเดียวกัน", enterprise=enterprise, categories=[category])
        for _ in range(7)
    ]
    index_products(backend)
    for sort in ("relevance", "newest", "price-asc", "price-desc"):
        # When: page by page, three at a time
        whole = ids(backend, "ผ้าไหม", sort=sort, limit=20)
        pages = [ids(backend, "ผ้าไหม", sort=sort, offset=o, limit=3) for o in (0, 3, 6)]
        # Then: the pages are the whole list cut in three, and the whole list is every product
        assert [pk for page in pages for pk in page] == whole, sort
        assert sorted(whole) == sorted(p.pk for p in products)
        assert ids(backend, sort=sort, category_ids=[category.pk], offset=6, limit=3) == whole[6:]


def test_an_empty_page_past_the_end_still_reports_the_total(backend, enterprise):
    for n in range(3):
        make_product(f"ลำไยอบแห้ง {n}", enterprise=enterprise)
    index_products(backend)
    results = backend.search(SearchQuery(text="ลำไย", offset=10, limit=5))
    assert results.ids == []
    assert results.total == 3
    assert backend.search(SearchQuery(text="ลำไย", limit=0)).total == 3
