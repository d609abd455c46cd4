"""Order placement for the marketplace (fork of Oscar's ``order.utils``).

The order is written as *pending payment* (``OSCAR_INITIAL_ORDER_STATUS``) before the
buyer pays, and its stock is taken by :mod:`shop.order.allocation` inside the same
transaction instead of Oscar's ``StockRecord.allocate()``, which oversells. The
per-enterprise order parts (shipping engineer's ``record_order_parts``) and the
tax-invoice request are written in that transaction too, so an out-of-stock line
leaves nothing behind.
"""

from django.db import transaction
from oscar.apps.order.utils import OrderCreator as CoreOrderCreator
from oscar.apps.order.utils import OrderNumberGenerator as CoreOrderNumberGenerator

from shop.order import allocation
from shop.shipping.enterprise import record_order_parts


class OrderNumberGenerator(CoreOrderNumberGenerator):
    """Oscar's numbers (100000 + basket id) as the string ``Order.number`` stores: the
    signed links (shop.order.links) compare the number they carry with the saved one."""

    def order_number(self, basket):
        return str(super().order_number(basket))


class OrderCreator(CoreOrderCreator):
    """Oscar's order creator with stock taken by a conditional update per line.

    ``place_order`` raises :class:`shop.order.allocation.OutOfStock` (and writes
    nothing) when a line asks for more than is left.
    """

    def place_order(self, basket, total, shipping_method, shipping_charge, **kwargs):
        #: Saved by the checkout with the order (see shop.checkout.views).
        tax_invoice = kwargs.pop("tax_invoice", None)
        self._order_lines = {}
        with transaction.atomic():
            order = super().place_order(basket, total, shipping_method, shipping_charge, **kwargs)
            record_order_parts(order, basket, shipping_method)
            if tax_invoice is not None:
                tax_invoice.order = order
                tax_invoice.save()
        return order

    def create_line_models(self, order, basket_line, extra_line_fields=None):
        order_line = super().create_line_models(order, basket_line, extra_line_fields)
        self._order_lines[basket_line.pk] = order_line
        return order_line

    def update_stock_records(self, line):
        """Called by Oscar per basket line, in stock-record order, after the order lines
        exist: take the units of the matching order line (or raise OutOfStock)."""
        order_line = self._order_lines[line.pk]
        order_line.stockrecord = line.stockrecord
        order_line.product = line.product
        allocation.allocate([order_line])
