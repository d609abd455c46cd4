"""Who may see a product: buyers only the public products of approved enterprises; staff
everything. And a product's stock is held by its own enterprise only."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from oscar.core.loading import get_model

from search.backends import get_backend, reset_backends
from search.documents import indexable_products
from tests.cms.builders import build_enterprise, build_product

from .helpers import Partner, Product, build_parent_with_variants, thai

pytestmark = pytest.mark.django_db

StockRecord = get_model("partner", "StockRecord")


@pytest.mark.parametrize("status", [Partner.Status.APPLIED, Partner.Status.SUSPENDED])
def test_product_of_an_enterprise_not_approved_is_hidden_from_buyers(
    client, admin_client, storefront, status
):
    # given the enterprise is not (or no longer) approved
    product = storefront["product"]
    Partner.objects.filter(pk=storefront["enterprise"].pk).update(status=status)
    url = thai(product.get_absolute_url)
    # then a buyer gets "not found", and staff still see the page
    assert client.get(url).status_code == 404
    assert admin_client.get(url).status_code == 200
    product.refresh_from_db()
    assert not product.is_visible_to_buyers()


def test_product_of_an_approved_enterprise_is_visible(client, storefront):
    product = storefront["product"]
    assert product.is_visible_to_buyers()
    assert client.get(thai(product.get_absolute_url)).status_code == 200


def test_private_product_is_hidden_from_buyers(client, admin_client, storefront):
    product = storefront["product"]
    Product.objects.filter(pk=product.pk).update(is_public=False)
    assert client.get(thai(product.get_absolute_url)).status_code == 404
    assert admin_client.get(thai(product.get_absolute_url)).status_code == 200


def test_variant_pages_follow_their_parent(client, storefront):
    # given a parent with variants, of an approved enterprise
    parent, children = build_parent_with_variants(storefront["enterprise"])
    assert client.get(thai(children[0].get_absolute_url)).status_code == 200
    # when the enterprise is suspended
    Partner.objects.filter(pk=storefront["enterprise"].pk).update(status="suspended")
    # then neither the parent nor its variants are shown
    assert client.get(thai(parent.get_absolute_url)).status_code == 404
    assert client.get(thai(children[0].get_absolute_url)).status_code == 404


def test_catalogue_browse_leaves_out_products_of_enterprises_not_approved(
    client, storefront, settings
):
    # given an approved enterprise's product and an applicant's product, indexed
    settings.SHOP_SEARCH_BACKEND = "database"
    settings.SHOP_SEARCH_REALTIME = False
    reset_backends()
    applicant = build_enterprise(
        storefront["village"], name="กลุ่มรออนุมัติ", code="applicant", status="applied"
    )
    waiting = build_product(applicant, title="ผ้ารออนุมัติ", slug="waiting")
    try:
        get_backend("database").rebuild(indexable_products())
        # when a buyer browses the catalogue
        response = client.get(reverse("catalogue:index"))
    finally:
        reset_backends()
    # then only the approved enterprise's product is listed
    listed = [product.pk for product in response.context["products"]]
    assert listed == [storefront["product"].pk]
    assert waiting.pk not in listed
    assert not Product.objects.browsable().filter(pk=waiting.pk).exists()


def test_stock_held_by_another_enterprise_is_refused(storefront):
    # given a product of one enterprise and another enterprise
    product = storefront["product"]
    other = build_enterprise(storefront["village"], name="กลุ่มอื่น", code="other")
    before = StockRecord.objects.count()
    # when stock of the product is recorded for the other enterprise
    record = StockRecord(
        product=product, partner=other, partner_sku="X-1", price=Decimal("1.00"), num_in_stock=1
    )
    # then it is refused, by validation and on save, and nothing is saved
    with pytest.raises(ValidationError):
        record.full_clean()
    with pytest.raises(ValidationError):
        record.save()
    assert StockRecord.objects.count() == before
    assert not StockRecord.objects.filter(partner=other).exists()
    product.refresh_from_db()
    assert product.enterprise_id == storefront["enterprise"].pk
