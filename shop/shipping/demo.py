"""Shipping settings of some demo enterprises (invented, like the enterprises).

Called by the demo loader after the enterprises exist (``load_demo_shipping()``);
idempotent: it sets the same values on every run and skips codes it cannot find.
"""

from decimal import Decimal

from oscar.core.loading import get_model

#: code → (free shipping from, THB, or None; sends by EMS; sends by registered parcel).
DEMO_SHIPPING = {
    "ban-phon-praewa-silk": (Decimal("1500.00"), True, True),
    "ban-khwao-farm-housewives": (Decimal("500.00"), True, True),
    # Fragile pottery goes by EMS only.
    "ko-kret-pottery": (None, True, False),
    "ban-chiang-pottery": (Decimal("2000.00"), True, False),
    "on-tai-organic": (Decimal("800.00"), True, True),
}


def load_demo_shipping() -> int:
    """Give the demo enterprises their shipping settings; returns how many were set."""
    Partner = get_model("partner", "Partner")
    updated = 0
    for code, (threshold, ems, registered) in DEMO_SHIPPING.items():
        updated += Partner.objects.filter(code=code).update(
            free_shipping_threshold=threshold, ships_ems=ems, ships_registered=registered
        )
    return updated
