"""Stock allocation for orders that never oversells, and its release.

Oscar's ``StockRecord.allocate()`` adds to ``num_allocated`` without looking at what
is left, and ``place_order()`` does not check again (DESIGN.md §6: one unit, two
orders, stock −1). Here each order line takes its units with ONE conditional UPDATE::

    UPDATE partner_stockrecord SET num_allocated = COALESCE(num_allocated, 0) + n
     WHERE id = … AND num_in_stock >= COALESCE(num_allocated, 0) + n

run inside the order's transaction. On PostgreSQL a second buyer's UPDATE waits for
the first one's row lock and then re-checks the WHERE against the committed row, so
two buyers can never both take the last unit and ``num_in_stock - num_allocated``
never goes below zero. When the UPDATE touches no row the line is out of stock:
:class:`OutOfStock` names it and what is left, and the whole order rolls back (the
buyer is charged nothing: payment comes after placement).

Which lines hold stock:

- products whose class tracks stock (Oscar's ``track_stock``), as Oscar does;
- a *made-to-order* product (``Product.made_to_order``) is made after the order, so
  its stock record counts how many the enterprise has agreed to make (its capacity
  for open orders): when ``num_in_stock`` is set it is allocated exactly like stock,
  when it is empty (NULL) the enterprise takes any number and nothing is allocated.
  A ready-made product with an empty ``num_in_stock`` has nothing to sell (Oscar's
  own reading of NULL stock).

Lines that hold nothing get ``num_allocated = 0``, so :func:`release` gives back only
what was taken. A released line is marked ``allocation_cancelled`` (Oscar's own flag)
by a conditional update, so releasing twice, or from two processes at once (expiry
command and webhook), gives the stock back once.
"""

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce, Least
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

StockRecord = get_model("partner", "StockRecord")
Line = get_model("order", "Line")


class OutOfStock(Exception):
    """A line asks for more than its stock record has left; nothing was allocated."""

    def __init__(self, line_title: str, available: int):
        self.line_title = line_title
        self.available = max(int(available), 0)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """What the buyer reads (in the active language)."""
        if self.available == 0:
            return _("Sorry, “%(title)s” has just sold out.") % {"title": self.line_title}
        return _(
            "Sorry, only %(available)d of “%(title)s” are left. Please change the quantity "
            "in your basket."
        ) % {"title": self.line_title, "available": self.available}


def holds_stock(line) -> bool:
    """True when ``line`` (an order line) must take units from its stock record."""
    stockrecord = line.stockrecord
    if stockrecord is None or not line.product.get_product_class().track_stock:
        return False
    if getattr(line.product, "made_to_order", False) and stockrecord.num_in_stock is None:
        return False
    return True


def allocate(lines) -> None:
    """Take each order line's units from its stock record or raise :class:`OutOfStock`.

    Must run inside the transaction that creates the order, so an ``OutOfStock`` on a
    later line rolls back the units taken for earlier ones. Lines are allocated in
    stock-record order so concurrent orders lock rows in the same order (no deadlock).
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("allocate() must run inside the order's transaction")
    lines = sorted(lines, key=lambda line: (line.stockrecord_id or 0, line.pk))
    held_nothing = []
    for line in lines:
        if not holds_stock(line):
            held_nothing.append(line.pk)
            continue
        _take(line)
    if held_nothing:
        Line.objects.filter(pk__in=held_nothing).update(num_allocated=0)


def _take(line) -> None:
    quantity = line.quantity
    stockrecord = line.stockrecord
    stockrecord.pre_save_signal()
    taken = (
        StockRecord.objects.filter(pk=stockrecord.pk)
        .filter(num_in_stock__gte=Coalesce(F("num_allocated"), 0) + quantity)
        .update(num_allocated=Coalesce(F("num_allocated"), 0) + quantity)
    )
    if not taken:
        raise OutOfStock(line.title, available_units(stockrecord.pk))
    stockrecord.refresh_from_db(fields=["num_in_stock", "num_allocated"])
    # Oscar's receivers (low-stock alerts) and our search index listen to post_save.
    stockrecord.post_save_signal()


def available_units(stockrecord_id) -> int:
    """Units a buyer can still order from a stock record (never negative)."""
    row = (
        StockRecord.objects.filter(pk=stockrecord_id)
        .values_list("num_in_stock", "num_allocated")
        .first()
    )
    if row is None or row[0] is None:
        return 0
    return max(row[0] - (row[1] or 0), 0)


def release(order) -> int:
    """Give back the stock ``order`` holds, once; returns how many units went back.

    Idempotent: each line is claimed by a conditional update of its
    ``allocation_cancelled`` flag, so a second call (or a concurrent one) finds nothing
    to claim and gives nothing back.
    """
    returned = 0
    with transaction.atomic():
        lines = (
            order.lines.filter(allocation_cancelled=False)
            .select_related("stockrecord")
            .order_by("stockrecord_id", "pk")
        )
        for line in lines:
            claimed = Line.objects.filter(
                pk=line.pk, allocation_cancelled=False, num_allocated=line.num_allocated
            ).update(allocation_cancelled=True, num_allocated=0)
            if not claimed or not line.num_allocated or line.stockrecord is None:
                continue
            _give_back(line.stockrecord, line.num_allocated)
            returned += line.num_allocated
    return returned


def _give_back(stockrecord, quantity: int) -> None:
    stockrecord.pre_save_signal()
    current = Coalesce(F("num_allocated"), 0)
    StockRecord.objects.filter(pk=stockrecord.pk).update(
        num_allocated=current - Least(current, quantity)
    )
    stockrecord.refresh_from_db(fields=["num_in_stock", "num_allocated"])
    stockrecord.post_save_signal()
