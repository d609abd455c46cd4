"""Oscar's address book with Thai addresses: create, re-display, update, and how it reads."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.address.conftest import BANGKOK_POST, KO_TAO_POST

pytestmark = pytest.mark.django_db

#: The storefront frame (session, user, basket, menus, Wagtail site) takes about 24
#: queries; the Thai address form itself adds none (see test_cascade.py).
PAGE_QUERIES = 30


def test_the_new_address_page_shows_the_thai_fields_and_the_cascade(
    signed_in, th, django_assert_max_num_queries
):
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = signed_in.get(reverse("customer:address-create"))
    html = response.content.decode()
    assert response.status_code == 200
    for label in ("บ้านเลขที่", "หมู่ที่", "ซอย", "ถนน", "จังหวัด", "อำเภอ/เขต", "ตำบล/แขวง"):
        assert label in html
    assert 'data-districts-url="/shop/address/districts/"' in html
    assert "chumchon/js/thai-address.js" in html
    assert 'for="id_province_code"' in html and 'aria-live="polite"' in html
    # Oscar's free-form lines are not asked for
    assert 'name="line1"' not in html and 'name="line4"' not in html


def test_a_buyer_saves_a_bangkok_address_that_reads_in_thai_postal_order(
    signed_in, buyer, th, django_assert_max_num_queries
):
    # when the buyer saves a Bangkok address without typing the postcode
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = signed_in.post(reverse("customer:address-create"), BANGKOK_POST)
    # then it is in the address book with the postcode filled and Oscar's lines written
    assert response.status_code == 302, response.content.decode()[:2000]
    address = buyer.addresses.get()
    assert address.postcode == "10110"
    assert str(address.phone_number) == "+66812345678"
    assert address.country.iso_3166_1_a2 == "TH"
    assert address.summary == (
        "สมชาย ใจดี, 99/1 อาคารสุขใจ ชั้น 5, ซอยสุขุมวิท 11 ถนนสุขุมวิท, "
        "แขวงคลองเตยเหนือ, เขตวัฒนา, กรุงเทพมหานคร, 10110, Thailand"
    )
    assert address.postal_lines("en") == [
        "สมชาย ใจดี",
        "99/1 อาคารสุขใจ ชั้น 5",
        "Soi สุขุมวิท 11 สุขุมวิท Road",
        "Khwaeng Khlong Toei Nuea Khet Vadhana",
        "Bangkok 10110",
    ]
    # and the address book lists it that way
    page = signed_in.get(reverse("customer:address-list")).content.decode()
    assert "แขวงคลองเตยเหนือ" in page and "เขตวัฒนา" in page


def test_a_rural_address_reads_with_moo_tambon_amphoe_changwat(signed_in, buyer, th):
    signed_in.post(reverse("customer:address-create"), KO_TAO_POST)
    address = buyer.addresses.get()
    assert address.summary == (
        "สมชาย ใจดี, 14 หมู่ 2, ตำบลเกาะเต่า, อำเภอเกาะพะงัน, จังหวัดสุราษฎร์ธานี, 84360, Thailand"
    )


def test_a_mistake_redisplays_the_page_with_everything_kept_and_the_message(signed_in, buyer, th):
    # when the buyer posts a subdistrict that is not in the chosen district
    data = {**BANGKOK_POST, "subdistrict_code": "840503"}
    with translation.override("en"):
        response = signed_in.post(reverse("customer:address-create"), data)
    html = response.content.decode()
    # then nothing is saved, the page explains, and the typed values are still there
    assert response.status_code == 200
    assert not buyer.addresses.exists()
    assert "Tambon Ko Tao is not in Khet Vadhana: choose the subdistrict again." in html
    assert 'value="สุขุมวิท 11"' in html and 'value="081-234-5678"' in html


def test_a_buyer_edits_a_saved_address(signed_in, buyer, th, django_assert_max_num_queries):
    signed_in.post(reverse("customer:address-create"), BANGKOK_POST)
    address = buyer.addresses.get()
    url = reverse("customer:address-detail", kwargs={"pk": address.pk})
    # the edit page shows the saved choices selected and the mobile number as typed in Thailand
    with django_assert_max_num_queries(PAGE_QUERIES):
        html = signed_in.get(url).content.decode()
    assert '<option value="103901" selected>' in html
    assert 'value="0812345678"' in html
    # when the buyer moves to Ko Tao
    response = signed_in.post(url, {**KO_TAO_POST, "postcode": "84360"})
    assert response.status_code == 302
    address.refresh_from_db()
    assert (address.province_code, address.line3, address.postcode) == (
        "84",
        "ตำบลเกาะเต่า",
        "84360",
    )
