"""The confirmation e-mail, in the language the buyer checked out in."""

from decimal import Decimal

import pytest
from django.core import mail

from shop.order import links
from shop.order.notifications import send_confirmation
from tests.checkout.builders import (
    Order,
    build_enterprise,
    build_product,
    place_order,
    ready_to_place,
)


@pytest.fixture
def two_enterprise_order(client, country):
    """A guest's order from a VAT-registered weaving group (made to order, 10 days) and
    from a potters' group that is not VAT registered."""

    def place(language):
        weavers = build_enterprise(vat_registered=True, tax_id="1101700207030")
        potters = build_enterprise(name="กลุ่มปั้นหม้อ", name_en="Potters' group")
        sarong = build_product(weavers, price="1070.00", made_to_order=True, lead_time_days=10)
        pot = build_product(potters, price="250.00", title="หม้อดินเผา", title_en="Clay pot")
        from tests.checkout.builders import add_to_basket

        add_to_basket(client, pot, 2, language)
        ready_to_place(client, sarong, 1, language=language)
        place_order(client, language=language)
        return Order.objects.get()

    return place


def test_confirmation_in_thai_lists_each_enterprise_part(two_enterprise_order):
    order = two_enterprise_order("th")

    assert send_confirmation(order) is True

    message = mail.outbox[0]
    body = message.body
    assert message.to == ["somsri@example.com"]
    assert f"ยืนยันคำสั่งซื้อ {order.number} แล้ว" in message.subject
    assert "กลุ่มปั้นหม้อ" in body and "หม้อดินเผา × 2" in body
    assert "สินค้าสั่งทำ: จัดส่งภายใน 10 วัน" in body
    assert "รวมภาษีมูลค่าเพิ่ม 7%" in body
    assert "ไม่ได้จดทะเบียนภาษีมูลค่าเพิ่ม" in body
    assert "ไปรษณีย์ไทย" in body
    assert f"฿{order.total_incl_tax:,.2f}" in body
    # the signed link opens the status page, in Thai (no /en/ prefix)
    link = next(word for word in body.split() if "/shop/checkout/order/" in word)
    assert "/en/" not in link
    assert links.number_from(link.split("?t=")[1]) == order.number
    assert message.alternatives[0][1] == "text/html"


def test_confirmation_in_english_for_an_english_checkout(two_enterprise_order):
    order = two_enterprise_order("en")

    send_confirmation(order)

    message = mail.outbox[0]
    body = message.body
    assert f"order {order.number} confirmed" in message.subject
    assert "Clay pot × 2" in body
    assert "Made to order: ships in 10 days" in body
    assert "Includes VAT 7%" in body
    assert "Not VAT registered: no VAT is charged" in body
    assert "Thailand Post" in body
    link = next(word for word in body.split() if "/shop/checkout/order/" in word)
    assert "/en/shop/checkout/order/" in link


def test_the_vat_part_is_the_registered_enterprises_share(two_enterprise_order):
    order = two_enterprise_order("en")
    weavers_part = order.shipping_parts.get(partner__vat_registered=True)

    send_confirmation(order)

    expected = (weavers_part.total * Decimal(7) / Decimal(107)).quantize(Decimal("0.01"))
    assert f"Includes VAT 7%: ฿{expected:,.2f}" in mail.outbox[0].body


def test_no_address_no_mail(db):
    order = Order.objects.create(number="1", total_incl_tax=1, total_excl_tax=1)

    assert send_confirmation(order) is False
    assert mail.outbox == []
