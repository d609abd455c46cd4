"""A community enterprise's page, and the product lists of enterprise and village pages:
what they show and their query budgets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cms.builders import build_enterprise, build_product, build_village
from tests.i18n.html import soup
from tests.search.factories import make_many_products

from .helpers import XSS_HTML, Partner, build_parent_with_variants, english, give_logo, thai

pytestmark = pytest.mark.django_db

#: Queries for a page of 20 product tiles, whatever the number of products: the
#: enterprise, the count, the products and their stock and images, public variants and
#: their stock, and the menu's categories (2). The view runs outside a transaction.
ENTERPRISE_PAGE_QUERIES = 10
#: The whole village page: Wagtail's routing (site, locale, a page per path segment,
#: aliases, view restrictions: 8), the product list above (6), the enterprises, the
#: stories and the gallery (1 each). Page views run outside a transaction and the menu
#: comes from the cache.
VILLAGE_PAGE_QUERIES = 18


def test_enterprise_page_shows_story_logo_members_village_and_products(client, storefront):
    # given an approved enterprise with a logo, members and a story, in a CIV village
    enterprise = give_logo(storefront["enterprise"])
    enterprise.members_count = 27
    enterprise.story = "<p>กลุ่มแม่บ้าน<em>ทอผ้า</em></p>"
    enterprise.story_en = "<p>Housewives <em>weaving</em> together</p>"
    enterprise.save()
    # when a buyer opens its page
    response = client.get(thai(enterprise.get_absolute_url))
    page = soup(response)
    # then it shows its profile and a link to its village
    assert response.status_code == 200
    profile = page.select_one(".enterprise-page")
    assert "กลุ่มทอผ้าบ้านนาต้นจั่น" in profile.select_one(".enterprise-name").get_text()
    assert profile.select_one("img.enterprise-logo")["src"] == enterprise.logo.url
    assert "27" in profile.select_one(".enterprise-members").get_text()
    assert profile.select_one(".enterprise-story em").get_text() == "ทอผ้า"
    village_link = profile.select_one("a.enterprise-village-link")
    assert village_link["href"] == thai(storefront["village"].get_url)
    assert profile.select_one(".badge-civ") is not None
    # and its products as tiles
    products = page.select_one(".enterprise-products")
    assert thai(storefront["product"].get_absolute_url) in str(products)
    # and the English page is in English
    page = soup(client.get(english(enterprise.get_absolute_url)))
    assert "Ban Na Ton Chan Weaving Group" in page.select_one(".enterprise-name").get_text()
    assert "weaving" in page.select_one(".enterprise-story").get_text()
    assert "Teen jok sarong" in page.select_one(".enterprise-products").get_text()


def test_enterprise_page_lists_only_its_browsable_products(client, storefront):
    # given the enterprise's hidden product and another enterprise's product
    enterprise = storefront["enterprise"]
    hidden = build_product(enterprise, title="ของซ่อน", slug="hidden", is_public=False)
    other = build_enterprise(storefront["village"], name="กลุ่มอื่น", code="other-group")
    elsewhere = build_product(other, title="ของกลุ่มอื่น", slug="elsewhere")
    # when the enterprise's page is rendered
    response = client.get(thai(enterprise.get_absolute_url))
    # then only its public product is listed
    assert [p.pk for p in response.context["products"]] == [storefront["product"].pk]
    html = response.content.decode()
    assert thai(hidden.get_absolute_url) not in html
    assert thai(elsewhere.get_absolute_url) not in html


@pytest.mark.parametrize("status", [Partner.Status.APPLIED, Partner.Status.SUSPENDED])
def test_page_of_an_enterprise_not_approved_is_not_found_for_buyers(
    client, admin_client, storefront, status
):
    enterprise = storefront["enterprise"]
    Partner.objects.filter(pk=enterprise.pk).update(status=status)
    url = thai(enterprise.get_absolute_url)
    assert client.get(url).status_code == 404
    # staff may look at it before approving it
    assert admin_client.get(url).status_code == 200


def test_unknown_enterprise_is_not_found(client, storefront):
    assert client.get("/shop/catalogue/enterprises/nobody/").status_code == 404


def test_enterprise_page_paginates_twenty_products(client, storefront):
    enterprise = storefront["enterprise"]
    make_many_products(30, enterprise=enterprise)
    url = thai(enterprise.get_absolute_url)
    first = client.get(url)
    second = client.get(url, {"page": 2})
    assert len(first.context["products"]) == 20
    assert len(second.context["products"]) == 11
    assert first.context["paginator"].count == 31
    assert client.get(url, {"page": 9}).status_code == 404


def test_enterprise_story_is_rendered_inert(client, storefront):
    # given a story with script, written past the model's cleaning
    enterprise = storefront["enterprise"]
    Partner.objects.filter(pk=enterprise.pk).update(story=XSS_HTML, story_en=XSS_HTML)
    for url in (
        thai(enterprise.get_absolute_url),
        english(enterprise.get_absolute_url),
        thai(storefront["product"].get_absolute_url),
    ):
        # when a page showing it is rendered
        html = client.get(url).content.decode()
        # then nothing in it can run
        assert "<script>alert" not in html, url
        assert "onerror" not in html, url
        assert "javascript:" not in html, url
        assert "ทอมือ" in html, url


def test_enterprise_story_is_cleaned_when_saved(storefront):
    enterprise = storefront["enterprise"]
    enterprise.story = XSS_HTML
    enterprise.save()
    enterprise.refresh_from_db()
    assert "<script" not in enterprise.story
    assert "onerror" not in enterprise.story
    assert "javascript:" not in enterprise.story


def list_pages(storefront):
    """The enterprise page and the village page: both list the enterprise's products."""
    return [
        thai(storefront["enterprise"].get_absolute_url),
        thai(storefront["village"].get_url),
    ]


def product_list_queries(queries):
    """The queries that load the product tiles (count, products, stock, images,
    variants), as opposed to the page's own (routing, menu, enterprise)."""
    tables = (
        'FROM "catalogue_product"',
        'FROM "partner_stockrecord"',
        'FROM "catalogue_productimage"',
    )
    return [q["sql"] for q in queries.captured_queries if any(t in q["sql"] for t in tables)]


def test_enterprise_page_renders_twenty_tiles_within_the_budget(
    client, storefront, django_assert_max_num_queries
):
    # given an enterprise with 40 products, one a parent with variants
    enterprise = storefront["enterprise"]
    make_many_products(38, enterprise=enterprise)
    build_parent_with_variants(enterprise)
    url = thai(enterprise.get_absolute_url)
    client.get(url)  # warm-up: thumbnails
    # when the page is rendered, then it stays within its budget
    with django_assert_max_num_queries(ENTERPRISE_PAGE_QUERIES):
        response = client.get(url)
    assert len(response.context["products"]) == 20


def test_village_page_renders_twenty_tiles_within_the_budget(client, storefront):
    # given a village whose enterprise has 40 products, one a parent with variants
    enterprise = storefront["enterprise"]
    make_many_products(38, enterprise=enterprise)
    build_parent_with_variants(enterprise)
    url = thai(storefront["village"].get_url)
    client.get(url)  # warm-up: thumbnails, Wagtail's site root paths
    # when the page is rendered
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    # then its product list stays within the list budget, and the page within its own
    assert len(response.context["products"]) == 20
    assert len(product_list_queries(queries)) <= ENTERPRISE_PAGE_QUERIES
    assert len(queries) <= VILLAGE_PAGE_QUERIES


def test_product_lists_cost_the_same_at_40_and_400_products(client, storefront):
    # given 40 products, counted
    enterprise = storefront["enterprise"]
    make_many_products(39, enterprise=enterprise)
    counts = {}
    for url in list_pages(storefront):
        client.get(url, {"page": 2})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"page": 2})
        assert len(response.context["products"]) == 20
        counts[url] = len(queries)
    # when there are ten times as many
    make_many_products(360, enterprise=enterprise, prefix="ของ")
    # then a page costs the same
    for url in list_pages(storefront):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"page": 2})
        assert response.context["paginator"].count == 400
        assert len(queries) == counts[url], url


def test_village_page_lists_products_of_all_its_enterprises_paginated(client, storefront):
    # given a second approved enterprise of the village and one not yet approved
    village = storefront["village"]
    potters = build_enterprise(village, name="กลุ่มปั้นหม้อ", code="potters")
    make_many_products(20, enterprise=potters)
    applicant = build_enterprise(village, name="กลุ่มใหม่", code="new", status="applied")
    pending = build_product(applicant, title="ของรออนุมัติ", slug="pending")
    # and another village's product
    other_village = build_village(storefront["home"], title="บ้านเชียง", slug="ban-chiang")
    other = build_product(build_enterprise(other_village, code="chiang"), slug="chiang-pot")
    # when the village page is read page by page
    url = thai(village.get_url)
    first = client.get(url)
    second = client.get(url, {"page": 2})
    # then it lists the 21 browsable products of its approved enterprises, 20 to a page
    listed = [p.pk for p in first.context["products"]] + [p.pk for p in second.context["products"]]
    assert len(first.context["products"]) == 20
    assert len(listed) == 21
    assert storefront["product"].pk in listed
    assert pending.pk not in listed
    assert other.pk not in listed
    # and names and links only its approved enterprises
    names = soup(first).select_one(".village-enterprises").get_text()
    assert "กลุ่มปั้นหม้อ" in names
    assert "กลุ่มใหม่" not in names
    assert thai(potters.get_absolute_url) in first.content.decode()
