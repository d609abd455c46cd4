"""A basket seen as one parcel (or more) per community enterprise.

Each enterprise sends its own goods from its own village, so shipping is worked out per
enterprise: its lines' weight gives Thailand Post parcels and charges per service, its
goods total may reach its free-shipping threshold, and its made-to-order products say
when it ships. ``group_basket`` costs one SQL query whatever the basket size (the
basket's lines are already loaded with their products and stock records).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from oscar.core.loading import get_model

from shop.shipping.rates import EMS, REGISTERED, SERVICES, rate_table
from shop.shipping.vat import vat_part_for

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ShippingOption:
    """One Thailand Post service for one enterprise's parcels."""

    service: str
    parcels: int
    #: The rate-table charge, before any free shipping.
    full_charge: Decimal
    #: What the buyer pays: 0 when the enterprise's threshold is reached.
    charge: Decimal
    is_free: bool

    @property
    def name(self):
        return SERVICES[self.service]


@dataclass
class EnterpriseGroup:
    """One enterprise's part of a basket."""

    partner: object
    lines: list = field(default_factory=list)
    #: Goods total of the lines, VAT included, after discounts.
    subtotal: Decimal = ZERO
    weight_grams: int = 0
    #: Items whose product has no weight: the default weight was used for them.
    unweighed_items: int = 0
    #: Longest made-to-order lead time in days; None when everything is in stock.
    lead_time_days: int | None = None
    #: The services the enterprise offers, each with its parcels and charge.
    options: list[ShippingOption] = field(default_factory=list)
    #: The option the buyer's service means for this enterprise (its first option when
    #: no service was asked for or the enterprise does not offer the one asked for).
    chosen: ShippingOption | None = None

    @property
    def free_threshold(self) -> Decimal | None:
        return self.partner.free_shipping_threshold

    @property
    def is_free(self) -> bool:
        threshold = self.free_threshold
        return threshold is not None and self.subtotal >= threshold

    @property
    def amount_to_free(self) -> Decimal | None:
        """How much more to spend with this enterprise for free shipping (None: n/a)."""
        if self.free_threshold is None or self.is_free:
            return None
        return self.free_threshold - self.subtotal

    @property
    def free_progress_percent(self) -> int:
        if not self.free_threshold:
            return 100 if self.free_threshold is not None else 0
        return min(100, int(self.subtotal * 100 / self.free_threshold))

    @property
    def shipping_charge(self) -> Decimal:
        return self.chosen.charge if self.chosen else ZERO

    @property
    def parcels(self) -> int:
        return self.chosen.parcels if self.chosen else 0

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping_charge

    @property
    def vat_registered(self) -> bool:
        return self.partner.vat_registered

    @property
    def vat(self) -> Decimal | None:
        """VAT inside goods and shipping (both billed in the enterprise's name), or None
        when the enterprise is not VAT registered."""
        return vat_part_for(self.partner, self.total)

    def option(self, service: str) -> ShippingOption | None:
        return next((option for option in self.options if option.service == service), None)


def offered_services(partner) -> list[str]:
    """The services an enterprise sends by, in the order buyers see them."""
    offered = {EMS: partner.ships_ems, REGISTERED: partner.ships_registered}
    return [code for code in rate_table().services if offered.get(code)]


def item_weight(product) -> int:
    if product.weight_grams is not None:
        return product.weight_grams
    return settings.SHOP_DEFAULT_ITEM_WEIGHT_GRAMS


def _line_total(line) -> Decimal:
    if line.is_tax_known:
        return line.line_price_incl_tax_incl_discounts
    return line.line_price_excl_tax_incl_discounts


def _line_partner_id(line):
    if line.stockrecord_id is not None:
        return line.stockrecord.partner_id
    return line.product.enterprise_id


def group_basket(basket, service=None) -> list[EnterpriseGroup]:
    """The basket's lines grouped by enterprise, in basket order, each with its parcels,
    charges per service and free-shipping state; ``service`` picks each group's
    ``chosen`` option. Results are kept on the basket until its lines change."""
    lines = list(basket.all_lines())
    signature = tuple((line.pk, line.quantity, _line_total(line)) for line in lines)
    cache = basket.__dict__.setdefault("_enterprise_groups", {})
    if cache.get("signature") != signature:
        cache.clear()
        cache["signature"] = signature
    if "partners" not in cache:
        cache["partners"] = _partners_of(lines)
    if service not in cache:
        cache[service] = _build_groups(lines, cache["partners"], service)
    return cache[service]


def _partners_of(lines) -> dict:
    Partner = get_model("partner", "Partner")
    partner_ids = {_line_partner_id(line) for line in lines} - {None}
    return Partner.objects.in_bulk(partner_ids) if partner_ids else {}


def _build_groups(lines, partners, service) -> list[EnterpriseGroup]:
    groups: dict = {}
    for line in lines:
        partner = partners.get(_line_partner_id(line))
        if partner is None:
            continue  # no stock record, no enterprise: Oscar does not let it be bought
        group = groups.get(partner.pk)
        if group is None:
            group = groups[partner.pk] = EnterpriseGroup(partner=partner)
        _add_line(group, line)
    for group in groups.values():
        _price_group(group, service)
    return list(groups.values())


def _add_line(group, line):
    product = line.product
    group.lines.append(line)
    group.subtotal += _line_total(line)
    group.weight_grams += item_weight(product) * line.quantity
    if product.weight_grams is None:
        group.unweighed_items += line.quantity
    if product.made_to_order and product.lead_time_days:
        group.lead_time_days = max(group.lead_time_days or 0, product.lead_time_days)


def _price_group(group, service):
    table = rate_table()
    is_free = group.is_free
    for code in offered_services(group.partner):
        quote = table.quote(code, group.weight_grams)
        group.options.append(
            ShippingOption(
                service=code,
                parcels=quote.parcels,
                full_charge=quote.charge,
                charge=ZERO if is_free else quote.charge,
                is_free=is_free,
            )
        )
    group.chosen = group.option(service) if service else None
    if group.chosen is None and group.options:
        group.chosen = group.options[0]


def basket_shipping_charge(basket, service) -> Decimal:
    """The basket's shipping by ``service``: the sum of every enterprise's charge."""
    return sum((group.shipping_charge for group in group_basket(basket, service)), ZERO)


class ShippingMismatch(ValueError):
    """The order's shipping total is not the sum of its enterprise parts."""


def record_order_parts(order, basket, method):
    """Store each enterprise's part of a just-placed order; call it inside the order
    transaction. ``method`` is the Oscar shipping method (or its code) the order was
    placed with. Another method records nothing when it charged nothing (Oscar's free
    and no-shipping-required) and raises ValueError otherwise. Raises ShippingMismatch,
    undoing the transaction, when the parts do not add up to the order's shipping."""
    from shop.shipping.methods import service_for

    OrderShippingPart = get_model("shipping", "OrderShippingPart")
    try:
        service = service_for(method)
    except ValueError:
        if order.shipping_incl_tax == ZERO:
            return []  # Oscar's free / no-shipping-required: nothing charged to split
        raise
    groups = group_basket(basket, service)
    parts = [
        OrderShippingPart(
            order=order,
            partner=group.partner,
            service=group.chosen.service,
            weight_grams=group.weight_grams,
            parcels=group.parcels,
            shipping_charge=group.shipping_charge,
            is_free=group.chosen.is_free,
            goods_total=group.subtotal,
            vat=group.vat,
            lead_time_days=group.lead_time_days,
        )
        for group in groups
        if group.chosen is not None
    ]
    total = sum((part.shipping_charge for part in parts), ZERO)
    if total != order.shipping_incl_tax:
        raise ShippingMismatch(
            f"order {order.number}: shipping {order.shipping_incl_tax} but the enterprise "
            f"parts add up to {total}"
        )
    with transaction.atomic():
        return OrderShippingPart.objects.bulk_create(parts)
