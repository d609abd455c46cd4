"""Builders for the shipping tests: enterprises, weighed products and baskets."""

import itertools
from decimal import Decimal

import pytest
from django.utils import translation
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_product

Basket = get_model("basket", "Basket")
Partner = get_model("partner", "Partner")
Selector = get_class("partner.strategy", "Selector")

_numbers = itertools.count(1)

#: A valid 13-digit Thai tax id (check digit correct).
TAX_ID = "1101700207030"


def build_enterprise(**fields):
    """An approved community enterprise; shipping settings as given."""
    number = next(_numbers)
    defaults = {
        "name": f"วิสาหกิจชุมชนที่ {number}",
        "name_en": f"Community enterprise {number}",
        "code": f"enterprise-{number}",
        "status": "approved",
    }
    return Partner.objects.create(**{**defaults, **fields})


def build_product(enterprise, price="100.00", weight_grams=None, stock=50, **fields):
    """A public product of ``enterprise`` weighing ``weight_grams`` (None: unweighed)."""
    number = next(_numbers)
    defaults = {"title": f"สินค้าชุมชน {number}", "slug": f"product-{number}"}
    product = create_product(
        product_class="สินค้าชุมชน",
        enterprise=enterprise,
        weight_grams=weight_grams,
        **{**defaults, **fields},
    )
    product.stockrecords.create(
        partner=enterprise,
        partner_sku=f"SKU-{number}",
        price=Decimal(price),
        num_in_stock=stock,
    )
    return product


def build_basket(*items):
    """A saved basket holding (product, quantity) pairs, priced by Oscar's strategy."""
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    for product, quantity in items:
        basket.add_product(product, quantity)
    return basket


def fresh(basket):
    """The same basket as a new request would load it (nothing cached)."""
    reloaded = Basket.objects.get(pk=basket.pk)
    reloaded.strategy = Selector().strategy()
    return reloaded


@pytest.fixture(autouse=True)
def thai_first():
    with translation.override("th"):
        yield
