"""Catalogue browse, category and search pages on every backend, and their query budgets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from search.backends import get_backend
from search.documents import indexable_products

from .factories import EnterpriseFactory, make_category, make_many_products, make_product

pytestmark = pytest.mark.django_db

#: SQL queries a product list page may make, whatever the number of products.
QUERY_BUDGET = 10


def titles(response, name="products"):
    return [product.title for product in response.context[name]]


def test_catalogue_browse_lists_products_newest_first(client, backend, index_all):
    # Given
    older = make_product("ผ้าขาวม้าทอมือ")
    newer = make_product("แจกันเบญจรงค์")
    index_all()
    # When
    response = client.get(reverse("catalogue:index"))
    # Then
    assert response.status_code == 200
    assert titles(response) == [newer.title, older.title]
    assert response.context["search_backend"] == backend.name
    assert "แจกันเบญจรงค์" in response.content.decode()


def test_catalogue_browse_sorts_by_price(client, backend, index_all):
    make_product("ผ้าไหมผืนแพง", price="2500.00")
    make_product("ผ้าไหมผืนถูก", price="300.00")
    index_all()
    response = client.get(reverse("catalogue:index"), {"sort_by": "price-asc"})
    assert titles(response) == ["ผ้าไหมผืนถูก", "ผ้าไหมผืนแพง"]


def test_category_page_lists_products_of_its_subcategories(client, backend, index_all):
    # Given
    textiles = make_category("ผ้า เครื่องแต่งกาย", "Textiles")
    silk = make_category("ผ้าไหม", "Silk", parent=textiles)
    food = make_category("อาหาร", "Food")
    make_product("ผ้าพันคอไหมแพรวา", categories=[silk])
    make_product("ข้าวตังหน้าหมูหยอง", categories=[food])
    index_all()
    # When
    response = client.get(textiles.get_absolute_url())
    # Then
    assert response.status_code == 200
    assert titles(response) == ["ผ้าพันคอไหมแพรวา"]
    assert response.context["category"] == textiles


def test_category_page_shows_the_english_name_on_english_pages(client, backend, index_all):
    textiles = make_category("ผ้า เครื่องแต่งกาย", "Textiles")
    index_all()
    with translation.override("en"):
        url = textiles.get_absolute_url()
    assert url.startswith("/en/")
    response = client.get(url)
    assert response.status_code == 200
    assert "<h1>Textiles</h1>" in response.content.decode().replace("\n", "")


def test_category_page_keeps_oscars_redirect_and_404(client, backend):
    # Given
    category = make_category("เครื่องจักสาน", "Basketry")
    hidden = make_category("ของลับ", "Hidden")
    hidden.is_public = False
    hidden.save()
    # When / Then: an old slug redirects permanently; a hidden category is not found
    old_url = reverse("catalogue:category", kwargs={"category_slug": "old-slug", "pk": category.pk})
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == category.get_absolute_url()
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_invalid_page_redirects_to_the_first(client, backend):
    response = client.get(reverse("catalogue:index"), {"page": "99"})
    assert response.status_code == 302
    assert response["Location"] == reverse("catalogue:index")


def test_search_page_finds_a_thai_subword(client, backend, index_all):
    # Given
    silk = make_product("ผ้าไหมมัดหมี่บ้านเขว้า")
    make_product("ไม้กวาดดอกหญ้า")
    index_all()
    # When
    response = client.get(reverse("search:search"), {"q": "ไหม"})
    # Then
    assert response.status_code == 200
    assert titles(response, "results") == [silk.title]
    assert response.context["query"] == "ไหม"
    assert silk.get_absolute_url() in response.content.decode()


def test_search_page_with_an_invalid_page_goes_back_to_the_first(client, backend):
    response = client.get(reverse("search:search"), {"q": "ไหม", "page": "7"})
    assert response.status_code == 302
    assert response["Location"] == reverse("search:search") + "?q=%E0%B9%84%E0%B8%AB%E0%B8%A1"


def test_search_page_without_words_shows_nothing(client, backend, index_all):
    make_product("ผ้าไหม")
    index_all()
    response = client.get(reverse("search:search"), {"q": ""})
    assert response.status_code == 200
    assert titles(response, "results") == []


def test_pages_render_twenty_products_within_the_query_budget(
    client, backend, index_all, django_assert_max_num_queries
):
    """Each page is visited once first: sorl-thumbnail records the placeholder
    image and Oscar caches category URLs on a first view, never again."""
    # Given
    textiles = make_category("ผ้า", "Textiles")
    make_many_products(40, category=textiles)
    index_all()
    pages = [
        (reverse("catalogue:index"), {}, "products"),
        (textiles.get_absolute_url(), {}, "products"),
        (reverse("search:search"), {"q": "ไหม"}, "results"),
        (reverse("search:search"), {"q": "silk", "sort_by": "price-desc", "page": 2}, "results"),
    ]
    for url, params, name in pages:
        client.get(url, params)
        # When / Then
        with django_assert_max_num_queries(QUERY_BUDGET, info=url):
            response = client.get(url, params)
        assert len(response.context[name]) == 20


def test_query_count_does_not_grow_with_the_catalogue(
    client, backend, index_all, django_assert_num_queries
):
    # Given: 40 products, counted
    enterprise = EnterpriseFactory()
    make_many_products(40, enterprise=enterprise)
    index_all()
    client.get(reverse("catalogue:index"))  # warm caches (content types, templates)
    with CaptureQueriesContext(connection) as with_40:
        client.get(reverse("catalogue:index"), {"page": 2})
    # When: ten times as many
    make_many_products(360, enterprise=enterprise, prefix="ของ")
    index_all()
    # Then: the same number of queries for a page
    with django_assert_num_queries(len(with_40)):
        response = client.get(reverse("catalogue:index"), {"page": 2})
    assert response.context["paginator"].count == 400


def test_search_page_answers_from_the_database_when_elasticsearch_is_down(
    client, search_settings, unreachable_url, caplog
):
    # Given: Elasticsearch configured but unreachable; the database index is current
    silk = make_product("ผ้าไหมแพรวา")
    get_backend("database").rebuild(indexable_products())
    search_settings.SHOP_SEARCH_BACKEND = "elasticsearch"
    search_settings.SHOP_ELASTICSEARCH_URL = unreachable_url
    # When
    response = client.get(reverse("search:search"), {"q": "แพรวา"})
    # Then: results, no error page, and the failure logged
    assert response.status_code == 200
    assert titles(response, "results") == [silk.title]
    assert response.context["search_backend"] == "database"
    assert "unavailable" in caplog.text


# -- autocomplete ------------------------------------------------------------------


@pytest.fixture
def suggestions_indexed(backend, index_all):
    """Products, categories and villages indexed, autocomplete entries included."""
    from search.backends import maintained_backends
    from search.suggestions import build_entries

    def rebuild():
        index_all()
        for engine in maintained_backends():
            engine.index_suggestions(build_entries(), replace=True)

    return rebuild


def test_autocomplete_answers_json_from_two_thai_letters(client, suggestions_indexed):
    # Given
    silk = make_product("ผ้าไหมมัดหมี่", title_en="Mudmee silk")
    make_product("ไม้กวาดดอกหญ้า")
    suggestions_indexed()
    # When
    response = client.get(reverse("search:suggest"), {"q": "ผ้"})
    # Then: JSON a browser may keep for a minute, for this buyer only
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "private" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    data = response.json()
    assert data["query"] == "ผ้"
    products = [s for s in data["suggestions"] if s["kind"] == "product"]
    assert products == [{"kind": "product", "label": silk.title, "url": silk.get_absolute_url()}]


def test_autocomplete_speaks_english_under_en(client, suggestions_indexed):
    silk = make_product("ผ้าไหมมัดหมี่", title_en="Mudmee silk")
    suggestions_indexed()
    with translation.override("en"):
        url = reverse("search:suggest")
        silk_url = silk.get_absolute_url()
    assert url.startswith("/en/")
    data = client.get(url, {"q": "mud"}).json()
    assert {"kind": "product", "label": "Mudmee silk", "url": silk_url} in data["suggestions"]


def test_autocomplete_lists_at_most_eight_and_nothing_for_blanks(client, suggestions_indexed):
    make_many_products(12)
    suggestions_indexed()
    assert len(client.get(reverse("search:suggest"), {"q": "สินค้า"}).json()["suggestions"]) == 8
    for blank in ("", "   ", "!!"):
        assert client.get(reverse("search:suggest"), {"q": blank}).json()["suggestions"] == []


def test_autocomplete_answers_from_the_database_when_elasticsearch_is_down(
    client, search_settings, unreachable_url, caplog
):
    from search.suggestions import build_entries

    silk = make_product("ผ้าไหมแพรวา")
    get_backend("database").index_suggestions(build_entries(), replace=True)
    search_settings.SHOP_SEARCH_BACKEND = "elasticsearch"
    search_settings.SHOP_ELASTICSEARCH_URL = unreachable_url
    response = client.get(reverse("search:suggest"), {"q": "แพรวา"})
    assert response.status_code == 200
    assert [s["url"] for s in response.json()["suggestions"]] == [silk.get_absolute_url()]
    assert "unavailable" in caplog.text


def test_header_search_box_is_a_combobox_with_the_suggest_url(client, backend):
    html = client.get(reverse("catalogue:index")).content.decode()
    assert f'data-suggest-url="{reverse("search:suggest")}"' in html
    assert 'role="listbox"' in html and "chumchon/js/search.js" in html
