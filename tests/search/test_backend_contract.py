"""The search backend contract, run against every backend (``backend`` fixture).

Each test: given products in the database, when they are indexed and
searched, then the backend answers as base.py promises.
"""

import pytest

from search.backends.base import SearchBackend, SearchQuery
from search.documents import Product, indexable_products, products_for_indexing

from .factories import EnterpriseFactory, VillageFactory, make_category, make_product

pytestmark = pytest.mark.django_db


def index(backend, *products):
    """Index ``products`` as the indexing pipeline does (prefetched queryset)."""
    ids = [product.pk for product in products]
    return backend.index(products_for_indexing(Product.objects.filter(pk__in=ids)))


def ids(backend, text="", **kwargs):
    return backend.search(SearchQuery(text=text, **kwargs)).ids


def test_finds_a_product_by_a_thai_word_of_its_title(backend):
    # Given
    silk = make_product("ผ้าไหมมัดหมี่บ้านเขว้า")
    make_product("แจกันดินเผาด่านเกวียน")
    # When
    index(backend, *indexable_products())
    # Then
    assert ids(backend, "ผ้าไหม") == [silk.pk]
    assert ids(backend, "มัดหมี่") == [silk.pk]


def test_finds_a_thai_word_inside_a_longer_compound(backend):
    # Given: titles written without spaces, as Thai is
    silk = make_product("ผ้าไหมมัดหมี่บ้านเขว้า")
    khao_tang = make_product("ข้าวตังหน้าตั้งห้วยยายจิ๋ว")
    index(backend, silk, khao_tang)
    # When / Then
    assert ids(backend, "ไหม") == [silk.pk]
    assert ids(backend, "บ้านเขว้า") == [silk.pk]
    assert ids(backend, "เขว้า") == [silk.pk]
    assert ids(backend, "ข้าวตัง") == [khao_tang.pk]
    assert ids(backend, "ยาย") == [khao_tang.pk]


def test_finds_by_english_title_case_and_plural_insensitive(backend):
    # Given
    scarf = make_product("ผ้าพันคอไหม", title_en="Hand-woven Silk Scarf")
    bowls = make_product("ชามดินเผา", title_en="Clay bowls")
    index(backend, scarf, bowls)
    # When / Then
    assert ids(backend, "SILK") == [scarf.pk]
    assert ids(backend, "scarfs") == [scarf.pk]
    assert ids(backend, "bowl") == [bowls.pk]
    assert ids(backend, "woven") == [scarf.pk]


def test_every_query_word_must_match(backend):
    # Given
    silk = make_product("ผ้าไหมมัดหมี่", title_en="Mudmee silk")
    clay = make_product("แจกันดินเผา", title_en="Clay vase")
    index(backend, silk, clay)
    # When / Then
    assert ids(backend, "ผ้าไหม silk") == [silk.pk]
    assert ids(backend, "ผ้าไหม ดินเผา") == []
    assert ids(backend, "bicycle") == []


def test_finds_by_village_province_and_enterprise(backend):
    # Given
    village = VillageFactory(
        title="เกาะเกร็ด",
        title_en="Koh Kret",
        changwat="นนทบุรี",
        changwat_en="Nonthaburi",
        is_civ=True,
    )
    enterprise = EnterpriseFactory(
        name="กลุ่มเครื่องปั้นมอญ", name_en="Mon Pottery Group", village=village
    )
    pot = make_product("หม้อดินเผาลายวิจิตร", enterprise=enterprise)
    make_product("ผ้าขาวม้า")
    index(backend, *indexable_products())
    # When / Then
    assert ids(backend, "เกาะเกร็ด") == [pot.pk]
    assert ids(backend, "nonthaburi") == [pot.pk]
    assert ids(backend, "pottery") == [pot.pk]


def test_description_is_searched_without_its_html(backend):
    # Given
    product = make_product("ผ้าคลุมไหล่", description="<p>ย้อม<b>คราม</b>ธรรมชาติ &amp; ทอมือ</p>")
    index(backend, product)
    # When / Then
    assert ids(backend, "คราม") == [product.pk]
    assert ids(backend, "amp") == []


def test_punctuation_only_query_matches_nothing(backend):
    make_product("ผ้าไหม")
    index(backend, *indexable_products())
    assert backend.search(SearchQuery(text=" !!! ")).total == 0


def test_deleted_and_hidden_products_disappear(backend):
    # Given
    kept = make_product("ผ้าไหมสีทอง")
    deleted = make_product("ผ้าไหมสีเงิน")
    hidden = make_product("ผ้าไหมสีแดง")
    index(backend, kept, deleted, hidden)
    assert set(ids(backend, "ผ้าไหม")) == {kept.pk, deleted.pk, hidden.pk}
    # When
    backend.delete([deleted.pk])
    hidden.is_public = False
    hidden.save()
    index(backend, hidden)
    # Then
    assert ids(backend, "ผ้าไหม") == [kept.pk]


def test_rebuild_replaces_the_whole_index(backend):
    # Given: an index holding a product that no longer exists
    old = make_product("ตะกร้าจักสาน")
    index(backend, old)
    old.delete()
    new = make_product("ตะกร้าผักตบชวา")
    # When
    count = backend.rebuild(indexable_products())
    # Then
    assert count == 1
    assert ids(backend, "ตะกร้า") == [new.pk]
    assert backend.search(SearchQuery()).total == 1


def test_clear_empties_the_index(backend):
    make_product("ผ้าไหม")
    backend.rebuild(indexable_products())
    backend.clear()
    assert backend.search(SearchQuery()).total == 0


def test_category_filter_includes_subcategories(backend):
    # Given: textiles > silk, and food
    textiles = make_category("ผ้า เครื่องแต่งกาย", "Textiles")
    silk = make_category("ผ้าไหม", "Silk", parent=textiles)
    food = make_category("อาหาร", "Food")
    scarf = make_product("ผ้าพันคอไหม", categories=[silk])
    sarong = make_product("ผ้าซิ่นฝ้าย", categories=[textiles])
    rice = make_product("ข้าวหอมมะลิ", categories=[food])
    index(backend, scarf, sarong, rice)
    # When / Then
    assert set(ids(backend, category_ids=[textiles.pk])) == {scarf.pk, sarong.pk}
    assert ids(backend, category_ids=[silk.pk]) == [scarf.pk]
    assert ids(backend, "ผ้า", category_ids=[food.pk]) == []
    assert set(ids(backend, category_ids=[silk.pk, food.pk])) == {scarf.pk, rice.pk}


def test_sorts_by_price_and_newest(backend):
    # Given
    cheap = make_product("ผ้าฝ้ายผืนเล็ก", price="90.50")
    dear = make_product("ผ้าฝ้ายผืนใหญ่", price="1200.00")
    middle = make_product("ผ้าฝ้ายผืนกลาง", price="350.25")
    unpriced = make_product("ผ้าฝ้ายตัวอย่าง", price=None)
    index(backend, cheap, dear, middle, unpriced)
    # When / Then: unpriced products go last either way
    assert ids(backend, "ผ้าฝ้าย", sort="price-asc") == [cheap.pk, middle.pk, dear.pk, unpriced.pk]
    assert ids(backend, "ผ้าฝ้าย", sort="price-desc") == [dear.pk, middle.pk, cheap.pk, unpriced.pk]
    assert ids(backend, sort="newest") == [unpriced.pk, middle.pk, dear.pk, cheap.pk]


def test_ranks_title_above_body_and_whole_words_above_subwords(backend):
    # Given: "ไหม" as a whole title word, inside a title compound, and only in a description
    in_title = make_product("ไหม ทอมือ")
    in_compound = make_product("ผ้าไหมมัดหมี่")
    in_body = make_product("ผ้าพันคอ", description="ทอจาก ไหม แท้")
    index(backend, in_body, in_compound, in_title)
    # When
    ranked = ids(backend, "ไหม")
    # Then
    assert ranked[0] == in_title.pk
    assert ranked.index(in_body.pk) < ranked.index(in_compound.pk)
    assert set(ranked) == {in_title.pk, in_compound.pk, in_body.pk}


def test_pages_through_results_with_a_total(backend):
    # Given
    products = [make_product(f"ผ้าไหมลาย{n}", price=str(100 + n)) for n in range(5)]
    index(backend, *products)
    # When
    first = backend.search(SearchQuery(text="ผ้าไหม", sort="price-asc", offset=0, limit=2))
    last = backend.search(SearchQuery(text="ผ้าไหม", sort="price-asc", offset=4, limit=2))
    # Then
    assert first.total == last.total == 5
    assert first.ids == [products[0].pk, products[1].pk]
    assert last.ids == [products[4].pk]


def test_parent_product_is_indexed_with_its_variants_price(backend):
    # Given: a parent product whose variants carry the stock records
    parent = make_product("เสื้อผ้าฝ้ายย้อมคราม", price=None, structure="parent")
    child = make_product("", price="450.00", structure="child", parent=parent)
    # When
    index(backend, parent, child)
    # Then: one result, the parent, priced from its variant
    assert ids(backend, "ย้อมคราม") == [parent.pk]
    assert backend.search(SearchQuery(text="ย้อมคราม", sort="price-asc")).ids == [parent.pk]


def test_backend_reports_its_name(backend):
    make_product("ผ้าไหม")
    index(backend, *indexable_products())
    assert backend.search(SearchQuery(text="ผ้าไหม")).backend == backend.name


def test_base_backend_raises_not_implemented():
    base = SearchBackend()
    for call in (
        lambda: base.index([]),
        lambda: base.delete([1]),
        base.clear,
        lambda: base.rebuild([]),
        lambda: base.search(SearchQuery()),
        lambda: base.index_suggestions([]),
        lambda: base.delete_suggestions("product", [1]),
        lambda: base.suggest("ผ้"),
    ):
        with pytest.raises(NotImplementedError):
            call()


def test_search_query_rejects_unknown_sorts():
    with pytest.raises(ValueError):
        SearchQuery(sort="rating")
    assert SearchQuery(category_ids=["3"]).category_ids == (3,)


def test_search_query_normalises_facet_choices_from_a_shared_url():
    # Given choices as they come from a query string: ints, repeats, blanks, a bogus range
    query = SearchQuery(
        filters={"province": ["12", 12, ""], "price": ["0-200", "9-99"], "civ": "1", "village": []}
    )
    # Then: strings, each once, sorted; unknown ranges and empty facets dropped
    assert query.filters == {"province": ("12",), "price": ("0-200",), "civ": ("1",)}
    assert query.without("province") == {"price": ("0-200",), "civ": ("1",)}
    with pytest.raises(ValueError):
        SearchQuery(filters={"colour": ["red"]})
    with pytest.raises(ValueError):
        SearchQuery(offset=-1)


def test_a_query_with_a_category_and_no_text_is_a_browse(backend):
    # Given
    food = make_category("อาหาร", "Food")
    rice = make_product("ข้าวหอมมะลิ", categories=[food])
    make_product("ผ้าไหม")
    index(backend, *indexable_products())
    # When
    results = backend.search(SearchQuery(category_ids=[food.pk]))
    # Then: the category page lists its products with a total and no did-you-mean
    assert (results.ids, results.total, results.suggestion) == ([rice.pk], 1, "")
