"""Every address and tax-invoice message a buyer can meet, in Thai and in English."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from shop.address.forms import TaxInvoiceForm, ThaiAddressForm
from shop.address.validators import normalise_thai_mobile, validate_thai_mobile
from tests.address.conftest import BANGKOK_POST, KO_TAO_POST

pytestmark = pytest.mark.django_db


def errors_of(data, language, form_class=ThaiAddressForm):
    with translation.override(language):
        form = form_class(data=data)
        form.is_valid()
        return {name: [str(m) for m in messages] for name, messages in form.errors.items()}


@pytest.mark.parametrize(
    "typed",
    [
        "0812345678",
        "081-234-5678",
        "081 234 5678",
        "+66 81 234 5678",
        "+66812345678",
        "66812345678",
    ],
)
def test_a_mobile_number_is_accepted_however_it_is_written(typed):
    validate_thai_mobile(typed)
    assert normalise_thai_mobile(typed) == "0812345678"


@pytest.mark.parametrize(
    "typed, thai, english",
    [
        ("", "กรุณากรอกหมายเลขโทรศัพท์มือถือ", "Enter a mobile phone number."),
        (
            "08l-234-5678",
            "หมายเลขโทรศัพท์มือถือต้องเป็นตัวเลขเท่านั้น (เว้นวรรค ขีด และ +66 ใช้ได้)",
            "A mobile number has only digits (spaces, dashes and +66 are fine).",
        ),
        (
            "081234567",
            "หมายเลขโทรศัพท์มือถือไทยมี 10 หลัก เช่น 081 234 5678",
            "A Thai mobile number has 10 digits, e.g. 081 234 5678.",
        ),
        (
            "0212345678",
            "หมายเลขโทรศัพท์มือถือไทยขึ้นต้นด้วย 06, 08 หรือ 09",
            "A Thai mobile number starts with 06, 08 or 09.",
        ),
    ],
)
def test_a_wrong_mobile_number_is_explained_in_thai_and_english(typed, thai, english):
    for language, expected in (("th", thai), ("en", english)):
        with translation.override(language), pytest.raises(ValidationError) as raised:
            validate_thai_mobile(typed)
        assert raised.value.messages == [expected]
        # and the form shows the same message on the phone field
        assert errors_of({**BANGKOK_POST, "phone_number": typed}, language)["phone_number"] == [
            expected
        ]


@pytest.mark.parametrize(
    "field, thai, english",
    [
        ("first_name", "กรุณากรอกชื่อผู้รับ", "Enter the recipient's first name."),
        ("last_name", "กรุณากรอกนามสกุลผู้รับ", "Enter the recipient's last name."),
        ("house_number", "กรุณากรอกบ้านเลขที่", "Enter the house number."),
        ("province_code", "กรุณาเลือกจังหวัด", "Choose the province."),
        ("district_code", "กรุณาเลือกอำเภอ/เขต", "Choose the district."),
        ("subdistrict_code", "กรุณาเลือกตำบล/แขวง", "Choose the subdistrict."),
    ],
)
def test_each_missing_address_part_is_named(field, thai, english):
    data = {**BANGKOK_POST, field: ""}
    assert errors_of(data, "th")[field] == [thai]
    assert errors_of(data, "en")[field] == [english]


@pytest.mark.parametrize(
    "changes, field, thai, english",
    [
        (
            {"province_code": "99"},
            "province_code",
            "กรุณาเลือกจังหวัดจากรายการ",
            "Choose a province from the list.",
        ),
        (
            {"district_code": "9999"},
            "district_code",
            "กรุณาเลือกอำเภอ/เขตจากรายการ",
            "Choose a district from the list.",
        ),
        (
            {"subdistrict_code": "999999"},
            "subdistrict_code",
            "กรุณาเลือกตำบล/แขวงจากรายการ",
            "Choose a subdistrict from the list.",
        ),
        (
            {"district_code": "8405", "subdistrict_code": "840503"},
            "district_code",
            "อำเภอเกาะพะงัน ไม่ได้อยู่ในกรุงเทพมหานคร กรุณาเลือกอำเภอ/เขตใหม่",
            "Amphoe Ko Pha-ngan is not in Bangkok: choose the district again.",
        ),
        (
            {"subdistrict_code": "840503"},
            "subdistrict_code",
            "ตำบลเกาะเต่า ไม่ได้อยู่ในเขตวัฒนา กรุณาเลือกตำบล/แขวงใหม่",
            "Tambon Ko Tao is not in Khet Vadhana: choose the subdistrict again.",
        ),
        (
            {"postcode": "1011"},
            "postcode",
            "รหัสไปรษณีย์ไทยมี 5 หลัก เช่น 10200",
            "A Thai postcode has 5 digits, e.g. 10200.",
        ),
        (
            {"postcode": "84360"},
            "postcode",
            "รหัสไปรษณีย์ของแขวงคลองเตยเหนือ คือ 10110 ไม่ใช่ 84360",
            "The postcode of Khwaeng Khlong Toei Nuea is 10110, not 84360.",
        ),
        (
            {"subdistrict_code": "", "postcode": "99999"},
            "postcode",
            "ไม่พบพื้นที่ใดในประเทศไทยที่ใช้รหัสไปรษณีย์ 99999",
            "No Thai area has the postcode 99999.",
        ),
        (
            {"subdistrict_code": "103903", "postcode": ""},
            "postcode",
            "แขวงพระโขนงเหนือ มีรหัสไปรษณีย์มากกว่าหนึ่งรหัส กรุณาพิมพ์รหัสของคุณ (10110, 10260)",
            "Khwaeng Phra Khanong Nuea has more than one postcode: type yours (10110, 10260).",
        ),
    ],
)
def test_areas_that_do_not_fit_together_are_explained(changes, field, thai, english, th):
    data = {**BANGKOK_POST, **changes}
    assert thai in errors_of(data, "th")[field]
    assert english in errors_of(data, "en")[field]


def test_a_valid_address_fills_the_postcode_and_normalises_the_mobile_number(th):
    # given a Ko Tao address typed without postcode and with a dashed mobile number
    with translation.override("th"):
        form = ThaiAddressForm(data={**KO_TAO_POST, "phone_number": "+66 81-234-5678"})
        # then it is valid, the postcode comes from the subdistrict, the number is E.164
        assert form.is_valid(), form.errors
    assert form.cleaned_data["postcode"] == "84360"
    assert form.cleaned_data["phone_number"] == "+66812345678"


def test_a_subdistrict_with_two_postcodes_accepts_either(th):
    for postcode in ("10110", "10260"):
        form = ThaiAddressForm(
            data={**BANGKOK_POST, "subdistrict_code": "103903", "postcode": postcode}
        )
        assert form.is_valid(), form.errors


# -- tax invoice -----------------------------------------------------------------------

#: A company tax id with a valid check digit (the last one).
VALID_TAX_ID = "0105512345671"
TAX_POST = {
    "name": "บริษัท ผ้าไหมดี จำกัด",
    "tax_id": "0-1055-12345-67-1",
    "branch_type": "head_office",
    "branch_number": "",
    "address": "99/1 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร 10110",
}


def test_tax_invoice_details_are_stored_with_digits_only_and_head_office():
    form = TaxInvoiceForm(data=TAX_POST)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["tax_id"] == VALID_TAX_ID
    assert form.branch == "00000"


def test_a_branch_is_stored_as_its_five_digits():
    form = TaxInvoiceForm(data={**TAX_POST, "branch_type": "branch", "branch_number": "00012"})
    assert form.is_valid(), form.errors
    assert form.branch == "00012"


@pytest.mark.parametrize(
    "changes, field, thai, english",
    [
        ({"name": ""}, "name", "กรุณากรอกชื่อสำหรับใบกำกับภาษี", "Enter the name for the tax invoice."),
        (
            {"tax_id": ""},
            "tax_id",
            "กรุณากรอกเลขประจำตัวผู้เสียภาษี 13 หลัก",
            "Enter the 13-digit tax identification number.",
        ),
        (
            {"tax_id": "0105512345674"},
            "tax_id",
            "หลักตรวจสอบของเลขประจำตัวผู้เสียภาษีไม่ถูกต้อง กรุณาตรวจสอบหมายเลขอีกครั้ง",
            "This tax id's check digit is wrong; please check the number.",
        ),
        (
            {"tax_id": "01055123"},
            "tax_id",
            "เลขประจำตัวผู้เสียภาษีมี 13 หลัก",
            "A Thai tax id has 13 digits.",
        ),
        (
            {"address": ""},
            "address",
            "กรุณากรอกที่อยู่สำหรับใบกำกับภาษี",
            "Enter the address for the tax invoice.",
        ),
        (
            {"branch_type": "branch"},
            "branch_number",
            "กรุณากรอกเลขที่สาขา 5 หลัก",
            "Enter the 5-digit branch number.",
        ),
        (
            {"branch_type": "branch", "branch_number": "12"},
            "branch_number",
            "เลขที่สาขามี 5 หลัก เช่น 00001",
            "A branch number has 5 digits, e.g. 00001.",
        ),
        (
            {"branch_type": "branch", "branch_number": "00000"},
            "branch_number",
            "00000 คือสำนักงานใหญ่ กรุณาเลือก “สำนักงานใหญ่” แทน",
            "00000 is the head office: choose “Head office” instead.",
        ),
    ],
)
def test_tax_invoice_mistakes_are_explained(changes, field, thai, english):
    data = {**TAX_POST, **changes}
    assert errors_of(data, "en", TaxInvoiceForm)[field] == [english]
    assert errors_of(data, "th", TaxInvoiceForm)[field] == [thai]
