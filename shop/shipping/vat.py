"""Thai VAT (ภาษีมูลค่าเพิ่ม, 7%) inside VAT-inclusive prices.

Consumer prices on the marketplace include VAT. The VAT part of an inclusive amount
is amount × 7/107, rounded half up to the satang. Only a VAT-registered enterprise
charges VAT; for the others there is no VAT part at all (docs/checkout.md).
"""

from decimal import ROUND_HALF_UP, Decimal

VAT_RATE = Decimal("7")
SATANG = Decimal("0.01")


def vat_part(amount_incl_vat) -> Decimal:
    """The VAT contained in a VAT-inclusive amount in THB, rounded to the satang."""
    amount = Decimal(amount_incl_vat)
    return (amount * VAT_RATE / (100 + VAT_RATE)).quantize(SATANG, rounding=ROUND_HALF_UP)


def vat_part_for(partner, amount_incl_vat) -> Decimal | None:
    """The VAT part an enterprise charges on an amount, or None when it is not registered."""
    if not partner.vat_registered:
        return None
    return vat_part(amount_incl_vat)
