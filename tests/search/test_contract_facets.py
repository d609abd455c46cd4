"""Contract: facet filters and counts, run unchanged on every backend.

One small catalogue (``shelf``) spread over three villages in three regions,
priced on and around the THB range boundaries, with certifications in every
state. Filters: values of one facet OR-ed, facets AND-ed. Counts of a facet are
computed with every filter except that facet's own, so a buyer who ticks one
province still sees how many products the other provinces would add.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from search.backends.base import FACETS, PRICE_RANGES, SearchQuery

from .factories import (
    StockRecord,
    certify,
    index_products,
    make_category,
    make_enterprise,
    make_product,
    make_village,
)

pytestmark = pytest.mark.django_db


@dataclass
class Shelf:
    """The products and places of the facet tests, by what a buyer would call them."""

    nonthaburi: object
    buriram: object
    chiang_mai: object
    koh_kret: object
    khwao: object
    bo_sang: object
    textiles: object
    silk: object
    food: object
    products: dict


@pytest.fixture
def shelf(db):
    today = timezone.localdate()
    koh_kret = make_village(
        "เกาะเกร็ด", "Koh Kret", changwat="นนทบุรี", changwat_en="Nonthaburi", is_civ=True
    )
    khwao = make_village("บ้านเขว้า", "Ban Khwao", changwat="จังหวัดบุรีรัมย์", changwat_en="")
    bo_sang = make_village(
        "บ่อสร้าง", "Bo Sang", changwat="เชียงใหม่", changwat_en="Chiang Mai", is_civ=True
    )
    nonthaburi = make_enterprise(koh_kret, name="กลุ่มเครื่องปั้นมอญ", name_en="Mon pottery")
    buriram = make_enterprise(khwao, name="กลุ่มทอผ้าไหม", name_en="Silk weavers")
    chiang_mai = make_enterprise(bo_sang, name="กลุ่มร่มบ่อสร้าง", name_en="Umbrella makers")
    textiles = make_category("ผ้าและเครื่องแต่งกาย", "Textiles")
    silk = make_category("ผ้าไหม", "Silk", parent=textiles)
    food = make_category("อาหาร", "Food")
    p = {}
    # Nonthaburi (central, CIV): pottery and a snack
    p["pot"] = make_product("หม้อดินเผา", price="150.00", enterprise=nonthaburi)
    p["vase"] = make_product("แจกันดินเผา", price="200.00", enterprise=nonthaburi, num_in_stock=0)
    p["snack"] = make_product(
        "ข้าวแต๋นน้ำแตงโม", price="45.00", enterprise=nonthaburi, categories=[food]
    )
    # Buri Ram (northeast, not CIV): silk
    p["scarf"] = make_product("ผ้าพันคอไหม", price="499.99", enterprise=buriram, categories=[silk])
    p["mudmee"] = make_product("ผ้าไหมมัดหมี่", price="500.00", enterprise=buriram, categories=[silk])
    p["sarong"] = make_product(
        "ผ้าซิ่นไหม", price="2000.00", enterprise=buriram, categories=[textiles], num_in_stock=0
    )
    # Chiang Mai (north, CIV): umbrellas, one not for sale
    p["umbrella"] = make_product("ร่มกระดาษสา", price="1999.00", enterprise=chiang_mai)
    p["sample"] = make_product("ร่มตัวอย่าง", price=None, enterprise=chiang_mai)
    StockRecord.objects.create(  # listed, price not set yet, none in stock
        product=p["sample"], partner=chiang_mai, partner_sku="sample", price=None, num_in_stock=0
    )
    # Certifications: only verified, unexpired ones are facet values
    certify(p["pot"], "tcps")
    certify(p["mudmee"], "tcps", expires_on=today + timedelta(days=30))
    certify(p["mudmee"], "otop")
    certify(p["scarf"], "otop", expires_on=today)  # expires today: no longer shown
    certify(p["snack"], "fda_food", status="pending")
    certify(p["snack"], "halal", status="rejected")
    certify(p["umbrella"], "gi", expires_on=today - timedelta(days=1))
    return Shelf(nonthaburi, buriram, chiang_mai, koh_kret, khwao, bo_sang, textiles, silk, food, p)


@pytest.fixture
def indexed(backend, shelf):
    """The shelf, indexed by the backend under test."""
    index_products(backend)
    return shelf


def found(backend, text="", **kwargs):
    return set(backend.search(SearchQuery(text=text, **kwargs)).ids)


def pks(shelf, *names):
    return {shelf.products[name].pk for name in names}


def facets(backend, text="", **kwargs):
    results = backend.search(SearchQuery(text=text, facets=True, **kwargs))
    return {
        name: [(value, count) for value, count in pairs] for name, pairs in results.facets.items()
    }


# --- Filters ---------------------------------------------------------------------------------


def test_each_facet_filters_alone(backend, indexed):
    s = indexed
    cases = {
        "category": ([str(s.textiles.pk)], {"scarf", "mudmee", "sarong"}),
        "region": (["northeast"], {"scarf", "mudmee", "sarong"}),
        "province": (["12"], {"pot", "vase", "snack"}),
        "village": ([str(s.bo_sang.pk)], {"umbrella", "sample"}),
        "civ": (["1"], {"pot", "vase", "snack", "umbrella", "sample"}),
        "certification": (["tcps"], {"pot", "mudmee"}),
        "price": (["200-500"], {"vase", "scarf"}),
        "enterprise": ([str(s.buriram.pk)], {"scarf", "mudmee", "sarong"}),
        "in_stock": (["0"], {"vase", "sarong", "sample"}),
    }
    assert set(cases) == set(FACETS)
    for facet, (values, names) in cases.items():
        assert found(backend, filters={facet: values}) == pks(s, *names), facet


def test_values_of_one_facet_are_or_ed(backend, indexed):
    s = indexed
    assert found(backend, filters={"province": ["12", "50"]}) == pks(
        s, "pot", "vase", "snack", "umbrella", "sample"
    )
    assert found(backend, filters={"price": ["0-200", "2000-"]}) == pks(s, "pot", "snack", "sarong")
    assert found(backend, filters={"certification": ["tcps", "otop"]}) == pks(s, "pot", "mudmee")
    assert found(backend, filters={"civ": ["1", "0"]}) == set(p.pk for p in s.products.values())


def test_facets_are_and_ed_with_each_other_the_text_and_the_category(backend, indexed):
    s = indexed
    assert found(backend, filters={"region": ["central"], "price": ["0-200"]}) == pks(
        s, "pot", "snack"
    )
    assert found(backend, filters={"civ": ["1"], "in_stock": ["1"]}) == pks(
        s, "pot", "snack", "umbrella"
    )
    assert found(backend, "ดินเผา", filters={"province": ["12", "31"], "in_stock": ["1"]}) == pks(
        s, "pot"
    )
    assert found(
        backend, category_ids=[s.textiles.pk], filters={"price": ["500-1000", "2000-"]}
    ) == pks(s, "mudmee", "sarong")
    assert found(backend, "ไหม", filters={"civ": ["1"]}) == set()


def test_a_price_belongs_to_the_range_it_starts(backend, indexed):
    # 200.00 is in 200-500 not 0-200; 499.99 in 200-500; 500.00 in 500-1000;
    # 1999.00 in 1000-2000; 2000.00 in 2000-; a product without price in none
    s = indexed
    assert found(backend, filters={"price": ["0-200"]}) == pks(s, "pot", "snack")
    assert found(backend, filters={"price": ["500-1000"]}) == pks(s, "mudmee")
    assert found(backend, filters={"price": ["1000-2000"]}) == pks(s, "umbrella")
    assert found(backend, filters={"price": ["2000-"]}) == pks(s, "sarong")
    assert found(backend, filters={"price": list(PRICE_RANGES)}) == set(
        p.pk for name, p in s.products.items() if name != "sample"
    )


def test_only_verified_unexpired_certifications_count(backend, indexed):
    s = indexed
    # pending FDA, rejected halal, GI expired yesterday, OTOP expiring today: none shown
    for kind in ("fda_food", "halal", "gi"):
        assert found(backend, filters={"certification": [kind]}) == set(), kind
    assert found(backend, filters={"certification": ["otop"]}) == pks(s, "mudmee")
    assert facets(backend)["certification"] == [("tcps", 2), ("otop", 1)]


# --- Counts ----------------------------------------------------------------------------------


def test_counts_without_any_choice(backend, indexed):
    s = indexed
    counts = facets(backend)
    assert set(counts) == set(FACETS)
    assert counts["province"] == [("12", 3), ("31", 3), ("50", 2)]
    assert counts["region"] == [("central", 3), ("northeast", 3), ("north", 2)]
    assert counts["village"] == sorted(
        [(str(s.koh_kret.pk), 3), (str(s.khwao.pk), 3), (str(s.bo_sang.pk), 2)],
        key=lambda pair: (-pair[1], pair[0]),
    )
    assert counts["enterprise"] == sorted(
        [(str(s.nonthaburi.pk), 3), (str(s.buriram.pk), 3), (str(s.chiang_mai.pk), 2)],
        key=lambda pair: (-pair[1], pair[0]),
    )
    # a product counts in its category and the ancestors of it
    assert counts["category"] == sorted(
        [(str(s.textiles.pk), 3), (str(s.silk.pk), 2), (str(s.food.pk), 1)],
        key=lambda pair: (-pair[1], pair[0]),
    )
    # civ and in_stock "1" first whatever the counts; price in range order, without empties
    assert counts["civ"] == [("1", 5), ("0", 3)]
    assert counts["in_stock"] == [("1", 5), ("0", 3)]
    assert counts["price"] == [
        ("0-200", 2),
        ("200-500", 2),
        ("500-1000", 1),
        ("1000-2000", 1),
        ("2000-", 1),
    ]


def test_choosing_a_province_keeps_the_other_provinces_counts(backend, indexed):
    s = indexed
    # When: the buyer ticks Nonthaburi
    results = backend.search(SearchQuery(filters={"province": ["12"]}, facets=True))
    counts = {name: list(map(tuple, pairs)) for name, pairs in results.facets.items()}
    # Then: three products listed, the other provinces still offer theirs
    assert results.total == 3
    assert counts["province"] == [("12", 3), ("31", 3), ("50", 2)]
    # and every other facet counts within Nonthaburi only
    assert counts["region"] == [("central", 3)]
    assert counts["village"] == [(str(s.koh_kret.pk), 3)]
    assert counts["price"] == [("0-200", 2), ("200-500", 1)]
    assert counts["in_stock"] == [("1", 2), ("0", 1)]
    assert counts["civ"] == [("1", 3)]
    assert counts["certification"] == [("tcps", 1)]
    assert counts["category"] == [(str(s.food.pk), 1)]


def test_two_facets_chosen_each_counts_within_the_other(backend, indexed):
    # When: Nonthaburi or Chiang Mai, and in stock
    counts = facets(backend, filters={"province": ["12", "50"], "in_stock": ["1"]})
    # Then: provinces counted among in-stock products, stock among the two provinces
    assert counts["province"] == [("12", 2), ("31", 2), ("50", 1)]
    assert counts["in_stock"] == [("1", 3), ("0", 2)]
    assert counts["region"] == [("central", 2), ("north", 1)]
    assert counts["price"] == [("0-200", 2), ("1000-2000", 1)]


def test_counts_follow_the_text_and_the_category(backend, indexed):
    s = indexed
    counts = facets(backend, "ไหม")
    assert counts["province"] == [("31", 3)]
    assert counts["certification"] == [("otop", 1), ("tcps", 1)]
    counts = facets(backend, category_ids=[s.silk.pk])
    assert counts["price"] == [("200-500", 1), ("500-1000", 1)]
    assert counts["category"] == sorted(
        [(str(s.textiles.pk), 2), (str(s.silk.pk), 2)], key=lambda pair: (-pair[1], pair[0])
    )


def test_a_chosen_value_is_listed_even_with_no_products(backend, indexed):
    # When: a shared link asks for a range and a province where nothing matches
    results = backend.search(
        SearchQuery(text="ร่ม", filters={"price": ["500-1000"], "province": ["12"]}, facets=True)
    )
    counts = {name: list(map(tuple, pairs)) for name, pairs in results.facets.items()}
    # Then: no products, but both choices are still on screen to be unticked
    assert results.ids == [] and results.total == 0
    assert ("500-1000", 0) in counts["price"]
    assert ("12", 0) in counts["province"]
    # and no option that would give nothing is offered
    assert counts["province"] == [("12", 0)]
    assert counts["price"] == [("500-1000", 0)]


def test_facets_are_not_computed_unless_asked(backend, indexed):
    results = backend.search(SearchQuery(filters={"province": ["12"]}))
    assert results.facets == {}
    assert results.total == 3


def test_indexing_a_product_again_moves_it_between_facet_values(backend, indexed):
    s = indexed
    # Given: the pot's price goes up and its last piece is sold
    pot = s.products["pot"]
    StockRecord.objects.filter(product=pot).update(price="250.00", num_in_stock=0)
    # When
    index_products(backend, pot)
    # Then
    assert found(backend, filters={"price": ["0-200"]}) == pks(s, "snack")
    assert found(backend, filters={"price": ["200-500"]}) == pks(s, "vase", "scarf", "pot")
    assert pot.pk in found(backend, filters={"in_stock": ["0"]})
    assert backend.search(SearchQuery()).total == len(s.products)
