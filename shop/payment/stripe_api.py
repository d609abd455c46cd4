"""The one module that talks to Stripe (CONVENTIONS.md §4: nothing else imports ``stripe``).

Everything goes through a :class:`stripe.StripeClient` built from the ``STRIPE_*``
settings, so tests and ``make run`` point it at localstripe with ``STRIPE_API_BASE``.
Stripe's errors leave this module as our own exceptions, each with a calm message a
buyer can read: :class:`StripeUnavailable` (network, outage, keys: try again later),
:class:`PaymentDeclined` (the card said no: try another), :class:`MethodUnavailable`
(PromptPay cannot be offered right now). Results are plain dataclasses and dicts.

One PaymentIntent per order, in THB satang, created with an idempotency key derived
from the order number (plus a generation, bumped only when a cancelled intent has to
be replaced). localstripe ignores idempotency keys, so callers also keep one row per
order (``shop.payment.services.ensure_intent``).
"""

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import stripe
from django.conf import settings
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

#: Seconds a webhook signature stays valid (Stripe's own default).
SIGNATURE_TOLERANCE = 300


class PaymentError(Exception):
    """A payment could not go ahead; ``message`` is safe to show to the buyer."""

    default_message = _("The payment could not be made. Please try again.")

    def __init__(self, message=None, *, code: str = ""):
        self.message = message or self.default_message
        self.code = code
        super().__init__(str(self.message))


class StripeUnavailable(PaymentError):
    """Stripe could not be reached or answered with an error of its own."""

    default_message = _(
        "We cannot reach the payment service right now. Your order is kept and nothing "
        "was charged: please try again in a few minutes."
    )


class PaymentDeclined(PaymentError):
    """The buyer's payment method was refused (declined card, failed authentication)."""

    default_message = _(
        "Your card was declined and nothing was charged. Please check the details or use "
        "another card or PromptPay."
    )


class MethodUnavailable(PaymentError):
    """The payment method cannot be offered for this payment (e.g. PromptPay is off)."""

    default_message = _("PromptPay QR is not available right now. Please pay by card.")


class InvalidSignature(Exception):
    """A webhook request whose signature is missing, forged or too old."""


@dataclass(frozen=True)
class Intent:
    """What we keep of a Stripe PaymentIntent."""

    id: str
    client_secret: str
    status: str
    amount: int
    currency: str
    metadata: dict = field(default_factory=dict)
    last_error: str = ""
    next_action: dict | None = None


@dataclass(frozen=True)
class PromptPayQR:
    """A PromptPay QR code to show: ``data`` is the EMVCo payload the QR encodes."""

    data: str
    expires_at: dt.datetime | None
    hosted_instructions_url: str = ""


def satang(amount: Decimal) -> int:
    """THB amount (Decimal, incl. VAT) → whole satang for Stripe."""
    return int((Decimal(amount) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def baht(amount_satang: int) -> Decimal:
    """Satang from Stripe → THB Decimal."""
    return (Decimal(amount_satang) / 100).quantize(Decimal("0.01"))


def client() -> stripe.StripeClient:
    """A client for the configured Stripe (or localstripe)."""
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        base_addresses={"api": settings.STRIPE_API_BASE},
        max_network_retries=0,
        http_client=stripe.RequestsClient(timeout=settings.STRIPE_TIMEOUT),
    )


def _call(function, *args, **kwargs):
    """Run one Stripe call, turning Stripe's errors into ours."""
    try:
        return function(*args, **kwargs)
    except stripe.CardError as exc:
        logger.info("Stripe declined: %s (%s)", exc.user_message, exc.code)
        raise PaymentDeclined(code=exc.code or "card_declined") from exc
    except (stripe.APIConnectionError, stripe.APIError, stripe.AuthenticationError,
            stripe.RateLimitError, stripe.PermissionError) as exc:
        logger.warning("Stripe unavailable: %s", exc)
        raise StripeUnavailable() from exc
    except stripe.InvalidRequestError as exc:
        logger.warning("Stripe refused a request: %s (%s)", exc, exc.code)
        raise PaymentError(code=exc.code or "invalid_request") from exc
    except stripe.StripeError as exc:
        logger.warning("Stripe error: %s", exc)
        raise StripeUnavailable() from exc


def _intent(obj) -> Intent:
    data = obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)
    error = data.get("last_payment_error") or {}
    return Intent(
        id=data["id"],
        client_secret=data.get("client_secret") or "",
        status=data.get("status") or "",
        amount=int(data.get("amount") or 0),
        currency=data.get("currency") or "",
        metadata=dict(data.get("metadata") or {}),
        last_error=(error.get("message") or "") if isinstance(error, dict) else "",
        next_action=data.get("next_action"),
    )


def idempotency_key(order_number: str, generation: int = 1) -> str:
    """The key that makes creating the order's intent safe to repeat."""
    return f"chumchon-order-{order_number}-intent-{generation}"


def create_intent(order_number: str, amount_satang: int, generation: int = 1) -> Intent:
    """Create the order's PaymentIntent: THB, PromptPay first, then cards."""
    params = {
        "amount": amount_satang,
        "currency": "thb",
        "payment_method_types": ["promptpay", "card"],
        "metadata": {"order_number": order_number},
    }
    options = {"idempotency_key": idempotency_key(order_number, generation)}
    return _intent(_call(client().v1.payment_intents.create, params, options))


def retrieve_intent(intent_id: str) -> Intent:
    return _intent(_call(client().v1.payment_intents.retrieve, intent_id))


def promptpay_qr(intent: Intent) -> PromptPayQR | None:
    """The QR code of an intent waiting for a PromptPay payment, if it has one."""
    action = intent.next_action or {}
    if action.get("type") != "promptpay_display_qr_code":
        return None
    qr = action.get("promptpay_display_qr_code") or {}
    if not qr.get("data"):
        return None
    expires = qr.get("expires_at")
    return PromptPayQR(
        data=qr["data"],
        expires_at=dt.datetime.fromtimestamp(int(expires), tz=dt.UTC) if expires else None,
        hosted_instructions_url=qr.get("hosted_instructions_url") or "",
    )


def confirm_promptpay(intent_id: str, email: str) -> tuple[Intent, PromptPayQR]:
    """Ask Stripe for a PromptPay QR for the intent (Stripe needs the buyer's e-mail)."""
    params = {
        "payment_method_data": {"type": "promptpay", "billing_details": {"email": email}},
    }
    try:
        intent = _intent(_call(client().v1.payment_intents.confirm, intent_id, params))
    except StripeUnavailable:
        raise
    except PaymentError as exc:
        raise MethodUnavailable(code=exc.code) from exc
    qr = promptpay_qr(intent)
    if qr is None:
        raise MethodUnavailable(code="no_qr_code")
    return intent, qr


def confirm_card(intent_id: str, payment_method: str) -> Intent:
    """Confirm the intent on the server with a card payment method from the browser.

    Used with localstripe's Stripe.js (it has no Payment Element); with real Stripe.js
    the browser confirms through the Payment Element itself.
    """
    payments = client().v1.payment_intents
    _call(payments.update, intent_id, {"payment_method": payment_method})
    return _intent(_call(payments.confirm, intent_id))


def cancel_intent(intent_id: str) -> str:
    """Cancel an unpaid intent; returns the intent's status afterwards.

    An intent that cannot be cancelled any more (already succeeded or cancelled) is not
    an error: its current status is returned.
    """
    try:
        return _intent(_call(client().v1.payment_intents.cancel, intent_id)).status
    except StripeUnavailable:
        raise
    except PaymentError:
        return retrieve_intent(intent_id).status


def refund(intent_id: str, key: str) -> str:
    """Refund the whole payment of an intent; returns the refund id."""
    params = {"payment_intent": intent_id}
    result = _call(client().v1.refunds.create, params, {"idempotency_key": key})
    return result["id"]


def verify_event(payload: bytes, signature_header: str | None) -> dict:
    """The webhook event in ``payload`` once its Stripe-Signature is checked.

    Raises :class:`InvalidSignature` when the header is missing, the HMAC does not match
    ``STRIPE_WEBHOOK_SECRET`` or the timestamp is older than five minutes.
    """
    try:
        stripe.WebhookSignature.verify_header(
            payload.decode("utf-8"),
            signature_header or "",
            settings.STRIPE_WEBHOOK_SECRET,
            SIGNATURE_TOLERANCE,
        )
        event = json.loads(payload)
    except (stripe.SignatureVerificationError, ValueError, UnicodeDecodeError) as exc:
        raise InvalidSignature(str(exc)) from exc
    if not isinstance(event, dict) or not event.get("id") or not event.get("type"):
        raise InvalidSignature("not a Stripe event")
    return event
