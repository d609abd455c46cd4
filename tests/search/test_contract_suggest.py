"""Contract: "no results" is not a dead end (did-you-mean) and as-you-type suggestions.

Runs unchanged on every backend. Autocomplete entries are built by
search.suggestions from real categories, village pages and products, and the
expected order is :func:`search.suggestions.rank_key` (exact key first, then
category / village / product, then weight, shorter label, id).
"""

import pytest

from search.backends.base import SUGGESTION_KINDS, SearchQuery, Suggestion
from search.documents import Category, Product
from search.suggestions import (
    build_entries,
    category_entries,
    keys_for,
    normalise_prefix,
    product_entries,
    rank_key,
    village_entries,
)

from .factories import (
    index_products,
    make_category,
    make_enterprise,
    make_product,
    make_village,
)

pytestmark = pytest.mark.django_db


# --- Did you mean ----------------------------------------------------------------------------


@pytest.fixture
def catalogue(backend, enterprise):
    products = {
        "mudmee": make_product("ผ้าไหมมัดหมี่บ้านเขว้า", enterprise=enterprise),
        "scarf": make_product("ผ้าพันคอ", title_en="Silk scarf", enterprise=enterprise),
        "vase": make_product("แจกันดินเผา", title_en="Terracotta vase", enterprise=enterprise),
    }
    index_products(backend)
    return products


def test_a_dropped_tone_mark_gets_a_suggestion_that_finds_the_product(backend, catalogue):
    # Given: มัดหมี (no mai ek) cuts into มัด + หมี ("bear"), which no product has
    results = backend.search(SearchQuery(text="มัดหมี"))
    # Then: no result, but the whole run is one edit from มัดหมี่
    assert results.total == 0
    assert results.suggestion == "มัดหมี่"
    assert backend.search(SearchQuery(text=results.suggestion)).ids == [catalogue["mudmee"].pk]


def test_a_typo_gets_a_suggestion_when_typo_tolerance_is_off(backend, catalogue):
    # When
    results = backend.search(SearchQuery(text="silk scraf", fuzzy=False))
    # Then: the word that matched nothing is corrected, the other kept
    assert results.total == 0
    assert results.suggestion == "silk scarf"
    corrected = backend.search(SearchQuery(text=results.suggestion, fuzzy=False))
    assert corrected.ids == [catalogue["scarf"].pk]


def test_no_suggestion_when_there_are_results(backend, catalogue):
    assert backend.search(SearchQuery(text="scarf")).suggestion == ""
    # a typo already found by typo tolerance needs no correction either
    results = backend.search(SearchQuery(text="scraf"))
    assert results.ids == [catalogue["scarf"].pk]
    assert results.suggestion == ""


def test_no_suggestion_when_no_word_is_close(backend, catalogue):
    results = backend.search(SearchQuery(text="bicycle"))
    assert (results.total, results.suggestion) == (0, "")
    assert backend.search(SearchQuery(text="จักรยาน")).suggestion == ""


def test_no_suggestion_when_the_correction_itself_finds_nothing(backend, catalogue):
    # Given: "scraf" is close to "scarf" and "vase" is a word, but no product has both
    results = backend.search(SearchQuery(text="vase scraf", fuzzy=False))
    # Then
    assert (results.total, results.suggestion) == (0, "")


def test_no_suggestion_unless_asked(backend, catalogue):
    results = backend.search(SearchQuery(text="มัดหมี", suggest=False))
    assert (results.total, results.suggestion) == (0, "")


# --- Autocomplete ----------------------------------------------------------------------------


@pytest.fixture
def entries(backend):
    """Categories, villages and products as editors and sellers create them, with their
    autocomplete entries written to the backend."""
    textiles = make_category("ผ้าทอ", "Woven textiles")
    silk_category = make_category("ผ้าไหม", "Silk", parent=textiles)
    make_category("อาหาร", "Food")
    khwao = make_village(
        "บ้านเขว้า", "Ban Khwao", changwat="ชัยภูมิ", changwat_en="Chaiyaphum", is_civ=True
    )
    make_village("บ้านผ้าทอ", "Weavers village", changwat="สุรินทร์", changwat_en="Surin")
    weavers = make_enterprise(khwao)
    make_product(
        "ผ้าไหมมัดหมี่บ้านเขว้า",
        title_en="Mudmee silk from Ban Khwao",
        enterprise=weavers,
        categories=[silk_category],
    )
    make_product("ผ้าพันคอไหม", title_en="Silk Scarf", enterprise=weavers, priority=3)
    make_product("ผ้าขาวม้า", title_en="Pakaoma cloth", enterprise=weavers, num_in_stock=0)
    make_product("แจกันดินเผา", title_en="Terracotta vase", enterprise=weavers)
    written = list(build_entries())
    assert backend.index_suggestions(written) == len(written)
    return written


def expected(entries, prefix, limit=8):
    """The contract's answer: entries with a key starting with the prefix, by rank_key."""
    prefix = normalise_prefix(prefix)
    matching = [e for e in entries if any(key.startswith(prefix) for key in e["keys"])]
    matching.sort(key=lambda e: rank_key(e, prefix, e["keys"], e["weight"]))
    return [(e["kind"], e["object_id"]) for e in matching[:limit]]


def shown(backend, prefix, limit=8):
    return [(s.kind, s.object_id) for s in backend.suggest(prefix, limit=limit)]


def labels(backend, prefix, limit=8):
    return [s.label for s in backend.suggest(prefix, limit=limit)]


def test_two_thai_characters_suggest_categories_villages_and_products(backend, entries):
    # When: the buyer has typed ผ้ (two characters of ผ้า)
    suggestions = backend.suggest("ผ้")
    # Then: every kind is offered, categories first, then villages, then products
    assert [(s.kind, s.object_id) for s in suggestions] == expected(entries, "ผ้")
    assert [s.label for s in suggestions] == [
        "ผ้าทอ",
        "ผ้าไหม",
        "บ้านผ้าทอ",
        "ผ้าพันคอไหม",
        "ผ้าไหมมัดหมี่บ้านเขว้า",
        "ผ้าขาวม้า",
    ]
    kinds = [s.kind for s in suggestions]
    assert kinds == sorted(kinds, key=SUGGESTION_KINDS.index)


def test_one_thai_character_is_enough(backend, entries):
    assert backend.suggest("ผ")
    assert shown(backend, "ผ") == expected(entries, "ผ")
    assert shown(backend, "แ") == expected(entries, "แ") != []


def test_a_piece_inside_a_compound_suggests_the_whole_label(backend, entries):
    # ไหม is inside ผ้าไหมมัดหมี่บ้านเขว้า and ผ้าพันคอไหม; เขว้า inside บ้านเขว้า
    assert "ผ้าไหมมัดหมี่บ้านเขว้า" in labels(backend, "ไหม")
    assert "ผ้าพันคอไหม" in labels(backend, "ไหม")
    assert shown(backend, "ไหม") == expected(entries, "ไหม")
    assert shown(backend, "เขว้") == expected(entries, "เขว้")
    assert labels(backend, "มัดหมี่") == ["ผ้าไหมมัดหมี่บ้านเขว้า"]


def test_english_prefixes_match_any_case_and_any_word(backend, entries):
    assert labels(backend, "SIL") == labels(backend, "sil") != []
    assert shown(backend, "Sil") == expected(entries, "sil")
    # a later word of the English label
    assert labels(backend, "scar") == ["ผ้าพันคอไหม"]
    assert shown(backend, "  Ban   Kh") == expected(entries, "ban kh")
    suggestion = backend.suggest("terra")[0]
    assert suggestion.label_for("en") == "Terracotta vase"
    assert suggestion.label_for("th") == "แจกันดินเผา"


def test_an_entry_whose_key_equals_the_prefix_comes_first(backend, entries):
    # "ผ้าไหม" is the whole silk category label, and a piece of two product labels
    ranked = backend.suggest("ผ้าไหม")
    assert ranked[0].kind == "category" and ranked[0].label == "ผ้าไหม"
    assert [(s.kind, s.object_id) for s in ranked] == expected(entries, "ผ้าไหม")


def test_higher_weight_first_among_products(backend, entries):
    # The boosted, in-stock scarf before the out-of-stock pakaoma (both ผ้า...)
    products = [s.label for s in backend.suggest("ผ้า", limit=20) if s.kind == "product"]
    assert products.index("ผ้าพันคอไหม") < products.index("ผ้าขาวม้า")


def test_at_most_limit_suggestions(backend, entries):
    assert shown(backend, "ผ้", limit=2) == expected(entries, "ผ้", limit=2)
    assert len(backend.suggest("ผ้", limit=1)) == 1
    assert backend.suggest("ผ้", limit=0) == []


def test_nothing_for_an_empty_or_unknown_prefix(backend, entries):
    assert backend.suggest("") == []
    assert backend.suggest("   ") == []
    assert backend.suggest("zzz") == []
    assert backend.suggest("ไม่มีสินค้านี้") == []


def test_suggestions_carry_labels_and_urls_in_both_languages(backend, entries):
    # Given
    product = Product.objects.get(title="ผ้าพันคอไหม")
    category = Category.objects.get(name="ผ้าไหม")
    # When
    by_id = {(s.kind, s.object_id): s for s in backend.suggest("ผ้า", limit=20)}
    # Then
    scarf = by_id[("product", product.pk)]
    assert isinstance(scarf, Suggestion)
    assert (scarf.label, scarf.label_en) == ("ผ้าพันคอไหม", "Silk Scarf")
    assert scarf.url and scarf.url_en and scarf.url != scarf.url_en
    assert scarf.url_en.startswith("/en/")
    silk = by_id[("category", category.pk)]
    assert (silk.label, silk.label_en) == ("ผ้าไหม", "Silk")
    village = backend.suggest("Ban Kh")[0]
    assert (village.kind, village.label, village.label_en) == ("village", "บ้านเขว้า", "Ban Khwao")


def test_writing_an_entry_again_replaces_it(backend, entries):
    # Given: the scarf is renamed and its entry written again
    product = Product.objects.get(title="ผ้าพันคอไหม")
    product.title, product.title_en = "ผ้าคลุมไหล่ไหม", "Silk shawl"
    product.save()
    backend.index_suggestions(product_entries(Product.objects.filter(pk=product.pk)))
    # Then: found under the new name only, once
    assert [s.label for s in backend.suggest("ผ้าคลุม")] == ["ผ้าคลุมไหล่ไหม"]
    assert "ผ้าพันคอไหม" not in labels(backend, "ผ้า", limit=20)
    assert labels(backend, "shawl") == ["ผ้าคลุมไหล่ไหม"]
    assert labels(backend, "scar") == []
    again = backend.suggest("ผ้า", limit=50)
    assert [(s.kind, s.object_id) for s in again].count(("product", product.pk)) == 1


def test_replace_drops_every_other_entry(backend, entries):
    # When: only the categories are written, replacing everything
    fresh = list(category_entries(Category.objects.all()))
    backend.index_suggestions(fresh, replace=True)
    # Then
    assert {s.kind for s in backend.suggest("ผ้", limit=20)} == {"category"}
    assert backend.suggest("terra") == []
    # and villages come back when written again (without replace: added)
    backend.index_suggestions(village_entries())
    assert [s.kind for s in backend.suggest("ban kh")] == ["village"]


def test_deleted_entries_are_no_longer_suggested(backend, entries):
    # Given
    vase = Product.objects.get(title="แจกันดินเผา")
    food = Category.objects.get(name="อาหาร")
    # When
    backend.delete_suggestions("product", [vase.pk, 987654])
    backend.delete_suggestions("category", [food.pk])
    backend.delete_suggestions("village", [])
    # Then
    assert backend.suggest("แจกัน") == []
    assert backend.suggest("อาหาร") == []
    assert backend.suggest("terra") == []
    # and nothing else went
    gone = {("product", vase.pk), ("category", food.pk)}
    kept = [e for e in entries if (e["kind"], e["object_id"]) not in gone]
    assert shown(backend, "ผ้") == expected(kept, "ผ้")


def test_keys_reach_an_entry_from_each_word_and_piece():
    # The entry keys the backends match prefixes against (no backend needed)
    keys = keys_for("ผ้าไหมมัดหมี่บ้านเขว้า", "Mudmee silk from Ban Khwao")
    assert keys[0] == "ผ้าไหมมัดหมี่บ้านเขว้า"
    for start in ("ไหมมัดหมี่", "มัดหมี่", "บ้านเขว้า", "silk from", "ban khwao", "khwao"):
        assert any(key.startswith(start) for key in keys), start
    assert normalise_prefix("  SILK   Scarf ") == "silk scarf"
