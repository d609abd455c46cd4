"""Template tags for pages that show a placed order (Oscar's customer order page)."""

from django import template

from shop.checkout.links import payment_url
from shop.order import status
from shop.order.parts import order_parts

register = template.Library()


@register.simple_tag
def enterprise_parts(order):
    """Each enterprise's part of ``order`` (shop.order.parts)."""
    return order_parts(order)


@register.simple_tag
def order_status_label(order):
    """The order's state as buyers read it ("Waiting for payment", "Paid"…)."""
    return status.LABELS.get(order.status, order.status)


@register.simple_tag
def order_pay_url(order):
    """Where a pending order is paid; empty once it is paid, expired or cancelled."""
    if order.status != status.PENDING_PAYMENT:
        return ""
    return payment_url(order)
