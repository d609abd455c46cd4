"""Stripe records of the marketplace, above Oscar's own payment models.

``StripePayment`` is the one PaymentIntent an order is paid through (one row per order,
so a double submit never creates a second charge even where Stripe's idempotency key
is ignored, as localstripe does). ``StripeEvent`` stores every webhook event id once,
in the same transaction as its effect, so a redelivered event is a no-op.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StripePayment(models.Model):
    """The Stripe PaymentIntent of one order."""

    #: The order being paid; one intent per order.
    order = models.OneToOneField(
        "order.Order",
        on_delete=models.PROTECT,
        related_name="stripe_payment",
        verbose_name=_("Order"),
    )
    #: Stripe's PaymentIntent id (pi_...).
    intent_id = models.CharField(_("PaymentIntent id"), max_length=255, unique=True)
    #: Secret the buyer's browser needs to confirm a card payment (never logged).
    client_secret = models.CharField(max_length=255, blank=True)
    #: Amount asked for, in satang (THB × 100), as sent to Stripe.
    amount_satang = models.PositiveBigIntegerField(_("Amount (satang)"))
    currency = models.CharField(_("Currency"), max_length=3, default="thb")
    #: Stripe's last known status of the intent (requires_payment_method, succeeded…).
    status = models.CharField(_("Stripe status"), max_length=40, blank=True)
    #: How many times an intent had to be made for the order (a cancelled one is replaced).
    generation = models.PositiveSmallIntegerField(default=1)
    #: Failed payment attempts reported by Stripe (declined cards, expired QR codes).
    failed_attempts = models.PositiveIntegerField(_("Failed attempts"), default=0)
    #: Stripe's message for the last failed attempt, shown to staff.
    last_error = models.CharField(_("Last error"), max_length=500, blank=True)
    #: Set when the money was refunded (by staff, or a payment that arrived too late).
    refund_id = models.CharField(_("Refund id"), max_length=255, blank=True)
    date_created = models.DateTimeField(auto_now_add=True)
    date_updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Stripe payment")
        verbose_name_plural = _("Stripe payments")

    def __str__(self):
        return f"{self.intent_id} ({self.order_id})"


class StripeEvent(models.Model):
    """A webhook event Stripe sent, recorded once (the unique id makes repeats no-ops)."""

    #: Stripe's event id (evt_...).
    event_id = models.CharField(_("Event id"), max_length=255, unique=True)
    #: payment_intent.succeeded, payment_intent.payment_failed…
    type = models.CharField(_("Type"), max_length=100)
    #: The PaymentIntent the event is about, when it is about one.
    intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    #: What the event did: "paid", "failed attempt", "ignored: …".
    outcome = models.CharField(_("Outcome"), max_length=255, blank=True)
    date_received = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")
        ordering = ["-date_received"]

    def __str__(self):
        return f"{self.type} {self.event_id}"


from oscar.apps.payment.models import *  # noqa: E402
