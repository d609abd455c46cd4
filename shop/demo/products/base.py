"""The shape of a demo product listing and the note every listing carries."""

from dataclasses import dataclass
from decimal import Decimal

from shop.demo import ILLUSTRATIVE

DEMO_NOTE_TH = (
    f"<p><em>ข้อมูลสาธิต: ชื่อกลุ่มผู้ผลิต ราคา และรายละเอียดสินค้าเป็นตัวอย่างประกอบ "
    f"{ILLUSTRATIVE}</em></p>"
)
DEMO_NOTE_EN = (
    f"<p><em>Demo listing: the enterprise, price and product details are illustrative "
    f"{ILLUSTRATIVE}.</em></p>"
)


@dataclass(frozen=True)
class DemoProduct:
    """One standalone product sold by one enterprise. ``upc`` is the natural key."""

    upc: str
    slug: str
    #: Category code (see ``shop.demo.categories``).
    category: str
    #: Partner code (see ``shop.demo.enterprises``).
    enterprise: str
    title: str
    title_en: str
    #: Consumer price in THB, VAT included.
    price: Decimal
    #: Thai description: two or three plain sentences, no markup.
    about: str
    about_en: str
    #: Accent colour of the illustrative image (hex), e.g. the colour of the cloth.
    accent: str = ""
    #: Motif of the illustrative image when the category's does not fit (see ``MOTIFS``).
    motif: str = ""

    @property
    def description(self):
        return f"<p>{self.about}</p>{DEMO_NOTE_TH}"

    @property
    def description_en(self):
        return f"<p>{self.about_en}</p>{DEMO_NOTE_EN}"

    @property
    def num_in_stock(self):
        """A stable stock level between 5 and 50, derived from the UPC."""
        number = int("".join(ch for ch in self.upc if ch.isdigit()) or 0)
        return 5 + (number * 7) % 46


def variants(base, options):
    """Copies of ``base`` that differ in a variant (colour, size, flavour).

    ``options`` holds (upc, slug suffix, Thai title suffix, English title suffix,
    accent colour or "", price or None).
    """
    products = []
    for upc, slug_suffix, th_suffix, en_suffix, accent, price in options:
        products.append(
            DemoProduct(
                upc=upc,
                slug=f"{base.slug}-{slug_suffix}",
                category=base.category,
                enterprise=base.enterprise,
                title=f"{base.title} {th_suffix}",
                title_en=f"{base.title_en}, {en_suffix}",
                price=base.price if price is None else Decimal(price),
                about=base.about,
                about_en=base.about_en,
                accent=accent or base.accent,
                motif=base.motif,
            )
        )
    return products
