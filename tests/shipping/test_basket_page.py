"""The basket page, grouped by community enterprise, on a phone-sized budget of queries."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from tests.i18n.html import soup

from .conftest import TAX_ID, build_enterprise, build_product

pytestmark = pytest.mark.django_db

#: Queries for the basket page, whatever the number of lines and enterprises.
BASKET_PAGE_QUERIES = 30


def add(client, product, quantity=1):
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    assert response.status_code == 302


def basket_page(client):
    response = client.get(reverse("basket:summary"))
    assert response.status_code == 200
    return response, soup(response)


def fill_basket(client, lines):
    enterprises = [build_enterprise(free_shipping_threshold=Decimal("1000.00")) for _ in range(4)]
    for number in range(lines):
        product = build_product(
            enterprises[number % 4],
            weight_grams=250 + number,
            made_to_order=bool(number % 2),
            lead_time_days=(number + 1) if number % 2 else None,
        )
        add(client, product, 2)


def test_the_basket_page_costs_the_same_queries_for_1_or_10_lines(
    client, django_assert_max_num_queries
):
    # given a basket of 1 line
    fill_basket(client, 1)
    # when the buyer opens it
    with django_assert_max_num_queries(BASKET_PAGE_QUERIES) as one_line:
        response, page = basket_page(client)
    assert len(page.select(".basket-enterprise .basket-items")) == 1
    # given 10 lines from 4 enterprises instead (a new buyer)
    client.cookies.clear()
    fill_basket(client, 10)
    # when the buyer opens the basket
    with django_assert_max_num_queries(BASKET_PAGE_QUERIES) as ten_lines:
        response, page = basket_page(client)
    # then every line is shown under its enterprise, for no more queries than one line
    assert len(page.select(".basket-enterprise")) == 4
    assert len(page.select(".basket-enterprise .basket-items")) == 10
    assert len(ten_lines.captured_queries) <= len(one_line.captured_queries)


def english(url_name):
    with translation.override("en"):
        return reverse(url_name)


def test_the_basket_shows_each_enterprise_with_its_shipping_free_progress_lead_and_vat(client):
    # given a VAT-registered weaving group shipping free from 1,000 baht, with a
    # made-to-order sarong, and a potters' group that is not VAT registered
    weavers = build_enterprise(
        name_en="Weaving group", vat_registered=True, tax_id=TAX_ID,
        free_shipping_threshold=Decimal("1000.00"),
    )  # fmt: skip
    potters = build_enterprise(name_en="Potters", free_shipping_threshold=Decimal("200.00"))
    add(client, build_product(weavers, price="350.00", weight_grams=300), 2)
    add(client, build_product(weavers, price="107.00", weight_grams=100, made_to_order=True,
                              lead_time_days=10), 1)  # fmt: skip
    add(client, build_product(potters, price="250.00", weight_grams=1500), 1)
    # when the buyer opens the basket in English
    response = client.get(english("basket:summary"))
    page = soup(response)
    first, second = page.select(".basket-enterprise")
    # then the weavers' part lists its two lines and its goods total
    assert "Weaving group" in first.select_one(".basket-enterprise-name").get_text()
    assert len(first.select(".basket-items")) == 2
    assert "฿807.00" in first.select_one(".basket-enterprise-subtotal").get_text()
    # and its Thailand Post options for 700 g (EMS 67, registered 45)
    options = {
        option["data-service"]: " ".join(option.get_text().split())
        for option in first.select(".basket-shipping-option")
    }
    assert "฿67.00" in options["ems"] and "฿45.00" in options["registered"]
    # and how much more to spend for free shipping, the lead time and the VAT part
    assert "Spend ฿193.00 more" in first.select_one(".basket-free-progress").get_text()
    assert "ships in 10 days" in first.select_one(".basket-lead-time").get_text()
    assert "฿57.18" in first.select_one(".basket-vat").get_text()  # (807 + 67) × 7/107
    # and the potters' part has reached its threshold, ships free, and charges no VAT
    assert "Free shipping" in second.select_one(".basket-free-shipping").get_text()
    assert second.select_one(".basket-lead-time") is None
    assert "Not VAT registered" in second.select_one(".basket-vat").get_text()
    ems = second.select_one('.basket-shipping-option[data-service="ems"]').get_text()
    assert "Free" in ems and "฿82.00" in ems
    # and the basket's shipping total is the sum of both parts by EMS (67 + 0)
    totals = " ".join(page.select_one("#basket_totals").get_text().split())
    assert "฿67.00" in totals


def test_removing_a_line_from_one_enterprise_keeps_the_others(client):
    # given lines from two enterprises
    first, second = build_enterprise(), build_enterprise()
    kept = build_product(first)
    removed = build_product(second)
    add(client, kept)
    add(client, removed)
    page = soup(client.get(english("basket:summary")))
    # when the buyer removes the second enterprise's line (the form its link points to)
    link = page.select(".basket-enterprise")[1].select_one('[data-behaviours="remove"]')
    index = link["data-id"]
    form = page.select_one("#basket_formset")
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    data = {name: value for name, value in data.items() if not name.endswith("DELETE")}
    data[f"form-{index}-DELETE"] = "on"
    response = client.post(english("basket:summary"), data)
    assert response.status_code == 302
    # then only the first enterprise's line is left
    page = soup(client.get(english("basket:summary")))
    sections = page.select(".basket-enterprise")
    assert [section["data-enterprise"] for section in sections] == [first.code]
    assert len(page.select(".basket-items")) == 1


def test_the_enterprise_shipping_settings_are_edited_in_the_django_admin(admin_client):
    # given an enterprise
    enterprise = build_enterprise()
    url = reverse("admin:partner_partner_change", args=[enterprise.pk])
    # when DIP staff open it in the Django admin
    page = soup(admin_client.get(url))
    # then its free-shipping threshold and services can be edited
    assert page.select_one('input[name="free_shipping_threshold"]') is not None
    assert page.select_one('input[name="ships_ems"]') is not None
    assert page.select_one('input[name="ships_registered"]') is not None
