"""The order confirmation e-mail, in the language the buyer checked out in.

Sent by the payment app once Stripe says the order is paid (``send_confirmation``
after commit): each enterprise's lines, its shipping and lead time, the VAT part,
the total, and the signed link to the order's status page (it opens for guests).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from shop.checkout.links import status_url
from shop.order import status
from shop.order.parts import order_parts

logger = logging.getLogger("shop.order")

TEMPLATES = "oscar/checkout/emails/confirmation"


def buyer_email(order) -> str:
    """Where the buyer reads e-mail: the guest's address or the account's."""
    if order.user_id is None:
        return order.guest_email or ""
    return order.user.email or order.guest_email or ""


def buyer_language(order) -> str:
    """The language the order was placed in (Thai when it was not recorded)."""
    recorded = getattr(order, "buyer_language", None)
    try:
        language = recorded.language if recorded else settings.LANGUAGE_CODE
    except AttributeError:
        language = settings.LANGUAGE_CODE
    return language


def site_url() -> str:
    """The site's address for links in e-mails (WAGTAILADMIN_BASE_URL is the public
    base URL in every environment)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def build_confirmation(order) -> EmailMultiAlternatives | None:
    """The confirmation message for ``order``, or None when there is nobody to send it to."""
    recipient = buyer_email(order)
    if not recipient:
        logger.warning("Order #%s: no e-mail address for the confirmation", order.number)
        return None
    with translation.override(buyer_language(order)):
        context = {
            "order": order,
            "parts": order_parts(order),
            "status_label": status.LABELS.get(order.status, order.status),
            "status_url": site_url() + status_url(order),
            "shop_name": settings.OSCAR_SHOP_NAME,
        }
        subject = render_to_string(f"{TEMPLATES}_subject.txt", context).strip()
        text = render_to_string(f"{TEMPLATES}_body.txt", context)
        html = render_to_string(f"{TEMPLATES}_body.html", context)
    message = EmailMultiAlternatives(" ".join(subject.split()), text, to=[recipient])
    message.attach_alternative(html, "text/html")
    return message


def send_confirmation(order) -> bool:
    """E-mail the buyer that ``order`` is confirmed; True when a message was sent.
    A mail server failure is logged, never raised (the payment stays recorded)."""
    message = build_confirmation(order)
    if message is None:
        return False
    try:
        message.send()
    except Exception:
        logger.exception("Order #%s: the confirmation e-mail could not be sent", order.number)
        return False
    logger.info("Order #%s: confirmation sent", order.number)
    return True
