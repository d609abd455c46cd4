"""A synthetic catalogue of any size, grown from the demo products (``load_demo_data --products``).

Search has to stay fast with thousands of listings, and 55 demo products say
nothing about that. This module multiplies the demo catalogue: every synthetic
product is a variation of a real demo product (its Thai and English title plus
a colour, pattern, flavour or size, its enterprise, village, categories,
materials and certifications), with prices spread over every price range,
stock levels from sold out to plenty, some made to order and some curator
boost, so searches, facets and sorts see a realistic spread of values.

Synthetic products are marked as such: the UPC starts with :data:`UPC_PREFIX`
and the descriptions end with a note. They have no images (Oscar shows its
"no image" tile) and are written with ``bulk_create``: no ``save()``, no
signals, so realtime indexing never sees them. Run ``manage.py
search_rebuild`` afterwards.

Each product is derived only from its number (a seeded random generator), so a
load is idempotent and a larger size only adds: product ``SYN-000042`` is the
same whatever size it was created with.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.test.utils import override_settings
from oscar.core.loading import get_model

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
Certification = get_model("catalogue", "Certification")
StockRecord = get_model("partner", "StockRecord")

#: UPC prefix of synthetic products (the demo's are "DEMO-").
UPC_PREFIX = "SYN-"
#: Rows per INSERT (SQLite splits further by its variable limit).
BATCH_SIZE = 500

NOTE_TH = (
    "<p><em>สินค้าสังเคราะห์: สร้างจากสินค้าสาธิตเพื่อทดสอบความเร็วของการค้นหา "
    "ไม่ใช่สินค้าจริง</em></p>"
)
NOTE_EN = (
    "<p><em>Synthetic listing: generated from the demo products to test search "
    "performance; not a real product.</em></p>"
)

#: (Thai, English) variations per top-level category code. Words the demo already uses
#: (คราม, ลายขิด, สมุนไพร ...) so that searches for them reach synthetic products too.
COLOURS = [
    ("สีแดง", "red"), ("สีคราม", "indigo"), ("สีขาว", "white"), ("สีดำ", "black"),
    ("สีเขียว", "green"), ("สีเหลือง", "yellow"), ("สีชมพู", "pink"), ("สีม่วง", "purple"),
    ("สีน้ำตาล", "brown"), ("สีทอง", "gold"), ("สีฟ้า", "sky blue"), ("สีส้ม", "orange"),
]
PATTERNS = [
    ("ลายดอก", "floral pattern"), ("ลายขิด", "khit pattern"), ("ลายนาค", "naga pattern"),
    ("ลายตาราง", "check pattern"), ("ลายริ้ว", "striped"), ("ลายช้าง", "elephant pattern"),
    ("ลายดอกกระเจียว", "Siam-tulip motif"), ("ลายมัดหมี่", "mudmee pattern"),
    ("ลายเรียบ", "plain"),
]
FLAVOURS = [
    ("รสดั้งเดิม", "original flavour"), ("รสเผ็ด", "spicy"), ("รสหวาน", "sweet"),
    ("สูตรน้ำตาลน้อย", "less sugar"), ("รสสมุนไพร", "herbal flavour"), ("รสกะทิ", "coconut"),
    ("รสงา", "sesame"), ("รสน้ำผึ้ง", "honey"),
]
SIZES = [
    ("ขนาดเล็ก", "small"), ("ขนาดกลาง", "medium"), ("ขนาดใหญ่", "large"),
    ("ชุดของขวัญ", "gift set"), ("แพ็กคู่", "twin pack"), ("แพ็กครอบครัว", "family pack"),
]
SCENTS = [
    ("กลิ่นตะไคร้", "lemongrass scent"), ("กลิ่นมะลิ", "jasmine scent"),
    ("กลิ่นมะกรูด", "kaffir lime scent"), ("กลิ่นขมิ้น", "turmeric"),
    ("กลิ่นไพล", "plai"), ("ไม่มีกลิ่น", "unscented"),
]
VARIATIONS = {
    "textiles-apparel": (COLOURS, PATTERNS),
    "household-decor-souvenirs": (COLOURS, PATTERNS, SIZES),
    "food": (FLAVOURS, SIZES),
    "beverages": (FLAVOURS, SIZES),
    "herbal-non-food": (SCENTS, SIZES),
}
DEFAULT_VARIATIONS = (COLOURS, SIZES)

#: Price ranges in THB (every search facet range gets products) and their shares.
PRICE_BANDS = [((20, 200), 25), ((200, 500), 30), ((500, 1000), 20), ((1000, 2000), 15),
               ((2000, 12000), 10)]
#: Shares (out of 100) of sold-out, made-to-order and curator-boosted products.
SOLD_OUT, MADE_TO_ORDER, BOOSTED = 10, 8, 6


@dataclass
class SyntheticSummary:
    created: int
    synthetic: int
    total: int
    stockrecords: int
    certifications: int
    seconds: float

    def __str__(self):
        rate = self.created / self.seconds if self.seconds > 0 else 0
        return (
            f"Synthetic catalogue: created {self.created} products ({self.stockrecords} stock "
            f"records, {self.certifications} certifications) in {self.seconds:.1f} s "
            f"({rate:.0f} products/s); {self.synthetic} synthetic, {self.total} products in all"
        )


@dataclass(frozen=True)
class _Base:
    """What a synthetic product copies from a demo product."""

    product: object
    top: str
    category_ids: tuple[int, ...]
    village: str
    village_en: str
    certifications: tuple


def load_synthetic(total: int, progress: Callable[[int], object] | None = None):
    """Add synthetic products until the catalogue holds ``total`` products in all.

    Products already there (demo, synthetic, real) count; nothing is ever
    deleted, so a smaller ``total`` creates nothing. Needs the demo products
    (or any browsable product) to derive from.
    """
    started = time.monotonic()
    existing = Product.objects.count()
    wanted = max(0, total - existing)
    created = stockrecords = certifications = 0
    if wanted:
        bases = _bases()
        if not bases:
            raise ValueError("no products to derive synthetic ones from; load the demo first")
        taken = set(
            Product.objects.filter(upc__startswith=UPC_PREFIX).values_list("upc", flat=True)
        )
        numbers = _free_numbers(taken, wanted)
        with override_settings(SHOP_SEARCH_REALTIME=False), transaction.atomic():
            for start in range(0, len(numbers), BATCH_SIZE):
                chunk = numbers[start : start + BATCH_SIZE]
                rows = [_build(number, bases) for number in chunk]
                counts = _write(rows)
                created += counts[0]
                stockrecords += counts[1]
                certifications += counts[2]
                if progress is not None:
                    progress(len(chunk))
    return SyntheticSummary(
        created=created,
        synthetic=Product.objects.filter(upc__startswith=UPC_PREFIX).count(),
        total=Product.objects.count(),
        stockrecords=stockrecords,
        certifications=certifications,
        seconds=time.monotonic() - started,
    )


def upc(number: int) -> str:
    return f"{UPC_PREFIX}{number:06d}"


def _free_numbers(taken: set[str], wanted: int) -> list[int]:
    """The ``wanted`` lowest product numbers whose UPC is not taken yet."""
    numbers, number = [], 0
    while len(numbers) < wanted:
        number += 1
        if upc(number) not in taken:
            numbers.append(number)
    return numbers


def _bases() -> list[_Base]:
    """Browsable non-synthetic products with their categories, village and certifications."""
    products = (
        Product.objects.browsable()
        .exclude(upc__startswith=UPC_PREFIX)
        .select_related("enterprise__village")
        .prefetch_related("categories", "certifications")
        .order_by("upc", "pk")
    )
    roots = {root.path: root.code or root.slug for root in Category.get_root_nodes()}
    bases = []
    for product in products:
        categories = list(product.categories.all())
        village = product.enterprise.village if product.enterprise else None
        top = roots.get(categories[0].path[: Category.steplen], "") if categories else ""
        bases.append(
            _Base(
                product=product,
                top=top,
                category_ids=tuple(category.pk for category in categories),
                village=village.title if village else "",
                village_en=village.title_en if village else "",
                certifications=tuple(
                    cert for cert in product.certifications.all() if cert.status != "rejected"
                ),
            )
        )
    return bases


def _price(rng: random.Random) -> Decimal:
    """A shop-like price (ending in 9 or 0) in a band chosen by :data:`PRICE_BANDS`."""
    bands = [band for band, _ in PRICE_BANDS]
    low, high = rng.choices(bands, weights=[share for _, share in PRICE_BANDS])[0]
    value = rng.randrange(low, high)
    value = max(low, value - value % 10 + rng.choice((0, 9)))
    return Decimal(min(value, high - 1))


def _build(number: int, bases: list[_Base]) -> dict:
    """The rows of synthetic product ``number`` (a pure function of the number)."""
    rng = random.Random(f"chumchon-synthetic-{number}")
    base = bases[(number - 1) % len(bases)]
    source = base.product
    picks = [rng.choice(options) for options in VARIATIONS.get(base.top, DEFAULT_VARIATIONS)]
    words_th = " ".join(th for th, _ in picks)
    words_en = ", ".join(en for _, en in picks)
    title = f"{source.title} {words_th}"
    if base.village and base.village not in title and rng.random() < 0.5:
        title = f"{title} {base.village}"
    title_en = f"{source.title_en or source.title}, {words_en}"
    maker = source.enterprise
    line_th = f"<p>รุ่น{words_th} ผลิตโดย{maker.name}"
    line_th += f" {base.village}</p>" if base.village else "</p>"
    line_en = f"<p>The {words_en} edition, made by {maker.name_en or maker.name}"
    line_en += f" in {base.village_en}.</p>" if base.village_en else ".</p>"
    made_to_order = rng.randrange(100) < MADE_TO_ORDER
    sold_out = not made_to_order and rng.randrange(100) < SOLD_OUT
    product = Product(
        structure=Product.STANDALONE,
        is_public=True,
        upc=upc(number),
        title=title[:255],
        title_en=title_en[:255],
        slug=f"{source.slug}-syn-{number}"[:255],
        description=f"{source.description}{line_th}{NOTE_TH}",
        description_en=f"{source.description_en}{line_en}{NOTE_EN}",
        priority=rng.randint(1, 20) if rng.randrange(100) < BOOSTED else 0,
        product_class_id=source.product_class_id,
        enterprise_id=source.enterprise_id,
        short_description=source.short_description,
        short_description_en=source.short_description_en,
        materials=source.materials,
        materials_en=source.materials_en,
        care_instructions=source.care_instructions,
        care_instructions_en=source.care_instructions_en,
        production_days=source.production_days,
        made_to_order=made_to_order,
        lead_time_days=rng.randint(7, 45) if made_to_order else None,
        weight_grams=source.weight_grams,
        length_cm=source.length_cm,
        width_cm=source.width_cm,
        height_cm=source.height_cm,
    )
    stock = 0 if sold_out else (rng.randint(1, 3) if made_to_order else rng.randint(1, 120))
    stockrecord = {
        "partner_id": source.enterprise_id,
        "partner_sku": upc(number),
        "price_currency": "THB",
        "price": _price(rng),
        "num_in_stock": stock,
        "num_allocated": 0,
    }
    certifications = []
    for template in base.certifications:
        if rng.random() < 0.7:
            pending = rng.randrange(100) < 5
            certifications.append(
                {
                    "kind": template.kind,
                    "number": template.number,
                    "issuer": template.issuer,
                    "star_level": template.star_level,
                    "issued_on": template.issued_on,
                    "expires_on": template.expires_on,
                    "status": "pending" if pending else template.status,
                    "verified_by_id": None if pending else template.verified_by_id,
                    "verified_at": None if pending else template.verified_at,
                    "verification_note": template.verification_note,
                }
            )
    return {
        "product": product,
        "category_ids": base.category_ids,
        "stockrecord": stockrecord,
        "certifications": certifications,
    }


def _write(rows: list[dict]) -> tuple[int, int, int]:
    """Insert one batch: products, then their categories, stock records, certifications."""
    products = Product.objects.bulk_create([row["product"] for row in rows])
    if any(product.pk is None for product in products):
        # A database that does not return ids from bulk inserts: look them up by UPC.
        ids = dict(
            Product.objects.filter(upc__in=[p.upc for p in products]).values_list("upc", "pk")
        )
        for product in products:
            product.pk = product.id = ids[product.upc]
    links, records, certificates = [], [], []
    for product, row in zip(products, rows, strict=True):
        links += [
            ProductCategory(product_id=product.pk, category_id=pk) for pk in row["category_ids"]
        ]
        records.append(StockRecord(product_id=product.pk, **row["stockrecord"]))
        certificates += [
            Certification(product_id=product.pk, **values) for values in row["certifications"]
        ]
    ProductCategory.objects.bulk_create(links)
    StockRecord.objects.bulk_create(records)
    Certification.objects.bulk_create(certificates)
    return len(products), len(records), len(certificates)
