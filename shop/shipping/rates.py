"""Thailand Post rates read from a CSV table, so new published rates need no code change.

The table (``shop/shipping/data/thailand_post.csv`` unless ``SHOP_SHIPPING_RATES_FILE``
names another) lists weight bands per service. A parcel costs the price of the first
band whose ``max_weight_grams`` it does not exceed; a shipment heavier than the largest
band goes as several parcels: as many full parcels of the largest band as needed, plus
one parcel for the rest.
"""

import csv
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _

DEFAULT_FILE = Path(__file__).parent / "data" / "thailand_post.csv"
HEADER = ["service", "max_weight_grams", "price_thb"]

EMS = "ems"
REGISTERED = "registered"
#: The services, in the order buyers see them, with their names.
SERVICES = {
    EMS: _("EMS (express)"),
    REGISTERED: _("Registered parcel"),
}


class RateTableError(ValueError):
    """The rate table file is wrong; the message names the file and line."""


@dataclass(frozen=True)
class Band:
    max_weight_grams: int
    price: Decimal


@dataclass(frozen=True)
class Quote:
    """What sending ``weight_grams`` by one service costs."""

    service: str
    weight_grams: int
    parcels: int
    charge: Decimal


class RateTable:
    def __init__(self, bands: dict[str, list[Band]]):
        self.bands = bands

    @property
    def services(self) -> list[str]:
        return [code for code in SERVICES if code in self.bands]

    def max_parcel_grams(self, service: str) -> int:
        return self.bands[service][-1].max_weight_grams

    def parcel_price(self, service: str, grams: int) -> Decimal:
        """The price of one parcel of ``grams`` (at most the largest band)."""
        for band in self.bands[service]:
            if grams <= band.max_weight_grams:
                return band.price
        raise ValueError(f"{grams} g is above the largest {service} band")

    def quote(self, service: str, weight_grams: int) -> Quote:
        """Parcels and charge for ``weight_grams``, split into parcels when too heavy."""
        largest = self.max_parcel_grams(service)
        full, rest = divmod(max(weight_grams, 0), largest)
        charge = full * self.parcel_price(service, largest)
        parcels = full
        if rest or not full:
            charge += self.parcel_price(service, rest)
            parcels += 1
        return Quote(service, weight_grams, parcels, charge)


def load(path) -> RateTable:
    """Read and check a rate table; a wrong file raises RateTableError naming the line."""
    path = Path(path)
    bands: dict[str, list[Band]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header_seen = False
        for row in rows:
            number = rows.line_num
            if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                continue
            row = [cell.strip() for cell in row]
            if not header_seen:
                if row != HEADER:
                    raise RateTableError(
                        f"{path}, line {number}: the header must be {','.join(HEADER)}"
                    )
                header_seen = True
                continue
            service, band = _parse_row(path, number, row)
            previous = bands.setdefault(service, [])
            if previous and band.max_weight_grams <= previous[-1].max_weight_grams:
                raise RateTableError(
                    f"{path}, line {number}: {service} bands must go from the lightest up "
                    f"({band.max_weight_grams} g after {previous[-1].max_weight_grams} g)"
                )
            if previous and band.price < previous[-1].price:
                raise RateTableError(
                    f"{path}, line {number}: a heavier {service} band costs less than a "
                    f"lighter one ({band.price} after {previous[-1].price})"
                )
            previous.append(band)
    if not bands:
        raise RateTableError(f"{path}: no rates (expected a header and one row per band)")
    return RateTable(bands)


def _parse_row(path, number, row) -> tuple[str, Band]:
    if len(row) != len(HEADER):
        raise RateTableError(f"{path}, line {number}: expected 3 values, found {len(row)}")
    service, grams, price = row
    if service not in SERVICES:
        known = ", ".join(SERVICES)
        raise RateTableError(f"{path}, line {number}: unknown service {service!r} ({known})")
    try:
        grams = int(grams)
    except ValueError:
        raise RateTableError(
            f"{path}, line {number}: max_weight_grams {grams!r} is not a whole number"
        ) from None
    if grams <= 0:
        raise RateTableError(f"{path}, line {number}: max_weight_grams must be above 0")
    try:
        amount = Decimal(price)
    except InvalidOperation:
        raise RateTableError(f"{path}, line {number}: price {price!r} is not a number") from None
    if not amount.is_finite() or amount < 0 or amount.as_tuple().exponent < -2:
        raise RateTableError(
            f"{path}, line {number}: price {price!r} must be baht with at most 2 decimals"
        )
    return service, Band(grams, amount.quantize(Decimal("0.01")))


@cache
def _load_cached(path: str) -> RateTable:
    return load(path)


def rate_table() -> RateTable:
    """The configured rate table, read once per process."""
    return _load_cached(str(settings.SHOP_SHIPPING_RATES_FILE or DEFAULT_FILE))
