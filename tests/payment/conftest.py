"""Payment fixtures: pending orders, Stripe-signed webhook payloads, a PromptPay Stripe.

Stripe itself is localstripe (tests/stripe_server.py). localstripe has no PromptPay, so
PromptPay is tested at the stripe_api boundary against ``promptpay_stripe``: a small
HTTP server on 127.0.0.1 that records what stripe-python sends and answers the way
Stripe's API reference documents a PromptPay PaymentIntent.
"""

import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_order

from shop.order import status as order_status
from tests.stripe_server import WEBHOOK_SECRET, localstripe, localstripe_server  # noqa: F401

Order = get_model("order", "Order")
NoShippingRequired = get_class("shipping.methods", "NoShippingRequired")
WEBHOOK_PATH = "/payments/stripe/webhook/"


@pytest.fixture(autouse=True)
def webhook_secret(settings):
    """Every payment test signs its webhooks with the test secret, as localstripe does."""
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET


@pytest.fixture
def pending_order(db):
    """A real order (Oscar's factory, our OrderCreator) waiting for payment, by a guest."""
    return make_pending_order()


def make_pending_order(email="buyer@example.com"):
    # Shipping is not what payment tests are about: Oscar's "no shipping required".
    order = create_order(guest_email=email, shipping_method=NoShippingRequired())
    Order.objects.filter(pk=order.pk).update(status=order_status.PENDING_PAYMENT)
    order.refresh_from_db()
    return order


def sign(payload: bytes, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> str:
    """A Stripe-Signature header, Stripe's scheme: t=<unix>,v1=HMAC-SHA256(t.payload)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256
    ).hexdigest()
    return f"t={timestamp},v1={digest}"


def event(event_type: str, intent_id: str, amount: int, *, event_id=None, **intent) -> bytes:
    """A webhook body the way Stripe sends it for a PaymentIntent event."""
    obj = {"id": intent_id, "object": "payment_intent", "amount": amount,
           "amount_received": amount if event_type.endswith("succeeded") else 0,
           "currency": "thb", "payment_method_types": ["promptpay"], **intent}
    body = {"id": event_id or f"evt_{intent_id}_{event_type}", "object": "event",
            "type": event_type, "created": int(time.time()), "data": {"object": obj}}
    return json.dumps(body).encode()


@pytest.fixture
def post_event(client):
    """Deliver a signed event body to the webhook; returns the response."""

    def post(body: bytes, signature: str | None = None):
        return client.post(
            WEBHOOK_PATH,
            data=body,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signature if signature is not None else sign(body),
        )

    return post


class _StripeLike(BaseHTTPRequestHandler):
    """Answers /v1/payment_intents calls like Stripe does for a PromptPay intent."""

    def log_message(self, *args):
        pass

    def _answer(self, body: dict, status: int = 200):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.server.requests.append(("GET", self.path, {}, dict(self.headers)))
        self._answer(self.server.intent)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        form = {key: values[0] if len(values) == 1 else values for key, values in form.items()}
        self.server.requests.append(("POST", self.path, form, dict(self.headers)))
        intent = self.server.intent
        if self.path.endswith("/confirm"):
            intent.update(self.server.confirmed)
        elif self.path == "/v1/payment_intents":
            intent["amount"] = int(form["amount"])
        self._answer(intent)


@pytest.fixture
def promptpay_stripe(settings):
    """A Stripe stand-in for PromptPay (see the module docstring); settings point at it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StripeLike)
    server.requests = []
    expires = int(time.time()) + 15 * 60
    server.intent = {
        "id": "pi_promptpay1", "object": "payment_intent", "amount": 0, "currency": "thb",
        "client_secret": "pi_promptpay1_secret_x", "status": "requires_payment_method",
        "metadata": {}, "next_action": None, "payment_method_types": ["promptpay", "card"],
    }
    server.confirmed = {
        "status": "requires_action",
        "next_action": {
            "type": "promptpay_display_qr_code",
            "promptpay_display_qr_code": {
                "data": "00020101021230370016A000000677010112011300669123456785802TH"
                        "53037645406100.0063042C1F",
                "expires_at": expires,
                "hosted_instructions_url": "https://payments.stripe.com/qr/instructions/x",
                "image_url_png": "https://qr.stripe.com/x.png",
                "image_url_svg": "https://qr.stripe.com/x.svg",
            },
        },
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{server.server_address[1]}"
    settings.STRIPE_SECRET_KEY = "sk_test_promptpay"
    yield server
    server.shutdown()
    server.server_close()
