"""The payment page, the return page and the status JSON, as a buyer sees them."""

import socket

import pytest

from shop.order import status as order_status
from shop.order.links import token_for
from shop.payment.models import StripePayment

pytestmark = pytest.mark.django_db


def pay_url(order, token=True):
    url = f"/shop/payment/{order.number}/"
    return f"{url}?t={token_for(order)}" if token else url


def test_guest_sees_the_promptpay_qr_drawn_by_us_with_amount_and_instructions(
    pending_order, promptpay_stripe, client, settings, django_assert_max_num_queries
):
    # Given a guest's pending order and a Stripe with PromptPay
    # When the guest opens the payment link from the redirect / e-mail
    with django_assert_max_num_queries(25):
        response = client.get(pay_url(pending_order))

    # Then the page shows a QR drawn inline (no image from Stripe), the amount and steps
    html = response.content.decode()
    assert response.status_code == 200
    assert '<svg' in html and "qr.stripe.com" not in html
    assert "฿" in html and f"{pending_order.total_incl_tax:,.2f}" in html
    assert 'id="promptpay-expiry"' in html and "data-expires=" in html
    assert "Scan" in html or "สแกน" in html
    # and the card form loads Stripe.js from the setting
    assert 'id="payment-element"' in html
    assert f'<script src="{settings.STRIPE_JS_URL}"></script>' in html
    # and the intent is the order's one, in satang
    payment = StripePayment.objects.get(order=pending_order)
    assert payment.amount_satang == int(pending_order.total_incl_tax * 100)


def test_payment_page_in_english_has_english_instructions(
    pending_order, promptpay_stripe, client
):
    response = client.get(f"/en/shop/payment/{pending_order.number}/?t={token_for(pending_order)}")
    assert response.status_code == 200
    assert "How to pay from your phone" in response.content.decode()


def test_without_the_signed_link_the_order_is_not_found(pending_order, client):
    assert client.get(pay_url(pending_order, token=False)).status_code == 404
    assert client.get(f"{pay_url(pending_order, token=False)}?t=forged").status_code == 404
    assert client.get(f"/shop/payment/{pending_order.number}/status/").status_code == 404


def test_card_form_uses_localstripes_stripe_js_when_promptpay_is_unavailable(
    pending_order, localstripe, client
):
    response = client.get(pay_url(pending_order))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<script src="{localstripe.js_url}"></script>' in html
    assert 'id="promptpay-unavailable"' in html
    assert 'id="test-payments-banner"' in html


def test_double_submit_creates_one_intent(pending_order, localstripe, client):
    def intent_ids():
        return {intent["id"] for intent in localstripe.list_all("/v1/payment_intents")}

    before = intent_ids()

    # When the buyer opens (or reloads / double-submits) the payment page twice
    client.get(pay_url(pending_order))
    client.get(pay_url(pending_order))

    # Then Stripe got exactly one new PaymentIntent, for the order
    mine = [localstripe.get(f"/v1/payment_intents/{i}") for i in intent_ids() - before]
    assert len(mine) == 1
    assert mine[0]["metadata"]["order_number"] == pending_order.number
    assert StripePayment.objects.get(order=pending_order).intent_id == mine[0]["id"]


def test_unreachable_stripe_shows_a_calm_message_and_the_order_can_be_paid_later(
    pending_order, settings, client, localstripe_server
):
    # Given Stripe cannot be reached (a closed port on 127.0.0.1)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{closed}"

    # When the buyer opens the payment page
    response = client.get(pay_url(pending_order))

    # Then a calm message, nothing charged, the order still waits for payment
    html = response.content.decode()
    assert response.status_code == 503
    assert 'id="payment-error"' in html and "Traceback" not in html
    pending_order.refresh_from_db()
    assert pending_order.status == order_status.PENDING_PAYMENT
    assert not StripePayment.objects.exists()

    # And once Stripe is back, the same link works
    settings.STRIPE_API_BASE = localstripe_server.url
    settings.STRIPE_SECRET_KEY = "sk_test_back"
    assert client.get(pay_url(pending_order)).status_code == 200
    assert StripePayment.objects.filter(order=pending_order).exists()


def test_return_page_polls_and_never_marks_paid(pending_order, client):
    # When the buyer comes back from Stripe (or types the return URL)
    token = token_for(pending_order)
    response = client.get(f"/shop/payment/{pending_order.number}/return/?t={token}")

    # Then the page waits for the webhook; the order is still pending
    assert response.status_code == 200
    html = response.content.decode()
    assert "/status/?t=" in html and 'data-status="pending-payment"' in html
    pending_order.refresh_from_db()
    assert pending_order.status == order_status.PENDING_PAYMENT


def test_overdue_order_page_says_expired(pending_order, client, settings):
    settings.SHOP_PAYMENT_TIMEOUT_MINUTES = 0
    response = client.get(pay_url(pending_order))
    assert response.status_code == 200
    assert 'id="payment-expired"' in response.content.decode()
    assert not StripePayment.objects.exists()


def test_paid_order_goes_to_the_return_page(pending_order, client):
    pending_order.set_status(order_status.PAID)
    response = client.get(pay_url(pending_order))
    assert response.status_code == 302 and "/return/" in response["Location"]
