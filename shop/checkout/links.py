"""Addresses of a placed order's pages: where it is paid and where its status is.

Guests have no account, so their links carry the order's signed token
(shop.order.links); signed-in buyers open their pages with their session.
"""

from django.urls import NoReverseMatch, reverse

from shop.order import links


def payment_url(order, token: str | None = None) -> str:
    """Where a placed order is paid: the payment page (with the signed link for guests,
    or with ``token`` when the buyer came with one). While the payment app is not
    installed, the order's status page."""
    try:
        url = reverse("payment:pay", args=[order.number])
    except NoReverseMatch:
        url = reverse("checkout:order-status", args=[order.number])
    if token or order.user_id is None:
        url = f"{url}?t={token or links.token_for(order)}"
    return url


def status_url(order) -> str:
    """The order's status page with the signed link (it opens for anyone who has it:
    the confirmation e-mail uses it)."""
    url = reverse("checkout:order-status", args=[order.number])
    return f"{url}?t={links.token_for(order)}"
