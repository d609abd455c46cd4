"""Signed links to one order, for buyers who checked out as guests.

A guest has no account, so the payment page and the order status page are reached
through a link that carries a signature of the order number: it is put in the
confirmation e-mail and in the redirect after placing the order. Signed-in buyers
use the same pages; the view also accepts the order's own user.
"""

from django.core import signing

_SALT = "shop.order.link"


def token_for(order) -> str:
    """A token that opens ``order``'s pages; it does not expire (the e-mail keeps it)."""
    # str(): a just-created order may still hold the generator's int.
    return signing.dumps(str(order.number), salt=_SALT, compress=False)


def number_from(token: str) -> str | None:
    """The order number a token was made for, or None when it was tampered with."""
    try:
        return signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None


def can_view(request, order, token: str | None) -> bool:
    """True when the request may see ``order``: its owner, staff, or a valid token."""
    user = request.user
    if user.is_authenticated and (user.is_staff or order.user_id == user.pk):
        return True
    return bool(token) and number_from(token) == str(order.number)
