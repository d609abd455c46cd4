"""Expire orders nobody paid for in time and give their stock back.

Run it every few minutes (cron or a periodic task). Idempotent: an order already
expired, or paid meanwhile, is left alone.
"""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from shop.payment import services


class Command(BaseCommand):
    help = "Expire pending-payment orders older than SHOP_PAYMENT_TIMEOUT_MINUTES; release stock."

    def handle(self, *args, **options):
        orders = list(services.overdue_orders())
        expired = kept = 0
        progress = tqdm(orders, desc="orders", unit="order", disable=not orders,
                        file=self.stderr)
        for order in progress:
            if services.expire_order(order):
                expired += 1
            else:
                kept += 1
        self.stdout.write(
            f"expire_unpaid_orders: {len(orders)} overdue, {expired} expired "
            f"(stock released), {kept} left as they were"
        )
