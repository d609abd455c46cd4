"""Placing the order: stock taken by a conditional update, out of stock, double submit."""

import pytest
from django.contrib.messages import get_messages
from django.db import transaction
from oscar.apps.checkout.signals import pre_payment
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.core.prices import Price

from shop.order import allocation
from shop.order.utils import OrderCreator
from shop.shipping.methods import ThailandPost
from tests.checkout.builders import (
    Order,
    StockRecord,
    build_product,
    place_order,
    ready_to_place,
    stock_of,
    url,
)

Basket = get_model("basket", "Basket")
Source = get_model("payment", "Source")


@pytest.fixture
def race(product):
    """Another buyer takes stock after the checkout's own checks passed and before the
    order is written (Oscar's ``pre_payment`` signal fires in between)."""
    taken = {}

    def another_buyer_takes(sender, **kwargs):
        StockRecord.objects.filter(product=product).update(num_allocated=taken["units"])

    def set_units(units):
        taken["units"] = units
        pre_payment.connect(another_buyer_takes, dispatch_uid="checkout-test-race")

    yield set_units
    pre_payment.disconnect(dispatch_uid="checkout-test-race")


def messages_of(response):
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "“ผ้าซิ่นตีนจก {n}” เหลือเพียง 1 ชิ้น กรุณาแก้จำนวนในตะกร้า"),
        ("en", "Sorry, only 1 of “Teen jok sarong {n}” are left."),
    ],
)
def test_out_of_stock_at_placement_names_the_line_and_keeps_basket_and_address(
    client, product, race, language, expected
):
    # Given a guest ready to buy 3 sarongs, and another buyer who takes 9 of the 10
    # while the order is being placed
    ready_to_place(client, product, 3, language=language)
    race(9)

    # When they place the order
    response = place_order(client, language=language)

    # Then they are back at the basket, told which line ran out and what is left
    assert response["Location"] == url("basket:summary", language=language)
    number = product.title.rsplit(" ", 1)[1]
    assert expected.format(n=number) in messages_of(response)
    # no order, nothing charged, the other buyer's allocation untouched
    assert not Order.objects.exists()
    assert not Source.objects.exists()
    assert stock_of(product) == (10, 9)
    # the basket still holds the 3 sarongs and is open for changes
    basket = Basket.objects.get()
    assert basket.status == Basket.OPEN
    assert basket.all_lines()[0].quantity == 3
    # and once they lower the quantity, the preview still has the address they typed
    line = basket.all_lines()[0]
    line.quantity = 1
    line.save()
    page = client.get(url("checkout:preview", language=language))
    assert page.status_code == 200
    assert "99/1" in page.content.decode()


def test_the_last_unit_sold_meanwhile_says_sold_out(client, product, race):
    ready_to_place(client, product, 1)
    race(10)

    response = place_order(client)

    assert f"“{product.title}” เพิ่งขายหมด" in messages_of(response)
    assert not Order.objects.exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "ไม่สามารถซื้อได้แล้ว (ซื้อได้สูงสุด 1 ชิ้น)"),
        ("en", "is no longer available to buy (a maximum of 1 can be bought)"),
    ],
)
def test_stock_gone_before_the_click_is_caught_before_placing(client, product, language, expected):
    # Given the stock ran low while the buyer was on the preview page
    ready_to_place(client, product, 3, language=language)
    StockRecord.objects.filter(product=product).update(num_allocated=9)

    # When they place the order, Oscar's basket check stops it first
    response = place_order(client, language=language)

    assert response["Location"] == url("basket:summary", language=language)
    assert expected in messages_of(response)
    assert not Order.objects.exists()


def test_double_submit_places_one_order(client, product):
    # Given a guest at the preview
    ready_to_place(client, product, 2)

    # When "place order" arrives twice
    first = place_order(client)
    second = place_order(client)

    # Then one order holds the stock once, and both clicks lead to its payment page
    assert Order.objects.count() == 1
    assert stock_of(product) == (10, 2)
    assert second.status_code == 302
    assert second["Location"] == first["Location"]


def test_release_gives_the_stock_back_once(client, product):
    ready_to_place(client, product, 4)
    place_order(client)
    order = Order.objects.get()

    first = allocation.release(order)
    second = allocation.release(order)

    assert (first, second) == (4, 0)
    assert stock_of(product) == (10, 0)
    assert order.lines.get().allocation_cancelled


def place_directly(product, quantity):
    """The real placement code (OrderCreator) for a basket of ``quantity`` × product."""
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(product, quantity)
    method = ThailandPost("ems")
    charge = method.calculate(basket)
    total = basket.total_incl_tax + charge.incl_tax
    with transaction.atomic():
        return OrderCreator().place_order(
            basket=basket,
            total=Price("THB", excl_tax=total, incl_tax=total),
            shipping_method=method,
            shipping_charge=charge,
            guest_email="buyer@example.com",
        )


def test_made_to_order_without_a_stock_figure_takes_any_quantity(enterprise, country):
    # Given a made-to-order product whose enterprise did not give a capacity
    product = build_product(enterprise, stock=None, made_to_order=True, lead_time_days=14)

    # When 25 are ordered
    order = place_directly(product, 25)

    # Then the order is placed, nothing is held, and releasing it gives nothing back
    assert order.lines.get().num_allocated == 0
    assert StockRecord.objects.get(product=product).num_allocated in (None, 0)
    assert allocation.release(order) == 0


def test_made_to_order_capacity_is_allocated_like_stock(enterprise, country):
    product = build_product(enterprise, stock=2, made_to_order=True, lead_time_days=7)

    place_directly(product, 2)
    with pytest.raises(allocation.OutOfStock) as refused:
        place_directly(product, 1)

    assert refused.value.available == 0
    assert Order.objects.count() == 1
    assert stock_of(product) == (2, 2)


def test_ready_made_product_without_stock_figure_is_not_sold(enterprise, country):
    product = build_product(enterprise, stock=None)

    with pytest.raises(allocation.OutOfStock):
        place_directly(product, 1)

    assert not Order.objects.exists()
