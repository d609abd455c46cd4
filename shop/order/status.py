"""Order states of the marketplace and the only ways between them.

An order is created as *pending payment* before the buyer pays (its stock is already
allocated). Stripe's webhook moves it to *paid*; an unpaid order *expires* (or is
*cancelled*) and gives its stock back. States only move forward: a late
``payment_intent.payment_failed`` after ``succeeded`` changes nothing.

Oscar keeps the state in ``Order.status`` and checks moves against
``OSCAR_ORDER_STATUS_PIPELINE`` (``order.set_status``); these constants are the one
spelling of the states the rest of the code uses.
"""

from django.utils.translation import gettext_lazy as _

PENDING_PAYMENT = "pending-payment"
PAID = "paid"
EXPIRED = "expired"
CANCELLED = "cancelled"
REFUNDED = "refunded"

LABELS = {
    PENDING_PAYMENT: _("Waiting for payment"),
    PAID: _("Paid"),
    EXPIRED: _("Expired (not paid in time)"),
    CANCELLED: _("Cancelled"),
    REFUNDED: _("Refunded"),
}

#: Which states each state may move to (Oscar's pipeline format).
PIPELINE = {
    PENDING_PAYMENT: (PAID, EXPIRED, CANCELLED),
    PAID: (REFUNDED,),
    EXPIRED: (),
    CANCELLED: (),
    REFUNDED: (),
}

#: States whose allocated stock has been given back.
RELEASED = frozenset({EXPIRED, CANCELLED})


def can_move(current: str, new: str) -> bool:
    """True when ``current`` may move to ``new`` (never backwards, never sideways)."""
    return new in PIPELINE.get(current, ())
