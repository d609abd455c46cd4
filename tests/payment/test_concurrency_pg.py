"""On PostgreSQL: one webhook delivered five times at once records one payment."""

import threading

import pytest
from django.db import connection
from django.test import Client
from oscar.core.loading import get_model

from shop.order import status as order_status
from shop.payment.models import StripeEvent, StripePayment
from tests.payment.conftest import WEBHOOK_PATH, event, make_pending_order, sign

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
PaymentEvent = get_model("order", "PaymentEvent")


def test_same_webhook_five_times_at_once_records_one_payment():
    # Given a pending order with its intent
    order = make_pending_order()
    payment = StripePayment.objects.create(
        order=order, intent_id="pi_concurrent", amount_satang=int(order.total_incl_tax * 100),
        status="requires_payment_method",
    )
    body = event("payment_intent.succeeded", payment.intent_id, payment.amount_satang)
    header = sign(body)
    start = threading.Barrier(5)
    answers = []

    def deliver():
        try:
            start.wait()
            response = Client().post(WEBHOOK_PATH, data=body, content_type="application/json",
                                     HTTP_STRIPE_SIGNATURE=header)
            answers.append((response.status_code, response.content))
        finally:
            connection.close()

    # When Stripe delivers the same event five times concurrently
    threads = [threading.Thread(target=deliver) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    # Then every delivery is acknowledged, and exactly one payment is recorded
    assert sorted(code for code, _ in answers) == [200] * 5
    assert sorted(content for _, content in answers) == [b"duplicate"] * 4 + [b"paid"]
    order.refresh_from_db()
    assert order.status == order_status.PAID
    assert Source.objects.filter(order=order).count() == 1
    assert PaymentEvent.objects.filter(order=order).count() == 1
    assert StripeEvent.objects.count() == 1
