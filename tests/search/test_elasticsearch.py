"""What only the Elasticsearch backend does: built-in analyzers, alias swaps, failing fast."""

import pytest

from search.backends.base import SearchQuery, SearchUnavailable
from search.backends.elasticsearch import ElasticsearchBackend
from search.documents import indexable_products

from .factories import make_product

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
