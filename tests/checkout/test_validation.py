"""Bad input at each checkout step: a clear Thai or English message, nothing lost."""

import pytest
from django.contrib.messages import get_messages
from oscar.core.loading import get_model

from tests.checkout.builders import (
    ADDRESS,
    Order,
    add_to_basket,
    as_guest,
    place_order,
    ready_to_place,
    ship_to,
    url,
)

TaxInvoice = get_model("order", "TaxInvoice")

#: A 13-digit tax id whose check digit is wrong (the right one ends in 0).
BAD_TAX_ID = "1101700207031"
TAX_ID = "1101700207030"


def errors_of(response_or_form):
    form = getattr(response_or_form, "context", None)
    form = form["form"] if form is not None else response_or_form
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@pytest.mark.parametrize(
    ("language", "email", "expected"),
    [
        ("th", "", "กรุณากรอกอีเมลของคุณ"),
        ("en", "", "Please enter your e-mail address."),
        ("th", "somsri@", "กรุณากรอกอีเมลให้ถูกต้อง เช่น name@example.com"),
        ("en", "somsri@", "Please enter a valid e-mail address, like name@example.com."),
    ],
)
def test_guest_email_is_required_and_checked(client, product, language, email, expected):
    add_to_basket(client, product, 1, language)

    response = as_guest(client, email, language)

    assert response.status_code == 200
    assert expected in errors_of(response)
    # the basket is kept
    assert response.wsgi_request.basket.num_items == 1


@pytest.mark.parametrize(
    ("language", "changes", "expected"),
    [
        ("th", {"phone_number": "02 123 4567"}, "หมายเลขโทรศัพท์มือถือไทยมี 10 หลัก"),
        ("en", {"phone_number": "02 123 4567"}, "A Thai mobile number has 10 digits"),
        ("en", {"phone_number": "021234567"}, "A Thai mobile number has 10 digits"),
        ("en", {"phone_number": "0212345678"}, "A Thai mobile number starts with 06, 08 or 09."),
        ("en", {"house_number": ""}, "Enter the house number."),
        ("en", {"first_name": ""}, "Enter the recipient's first name."),
        ("en", {"postcode": "10200"}, "The postcode of"),
        ("en", {"subdistrict_code": "500101"}, "choose the subdistrict again."),
    ],
)
def test_shipping_address_errors_are_explained_and_the_form_keeps_its_values(
    client, product, language, changes, expected
):
    add_to_basket(client, product, 1, language)
    as_guest(client, "somsri@example.com", language)

    response = ship_to(client, {**ADDRESS, **changes}, language)

    assert response.status_code == 200
    assert expected in errors_of(response)
    page = response.content.decode()
    assert 'value="สมศรี"' in page or not changes.get("first_name", True)
    assert "จุฬาฯ 12" in page


def test_checkout_steps_wait_for_the_email(client, product):
    add_to_basket(client, product, 1, "en")

    response = client.get(url("checkout:shipping-address", language="en"))

    assert response["Location"] == url("checkout:index", language="en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "หลักตรวจสอบของเลขประจำตัวผู้เสียภาษีไม่ถูกต้อง"),
        ("en", "This tax id's check digit is wrong; please check the number."),
    ],
)
def test_a_wrong_tax_id_stops_the_order_and_keeps_what_was_typed(
    client, product, language, expected
):
    ready_to_place(client, product, 1, language=language)

    response = place_order(
        client,
        language=language,
        wants_tax_invoice="on",
        **{
            "tax-name": "บริษัท ผ้าไทย จำกัด",
            "tax-tax_id": BAD_TAX_ID,
            "tax-branch_type": "head_office",
            "tax-address": "99/1 ถนนพระรามที่ 1 กรุงเทพฯ 10330",
        },
    )

    assert response.status_code == 200
    assert expected in errors_of(response.context["invoice_form"].details)
    assert "บริษัท ผ้าไทย จำกัด" in response.content.decode()
    assert not Order.objects.exists()


def test_a_tax_invoice_request_is_saved_with_the_order(client, product):
    ready_to_place(client, product, 1)
    response = place_order(
        client,
        wants_tax_invoice="on",
        **{
            "tax-name": "บริษัท ผ้าไทย จำกัด",
            "tax-tax_id": TAX_ID,
            "tax-branch_type": "head_office",
            "tax-address": "99/1 ถนนพระรามที่ 1 กรุงเทพฯ 10330",
        },
    )

    assert response.status_code == 302, response.context and response.context.get("error")
    invoice = Order.objects.get().tax_invoice
    assert invoice.tax_id == TAX_ID
    assert invoice.is_head_office


def test_the_tax_invoice_is_optional(client, product):
    ready_to_place(client, product, 1)

    response = place_order(client, **{"tax-name": "", "tax-tax_id": "123"})

    assert response.status_code == 302
    assert not TaxInvoice.objects.exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "ไม่สามารถใช้วิธีจัดส่งที่คุณเลือกได้"),
        ("en", "Your submitted shipping method is not permitted"),
    ],
)
def test_an_unknown_shipping_method_is_refused(client, product, language, expected):
    add_to_basket(client, product, 1, language)
    as_guest(client, "somsri@example.com", language)
    ship_to(client, language=language)

    response = client.post(
        url("checkout:shipping-method", language=language), {"method_code": "free-shipping"}
    )

    assert expected in " ".join(str(m) for m in response.context["messages"])


@pytest.mark.parametrize(
    ("language", "expected"),
    [("th", "มีผู้ใช้ที่ใช้อีเมลนี้อยู่แล้ว"), ("en", "A user with that email address already exists")],
)
def test_a_guest_using_an_accounts_email_is_asked_to_sign_in(
    client, product, django_user_model, language, expected
):
    django_user_model.objects.create_user(username="somsri", email="somsri@example.com")
    add_to_basket(client, product, 1, language)

    response = as_guest(client, "somsri@example.com", language)

    assert expected in errors_of(response)
    assert 'value="somsri@example.com"' in response.content.decode()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("th", "กรุณาเลือกที่อยู่จัดส่ง"), ("en", "Please choose a shipping address")],
)
def test_placing_without_an_address_goes_back_to_the_address_step(
    client, product, language, expected
):
    add_to_basket(client, product, 1, language)
    as_guest(client, "somsri@example.com", language)

    response = place_order(client, language=language)

    assert response["Location"] == url("checkout:shipping-address", language=language)
    assert expected in " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert not Order.objects.exists()
