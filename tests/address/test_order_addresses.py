"""The order's shipping address and tax-invoice request, stored with a real order."""

import pytest
from django.template import Context, Template
from django.utils import translation
from oscar.core.loading import get_model
from oscar.test.factories import OrderFactory

from shop.address.forms import TaxInvoiceForm, ThaiAddressForm
from tests.address.conftest import BANGKOK_POST, KO_TAO_POST
from tests.address.test_validation import TAX_POST, VALID_TAX_ID

pytestmark = pytest.mark.django_db

TaxInvoice = get_model("order", "TaxInvoice")


def create_order(shipping_address):
    """An order row holding the address (placement itself is checkout's and tested there)."""
    return OrderFactory(
        shipping_address=shipping_address, billing_address=None, guest_email="b@example.com"
    )


@pytest.fixture
def shipping_address(th):
    form = ThaiAddressForm(data=KO_TAO_POST)
    assert form.is_valid(), form.errors
    return form.save()


def test_a_checkout_address_is_stored_with_oscar_lines_in_thai_postal_order(shipping_address):
    # given the address a buyer typed at checkout, when an order is placed with it
    order = create_order(shipping_address=shipping_address)
    address = order.shipping_address
    # then Oscar's lines (dashboard, e-mails) read as a Thai parcel label
    assert (address.line1, address.line3, address.line4, address.state, address.postcode) == (
        "14 หมู่ 2",
        "ตำบลเกาะเต่า",
        "อำเภอเกาะพะงัน",
        "จังหวัดสุราษฎร์ธานี",
        "84360",
    )
    assert str(address.phone_number) == "+66812345678"


def test_the_postal_address_partial_follows_the_page_language(shipping_address):
    template = Template(
        '{% include "oscar/address/partials/postal_address.html" with address=address %}'
    )
    thai = template.render(Context({"address": shipping_address}))
    assert "14 หมู่ 2<br>ตำบลเกาะเต่า อำเภอเกาะพะงัน<br>จังหวัดสุราษฎร์ธานี 84360" in thai
    with translation.override("en"):
        english = template.render(Context({"address": shipping_address}))
    assert "14 Moo 2<br>Tambon Ko Tao Amphoe Ko Pha-ngan<br>Surat Thani 84360" in english


def test_a_tax_invoice_request_is_stored_for_the_order(shipping_address):
    order = create_order(shipping_address=shipping_address)
    form = TaxInvoiceForm(data={**TAX_POST, "branch_type": "branch", "branch_number": "00003"})
    assert form.is_valid(), form.errors
    invoice = form.save_for(order)
    invoice = TaxInvoice.objects.get(order=order)
    assert (invoice.tax_id, invoice.branch, invoice.is_head_office) == (
        VALID_TAX_ID,
        "00003",
        False,
    )
    assert order.tax_invoice == invoice
    with translation.override("th"):
        assert invoice.branch_label == "สาขาที่ 00003"
    with translation.override("en"):
        assert invoice.branch_label == "Branch 00003"


def test_the_tax_invoice_form_offers_the_shipping_address_and_keeps_the_branch(shipping_address):
    form = TaxInvoiceForm(shipping_address=shipping_address)
    assert form.initial["address"] == ("14 หมู่ 2\nตำบลเกาะเต่า อำเภอเกาะพะงัน\nจังหวัดสุราษฎร์ธานี 84360")
    order = create_order(shipping_address=shipping_address)
    invoice = TaxInvoice.objects.create(
        order=order, name="ร้านดี", tax_id=VALID_TAX_ID, branch="00012", address="x"
    )
    again = TaxInvoiceForm(instance=invoice)
    assert (again.initial["branch_type"], again.initial["branch_number"]) == ("branch", "00012")
    with translation.override("th"):
        assert TaxInvoice(branch="00000").branch_label == "สำนักงานใหญ่"


def test_a_bangkok_checkout_address_uses_khwaeng_and_khet(th):
    form = ThaiAddressForm(data=BANGKOK_POST)
    assert form.is_valid(), form.errors
    address = form.save()
    assert (address.line3, address.line4, address.state) == (
        "แขวงคลองเตยเหนือ",
        "เขตวัฒนา",
        "กรุงเทพมหานคร",
    )


def test_the_tax_invoice_partial_shows_the_fields_and_keeps_what_was_typed():
    # given tax invoice details with a branch but no branch number, re-displayed
    form = TaxInvoiceForm(data={**TAX_POST, "branch_type": "branch"})
    form.is_valid()
    html = Template(
        '{% include "oscar/address/partials/tax_invoice_fields.html" with form=form %}'
    ).render(Context({"form": form}))
    # then the Thai labels, both branch choices and the message are there, nothing lost
    assert "เลขประจำตัวผู้เสียภาษี" in html and "สำนักงานใหญ่" in html and "สาขา" in html
    assert "กรุณากรอกเลขที่สาขา 5 หลัก" in html
    assert 'value="0-1055-12345-67-1"' in html and "บริษัท ผ้าไหมดี จำกัด" in html


def test_staff_see_the_order_address_in_thai_postal_order_in_oscars_dashboard(
    shipping_address, admin_client, django_assert_max_num_queries
):
    order = create_order(shipping_address)
    with django_assert_max_num_queries(60):
        response = admin_client.get(f"/shop/dashboard/orders/{order.number}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("14 หมู่ 2") < html.index("ตำบลเกาะเต่า") < html.index("อำเภอเกาะพะงัน")
    assert html.index("อำเภอเกาะพะงัน") < html.index("จังหวัดสุราษฎร์ธานี") < html.index("84360")


def test_a_line_corrected_by_staff_is_kept_until_the_thai_parts_change(shipping_address):
    # given a stored order address, when staff correct line1 (Oscar's dashboard form)
    address = type(shipping_address).objects.get(pk=shipping_address.pk)
    address.line1 = "14/2 หมู่ 2 (ท่าเรือแม่หาด)"
    address.save()
    address.refresh_from_db()
    # then the correction stays
    assert address.line1 == "14/2 หมู่ 2 (ท่าเรือแม่หาด)"
    # and a change of the Thai parts writes the lines again
    address.house_number = "15"
    address.save()
    assert address.line1 == "15 หมู่ 2"
