"""The database backend beyond the shared contract: what it stores, how many queries a
search costs, the vocabulary behind typo tolerance, and autocomplete's index use.

Runs on the configured database (SQLite by default, PostgreSQL with DATABASE_URL).
"""

import pytest
from django.db import connection
from django.utils import timezone

from search.backends import get_backend
from search.backends.base import SearchQuery
from search.backends.database import ENTRIES, KEYS
from search.models import ProductDocument, ProductDocumentCertification, SearchTerm

from .factories import (
    Certification,
    certify,
    index_products,
    make_enterprise,
    make_product,
    make_village,
    suggestion_entry,
)


@pytest.fixture
def database(db, search_settings):
    search_settings.SHOP_SEARCH_BACKEND = "database"
    return get_backend("database")


def test_documents_carry_province_region_boost_and_shown_certifications(database):
    # Given: a product of a CIV village in Buri Ram, certified twice (one expired), boosted
    village = make_village("บ้านนาโพธิ์", changwat="บุรีรัมย์", changwat_en="Buri Ram", is_civ=True)
    product = make_product("ผ้าไหม", enterprise=make_enterprise(village), priority=7)
    certify(product, Certification.Kind.TCPS)
    certify(product, Certification.Kind.GI, expires_on=timezone.localdate().replace(year=2001))
    # When
    index_products(database, product)
    # Then
    document = ProductDocument.objects.get(pk=product.pk)
    assert (document.province_code, document.region, document.boost) == ("31", "northeast", 7)
    kinds = ProductDocumentCertification.objects.filter(document=document)
    assert list(kinds.values_list("kind", flat=True)) == ["tcps"]
    # and re-indexing after the certification is withdrawn removes its link
    Certification.objects.filter(product=product).delete()
    index_products(database, product)
    assert not ProductDocumentCertification.objects.filter(document=document).exists()


def test_vocabulary_grows_with_each_write_and_is_recounted_by_rebuild(database, enterprise):
    # Given
    make_product("ผ้าไหม", title_en="Silk scarf", enterprise=enterprise)
    vase = make_product("แจกัน", title_en="Silk vase", enterprise=enterprise)
    make_product("กระเป๋า", title_en="Silk bag", enterprise=enterprise)
    # When: indexed one by one
    index_products(database)
    terms = dict(SearchTerm.objects.values_list("term", "frequency"))
    # Then: every word is there, counted once until the next rebuild
    assert {"ผ้าไหม", "ไหม", "silk", "scarf", "แจกัน", "vase"} <= set(terms)
    assert terms["silk"] == 1
    # When: rebuilt without the vase
    vase.is_public = False
    vase.save()
    from search.documents import indexable_products

    database.rebuild(indexable_products())
    terms = dict(SearchTerm.objects.values_list("term", "frequency"))
    # Then: document frequencies, and words of no document gone
    assert terms["silk"] == 2 and "vase" not in terms


def test_typo_tolerance_follows_the_vocabulary_without_extra_queries(
    database, enterprise, django_assert_num_queries
):
    # Given: a product indexed and a first search that loads the vocabulary
    scarf = make_product("ผ้าพันคอ", title_en="Silk scarf", enterprise=enterprise)
    index_products(database)
    assert database.search(SearchQuery("scraf")).ids == [scarf.pk]
    # When / Then: later searches cost one query, facets one more
    with django_assert_num_queries(1):
        assert database.search(SearchQuery("scraf")).ids == [scarf.pk]
    with django_assert_num_queries(2):
        results = database.search(SearchQuery("scraf", facets=True))
    assert results.facets["enterprise"] == [(str(enterprise.pk), 1)]
    # When: a new word is indexed, the next search sees it (one reload query)
    shawl = make_product("ผ้าคลุมไหล่", title_en="Shawl", enterprise=enterprise)
    index_products(database, shawl)
    with django_assert_num_queries(2):
        assert database.search(SearchQuery("shwal")).ids == [shawl.pk]


def test_fuzzy_off_finds_no_typo_but_suggests_the_correction(database, enterprise):
    # Given
    scarf = make_product("ผ้าพันคอ", title_en="Silk scarf", enterprise=enterprise)
    index_products(database)
    # When
    results = database.search(SearchQuery("silk scraf", fuzzy=False))
    # Then
    assert (results.ids, results.suggestion) == ([], "silk scarf")
    assert database.search(SearchQuery("silk scarf", fuzzy=False)).ids == [scarf.pk]


def test_filters_with_values_that_cannot_exist_match_nothing(database, enterprise):
    # Given
    make_product("ผ้าไหม", enterprise=enterprise)
    index_products(database)
    # When
    results = database.search(SearchQuery(filters={"village": ["x"]}, facets=True))
    # Then: nothing, the chosen value is still listed (at 0) beside the real village,
    # and the other facets, counted under that filter, are empty
    assert results.total == 0
    assert results.facets["village"] == [(str(enterprise.village.pk), 1), ("x", 0)]
    assert results.facets["region"] == [] and results.facets["civ"] == []


def test_suggestions_are_replaced_per_object_and_deleted(database):
    # Given
    database.index_suggestions(
        [suggestion_entry("product", 1, "ผ้าไหมมัดหมี่"), suggestion_entry("category", 2, "ผ้า")]
    )
    assert [s.object_id for s in database.suggest("ผ้")] == [2, 1]
    # When: the product is written again under another label
    database.index_suggestions([suggestion_entry("product", 1, "ตะกร้าไม้ไผ่")])
    # Then: its old keys are gone, its new ones found
    assert [s.object_id for s in database.suggest("ผ้")] == [2]
    assert [s.label for s in database.suggest("ไผ่")] == ["ตะกร้าไม้ไผ่"]
    # When: deleted, and everything replaced
    database.delete_suggestions("category", [2, 99])
    assert database.suggest("ผ้") == []
    database.index_suggestions([suggestion_entry("village", 5, "บ้านเขว้า")], replace=True)
    assert database.suggest("ตะกร้า") == []
    assert [s.kind for s in database.suggest("เขว้า")] == ["village"]


def test_suggest_is_one_query_on_a_key_index_range(database, django_assert_num_queries):
    # Given 50 entries for the prefix among a catalogue's worth of others (a plan is only
    # meaningful where the prefix is selective, as it is in a real catalogue)
    matching = [suggestion_entry("product", n, f"ผ้าไหมลาย {n}") for n in range(50)]
    others = [
        suggestion_entry("product", 1000 + n, f"{word}ลาย {n}", f"{word_en} {n}")
        for n in range(300)
        for word, word_en in [("ตะกร้าสาน", "basket"), ("เครื่องปั้น", "pottery")]
    ]
    database.index_suggestions(matching + others)
    # When
    with django_assert_num_queries(1) as captured:
        found = database.suggest("ผ้าไ", limit=5)
    # Then: the shortest labels first, and the key index scanned by range
    assert [s.object_id for s in found] == [0, 1, 2, 3, 4]
    sql = captured.captured_queries[0]["sql"]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Statistics of these rows: an ANALYZE by an earlier test's rebuild leaves
            # its table sizes in pg_class even when its transaction rolls back.
            cursor.execute(f"ANALYZE {KEYS}, {ENTRIES}")
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}")
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        plan = " ".join(str(row) for row in cursor.fetchall())
    assert "search_suggestion_key_idx" in plan


def test_postgres_tsquery_names_each_lexeme_once_with_its_weights():
    # Given: a Thai word whose piece is itself and which is indexed (its own fuzzy
    # candidate), and an English word whose piece is its stem
    from search.analysis import QueryTerm
    from search.backends.database import PostgresDialect

    silk = QueryTerm("ผ้าไหม", "ผ้าไหม", fuzzy=1)
    scarves = QueryTerm("scarves", "scarve", fuzzy=1)
    # When
    literal = PostgresDialect.tsquery_literal([silk, scarves], [["ผ้าไหม"], ["scarfs"]])
    # Then: `x:AB | x:C | x` is just `x` (one lexeme the planner can estimate); weights
    # stay where they restrict anything
    assert literal == "('ผ้าไหม') & ('scarves':AB | 'scarve':C | 'scarfs')"


@pytest.mark.postgres
def test_postgres_keeps_vectors_in_the_row_and_analyses_after_a_rebuild(database, enterprise):
    # Given
    from search.documents import indexable_products

    make_product("ผ้าไหม", title_en="Silk scarf", enterprise=enterprise)
    # When
    database.rebuild(indexable_products())
    # Then: the vector is stored MAIN (in the heap row, not TOAST), and the rewritten
    # tables have statistics that count the new rows
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'search_productdocument'::regclass AND attname = 'search_vector'"
        )
        assert cursor.fetchone()[0] == "m"
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE relname = 'search_productdocument'"
        )
        assert cursor.fetchone()[0] >= 1
