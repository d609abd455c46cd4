"""Card payments end to end against localstripe: its signed webhooks reach a live server."""

import time

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from shop.order import status as order_status
from shop.order.links import token_for
from shop.payment.models import StripeEvent, StripePayment
from tests.payment.conftest import WEBHOOK_PATH, make_pending_order

# The live server sees committed data; put the migrations' data back for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
PaymentEvent = get_model("order", "PaymentEvent")


def wait_for(condition, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


@pytest.fixture
def shop_with_stripe(localstripe, live_server):
    """localstripe sends its signed webhooks to the live server's endpoint."""
    localstripe.register_webhook(live_server.url + WEBHOOK_PATH)
    yield localstripe
    # Later tests' intents must not reach this (session-wide) live server.
    localstripe.register_webhook("http://127.0.0.1:9/")


def confirm(client, order, method):
    url = reverse("payment:confirm-card", args=[order.number]) + f"?t={token_for(order)}"
    return client.post(url, {"payment_method": method})


def test_declined_card_then_a_good_card_pays_the_order(shop_with_stripe, client):
    # Given a guest's pending order and its payment page (which makes the intent)
    order = make_pending_order()
    assert client.get(f"/shop/payment/{order.number}/?t={token_for(order)}").status_code == 200

    # When the buyer's first card is declined
    declined = confirm(client, order, "pm_card_chargeCustomerFail")

    # Then they read why, and the order still waits for payment
    assert declined.status_code == 402
    assert "declined" in declined.json()["error"] or "ปฏิเสธ" in declined.json()["error"]
    order.refresh_from_db()
    assert order.status == order_status.PENDING_PAYMENT
    # and localstripe's signed payment_failed webhook records the attempt
    assert wait_for(lambda: StripePayment.objects.get(order=order).failed_attempts == 1)

    # When they pay with a good card
    paid = confirm(client, order, "pm_card_visa")

    # Then Stripe says succeeded, the browser goes to the return page
    assert paid.status_code == 200 and paid.json()["status"] == "succeeded"
    assert "/return/" in paid.json()["redirect"]
    # and only localstripe's webhook marks the order paid, with Source and PaymentEvent
    assert wait_for(lambda: Order.objects.get(pk=order.pk).status == order_status.PAID)
    payment = StripePayment.objects.get(order=order)
    source = Source.objects.get(order=order)
    assert source.source_type.name == "Stripe" and source.reference == payment.intent_id
    assert source.amount_debited == order.total_incl_tax
    assert PaymentEvent.objects.filter(order=order, event_type__name="Paid").count() == 1
    assert StripeEvent.objects.filter(type="payment_intent.succeeded").count() == 1
    # and the return page's status JSON says paid
    status = client.get(f"/shop/payment/{order.number}/status/?t={token_for(order)}").json()
    assert status["paid"] is True


def test_payment_arriving_after_expiry_is_refunded(shop_with_stripe, client):
    # Given an order whose intent is paid at Stripe after we expired the order
    order = make_pending_order()
    client.get(f"/shop/payment/{order.number}/?t={token_for(order)}")
    Order.objects.filter(pk=order.pk).update(status=order_status.EXPIRED)

    # When the card payment succeeds and localstripe's webhook arrives
    assert confirm(client, order, "pm_card_visa").status_code == 409  # we refuse it now
    payment = StripePayment.objects.get(order=order)
    from shop.payment import stripe_api

    stripe_api.confirm_card(payment.intent_id, "pm_card_visa")  # paid elsewhere (e.g. QR)

    # Then the order stays expired and the money is refunded in full
    assert wait_for(lambda: StripePayment.objects.get(order=order).refund_id != "")
    order.refresh_from_db()
    assert order.status == order_status.EXPIRED
    refunds = shop_with_stripe.get(f"/v1/refunds?payment_intent={payment.intent_id}")["data"]
    assert len(refunds) == 1 and refunds[0]["amount"] == payment.amount_satang
