"""Each community enterprise's part of a placed order, for the pages and e-mails
that show it (order status page, confirmation e-mail, customer order page).

The shipping app records the parts when the order is placed (``OrderShippingPart``:
service, parcels, shipping charge, free flag, VAT part, lead time); the lines come
from the order. Two queries whatever the order's size.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from oscar.core.loading import get_model

OrderShippingPart = get_model("shipping", "OrderShippingPart")


@dataclass
class EnterprisePart:
    """One enterprise's lines of an order and how it sends them."""

    partner: object
    lines: list = field(default_factory=list)
    #: The recorded shipping part, or None for an order placed without one.
    shipping: object = None

    @property
    def goods_total(self) -> Decimal:
        return sum((line.line_price_incl_tax for line in self.lines), Decimal("0.00"))

    @property
    def shipping_charge(self) -> Decimal:
        return self.shipping.shipping_charge if self.shipping else Decimal("0.00")

    @property
    def total(self) -> Decimal:
        return self.goods_total + self.shipping_charge

    @property
    def vat(self) -> Decimal | None:
        """VAT inside the part, or None when the enterprise is not VAT registered."""
        return self.shipping.vat if self.shipping else None

    @property
    def lead_time_days(self) -> int | None:
        return self.shipping.lead_time_days if self.shipping else None


def order_parts(order) -> list[EnterprisePart]:
    """The order's parts, one per enterprise, in the order of its lines."""
    parts: dict = {}
    for line in order.lines.select_related("partner").order_by("pk"):
        part = parts.get(line.partner_id)
        if part is None:
            part = parts[line.partner_id] = EnterprisePart(partner=line.partner)
        part.lines.append(line)
    for shipping in OrderShippingPart.objects.filter(order=order):
        if shipping.partner_id in parts:
            parts[shipping.partner_id].shipping = shipping
    return list(parts.values())
