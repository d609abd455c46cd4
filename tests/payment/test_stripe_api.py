"""stripe_api at its boundary: what stripe-python sends, what we read back, errors."""

import socket
import time
from decimal import Decimal

import pytest
from django.utils import translation

from shop.payment import stripe_api
from tests.payment.conftest import sign


def test_promptpay_intent_and_qr_are_built_from_stripes_answer(promptpay_stripe):
    # Given a Stripe that supports PromptPay
    # When an order's intent is created and confirmed for PromptPay
    intent = stripe_api.create_intent("100042", stripe_api.satang(Decimal("1234.50")))
    intent, qr = stripe_api.confirm_promptpay(intent.id, "somchai@example.com")

    # Then the intent asks for THB satang, PromptPay first, with a key derived from the order
    method, path, form, headers = promptpay_stripe.requests[0]
    assert (method, path) == ("POST", "/v1/payment_intents")
    assert form["amount"] == "123450" and form["currency"] == "thb"
    assert form["payment_method_types[0]"] == "promptpay"
    assert form["payment_method_types[1]"] == "card"
    assert form["metadata[order_number]"] == "100042"
    assert headers["Idempotency-Key"] == "chumchon-order-100042-intent-1"
    # and the confirmation carries PromptPay with the buyer's e-mail (refunds need it)
    method, path, form, _ = promptpay_stripe.requests[1]
    assert path == f"/v1/payment_intents/{intent.id}/confirm"
    assert form["payment_method_data[type]"] == "promptpay"
    assert form["payment_method_data[billing_details][email]"] == "somchai@example.com"
    # and the QR payload, its expiry and the instructions page come from next_action
    assert qr.data.startswith("000201")
    assert qr.expires_at.timestamp() > time.time()
    assert qr.hosted_instructions_url.startswith("https://payments.stripe.com/")


def test_promptpay_refused_by_stripe_is_a_calm_method_unavailable(localstripe):
    # Given localstripe, which (like a Stripe account without PromptPay) refuses it
    intent = stripe_api.create_intent("100043", 10000)

    # When a PromptPay QR is asked for, Then the buyer is told to pay by card
    with pytest.raises(stripe_api.MethodUnavailable) as raised:
        stripe_api.confirm_promptpay(intent.id, "a@example.com")
    with translation.override("en"):
        assert "card" in str(raised.value.message)


def test_unreachable_stripe_is_reported_as_unavailable(settings):
    # Given Stripe's address is a closed port on 127.0.0.1
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{port}"

    # When an intent is created, Then our own exception says "try again later"
    with pytest.raises(stripe_api.StripeUnavailable) as raised:
        stripe_api.create_intent("100044", 10000)
    with translation.override("en"):
        assert "try again" in str(raised.value.message)


def test_declined_card_is_a_payment_declined(localstripe):
    # Given an intent and a card that localstripe declines when charged
    intent = stripe_api.create_intent("100045", 10000)

    # When it is confirmed, Then the decline is ours, with a message for the buyer
    with pytest.raises(stripe_api.PaymentDeclined) as raised:
        stripe_api.confirm_card(intent.id, "pm_card_chargeCustomerFail")
    assert raised.value.code == "card_declined"
    assert stripe_api.retrieve_intent(intent.id).status == "requires_payment_method"


@pytest.mark.parametrize(
    "header",
    [
        None,
        "t=1,v1=deadbeef",
        "forged",
    ],
)
def test_unsigned_or_forged_events_are_refused(header, settings):
    body = b'{"id": "evt_1", "type": "payment_intent.succeeded", "data": {}}'
    with pytest.raises(stripe_api.InvalidSignature):
        stripe_api.verify_event(body, header)


def test_stale_and_wrong_secret_signatures_are_refused(settings):
    body = b'{"id": "evt_1", "type": "payment_intent.succeeded", "data": {}}'
    with pytest.raises(stripe_api.InvalidSignature):
        stripe_api.verify_event(body, sign(body, settings.STRIPE_WEBHOOK_SECRET,
                                           int(time.time()) - 3600))
    with pytest.raises(stripe_api.InvalidSignature):
        stripe_api.verify_event(body, sign(body, "whsec_someone_else"))
    verified = stripe_api.verify_event(body, sign(body, settings.STRIPE_WEBHOOK_SECRET))
    assert verified["id"] == "evt_1"
