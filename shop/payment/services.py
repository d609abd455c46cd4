"""What payments do to orders: one intent per order, webhook effects, refunds, expiry.

Orders only move forward (``shop.order.status``). The webhook is the only thing that
marks an order paid; the buyer's return to the site only reads the state.

A ``payment_intent.succeeded`` for an order that has already *expired* (its stock was
given back, someone else may have bought it) does not revive the order: the payment is
recorded against it (Oscar Source and a "paid" payment event, so staff see the money)
and refunded in full right after commit, with a note on the order. The buyer gets the
money back rather than goods we may no longer have.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from oscar.core.loading import get_model

from shop.order import status as order_status

from . import stripe_api
from .models import StripeEvent, StripePayment

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")
PaymentEvent = get_model("order", "PaymentEvent")
PaymentEventType = get_model("order", "PaymentEventType")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

SOURCE_TYPE = "Stripe"


def is_payable(order) -> bool:
    """True while the buyer may still pay (pending and not past the timeout)."""
    return order.status == order_status.PENDING_PAYMENT and not is_overdue(order)


def deadline(order):
    """When an unpaid order expires."""
    return order.date_placed + timedelta(minutes=settings.SHOP_PAYMENT_TIMEOUT_MINUTES)


def is_overdue(order) -> bool:
    return timezone.now() >= deadline(order)


def ensure_intent(order) -> StripePayment:
    """The order's one PaymentIntent, created at Stripe the first time.

    The order row is locked while the intent is made (PostgreSQL), and the
    ``StripePayment`` row is unique per order, so a double submit or two tabs get the same
    intent even from a Stripe that ignores idempotency keys. An intent cancelled at Stripe
    is replaced (next generation) as long as the order is payable.
    """
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        record = StripePayment.objects.filter(order=order).first()
        if record is not None and record.status != "canceled":
            return record
        generation = record.generation + 1 if record else 1
        intent = stripe_api.create_intent(
            order.number, stripe_api.satang(order.total_incl_tax), generation
        )
        values = {
            "intent_id": intent.id,
            "client_secret": intent.client_secret,
            "amount_satang": intent.amount,
            "currency": intent.currency or "thb",
            "status": intent.status,
            "generation": generation,
        }
        try:
            with transaction.atomic():
                record, _ = StripePayment.objects.update_or_create(order=order, defaults=values)
        except IntegrityError:
            # Another request recorded the order's intent first (SQLite: no row lock).
            record = StripePayment.objects.get(order=order)
        return record


def replace_intent(order, payment: StripePayment) -> StripePayment:
    """Cancel an intent that cannot be confirmed again and make the order's next one.

    Real Stripe lets a declined intent be confirmed again; localstripe does not, so after
    a decline the card form gets a fresh intent (the next generation's idempotency key).
    """
    status = stripe_api.cancel_intent(payment.intent_id)
    if status == "succeeded":
        return payment
    StripePayment.objects.filter(pk=payment.pk).update(status="canceled")
    return ensure_intent(order)


def note(order, message: str) -> None:
    OrderNote.objects.create(order=order, note_type="System", message=message)


# ---------------------------------------------------------------------------
# Webhook events
# ---------------------------------------------------------------------------
HANDLED = {
    "payment_intent.succeeded",
    "payment_intent.payment_failed",
    "payment_intent.canceled",
}


def handle_event(event: dict) -> str:
    """Apply one verified Stripe event once; returns what it did.

    The event id is inserted (unique) in the same transaction as the effect: a repeat
    — delivered again, or at the same time by another process — finds the id taken and
    changes nothing.
    """
    obj = (event.get("data") or {}).get("object") or {}
    intent_id = obj.get("id", "") if obj.get("object") == "payment_intent" else ""
    after_commit = []
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = StripeEvent.objects.create(
                    event_id=event["id"], type=event["type"], intent_id=intent_id
                )
        except IntegrityError:
            return "duplicate"
        if event["type"] not in HANDLED or not intent_id:
            outcome = "ignored: not handled"
        else:
            outcome = _apply(event["type"], obj, after_commit)
        record.outcome = outcome[:255]
        record.save(update_fields=["outcome"])
        for callback in after_commit:
            transaction.on_commit(callback)
    return outcome


def _apply(event_type: str, intent: dict, after_commit: list) -> str:
    payment = (
        StripePayment.objects.select_for_update()
        .filter(intent_id=intent["id"])
        .select_related("order")
        .first()
    )
    if payment is None:
        return "ignored: unknown payment intent"
    order = Order.objects.select_for_update().get(pk=payment.order_id)
    payment.status = intent.get("status") or payment.status
    if event_type == "payment_intent.succeeded":
        outcome = _succeeded(order, payment, intent, after_commit)
    else:
        outcome = _failed(order, payment, intent, event_type)
    payment.save()
    return outcome


def _succeeded(order, payment, intent, after_commit) -> str:
    received = int(intent.get("amount_received") or intent.get("amount") or 0)
    if received != payment.amount_satang:
        logger.error("Order %s: Stripe amount %s ≠ %s", order.number, received,
                     payment.amount_satang)
        note(order, f"Stripe reported {received} satang, expected {payment.amount_satang}.")
        return "ignored: amount mismatch"
    if order.status == order_status.PENDING_PAYMENT:
        _record_payment(order, payment, intent)
        order.set_status(order_status.PAID)
        after_commit.append(lambda: _send_confirmation(order.pk))
        return "paid"
    if order.status in order_status.RELEASED:
        _record_payment(order, payment, intent)
        note(order, "Payment arrived after the order expired: refunded in full.")
        after_commit.append(lambda: refund_late_payment(payment.pk))
        return "late payment: refund"
    return f"ignored: order is {order.status}"


def _failed(order, payment, intent, event_type) -> str:
    if order.status != order_status.PENDING_PAYMENT:
        return f"ignored: order is {order.status}"
    payment.failed_attempts += 1
    error = intent.get("last_payment_error") or {}
    payment.last_error = (error.get("message") or event_type)[:500]
    # The order stays payable until the timeout; expire_unpaid_orders releases its stock.
    return "failed attempt"


def _record_payment(order, payment, intent) -> None:
    amount = stripe_api.baht(payment.amount_satang)
    source_type, _ = SourceType.objects.get_or_create(name=SOURCE_TYPE)
    types = intent.get("payment_method_types") or []
    Source.objects.create(
        order=order,
        source_type=source_type,
        currency=order.currency,
        amount_allocated=amount,
        amount_debited=amount,
        reference=payment.intent_id,
        label=", ".join(types)[:128],
    )
    event_type, _ = PaymentEventType.objects.get_or_create(name="Paid", defaults={"code": "paid"})
    event = PaymentEvent.objects.create(
        order=order, amount=amount, reference=payment.intent_id, event_type=event_type
    )
    for line in order.lines.all():
        event.line_quantities.create(line=line, quantity=line.quantity)


def _send_confirmation(order_pk) -> None:
    try:
        from shop.order import notifications

        notifications.send_confirmation(Order.objects.get(pk=order_pk))
    except Exception:  # an e-mail problem must not turn the webhook into a 500
        logger.exception("Order %s: confirmation e-mail not sent", order_pk)


# ---------------------------------------------------------------------------
# Refunds
# ---------------------------------------------------------------------------
def _refund(payment: StripePayment, key: str) -> None:
    """Refund at Stripe and record it (Source, payment event). Stripe errors propagate."""
    refund_id = stripe_api.refund(payment.intent_id, key)
    amount = stripe_api.baht(payment.amount_satang)
    payment.refund_id = refund_id
    payment.save(update_fields=["refund_id", "date_updated"])
    Source.objects.filter(order=payment.order, reference=payment.intent_id).update(
        amount_refunded=amount
    )
    event_type, _ = PaymentEventType.objects.get_or_create(
        name="Refunded", defaults={"code": "refunded"}
    )
    PaymentEvent.objects.create(
        order=payment.order, amount=amount, reference=refund_id, event_type=event_type
    )


def refund_order(order, user) -> None:
    """Refund a paid order in full (DIP staff) and mark it refunded.

    Raises ``ValueError`` when the order is not refundable, and stripe_api's errors when
    Stripe refuses or cannot be reached (nothing changes then).
    """
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        payment = StripePayment.objects.filter(order=order).first()
        if payment is None or not order_status.can_move(order.status, order_status.REFUNDED):
            raise ValueError("order is not refundable")
        _refund(payment, f"chumchon-order-{order.number}-refund")
        order.set_status(order_status.REFUNDED)
        note(order, f"Refunded in full by {user.get_username()}.")


def refund_late_payment(payment_pk) -> None:
    """Give back a payment that arrived for an expired order (runs after commit)."""
    with transaction.atomic():
        payment = StripePayment.objects.select_for_update().select_related("order").get(
            pk=payment_pk
        )
        if payment.refund_id:
            return
        try:
            _refund(payment, f"chumchon-order-{payment.order.number}-late-refund")
        except stripe_api.PaymentError:
            logger.exception("Order %s: late payment NOT refunded", payment.order.number)
            note(payment.order, "Automatic refund of the late payment failed: refund it.")


# ---------------------------------------------------------------------------
# Expiry
# ---------------------------------------------------------------------------
def overdue_orders():
    """Pending orders past the payment timeout, oldest first."""
    cutoff = timezone.now() - timedelta(minutes=settings.SHOP_PAYMENT_TIMEOUT_MINUTES)
    return Order.objects.filter(
        status=order_status.PENDING_PAYMENT, date_placed__lte=cutoff
    ).order_by("date_placed")


def expire_order(order) -> bool:
    """Expire one unpaid order: cancel its intent, release its stock. False if it was paid.

    The intent is cancelled at Stripe first (when Stripe cannot be reached the order is
    expired anyway; a payment that still arrives is refunded by the webhook). Then, in
    one transaction with the order row locked, the order moves to expired and its stock
    is given back, unless a webhook marked it paid meanwhile.
    """
    payment = StripePayment.objects.filter(order=order).first()
    if payment is not None and payment.status not in {"succeeded", "canceled"}:
        try:
            status = stripe_api.cancel_intent(payment.intent_id)
        except stripe_api.PaymentError as exc:
            logger.warning("Order %s: intent not cancelled (%s)", order.number, exc)
        else:
            StripePayment.objects.filter(pk=payment.pk).update(status=status)
            if status == "succeeded":
                return False  # paid at the last moment: the webhook will mark it
    from shop.order.allocation import release

    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if not order_status.can_move(order.status, order_status.EXPIRED):
            return False
        order.set_status(order_status.EXPIRED)
        release(order)
        note(order, "Not paid in time: expired and stock released.")
    return True
