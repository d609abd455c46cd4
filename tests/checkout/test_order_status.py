"""The order status page: for the buyer (signed in or with the signed link), nobody else."""

import pytest
from django.contrib.auth import get_user_model

from shop.order import links, status
from tests.checkout.builders import Order, place_order, ready_to_place, url


@pytest.fixture
def guest_order(client, product):
    ready_to_place(client, product, 2)
    place_order(client)
    return Order.objects.get()


def status_page(client, order, token=None, language="th"):
    query = {"t": token} if token else {}
    return client.get(url("checkout:order-status", order.number, language=language, **query))


def test_guest_opens_the_status_page_with_the_signed_link(
    client, guest_order, django_assert_max_num_queries
):
    with django_assert_max_num_queries(14):
        response = status_page(client, guest_order, links.token_for(guest_order))

    page = response.content.decode()
    assert response.status_code == 200
    assert "รอชำระเงิน" in page
    assert guest_order.lines.get().partner.name in page
    assert "ชำระเงินตอนนี้" in page  # a link to pay while it is pending


def test_the_status_page_in_english(client, guest_order):
    response = status_page(client, guest_order, links.token_for(guest_order), language="en")

    page = response.content.decode()
    assert "Waiting for payment" in page
    assert "Pay now" in page


@pytest.mark.parametrize("token", [None, "forged", "MTAwMDAx:1xWfOw:forgedsignature"])
def test_a_missing_or_forged_link_is_not_found(client, guest_order, token):
    assert status_page(client, guest_order, token).status_code == 404


def test_a_link_for_another_order_does_not_open_this_one(client, guest_order, product):
    other = Order.objects.create(number="999999", total_incl_tax=1, total_excl_tax=1)

    response = status_page(client, guest_order, links.token_for(other))

    assert response.status_code == 404


def test_a_paid_order_shows_paid_and_no_pay_link(client, guest_order):
    guest_order.set_status(status.PAID)

    page = status_page(client, guest_order, links.token_for(guest_order)).content.decode()

    assert "ชำระเงินแล้ว" in page
    assert "ชำระเงินตอนนี้" not in page


def test_signed_in_buyer_sees_their_order_in_their_account(
    client, product, django_assert_max_num_queries
):
    buyer = get_user_model().objects.create_user(
        username="buyer", email="buyer@chumchon.test", password="x"
    )
    client.force_login(buyer)
    ready_to_place(client, product, 1)
    place_order(client)
    order = Order.objects.get()

    with django_assert_max_num_queries(32):
        account_page = client.get(url("customer:order", order.number, language="en"))
    own_page = status_page(client, order, language="en")
    client.logout()
    stranger = status_page(client, order, language="en")

    assert account_page.status_code == 200
    assert "Waiting for payment" in account_page.content.decode()
    assert "Pay now" in account_page.content.decode()
    assert own_page.status_code == 200
    assert stranger.status_code == 404
