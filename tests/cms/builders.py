"""Small, explicit builders for a storefront with pages, categories and products.

Shared by the cms, i18n and browser tests (import them; they are plain functions, so
each test says what it needs). Thai is the plain field, English the ``*_en`` one.
"""

import io
from decimal import Decimal

from django.core.files.base import ContentFile
from oscar.core.loading import get_model
from oscar.test.factories import create_product
from PIL import Image
from wagtail.models import Page, Site

from cms.models import HomePage, VillageIndexPage, VillagePage

Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")


def build_home_page(**fields):
    """A live HomePage as the default Wagtail site's root (replacing Wagtail's welcome page)."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()  # Wagtail's welcome page; its Site goes with it
    defaults = {
        "title": "ตลาดชุมชน",
        "slug": "home",
        "intro": "สินค้าฝีมือชาวบ้านจากวิสาหกิจชุมชนทั่วไทย",
        "intro_en": "Handmade goods from community enterprises all over Thailand",
    }
    home = root.add_child(instance=HomePage(**{**defaults, **fields}))
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True,
        site_name="Chumchon Market",
    )  # fmt: skip
    return home


def build_village(home, **fields):
    """A live VillagePage under the (created on demand) village index of ``home``."""
    index = VillageIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=VillageIndexPage(title="หมู่บ้าน", slug="villages"))
    defaults = {
        "title": "บ้านนาต้นจั่น",
        "title_en": "Ban Na Ton Chan",
        "slug": "ban-na-ton-chan",
        "tambon": "บ้านตึก",
        "amphoe": "ศรีสัชนาลัย",
        "changwat": "สุโขทัย",
        "changwat_en": "Sukhothai",
        "is_civ": True,
        "known_for": "ผ้าทอมือตีนจก",
        "known_for_en": "Hand-woven teen jok cloth",
        "story": "<p>ชาวบ้านทอผ้าตีนจกสืบทอดกันมาหลายชั่วอายุคน</p>",
        "story_en": "<p>Villagers have woven teen jok cloth for generations.</p>",
    }
    return index.add_child(instance=VillagePage(**{**defaults, **fields}))


def build_category(name, name_en, slug, parent=None):
    """A public OTOP category (a root one unless ``parent`` is given)."""
    fields = {"name": name, "name_en": name_en, "slug": slug, "is_public": True}
    if parent is None:
        return Category.add_root(**fields)
    return parent.add_child(**fields)


def build_enterprise(village=None, **fields):
    """A community enterprise (Oscar partner) of ``village``."""
    defaults = {
        "name": "กลุ่มทอผ้าบ้านนาต้นจั่น",
        "name_en": "Ban Na Ton Chan Weaving Group",
        "code": "ban-na-ton-chan-weaving",
        "status": "approved",
    }
    return Partner.objects.create(village=village, **{**defaults, **fields})


def jpeg_bytes(size=(320, 240), colour=(156, 39, 6)):
    """A small real JPEG (so sorl-thumbnail can make thumbnails of it)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()


def build_product(enterprise, category=None, image=False, price="450.00", **fields):
    """A public product sold by ``enterprise`` with stock, optionally with a JPEG image."""
    defaults = {
        "title": "ผ้าซิ่นตีนจก",
        "title_en": "Teen jok sarong",
        "slug": "teen-jok-sarong",
        "description": "ผ้าซิ่นทอมือ ลายโบราณ",
        "description_en": "A hand-woven sarong with an old pattern.",
    }
    fields.setdefault("enterprise", enterprise)
    product = create_product(product_class="สินค้าชุมชน", **{**defaults, **fields})
    product.stockrecords.create(
        partner=enterprise, partner_sku=f"SKU-{product.pk}", price=Decimal(price), num_in_stock=10
    )
    if category is not None:
        ProductCategory.objects.create(product=product, category=category)
    if image:
        picture = ProductImage(product=product, caption=product.title, display_order=0)
        picture.original.save(f"product-{product.pk}.jpg", ContentFile(jpeg_bytes()))
    return product


def build_storefront():
    """Home page, two OTOP root categories, one CIV village with an enterprise and a
    product (with an image) in the first category. Returns the objects by name."""
    home = build_home_page()
    village = build_village(home)
    textiles = build_category("ผ้าและเครื่องแต่งกาย", "Textiles and clothing", "textiles")
    food = build_category("อาหาร", "Food", "food")
    enterprise = build_enterprise(village)
    product = build_product(enterprise, category=textiles, image=True)
    return {
        "home": home,
        "village": village,
        "categories": [textiles, food],
        "enterprise": enterprise,
        "product": product,
    }
