"""The facets side column, chosen-filter chips, sort and pagination that keep the
filters, the "nothing found" help and the query budget of filtered pages."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from search.labels import FacetLabeler, price_label

from .factories import (
    certify,
    make_category,
    make_enterprise,
    make_many_products,
    make_product,
    make_village,
)

pytestmark = pytest.mark.django_db

Certification = get_model("catalogue", "Certification")

#: SQL queries a product list page may make, whatever the page size (issue #6).
QUERY_BUDGET = 10


@pytest.fixture
def catalogue(backend, index_all):
    """Two villages in two regions, one CIV; a verified and a pending certification."""
    buriram = make_village(
        "บ้านนาโพธิ์", "Ban Na Pho", changwat="บุรีรัมย์", changwat_en="Buri Ram", is_civ=True
    )
    chiangmai = make_village("บ้านถวาย", "Ban Tawai", changwat="เชียงใหม่", changwat_en="Chiang Mai")
    weavers = make_enterprise(buriram, name="กลุ่มทอผ้าไหมนาโพธิ์", name_en="Na Pho Silk Weavers")
    carvers = make_enterprise(chiangmai, name="กลุ่มแกะสลักถวาย", name_en="Tawai Carvers")
    textiles = make_category("ผ้า", "Textiles")
    silk = make_category("ผ้าไหม", "Silk", parent=textiles)
    scarf = make_product("ผ้าไหมมัดหมี่นาโพธิ์", price="350.00", enterprise=weavers, categories=[silk])
    certify(scarf, Certification.Kind.TCPS)
    cloth = make_product("ผ้าฝ้ายถวาย", price="1500.00", enterprise=carvers, categories=[textiles])
    certify(cloth, Certification.Kind.GI, status="pending")
    make_product("ช้างไม้สักถวาย", price="2500.00", enterprise=carvers, num_in_stock=0)
    index_all()
    return {
        "scarf": scarf,
        "cloth": cloth,
        "weavers": weavers,
        "buriram": buriram,
        "textiles": textiles,
        "silk": silk,
    }


def groups(response) -> dict[str, dict]:
    return {group["name"]: group for group in response.context["facet_groups"]}


def options(response, facet) -> dict[str, tuple[str, int, bool]]:
    """{value: (label, count, chosen)} of one facet."""
    return {
        o["value"]: (str(o["label"]), o["count"], o["chosen"])
        for o in groups(response)[facet]["options"]
    }


def titles(response, name="results"):
    return [product.title for product in response.context[name]]


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_search_page_lists_every_facet_with_names_and_counts(client, catalogue):
    # When: every product has ถวาย or นาโพธิ์ ... search for what they share
    response = client.get(reverse("search:search"), {"q": "ถวาย"})
    # Then: the two Chiang Mai products, facets named in Thai
    assert response.status_code == 200
    assert sorted(titles(response)) == ["ช้างไม้สักถวาย", "ผ้าฝ้ายถวาย"]
    assert options(response, "province") == {"50": ("เชียงใหม่", 2, False)}
    assert options(response, "enterprise")[str(catalogue["cloth"].stockrecords.get().partner_id)][
        :2
    ] == ("กลุ่มแกะสลักถวาย", 2)
    assert options(response, "in_stock") == {"1": ("ใช่", 1, False), "0": ("ไม่ใช่", 1, False)}
    assert options(response, "price") == {
        "1000-2000": ("฿1,000–฿2,000", 1, False),
        "2000-": (price_label("2000-"), 1, False),
    }
    # a pending certification is not a facet value
    assert "certification" not in groups(response)
    html = response.content.decode()
    assert "เชียงใหม่" in html and "search-facet-count" in html


def test_facets_speak_english_on_english_pages(client, catalogue):
    with translation.override("en"):
        url = reverse("search:search")
    response = client.get(url, {"q": "ผ้า"})
    assert response.status_code == 200
    assert options(response, "province")["31"][0] == "Buri Ram"
    assert options(response, "region")["northeast"][0] == "Northeastern"
    assert options(response, "village")[str(catalogue["buriram"].pk)][0] == "Ban Na Pho"
    assert options(response, "category")[str(catalogue["textiles"].pk)][0] == "Textiles"
    assert options(response, "certification")["tcps"][0].startswith("Thai Community Product")
    assert options(response, "civ")["1"][0] == "Yes"


def test_filters_combine_and_every_link_keeps_the_others(client, catalogue):
    # Given: a province chosen
    url = reverse("search:search")
    response = client.get(url, {"q": "ผ้า", "province": "31", "sort_by": "price-asc"})
    # Then: only the Buri Ram scarf, but the province facet still offers Chiang Mai
    assert titles(response) == [catalogue["scarf"].title]
    assert options(response, "province")["31"] == ("บุรีรัมย์", 1, True)
    assert options(response, "province")["50"] == ("เชียงใหม่", 1, False)
    # OR within a facet: adding Chiang Mai keeps Buri Ram and the words and the sort
    add = query(groups(response)["province"]["options"][1]["url"])
    assert add == {"q": ["ผ้า"], "province": ["31", "50"], "sort_by": ["price-asc"]}
    both = client.get(url, add)
    assert titles(both) == ["ผ้าไหมมัดหมี่นาโพธิ์", "ผ้าฝ้ายถวาย"]
    # AND across facets: a price range on top leaves one
    narrowed = client.get(url, {**add, "price": "1000-2000"})
    assert titles(narrowed) == ["ผ้าฝ้ายถวาย"]
    # a chip per choice; removing one keeps the other; "clear all" keeps the words and sort
    chips = {chip["facet"]: chip for chip in narrowed.context["chosen_filters"] if chip["facet"]}
    assert query(chips["price"]["url"]) == add
    assert query(narrowed.context["clear_filters_url"]) == {"q": ["ผ้า"], "sort_by": ["price-asc"]}
    assert query(groups(narrowed)["province"]["clear_url"]) == {
        "q": ["ผ้า"],
        "sort_by": ["price-asc"],
        "price": ["1000-2000"],
    }
    # the sort form carries the words and every filter as hidden fields
    assert sorted(narrowed.context["sort_hidden_params"]) == [
        ("price", "1000-2000"),
        ("province", "31"),
        ("province", "50"),
        ("q", "ผ้า"),
    ]


def test_malformed_filter_values_are_ignored(client, catalogue):
    response = client.get(
        reverse("search:search"),
        {"q": "ผ้า", "province": "<script>", "village": "1 OR 1=1", "price": "cheap"},
    )
    assert response.status_code == 200
    assert len(response.context["results"]) == 2
    assert response.context["chosen_filters"] == []


def test_pagination_keeps_words_sort_and_filters(client, backend, index_all, settings):
    settings.OSCAR_PRODUCTS_PER_PAGE = 5
    enterprise = make_enterprise()
    make_many_products(12, enterprise=enterprise)
    index_all()
    params = {"q": "ผ้าไหม", "enterprise": str(enterprise.pk), "sort_by": "newest"}
    response = client.get(reverse("search:search"), params)
    assert response.context["paginator"].num_pages == 3
    html = response.content.decode()
    next_link = html.split('class="page-link" href="', 2)[1].split('"')[0].replace("&amp;", "&")
    assert query(next_link) == {k: [v] for k, v in params.items()} | {"page": ["2"]}


def test_category_page_facets_offer_its_children(client, catalogue):
    response = client.get(catalogue["textiles"].get_absolute_url())
    assert response.status_code == 200
    assert sorted(titles(response, "products")) == ["ผ้าฝ้ายถวาย", "ผ้าไหมมัดหมี่นาโพธิ์"]
    silk = str(catalogue["silk"].pk)
    assert options(response, "category") == {silk: ("ผ้าไหม", 1, False)}
    chosen = client.get(catalogue["textiles"].get_absolute_url(), {"category": silk})
    assert titles(chosen, "products") == [catalogue["scarf"].title]


def test_browse_page_category_facet_lists_the_top_level(client, catalogue):
    response = client.get(reverse("catalogue:index"))
    textiles = str(catalogue["textiles"].pk)
    assert options(response, "category") == {textiles: ("ผ้า", 2, False)}
    # choosing it opens its children
    chosen = client.get(reverse("catalogue:index"), {"category": textiles})
    assert set(options(chosen, "category")) == {textiles, str(catalogue["silk"].pk)}


def test_a_typo_offers_did_you_mean_keeping_the_filters(client, backend, index_all):
    # Given: "ผ้าขาวมา" cuts into ผ้า / ขาว / มา, so only the run as a whole is a typo
    make_product("ผ้าขาวม้าลายตาราง")
    index_all()
    # When
    response = client.get(reverse("search:search"), {"q": "ผ้าขาวมา", "in_stock": "1"})
    # Then: nothing found, but a link to the corrected words with the same filter
    assert titles(response) == []
    assert response.context["suggestion"] == "ผ้าขาวม้า"
    assert query(response.context["suggestion_url"]) == {"q": ["ผ้าขาวม้า"], "in_stock": ["1"]}
    assert "data-search-suggestion>ผ้าขาวม้า</a>" in response.content.decode()
    followed = client.get(reverse("search:search") + response.context["suggestion_url"])
    assert titles(followed) == ["ผ้าขาวม้าลายตาราง"]


def test_nothing_found_offers_popular_products_in_stock(client, catalogue):
    response = client.get(reverse("search:search"), {"q": "เครื่องบินอวกาศ"})
    assert response.status_code == 200
    assert titles(response) == []
    assert response.context["popular_kind"] == "popular"
    popular = [product.title for product in response.context["popular_products"]]
    assert sorted(popular) == ["ผ้าฝ้ายถวาย", "ผ้าไหมมัดหมี่นาโพธิ์"]  # the carving is sold out
    assert catalogue["scarf"].get_absolute_url() in response.content.decode()


def test_nothing_found_prefers_todays_featured_collection(client, catalogue):
    from wagtail.models import Page

    from tests.cms.builders import build_collection

    home = Page.objects.get(slug="search-test-home")
    build_collection(home, products=[catalogue["cloth"]])
    response = client.get(reverse("search:search"), {"q": "เครื่องบินอวกาศ"})
    assert response.context["popular_kind"] == "featured"
    assert titles(response, "popular_products") == [catalogue["cloth"].title]


def test_filters_that_exclude_everything_say_so_and_offer_to_clear(client, catalogue):
    response = client.get(reverse("search:search"), {"q": "ถวาย", "civ": "1"})
    assert titles(response) == []
    html = response.content.decode()
    assert response.context["has_filters"]
    assert query(response.context["clear_filters_url"]) == {"q": ["ถวาย"]}
    assert "search-filters-exclude" in html
    # the chosen option is still listed (at 0) so it can be unticked
    assert options(response, "civ")["1"] == ("ใช่", 0, True)


def test_seller_names_are_escaped_in_facets_and_chips(client, backend, index_all):
    evil = make_enterprise(name='<img src=x onerror="alert(1)">', name_en="<b>bold</b>")
    make_product("ผ้าขาวม้า", enterprise=evil)
    index_all()
    response = client.get(reverse("search:search"), {"q": "ผ้าขาวม้า", "enterprise": evil.pk})
    html = response.content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_names_follow_edits_without_a_query_when_warm(client, catalogue, django_assert_num_queries):
    labeler = FacetLabeler("th")
    weavers = catalogue["weavers"]
    assert labeler.label("enterprise", str(weavers.pk)) == "กลุ่มทอผ้าไหมนาโพธิ์"
    with django_assert_num_queries(0):
        FacetLabeler("en").label("enterprise", str(weavers.pk))
    # When: renamed
    weavers.name = "กลุ่มทอผ้านาโพธิ์ใหม่"
    weavers.save()
    # Then: the next page shows the new name
    assert FacetLabeler("th").label("enterprise", str(weavers.pk)) == "กลุ่มทอผ้านาโพธิ์ใหม่"


@pytest.mark.parametrize("page_size", [20, 100])
def test_filtered_pages_stay_within_the_query_budget(
    client, backend, index_all, settings, page_size, django_assert_max_num_queries
):
    """One warm-up request first (sorl-thumbnail placeholder, category URLs and the
    facet label cache), then every page at most QUERY_BUDGET queries."""
    settings.OSCAR_PRODUCTS_PER_PAGE = page_size
    village = make_village("บ้านหนองบัว", changwat="ขอนแก่น", changwat_en="Khon Kaen", is_civ=True)
    enterprise = make_enterprise(village)
    textiles = make_category("ผ้า", "Textiles")
    products = make_many_products(page_size + 5, enterprise=enterprise, category=textiles)
    certify(products[0], Certification.Kind.OTOP)
    index_all()
    search = reverse("search:search")
    filters = {
        "province": "40",
        "region": "northeast",
        "civ": "1",
        "price": "0-200",
        "in_stock": "1",
        "enterprise": str(enterprise.pk),
        "village": str(village.pk),
        "category": str(textiles.pk),
    }
    pages = [
        (search, {"q": "ผ้าไหม"}, "results"),
        (search, {"q": "silk", **filters, "sort_by": "price-desc"}, "results"),
        (reverse("catalogue:index"), {}, "products"),
        (reverse("catalogue:index"), filters, "products"),
        (textiles.get_absolute_url(), {"province": "40"}, "products"),
    ]
    for url, params, name in pages:
        client.get(url, params)
        with django_assert_max_num_queries(QUERY_BUDGET, info=f"{url} {params}"):
            response = client.get(url, params)
        assert len(response.context[name]) == page_size
        assert response.context["facet_groups"]


def test_price_ranges_read_as_baht():
    assert price_label("200-500") == "฿200–฿500"
    assert price_label("1000-2000") == "฿1,000–฿2,000"
    assert price_label("2000-") == "฿2,000 ขึ้นไป"
    with translation.override("en"):
        assert price_label("2000-") == "฿2,000 and up"
        assert price_label("0-200") == "Under ฿200"
