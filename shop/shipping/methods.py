"""Thailand Post shipping methods for the whole basket.

A buyer picks one service for the basket; each enterprise then sends its own parcels
by that service (or by its first service when it does not offer that one), and the
method's charge is the sum of the enterprises' charges (shop/shipping/enterprise.py).
Prices are VAT-inclusive and the project's Oscar strategy adds no tax, so the charge
excluding tax equals the charge including it (docs/checkout.md). Oscar's own methods
(Free, NoShippingRequired, …) still load from oscar.apps.shipping.methods through
get_class.
"""

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import Base
from oscar.core import prices

from shop.shipping.rates import SERVICES

CODE_PREFIX = "thailand-post-"


class ThailandPost(Base):
    """One Thailand Post service for every enterprise in the basket."""

    description = _("Each community enterprise sends its own parcels from its village.")

    def __init__(self, service):
        if service not in SERVICES:
            raise ValueError(f"unknown Thailand Post service {service!r}")
        self.service = service
        self.code = CODE_PREFIX + service
        self.name = SERVICES[service]

    def groups(self, basket):
        from shop.shipping.enterprise import group_basket

        return group_basket(basket, self.service)

    def calculate(self, basket):
        from shop.shipping.enterprise import basket_shipping_charge

        charge = basket_shipping_charge(basket, self.service)
        return prices.Price(currency=basket.currency, excl_tax=charge, incl_tax=charge)


def service_for(method) -> str:
    """The Thailand Post service of a shipping method or method code."""
    code = getattr(method, "code", method)
    service = code.removeprefix(CODE_PREFIX) if isinstance(code, str) else None
    if service not in SERVICES or not code.startswith(CODE_PREFIX):
        raise ValueError(f"{code!r} is not a Thailand Post shipping method")
    return service
