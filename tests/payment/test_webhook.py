"""The webhook: signed events move orders forward once, and only forward."""

import time

import pytest
from oscar.core.loading import get_model

from shop.order import status as order_status
from shop.payment.models import StripeEvent, StripePayment
from tests.payment.conftest import event, sign

pytestmark = pytest.mark.django_db

Source = get_model("payment", "Source")
PaymentEvent = get_model("order", "PaymentEvent")


@pytest.fixture
def intent(pending_order):
    """The order's recorded PaymentIntent (as ensure_intent leaves it)."""
    return StripePayment.objects.create(
        order=pending_order, intent_id="pi_test_1", client_secret="pi_test_1_secret",
        amount_satang=int(pending_order.total_incl_tax * 100), status="requires_payment_method",
    )


def test_succeeded_event_marks_the_order_paid_and_records_the_payment(
    intent, post_event, django_capture_on_commit_callbacks
):
    # Given a pending order with its intent
    order = intent.order

    # When Stripe reports the PromptPay payment succeeded
    with django_capture_on_commit_callbacks(execute=True):
        response = post_event(event("payment_intent.succeeded", intent.intent_id,
                                    intent.amount_satang, status="succeeded"))

    # Then the order is paid, with Oscar's payment source and a "Paid" payment event
    assert response.status_code == 200
    order.refresh_from_db()
    assert order.status == order_status.PAID
    source = Source.objects.get(order=order)
    assert source.source_type.name == "Stripe"
    assert source.amount_debited == order.total_incl_tax
    assert source.reference == "pi_test_1"
    paid = PaymentEvent.objects.get(order=order)
    assert paid.event_type.name == "Paid" and paid.amount == order.total_incl_tax


def test_the_same_event_twice_records_one_payment(intent, post_event):
    body = event("payment_intent.succeeded", intent.intent_id, intent.amount_satang)
    assert post_event(body).status_code == 200

    second = post_event(body)

    assert second.status_code == 200 and second.content == b"duplicate"
    assert Source.objects.filter(order=intent.order).count() == 1
    assert PaymentEvent.objects.filter(order=intent.order).count() == 1
    assert StripeEvent.objects.count() == 1


def test_late_payment_failed_after_succeeded_changes_nothing(intent, post_event):
    post_event(event("payment_intent.succeeded", intent.intent_id, intent.amount_satang))

    post_event(event("payment_intent.payment_failed", intent.intent_id, intent.amount_satang,
                     last_payment_error={"message": "QR expired"}))

    intent.refresh_from_db()
    intent.order.refresh_from_db()
    assert intent.order.status == order_status.PAID
    assert intent.failed_attempts == 0


def test_failed_payment_keeps_the_order_pending_and_payable(intent, post_event, client):
    # When a PromptPay QR expires unpaid (Stripe: payment_failed)
    response = post_event(event("payment_intent.payment_failed", intent.intent_id,
                                intent.amount_satang,
                                last_payment_error={"message": "The QR code expired."}))

    # Then the attempt is recorded and the order can still be paid
    assert response.status_code == 200
    intent.refresh_from_db()
    assert intent.failed_attempts == 1 and intent.last_error == "The QR code expired."
    from shop.order.links import token_for

    status = client.get(f"/shop/payment/{intent.order.number}/status/",
                        {"t": token_for(intent.order)}).json()
    assert status["status"] == order_status.PENDING_PAYMENT
    assert status["payable"] is True and status["paid"] is False
    assert status["last_error"] == "The QR code expired."


@pytest.mark.parametrize("kind", ["forged", "stale", "missing"])
def test_forged_or_stale_signatures_get_400_and_change_nothing(kind, intent, post_event):
    body = event("payment_intent.succeeded", intent.intent_id, intent.amount_satang)
    header = {
        "forged": sign(body, secret="whsec_attacker"),
        "stale": sign(body, timestamp=int(time.time()) - 600),
        "missing": "",
    }[kind]

    response = post_event(body, header)

    assert response.status_code == 400
    intent.order.refresh_from_db()
    assert intent.order.status == order_status.PENDING_PAYMENT
    assert not StripeEvent.objects.exists() and not Source.objects.exists()


def test_amount_that_does_not_match_does_not_mark_paid(intent, post_event):
    post_event(event("payment_intent.succeeded", intent.intent_id, 100))

    intent.order.refresh_from_db()
    assert intent.order.status == order_status.PENDING_PAYMENT
    assert StripeEvent.objects.get().outcome == "ignored: amount mismatch"


def test_events_for_unknown_intents_are_acknowledged_and_ignored(db, post_event):
    response = post_event(event("payment_intent.succeeded", "pi_not_ours", 100))

    assert response.status_code == 200
    assert StripeEvent.objects.get().outcome == "ignored: unknown payment intent"


def test_webhook_lives_outside_the_language_prefix(intent, client):
    body = event("payment_intent.succeeded", intent.intent_id, intent.amount_satang)
    response = client.post("/en/payments/stripe/webhook/", data=body,
                           content_type="application/json", HTTP_STRIPE_SIGNATURE=sign(body))
    assert response.status_code == 404
