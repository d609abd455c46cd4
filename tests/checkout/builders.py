"""Builders and browser-free steps for the checkout tests.

Each step goes through the real views with Django's test client, as a buyer's
browser would: gateway → shipping address → shipping method → preview → place order.
"""

import itertools
from decimal import Decimal

from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from oscar.test.factories import create_product

Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

_numbers = itertools.count(1)

#: A real Bangkok address (Rong Mueang, Pathum Wan, 10330) as the checkout form posts it.
ADDRESS = {
    "first_name": "สมศรี",
    "last_name": "ใจดี",
    "phone_number": "081 234 5678",
    "house_number": "99/1",
    "moo": "",
    "village": "",
    "soi": "จุฬาฯ 12",
    "road": "พระรามที่ 1",
    "postcode": "10330",
    "province_code": "10",
    "district_code": "1007",
    "subdistrict_code": "100701",
    "notes": "",
}

EMS = "thailand-post-ems"
REGISTERED = "thailand-post-registered"


def build_enterprise(**fields):
    """An approved community enterprise."""
    number = next(_numbers)
    defaults = {
        "name": f"วิสาหกิจชุมชนทอผ้าที่ {number}",
        "name_en": f"Weaving group {number}",
        "code": f"weaving-{number}",
        "status": "approved",
    }
    return Partner.objects.create(**{**defaults, **fields})


def build_product(enterprise, price="450.00", stock=10, weight_grams=400, **fields):
    """A public product of ``enterprise`` with ``stock`` units (None: no stock figure)."""
    number = next(_numbers)
    defaults = {
        "title": f"ผ้าซิ่นตีนจก {number}",
        "title_en": f"Teen jok sarong {number}",
        "slug": f"sarong-{number}",
    }
    product = create_product(
        product_class="สินค้าชุมชน",
        enterprise=enterprise,
        weight_grams=weight_grams,
        **{**defaults, **fields},
    )
    product.stockrecords.create(
        partner=enterprise, partner_sku=f"SKU-{number}", price=Decimal(price), num_in_stock=stock
    )
    return product


def url(name, *args, language="th", **query):
    with translation.override(language):
        path = reverse(name, args=args)
    if query:
        path += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return path


def add_to_basket(client, product, quantity=1, language="th"):
    response = client.post(url("basket:add", product.pk, language=language), {"quantity": quantity})
    assert response.status_code == 302, response.content[:500]


def as_guest(client, email="somsri@example.com", language="th"):
    return client.post(
        url("checkout:index", language=language), {"username": email, "options": "anonymous"}
    )


def ship_to(client, address=None, language="th"):
    return client.post(url("checkout:shipping-address", language=language), address or ADDRESS)


def choose_method(client, code=EMS, language="th"):
    return client.post(url("checkout:shipping-method", language=language), {"method_code": code})


def place_order(client, language="th", **fields):
    data = {"action": "place_order", **fields}
    return client.post(url("checkout:preview", language=language), data)


def ready_to_place(client, product, quantity=1, language="th", email="somsri@example.com"):
    """A guest's basket and checkout session up to the preview page."""
    add_to_basket(client, product, quantity, language)
    assert as_guest(client, email, language).status_code == 302
    assert ship_to(client, language=language).status_code == 302
    assert choose_method(client, language=language).status_code == 302


def stock_of(product):
    record = StockRecord.objects.get(product=product)
    return record.num_in_stock, record.num_allocated or 0
