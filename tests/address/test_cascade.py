"""The cascade without JavaScript: each re-display offers the next level's choices."""

import pytest
from django.utils import translation

from shop.address.forms import ThaiAddressForm
from tests.address.conftest import BANGKOK_POST

pytestmark = pytest.mark.django_db


def codes(form, name):
    return [code for code, _label in form.fields[name].widget.choices if code]


def labels(form, name):
    return [str(label) for _code, label in form.fields[name].widget.choices]


def test_a_blank_form_offers_provinces_and_asks_for_the_province_first():
    form = ThaiAddressForm()
    assert len(codes(form, "province_code")) == 77
    assert codes(form, "district_code") == []
    assert labels(form, "district_code") == ["เลือกจังหวัดก่อน"]
    assert labels(form, "subdistrict_code") == ["เลือกอำเภอ/เขตก่อน"]


def test_after_choosing_a_province_the_redisplayed_form_lists_its_districts():
    # given a buyer without JavaScript who chose Surat Thani and pressed Save
    form = ThaiAddressForm(data={**BANGKOK_POST, "province_code": "84", "district_code": ""})
    # when the form comes back
    assert not form.is_valid()
    # then it asks for the district, offers Surat Thani's districts, keeps what was typed
    assert form.errors["district_code"] == ["กรุณาเลือกอำเภอ/เขต"]
    assert codes(form, "district_code") and all(
        c.startswith("84") for c in codes(form, "district_code")
    )
    assert str(form.fields["district_code"].label) == "อำเภอ"
    html = form.as_div()
    assert 'value="99/1"' in html and 'value="สุขุมวิท 11"' in html
    assert '<option value="84" selected>' in html


def test_after_choosing_a_district_the_redisplayed_form_lists_its_subdistricts_with_postcodes():
    form = ThaiAddressForm(data={**BANGKOK_POST, "subdistrict_code": ""})
    assert not form.is_valid()
    assert set(codes(form, "subdistrict_code")) == {"103901", "103902", "103903"}
    assert "พระโขนงเหนือ (10110, 10260)" in labels(form, "subdistrict_code")
    # Bangkok's words
    assert str(form.fields["district_code"].label) == "เขต"
    assert str(form.fields["subdistrict_code"].label) == "แขวง"


def test_in_english_the_lists_and_words_are_english():
    with translation.override("en"):
        form = ThaiAddressForm(data={**BANGKOK_POST, "subdistrict_code": ""})
        assert "Khlong Toei Nuea (10110)" in labels(form, "subdistrict_code")
        assert str(form.fields["subdistrict_code"].label) == "Subdistrict (khwaeng)"
        assert "Bangkok" in labels(form, "province_code")


def test_a_postcode_typed_first_narrows_every_list():
    # given a buyer without JavaScript who typed only the postcode 84360 (Ko Tao)
    data = {
        **BANGKOK_POST,
        "postcode": "84360",
        "province_code": "",
        "district_code": "",
        "subdistrict_code": "",
    }
    form = ThaiAddressForm(data=data)
    assert not form.is_valid()
    # then only the areas of 84360 are offered, down to the subdistrict
    assert codes(form, "province_code") == ["84"]
    assert codes(form, "district_code") == ["8405"]
    assert codes(form, "subdistrict_code") == ["840503"]


def test_a_postcode_shared_by_several_districts_offers_each_of_them():
    data = {**BANGKOK_POST, "postcode": "10230", "district_code": "", "subdistrict_code": ""}
    form = ThaiAddressForm(data=data)
    assert codes(form, "province_code") == ["10"]
    assert sorted(codes(form, "district_code")) == ["1005", "1027", "1038", "1043"]
    assert codes(form, "subdistrict_code") == []


def test_editing_a_saved_address_offers_the_lists_of_its_areas(th, user_address_model, buyer):
    # given a saved Ko Tao address, when its edit form is shown (unbound)
    address = user_address_model(
        user=buyer,
        first_name="ก",
        last_name="ข",
        house_number="14",
        moo="2",
        province_code="84",
        district_code="8405",
        subdistrict_code="840503",
        phone_number="+66812345678",
    )
    address.save()
    form = ThaiAddressForm(instance=address)
    # then the district and subdistrict lists are those of its province and district
    assert "840503" in codes(form, "subdistrict_code")
    assert all(c.startswith("84") for c in codes(form, "district_code"))
    assert form.initial["phone_number"] == "0812345678"


def test_building_and_rendering_the_lists_needs_no_database_query(django_assert_num_queries):
    data = {**BANGKOK_POST, "postcode": "10230", "district_code": "", "subdistrict_code": ""}
    with django_assert_num_queries(0):
        ThaiAddressForm(data=data).as_div()
