"""What only the Elasticsearch backend does: built-in analyzers, alias swaps, one request per
search, the autocomplete index beside the product index, failing fast."""

import pytest

from search.backends.base import SearchQuery, SearchUnavailable
from search.backends.elasticsearch import ElasticsearchBackend
from search.documents import indexable_products
from search.suggestions import normalise_prefix, rank_key

from .factories import certify, make_enterprise, make_product, make_village, suggestion_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend_name():
    return "elasticsearch"


def aliased_indices(backend):
    return sorted(backend.client.indices.get_alias(name=backend.alias))


@pytest.mark.elasticsearch
def test_mapping_uses_only_built_in_analyzers(backend):
    make_product("ผ้าไหม")
    backend.rebuild(indexable_products())
    [mapping] = backend.client.indices.get_mapping(index=backend.alias).values()
    analyzers = {
        field["analyzer"]
        for field in mapping["mappings"]["properties"].values()
        if "analyzer" in field
    }
    assert analyzers == {"whitespace"}


@pytest.mark.elasticsearch
def test_rebuild_swaps_the_alias_to_a_new_index_and_drops_the_old(backend):
    # Given
    make_product("ผ้าไหม")
    backend.rebuild(indexable_products())
    [first] = aliased_indices(backend)
    # When
    make_product("ผ้าฝ้าย")
    backend.rebuild(indexable_products())
    # Then
    [second] = aliased_indices(backend)
    assert second != first
    assert not backend.client.indices.exists(index=first)
    assert backend.search(SearchQuery(text="ผ้า")).total == 2


@pytest.mark.elasticsearch
def test_searches_see_the_old_index_until_the_rebuild_completes(backend):
    # Given
    old = make_product("ผ้าไหมเก่า")
    backend.rebuild(indexable_products())
    make_product("ผ้าไหมใหม่")
    seen_during_rebuild = []

    def products_while_watching():
        for product in indexable_products():
            seen_during_rebuild.append(backend.search(SearchQuery(text="ผ้าไหม")).ids)
            yield product

    # When
    backend.rebuild(products_while_watching())
    # Then
    assert seen_during_rebuild and all(ids == [old.pk] for ids in seen_during_rebuild)
    assert backend.search(SearchQuery(text="ผ้าไหม")).total == 2


@pytest.mark.elasticsearch
def test_a_bare_index_squatting_the_alias_name_is_replaced(backend):
    # Given an index auto-created under the alias name (a write before any rebuild)
    backend.client.indices.create(index=backend.alias)
    make_product("ผ้าไหม")
    # When
    backend.rebuild(indexable_products())
    # Then
    assert backend.client.indices.exists_alias(name=backend.alias)
    assert backend.search(SearchQuery(text="ผ้าไหม")).total == 1


def test_an_unreachable_server_raises_search_unavailable_and_fails_fast(unreachable_url):
    # Needs no server: the point is that there is none.
    backend = ElasticsearchBackend(url=unreachable_url, index="nowhere")
    with pytest.raises(SearchUnavailable):
        backend.search(SearchQuery(text="ผ้า"))
    backend.client = None  # a second try within retry_after must not even reach the client
    with pytest.raises(SearchUnavailable):
        backend.search(SearchQuery(text="ผ้า"))


# -- mapping, one request per search ------------------------------------------------------


def searches_served(backend) -> int:
    """How many searches the product index has answered (Elasticsearch's own statistics)."""
    stats = backend.client.indices.stats(index=backend.alias, metric="search")
    return stats["_all"]["primaries"]["search"]["query_total"]


@pytest.mark.elasticsearch
def test_facet_fields_are_exact_values_and_the_boost_a_number(backend):
    make_product("ผ้าไหม")
    backend.rebuild(indexable_products())
    [mapping] = backend.client.indices.get_mapping(index=backend.alias).values()
    types = {name: field["type"] for name, field in mapping["mappings"]["properties"].items()}
    assert types["province_code"] == types["region"] == types["cert_kinds"] == "keyword"
    assert types["boost"] == "integer"
    assert types["date_created"] == "date_nanos"


@pytest.mark.elasticsearch
def test_a_search_with_every_facet_is_one_request(backend):
    # Given
    village = make_village("บ้านเขว้า", changwat="ชัยภูมิ", changwat_en="Chaiyaphum", is_civ=True)
    silk = make_product("ผ้าไหมมัดหมี่", price="450.00", enterprise=make_enterprise(village))
    certify(silk, "otop")
    make_product("ผ้าไหมพื้นเมือง", price="300.00")  # in Buri Ram (31), the factory default
    backend.rebuild(indexable_products())
    before = searches_served(backend)
    # When
    results = backend.search(
        SearchQuery(text="ผ้าไหม", filters={"province": ["36"], "price": ["200-500"]}, facets=True)
    )
    # Then: one query phase for the hits, the total and all nine facets
    assert searches_served(backend) == before + 1
    assert results.ids == [silk.pk] and results.total == 1
    # a facet's counts ignore its own choice, not the others'
    assert results.facets["province"] == [("31", 1), ("36", 1)]
    assert results.facets["price"] == [("200-500", 1)]
    assert results.facets["certification"] == [("otop", 1)]
    assert results.facets["civ"] == [("1", 1)]
    assert results.facets["region"] == [("northeast", 1)]


# -- did-you-mean -------------------------------------------------------------------------


@pytest.mark.elasticsearch
def test_did_you_mean_corrects_a_word_and_checks_the_correction_matches(backend):
    # Given
    make_product("ผ้าขาวม้าลายตาราง", title_en="Checked loincloth")
    make_product("แจกันดินเผา", title_en="Clay vase")
    backend.rebuild(indexable_products())

    def suggestion(text, **kwargs):
        return backend.search(SearchQuery(text=text, fuzzy=False, **kwargs)).suggestion

    # When / Then: a Thai typo, an English transposition, a word in a misspelt Thai run
    assert suggestion("ผ้าขาวม้") == "ผ้าขาวม้า"
    assert suggestion("checkde") == "checked"
    assert suggestion("clay vsae") == "clay vase"
    # nothing close, or a correction that matches nothing with the other words
    assert suggestion("bicycle") == ""
    assert suggestion("checkde vsae") == ""
    # a query with results needs no suggestion
    assert suggestion("ผ้าขาวม้า") == ""


@pytest.mark.elasticsearch
def test_did_you_mean_tries_a_misspelt_thai_run_whole(backend):
    # Given: "ผ้าขาวมา" cuts into ผ้า / ขาว / มา, all dictionary words, so no single
    # word is a typo; only the run as a whole is (one edit from ผ้าขาวม้า)
    make_product("ผ้าขาวม้าลายตาราง")
    backend.rebuild(indexable_products())
    # When
    results = backend.search(SearchQuery(text="ผ้าขาวมา"))
    # Then
    assert results.total == 0
    assert results.suggestion == "ผ้าขาวม้า"


# -- autocomplete index -------------------------------------------------------------------


@pytest.mark.elasticsearch
def test_suggestions_come_in_rank_key_order(backend):
    # Given: entries of every kind, some with a key equal to the prefix
    entries = [
        suggestion_entry("product", 1, "ผ้าไหมมัดหมี่", weight=3),
        suggestion_entry("product", 2, "ผ้าไหม", weight=0),
        suggestion_entry("product", 3, "ผ้าไหมแพรวา", weight=3),
        suggestion_entry("product", 4, "ผ้าฝ้าย", weight=9),
        suggestion_entry("category", 5, "ผ้าและเครื่องแต่งกาย", label_en="Textiles"),
        suggestion_entry("village", 6, "บ้านผ้าไหม", weight=1),
        suggestion_entry("product", 7, "Silk scarf", label_en="Silk scarf"),
    ]
    backend.index_suggestions(entries, replace=True)
    for prefix in ("ผ", "ผ้า", "ผ้าไหม", "ไหม", "SIL", "scarf"):
        wanted = normalise_prefix(prefix)
        matching = [e for e in entries if any(k.startswith(wanted) for k in e["keys"])]
        expected = sorted(matching, key=lambda e: rank_key(e, wanted, e["keys"], e["weight"]))
        # When
        found = backend.suggest(prefix, limit=4)
        # Then
        assert [(s.kind, s.object_id) for s in found] == [
            (e["kind"], e["object_id"]) for e in expected[:4]
        ], prefix


@pytest.mark.elasticsearch
def test_suggestion_and_product_indexes_live_side_by_side(backend):
    # Given
    make_product("ผ้าไหม")
    backend.rebuild(indexable_products())
    backend.index_suggestions([suggestion_entry("product", 1, "ผ้าไหม")], replace=True)
    [first] = aliased_indices_of(backend, backend.suggest_alias)
    # When: both are rebuilt
    backend.rebuild(indexable_products())
    backend.index_suggestions([suggestion_entry("product", 2, "ผ้าฝ้าย")], replace=True)
    # Then: each alias moved to a new index of its own family; nothing else was dropped
    [second] = aliased_indices_of(backend, backend.suggest_alias)
    assert second != first and second.startswith(f"{backend.suggest_alias}-v")
    assert not backend.client.indices.exists(index=first)
    assert [s.object_id for s in backend.suggest("ผ้")] == [2]
    assert backend.search(SearchQuery(text="ผ้าไหม")).total == 1
    # and writes without replace add, deletes remove
    backend.index_suggestions([suggestion_entry("category", 3, "ผ้า")])
    backend.delete_suggestions("product", [2, 99])
    assert [(s.kind, s.object_id) for s in backend.suggest("ผ้")] == [("category", 3)]
    # When: cleared
    backend.clear()
    # Then: both families are gone
    assert backend.client.indices.get(index=f"{backend.alias}*") == {}
    assert backend.suggest("ผ้") == []
    assert backend.search(SearchQuery()).total == 0


def aliased_indices_of(backend, alias):
    return sorted(backend.client.indices.get_alias(name=alias))


def test_suggest_fails_fast_too_when_the_server_is_unreachable(unreachable_url):
    backend = ElasticsearchBackend(url=unreachable_url, index="nowhere")
    with pytest.raises(SearchUnavailable):
        backend.search(SearchQuery(text="ผ้า"))
    backend.client = None
    with pytest.raises(SearchUnavailable):
        backend.suggest("ผ้า")


@pytest.mark.elasticsearch
def test_did_you_mean_on_a_faceted_filtered_search(backend):
    # Given
    make_product("ผ้าขาวม้าลายตาราง")
    backend.rebuild(indexable_products())
    # When: the search page's query (facets, a filter)
    results = backend.search(SearchQuery(text="ผ้าขาวมา", filters={"in_stock": ["1"]}, facets=True))
    # Then: the correction is checked under the same filter
    assert results.suggestion == "ผ้าขาวม้า"
    assert results.facets["in_stock"] == [("1", 0)]
