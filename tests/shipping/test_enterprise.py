"""A basket grouped by community enterprise: weight, parcels, charges, free shipping,
lead times and the VAT part, in a fixed number of queries."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from shop.shipping.enterprise import group_basket
from shop.shipping.rates import EMS, REGISTERED
from shop.shipping.vat import vat_part

from .conftest import TAX_ID, build_basket, build_enterprise, build_product, fresh

pytestmark = pytest.mark.django_db


def test_lines_are_grouped_per_enterprise_in_basket_order():
    # given a basket with goods from two enterprises, interleaved
    weavers, potters = build_enterprise(), build_enterprise()
    scarf = build_product(weavers, price="350.00", weight_grams=200)
    pot = build_product(potters, price="120.00", weight_grams=900)
    sarong = build_product(weavers, price="1200.00", weight_grams=600)
    basket = build_basket((scarf, 2), (pot, 1), (sarong, 1))
    # when the basket is grouped
    groups = group_basket(fresh(basket))
    # then each enterprise has its own lines, goods total and weight
    assert [group.partner for group in groups] == [weavers, potters]
    assert [line.product for line in groups[0].lines] == [scarf, sarong]
    assert groups[0].subtotal == Decimal("1900.00")
    assert groups[0].weight_grams == 2 * 200 + 600
    assert groups[1].subtotal == Decimal("120.00")
    assert groups[1].weight_grams == 900


def test_each_enterprise_is_charged_its_own_thailand_post_rates():
    # given 1,000 g from one enterprise and 1,001 g from another
    light, heavy = build_enterprise(), build_enterprise()
    basket = build_basket(
        (build_product(light, weight_grams=1000), 1), (build_product(heavy, weight_grams=1001), 1)
    )
    # when grouped for EMS
    first, second = group_basket(fresh(basket), EMS)
    # then each pays its band: 67 and 82 baht, and registered parcel is offered beside it
    assert first.chosen.charge == Decimal("67.00")
    assert second.chosen.charge == Decimal("82.00")
    assert first.option(REGISTERED).charge == Decimal("45.00")


def test_a_heavy_enterprise_part_goes_as_several_parcels():
    # given 25 kg of rice from one enterprise
    farm = build_enterprise()
    basket = build_basket((build_product(farm, weight_grams=5000), 5))
    # when grouped for EMS
    (group,) = group_basket(fresh(basket), EMS)
    # then it is a full 20 kg parcel plus a 5 kg one
    assert group.parcels == 2
    assert group.shipping_charge == Decimal("717.00") + Decimal("217.00")


@override_settings(SHOP_DEFAULT_ITEM_WEIGHT_GRAMS=800)
def test_a_product_without_weight_counts_the_default_weight():
    # given a product nobody weighed, three of them
    enterprise = build_enterprise()
    basket = build_basket((build_product(enterprise, weight_grams=None), 3))
    # when grouped
    (group,) = group_basket(fresh(basket), EMS)
    # then the default 800 g per item is used, and the weight is flagged as an estimate
    assert group.weight_grams == 2400
    assert group.unweighed_items == 3
    assert group.shipping_charge == Decimal("122.00")  # 2,001–2,500 g band


def test_shipping_is_free_from_the_exact_threshold():
    # given an enterprise shipping free from 500 baht
    enterprise = build_enterprise(free_shipping_threshold=Decimal("500.00"))
    just_under = build_product(enterprise, price="499.99", weight_grams=300)
    exact = build_product(enterprise, price="500.00", weight_grams=300)
    # when the goods come to 499.99
    (under,) = group_basket(build_basket((just_under, 1)), EMS)
    # then shipping is charged and the buyer is told to spend 0.01 more
    assert not under.is_free
    assert under.shipping_charge == Decimal("52.00")
    assert under.amount_to_free == Decimal("0.01")
    # when the goods come to exactly 500.00
    (reached,) = group_basket(build_basket((exact, 1)), EMS)
    # then every service is free, the rate-table price kept for display
    assert reached.is_free and reached.amount_to_free is None
    assert [option.charge for option in reached.options] == [Decimal("0.00")] * 2
    assert reached.chosen.full_charge == Decimal("52.00")


def test_an_enterprise_without_threshold_never_ships_free():
    enterprise = build_enterprise(free_shipping_threshold=None)
    (group,) = group_basket(build_basket((build_product(enterprise, price="9999.00"), 1)))
    assert not group.is_free
    assert group.amount_to_free is None
    assert group.shipping_charge > 0


def test_the_longest_made_to_order_lead_time_is_the_groups():
    # given an in-stock scarf and two made-to-order pieces of 7 and 21 days
    enterprise = build_enterprise()
    basket = build_basket(
        (build_product(enterprise), 1),
        (build_product(enterprise, made_to_order=True, lead_time_days=7), 1),
        (build_product(enterprise, made_to_order=True, lead_time_days=21), 1),
    )
    # when grouped; then the part ships in 21 days
    (group,) = group_basket(fresh(basket))
    assert group.lead_time_days == 21


def test_in_stock_goods_have_no_lead_time():
    enterprise = build_enterprise()
    (group,) = group_basket(build_basket((build_product(enterprise), 2)))
    assert group.lead_time_days is None


def test_only_the_services_an_enterprise_offers_are_quoted():
    # given an enterprise that sends by EMS only
    enterprise = build_enterprise(ships_registered=False)
    basket = build_basket((build_product(enterprise, weight_grams=400), 1))
    # when the buyer asks for registered parcel
    (group,) = group_basket(fresh(basket), REGISTERED)
    # then the enterprise sends by EMS, its only service
    assert [option.service for option in group.options] == [EMS]
    assert group.chosen.service == EMS


def test_vat_part_is_seven_107ths_rounded_to_the_satang():
    assert vat_part(Decimal("107.00")) == Decimal("7.00")
    assert vat_part(Decimal("100.00")) == Decimal("6.54")  # 6.5420…
    assert vat_part(Decimal("0.15")) == Decimal("0.01")  # 0.0098… rounds up
    assert vat_part(Decimal("0.00")) == Decimal("0.00")


def test_a_vat_registered_enterprise_shows_the_vat_in_goods_and_shipping():
    # given a VAT-registered enterprise: 1,000 baht of goods, 52 baht EMS
    enterprise = build_enterprise(vat_registered=True, tax_id=TAX_ID)
    basket = build_basket((build_product(enterprise, price="1000.00", weight_grams=500), 1))
    # when grouped
    (group,) = group_basket(fresh(basket), EMS)
    # then its VAT part is 7/107 of 1,052 baht
    assert group.vat_registered
    assert group.vat == Decimal("68.82")


def test_an_enterprise_not_vat_registered_has_no_vat_part():
    enterprise = build_enterprise(vat_registered=False)
    (group,) = group_basket(build_basket((build_product(enterprise, price="1000.00"), 1)))
    assert not group.vat_registered
    assert group.vat is None


def _basket_from_four_enterprises(lines):
    enterprises = [build_enterprise(free_shipping_threshold=Decimal("800")) for _ in range(4)]
    items = [
        (build_product(enterprises[number % 4], weight_grams=300 + number,
                       made_to_order=bool(number % 2), lead_time_days=number or None), 2)
        for number in range(lines)
    ]  # fmt: skip
    return build_basket(*items)


@pytest.mark.parametrize("lines", [1, 10])
def test_grouping_costs_the_same_queries_whatever_the_basket_size(django_assert_num_queries, lines):
    # given a basket of 1 or 10 lines from up to 4 enterprises, loaded as a request loads it
    basket = fresh(_basket_from_four_enterprises(lines))
    list(basket.all_lines())
    # when grouped (twice, as a page asks more than once)
    # then one query reads the product classes (for stock) and one the enterprises
    with django_assert_num_queries(2):
        groups = group_basket(basket, EMS)
        group_basket(basket, EMS)
        for group in groups:
            assert group.vat is None and group.chosen is not None
    assert len(groups) == min(lines, 4)


def test_an_enterprise_must_send_by_at_least_one_service():
    # given an enterprise whose editor unticks both services
    enterprise = build_enterprise()
    enterprise.ships_ems = enterprise.ships_registered = False
    # when it is validated (as the admin form does)
    with pytest.raises(ValidationError) as error:
        enterprise.full_clean()
    # then the editor is told to choose one
    assert "ships_ems" in error.value.message_dict


def test_a_negative_free_shipping_threshold_is_refused():
    enterprise = build_enterprise()
    enterprise.free_shipping_threshold = Decimal("-1.00")
    with pytest.raises(ValidationError) as error:
        enterprise.full_clean()
    assert "free_shipping_threshold" in error.value.message_dict
