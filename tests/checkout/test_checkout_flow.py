"""A guest and a signed-in buyer check out through the real views up to a pending order."""

import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from shop.address.abstract_models import thailand
from shop.order import links, status
from tests.checkout.builders import (
    ADDRESS,
    EMS,
    Order,
    add_to_basket,
    as_guest,
    build_enterprise,
    build_product,
    choose_method,
    place_order,
    ready_to_place,
    ship_to,
    stock_of,
    url,
)

UserAddress = get_model("address", "UserAddress")


@pytest.fixture
def buyer(db):
    return get_user_model().objects.create_user(
        username="buyer", email="buyer@chumchon.test", password="chumchon-demo"
    )


@pytest.fixture
def saved_address(buyer, country):
    fields = {key: value for key, value in ADDRESS.items() if key != "notes"}
    fields["phone_number"] = "+66812345678"
    return UserAddress.objects.create(user=buyer, country=thailand(), **fields)


def test_guest_checkout_places_a_pending_order_and_goes_to_the_payment_page(client, product):
    # Given a guest with two sarongs in the basket
    add_to_basket(client, product, 2)

    # When they give their e-mail, a Thai address, choose EMS and place the order
    assert as_guest(client, "somsri@example.com")["Location"] == url("checkout:shipping-address")
    assert ship_to(client)["Location"] == url("checkout:shipping-method")
    assert choose_method(client, EMS).status_code == 302
    preview = client.get(url("checkout:preview"))
    response = place_order(client)

    # Then the preview showed the enterprise's part and the order waits for payment
    assert preview.status_code == 200
    assert product.enterprise.name in preview.content.decode()
    order = Order.objects.get()
    assert order.status == status.PENDING_PAYMENT
    assert order.guest_email == "somsri@example.com"
    assert order.user is None
    assert order.shipping_address.subdistrict_code == "100701"
    # its stock is held for it, and each enterprise's part adds up to the shipping
    assert stock_of(product) == (10, 2)
    assert sum(part.shipping_charge for part in order.shipping_parts.all()) == (
        order.shipping_incl_tax
    )
    assert order.total_incl_tax == order.basket_total_incl_tax + order.shipping_incl_tax
    # and the guest is sent to pay it with the order's signed link
    location = response["Location"]
    assert order.number in location
    assert links.number_from(location.split("?t=")[1]) == order.number
    assert order.buyer_language.language == "th"


def test_guest_checkout_in_english_remembers_the_language(client, product):
    ready_to_place(client, product, 1, language="en")

    response = place_order(client, language="en")

    order = Order.objects.get()
    assert response.status_code == 302
    assert order.buyer_language.language == "en"


def test_signed_in_buyer_ships_to_a_saved_address(client, buyer, saved_address, product):
    # Given a signed-in buyer with an address in their address book
    client.force_login(buyer)
    add_to_basket(client, product, 1)

    # When they start checkout, they skip the gateway and pick their saved address
    assert client.get(url("checkout:index"))["Location"] == url("checkout:shipping-address")
    page = client.get(url("checkout:shipping-address"))
    assert "99/1" in page.content.decode()
    response = client.post(
        url("checkout:shipping-address"), {"address_id": saved_address.pk, "action": "ship_to"}
    )
    assert response["Location"] == url("checkout:shipping-method")
    choose_method(client)
    response = place_order(client)

    # Then the order is theirs, goes to their address and the payment link needs no token
    order = Order.objects.get()
    assert order.user == buyer
    assert order.shipping_address.house_number == "99/1"
    assert order.shipping_address.province_code == "10"
    assert "?t=" not in response["Location"]
    assert order.number in response["Location"]


def test_signed_in_buyer_new_address_is_saved_to_the_address_book(client, buyer, product):
    client.force_login(buyer)
    add_to_basket(client, product, 1)

    ship_to(client)
    choose_method(client)
    place_order(client)

    saved = UserAddress.objects.get(user=buyer)
    assert saved.subdistrict_code == "100701"
    assert saved.num_orders_as_shipping_address == 1


def test_someone_elses_saved_address_cannot_be_chosen(client, buyer, saved_address, product):
    other = get_user_model().objects.create_user(username="other", email="o@example.com")
    client.force_login(other)
    add_to_basket(client, product, 1)

    response = client.post(
        url("checkout:shipping-address"), {"address_id": saved_address.pk, "action": "ship_to"}
    )

    assert response.status_code == 404


def test_checkout_pages_keep_to_a_few_queries(client, product, django_assert_max_num_queries):
    ready_to_place(client, product, 1)

    with django_assert_max_num_queries(16):
        assert client.get(url("checkout:shipping-address")).status_code == 200
    with django_assert_max_num_queries(16):
        # two services, so the buyer chooses
        assert client.get(url("checkout:shipping-method")).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(url("checkout:preview")).status_code == 200


def test_preview_queries_do_not_grow_with_more_enterprises(
    client, product, django_assert_max_num_queries
):
    # Given a basket with products from four enterprises
    for _ in range(3):
        add_to_basket(client, build_product(build_enterprise()), 2)
    ready_to_place(client, product, 1)

    # Then the preview costs what it costs for one line
    with django_assert_max_num_queries(16):
        response = client.get(url("checkout:preview"))
    assert response.content.decode().count("checkout-enterprise-part") == 4


def test_signed_in_buyer_edits_a_saved_address_during_checkout(
    client, buyer, saved_address, product
):
    client.force_login(buyer)
    add_to_basket(client, product, 1)
    edit = url("checkout:user-address-update", saved_address.pk)

    page = client.get(edit)
    response = client.post(edit, {**ADDRESS, "house_number": "12/3"})

    assert page.status_code == 200
    assert 'name="province_code"' in page.content.decode()
    assert response["Location"] == url("checkout:shipping-address")
    saved_address.refresh_from_db()
    assert saved_address.house_number == "12/3"
