"""Builders for the product-page, enterprise-page and visibility tests.

The storefront comes from tests/cms/builders.py (an approved enterprise in a CIV
village); these add certifications, variants and seller text.
"""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import translation
from oscar.core.loading import get_model
from oscar.test.factories import create_product

from tests.cms.builders import jpeg_bytes

Product = get_model("catalogue", "Product")
Certification = get_model("catalogue", "Certification")
Partner = get_model("partner", "Partner")

#: Seller text that would run script if a page rendered it as it is.
XSS_HTML = (
    "<p>ทอมือ</p><script>alert(1)</script>"
    "<img src=x onerror=alert(1)>"
    '<a href="javascript:alert(1)">x</a>'
)


def thai(url_of):
    with translation.override("th"):
        return url_of()


def english(url_of):
    with translation.override("en"):
        return url_of()


def certify(product, **fields):
    """A certification of ``product``, verified and valid unless told otherwise."""
    defaults = {
        "kind": Certification.Kind.TCPS,
        "number": "มผช. 18/2566",
        "issuer": "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม",
        "status": Certification.Status.VERIFIED,
        "expires_on": datetime.date(2099, 1, 1),
    }
    return Certification.objects.create(product=product, **{**defaults, **fields})


def give_logo(enterprise):
    enterprise.logo.save(f"logo-{enterprise.pk}.jpg", ContentFile(jpeg_bytes((64, 64))))
    return enterprise


def build_parent_with_variants(enterprise, count=3, slug="sarong-set"):
    """A public parent product with ``count`` priced public variants, all the enterprise's."""
    parent = create_product(
        product_class="สินค้าชุมชน", structure=Product.PARENT, title="ผ้าซิ่นหลายสี",
        title_en="Sarong in colours", slug=slug, enterprise=enterprise,
    )  # fmt: skip
    children = []
    for number in range(count):
        child = Product.objects.create(
            parent=parent, structure=Product.CHILD, title=f"สีที่ {number}",
            slug=f"{slug}-{number}", enterprise=enterprise,
        )  # fmt: skip
        child.stockrecords.create(
            partner=enterprise, partner_sku=f"{slug}-{number}", price=Decimal("500.00"),
            num_in_stock=3,
        )  # fmt: skip
        children.append(child)
    return parent, children
