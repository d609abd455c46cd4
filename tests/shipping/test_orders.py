"""Thailand Post as Oscar shipping methods, and each enterprise's part of a placed order."""

from decimal import Decimal

import pytest
from django.db import transaction
from oscar.apps.order.utils import OrderCreator as CoreOrderCreator
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_order

from shop.shipping.enterprise import ShippingMismatch, group_basket, record_order_parts
from shop.shipping.rates import EMS, REGISTERED

from .conftest import TAX_ID, build_basket, build_enterprise, build_product, fresh

Repository = get_class("shipping.repository", "Repository")
OrderShippingPart = get_model("shipping", "OrderShippingPart")

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed_basket():
    """Three enterprises: one VAT registered, one shipping free from 300 baht, one
    with a made-to-order piece."""
    registered = build_enterprise(vat_registered=True, tax_id=TAX_ID)
    free_from_300 = build_enterprise(free_shipping_threshold=Decimal("300.00"))
    makers = build_enterprise(ships_ems=True, ships_registered=False)
    basket = build_basket(
        (build_product(registered, price="535.00", weight_grams=1200), 1),
        (build_product(free_from_300, price="150.00", weight_grams=400), 2),
        (build_product(makers, price="890.00", weight_grams=2600, made_to_order=True,
                       lead_time_days=14), 1),
    )  # fmt: skip
    return fresh(basket)


def test_the_repository_offers_ems_then_registered(mixed_basket):
    # given a basket whose enterprises send by EMS, and two of them by registered too
    # when Oscar asks for the shipping methods
    methods = Repository().get_shipping_methods(mixed_basket)
    # then EMS comes first (Oscar's default), then registered parcel
    assert [method.code for method in methods] == [
        "thailand-post-ems",
        "thailand-post-registered",
    ]


def test_a_method_charges_the_sum_of_the_enterprises_charges(mixed_basket):
    # given the mixed basket
    for method in Repository().get_shipping_methods(mixed_basket):
        # when a method prices it
        charge = method.calculate(mixed_basket)
        # then it is the sum of every enterprise's charge for that service, VAT included
        groups = group_basket(mixed_basket, method.service)
        assert charge.incl_tax == sum(group.shipping_charge for group in groups)
        assert charge.excl_tax == charge.incl_tax
    # and the figures are the rate table's: 82 + free + 137 by EMS; 55 + free + 137 (EMS,
    # the makers' only service) by registered parcel
    ems, registered = Repository().get_shipping_methods(mixed_basket)
    assert ems.calculate(mixed_basket).incl_tax == Decimal("219.00")
    assert registered.calculate(mixed_basket).incl_tax == Decimal("192.00")


def test_registered_is_not_offered_when_no_enterprise_sends_by_it():
    enterprise = build_enterprise(ships_registered=False)
    basket = build_basket((build_product(enterprise), 1))
    methods = Repository().get_shipping_methods(fresh(basket))
    assert [method.code for method in methods] == ["thailand-post-ems"]


@pytest.mark.parametrize("service", [EMS, REGISTERED])
def test_placing_an_order_records_each_enterprises_part(mixed_basket, service):
    # given the mixed basket and the buyer's chosen service
    method = next(
        method
        for method in Repository().get_shipping_methods(mixed_basket)
        if method.service == service
    )
    # when the order is placed through the shop's order creator
    order = create_order(basket=mixed_basket, shipping_method=method)
    # then there is one part per enterprise, and they add up to the order's shipping
    parts = list(OrderShippingPart.objects.filter(order=order).order_by("pk"))
    assert len(parts) == 3
    assert sum(part.shipping_charge for part in parts) == order.shipping_incl_tax
    assert order.shipping_incl_tax == method.calculate(mixed_basket).incl_tax
    registered, free, makers = parts
    # and the VAT-registered enterprise's VAT part covers its goods and shipping
    assert registered.goods_total == Decimal("535.00")
    assert registered.vat == (Decimal("40.36") if service == EMS else Decimal("38.60"))
    # and the free one charged nothing and knows why
    assert free.is_free and free.shipping_charge == Decimal("0.00")
    assert free.vat is None
    # and the made-to-order part ships by EMS in 14 days
    assert (makers.service, makers.lead_time_days, makers.weight_grams) == (EMS, 14, 2600)


def test_parts_that_do_not_add_up_to_the_orders_shipping_undo_the_order(mixed_basket):
    # given an order whose shipping was priced by something other than the parts
    ems = Repository().get_shipping_methods(mixed_basket)[0]
    charge = ems.calculate(mixed_basket)
    Order = get_model("order", "Order")
    with pytest.raises(ShippingMismatch):
        with transaction.atomic():
            order = CoreOrderCreator().place_order(
                basket=mixed_basket,
                total=get_class("checkout.calculators", "OrderTotalCalculator")().calculate(
                    mixed_basket, charge
                ),
                shipping_method=ems,
                shipping_charge=type(charge)(currency="THB", excl_tax=Decimal("1.00"),
                                             incl_tax=Decimal("1.00")),
            )  # fmt: skip
            # when the parts are recorded
            record_order_parts(order, mixed_basket, ems)
    # then nothing is kept: no order, no parts
    assert not Order.objects.exists()
    assert not OrderShippingPart.objects.exists()


def test_a_free_oscar_method_records_no_parts_and_a_charged_one_is_refused(mixed_basket):
    # given an order placed with Oscar's free shipping: nothing charged, nothing to split
    order = create_order(basket=mixed_basket)
    assert not OrderShippingPart.objects.filter(order=order).exists()
    # when a method that is not Thailand Post charged something, it cannot be split
    order.shipping_incl_tax = Decimal("10.00")
    FixedPrice = get_class("shipping.methods", "FixedPrice")
    with pytest.raises(ValueError):
        record_order_parts(order, mixed_basket, FixedPrice(Decimal("10"), Decimal("10")))


def test_demo_shipping_settings_reach_the_demo_enterprises_and_can_be_reloaded():
    # given two of the demo enterprises
    from shop.shipping.demo import load_demo_shipping

    silk = build_enterprise(code="ban-phon-praewa-silk")
    pottery = build_enterprise(code="ko-kret-pottery")
    # when the demo settings are loaded twice
    load_demo_shipping()
    assert load_demo_shipping() == 2
    # then the silk group ships free from 1,500 baht and the potters by EMS only
    silk.refresh_from_db()
    pottery.refresh_from_db()
    assert silk.free_shipping_threshold == Decimal("1500.00")
    assert (pottery.ships_ems, pottery.ships_registered) == (True, False)
