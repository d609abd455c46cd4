"""DIP staff refunds and the expiry of unpaid orders, against localstripe."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import UserFactory

from shop.order import status as order_status
from shop.payment import services, stripe_api
from shop.payment.models import StripePayment
from tests.payment.conftest import event, make_pending_order

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
PaymentEvent = get_model("order", "PaymentEvent")


@pytest.fixture
def paid_order(pending_order, localstripe, post_event):
    """An order paid by card at localstripe, marked paid by its (signed) webhook."""
    payment = services.ensure_intent(pending_order)
    stripe_api.confirm_card(payment.intent_id, "pm_card_visa")
    post_event(event("payment_intent.succeeded", payment.intent_id, payment.amount_satang,
                     status="succeeded"))
    pending_order.refresh_from_db()
    assert pending_order.status == order_status.PAID
    return pending_order


@pytest.fixture
def staff_client(client):
    """DIP staff who may see and change orders on the dashboard."""
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="order",
                                   codename__in=["view_order", "change_order"])
    )
    client.force_login(user)
    return client


def test_staff_refund_from_the_dashboard_order_page(
    paid_order, staff_client, localstripe, django_assert_max_num_queries
):
    # Given DIP staff on the dashboard's order page
    with django_assert_max_num_queries(80):
        page = staff_client.get(f"/shop/dashboard/orders/{paid_order.number}/")
    assert 'id="refund-form"' in page.content.decode()

    # When they refund it
    response = staff_client.post(f"/shop/payment/{paid_order.number}/refund/", follow=True)

    # Then Stripe refunded the whole amount and the order shows refunded
    assert response.status_code == 200
    paid_order.refresh_from_db()
    assert paid_order.status == order_status.REFUNDED
    payment = StripePayment.objects.get(order=paid_order)
    refunds = localstripe.get(f"/v1/refunds?payment_intent={payment.intent_id}")["data"]
    assert [r["amount"] for r in refunds] == [payment.amount_satang]
    assert Source.objects.get(order=paid_order).amount_refunded == paid_order.total_incl_tax
    assert PaymentEvent.objects.filter(order=paid_order, event_type__name="Refunded").exists()
    # and the button is gone
    assert 'id="refund-form"' not in response.content.decode()


def test_buyers_cannot_refund(paid_order, client):
    client.force_login(UserFactory(is_staff=False))
    client.post(f"/shop/payment/{paid_order.number}/refund/")
    paid_order.refresh_from_db()
    assert paid_order.status == order_status.PAID


def test_an_unpaid_order_cannot_be_refunded(pending_order, staff_client, localstripe):
    services.ensure_intent(pending_order)
    response = staff_client.post(f"/en/shop/payment/{pending_order.number}/refund/",
                                 follow=True)
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == ["Only a paid order can be refunded."]
    pending_order.refresh_from_db()
    assert pending_order.status == order_status.PENDING_PAYMENT


def stock_allocated(order):
    line = order.lines.get()
    line.stockrecord.refresh_from_db()
    return line.stockrecord.num_allocated or 0


def test_expiry_command_expires_overdue_orders_and_releases_stock_once(
    pending_order, localstripe, capsys, settings
):
    # Given an order unpaid for longer than the timeout, with its intent at Stripe
    payment = services.ensure_intent(pending_order)
    Order.objects.filter(pk=pending_order.pk).update(
        date_placed=timezone.now() - timedelta(minutes=settings.SHOP_PAYMENT_TIMEOUT_MINUTES + 1)
    )
    allocated = stock_allocated(pending_order)
    # and a fresh order that still has time
    fresh = make_pending_order("fresh@example.com")

    # When the command runs
    call_command("expire_unpaid_orders")

    # Then the overdue order expired, its units are back and its intent is cancelled
    assert "1 overdue, 1 expired" in capsys.readouterr().out
    pending_order.refresh_from_db()
    assert pending_order.status == order_status.EXPIRED
    assert stock_allocated(pending_order) == allocated - pending_order.lines.get().quantity
    assert localstripe.get(f"/v1/payment_intents/{payment.intent_id}")["status"] == "canceled"
    fresh.refresh_from_db()
    assert fresh.status == order_status.PENDING_PAYMENT

    # And running it again changes nothing
    call_command("expire_unpaid_orders")
    assert "0 overdue, 0 expired" in capsys.readouterr().out
    assert stock_allocated(pending_order) == allocated - pending_order.lines.get().quantity


def test_expiry_works_when_stripe_is_unreachable(pending_order, settings, capsys):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    StripePayment.objects.create(order=pending_order, intent_id="pi_x", amount_satang=1,
                                 status="requires_payment_method")
    Order.objects.filter(pk=pending_order.pk).update(date_placed=timezone.now() - timedelta(days=1))

    call_command("expire_unpaid_orders")

    pending_order.refresh_from_db()
    assert pending_order.status == order_status.EXPIRED
