"""System check: the Thailand Post rate table reads cleanly (``manage.py check``, start-up)."""

from django.core import checks

from shop.shipping.rates import RateTableError, rate_table


@checks.register()
def check_rate_table(app_configs=None, **kwargs):
    try:
        rate_table()
    except (OSError, RateTableError) as exc:
        return [
            checks.Error(
                f"The Thailand Post rate table cannot be used: {exc}",
                hint="Fix the file (see docs/checkout.md) or SHOP_SHIPPING_RATES_FILE.",
                id="shop.shipping.E001",
            )
        ]
    return []
