"""Small, explicit builders for a storefront with pages, categories and products.

Shared by the cms, catalogue, i18n and browser tests (import them; they are plain
functions, so each test says what it needs).

Pages are Thai and published: publishing a Thai page gives it an English *alias*
(``cms/translation.py``), the English page a reader falls back to until an editor
translates it. :func:`translate` does what the editor does — "Convert to ordinary page",
English words, publish. Catalogue models keep Thai in the plain field and English in
the ``*_en`` one.
"""

import io
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from oscar.core.loading import get_model
from oscar.test.factories import create_product
from PIL import Image
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.models import (
    CollectionIndexPage,
    CollectionPage,
    CollectionProduct,
    CollectionVillage,
    HomePage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
    VillageIndexPage,
    VillagePage,
)

Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")


# Pages and their translations --------------------------------------------------------


def publish(page):
    """Publish ``page`` as an editor would (a revision, then publication), which also
    gives a Thai page its English alias. Returns the page as now stored."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def english(page):
    """The English version of ``page``: its alias until :func:`translate`, then its translation."""
    return page.get_translation(Locale.objects.get(language_code="en")).specific


def translate(page, **english_fields):
    """Turn the English alias of the Thai ``page`` into an ordinary page with
    ``english_fields`` and publish it. Returns the English page."""
    alias = english(page)
    if alias.alias_of_id is not None:
        ConvertAliasPageAction(alias).execute(skip_permission_checks=True)
    translation = type(alias).objects.get(pk=alias.pk)
    for name, value in english_fields.items():
        setattr(translation, name, value)
    return publish(translation)


def paragraph(html):
    """A StreamField body of one rich-text paragraph."""
    return [{"type": "paragraph", "value": html}]


def build_home_page(**fields):
    """A published HomePage as the default Wagtail site's root (replacing Wagtail's
    welcome page), with its English alias (served at /en/)."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()  # Wagtail's welcome page; its Site goes with it
    defaults = {
        "title": "ตลาดชุมชน",
        "slug": "home",
        "intro": "สินค้าฝีมือชาวบ้านจากวิสาหกิจชุมชนทั่วไทย",
    }
    home = root.add_child(instance=HomePage(**{**defaults, **fields}))
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True,
        site_name="Chumchon Market",
    )  # fmt: skip
    return publish(home)


def _index(home, model, title, slug):
    """The (created and published on first use) index page of ``model`` under ``home``."""
    index = model.objects.child_of(home).first()
    if index is None:
        index = publish(home.add_child(instance=model(title=title, slug=slug)))
    return index


def village_index(home):
    return _index(home, VillageIndexPage, "หมู่บ้าน", "villages")


def story_index(home):
    return _index(home, StoryIndexPage, "เรื่องเล่า", "stories")


def collection_index(home):
    return _index(home, CollectionIndexPage, "คอลเลกชัน", "collections")


def build_village(home, **fields):
    """A published VillagePage (Thai, with its English alias) under the village index."""
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
        "intro": "หมู่บ้านทอผ้าริมแม่น้ำยม",
        "body": paragraph("<p>ชาวบ้านทอผ้าตีนจกสืบทอดกันมาหลายชั่วอายุคน</p>"),
    }
    index = village_index(home)
    return publish(index.add_child(instance=VillagePage(**{**defaults, **fields})))


def build_story(home, villages=(), enterprises=(), **fields):
    """A published StoryPage about ``villages`` and ``enterprises``."""
    defaults = {
        "title": "ป้าจันทร์ผู้ทอผ้าตีนจก",
        "slug": "aunt-chan-the-weaver",
        "kind": StoryPage.Kind.MAKER,
        "intro": "ห้าสิบปีหน้าหูก",
        "body": paragraph("<p>ป้าจันทร์เริ่มทอผ้าตั้งแต่อายุสิบขวบ</p>"),
    }
    story = StoryPage(**{**defaults, **fields})
    story.villages = list(villages)
    story.enterprises = list(enterprises)
    return publish(story_index(home).add_child(instance=story))


def build_collection(home, products=(), villages=(), **fields):
    """A published CollectionPage of ``products`` and ``villages`` in that order;
    featured with no end date unless ``fields`` say otherwise."""
    defaults = {
        "title": "ผ้าทอมือจากหมู่บ้าน CIV",
        "slug": "civ-hand-woven-cloth",
        "intro": "ผ้าทอมือที่กรมส่งเสริมอุตสาหกรรมคัดสรร",
        "featured": True,
    }
    collection = CollectionPage(**{**defaults, **fields})
    collection.products = [
        CollectionProduct(product=product, sort_order=position)
        for position, product in enumerate(products)
    ]
    collection.villages = [
        CollectionVillage(village=village, sort_order=position)
        for position, village in enumerate(villages)
    ]
    return publish(collection_index(home).add_child(instance=collection))


def build_standard_page(home, **fields):
    defaults = {
        "title": "เกี่ยวกับเรา",
        "slug": "about",
        "intro": "ตลาดของวิสาหกิจชุมชน",
        "body": paragraph("<p>เราขายสินค้าของวิสาหกิจชุมชนโดยตรง</p>"),
    }
    return publish(home.add_child(instance=StandardPage(**{**defaults, **fields})))


def build_image(title="ผ้าตีนจก", colour=(156, 39, 6), size=(640, 480)):
    """A Wagtail image (a real JPEG) in the root collection."""
    picture = ImageFile(io.BytesIO(jpeg_bytes(size, colour)), name="picture.jpg")
    return get_image_model().objects.create(title=title, file=picture)


# Catalogue --------------------------------------------------------------------------


def build_category(name, name_en, slug, parent=None):
    """A public OTOP category (a root one unless ``parent`` is given)."""
    fields = {"name": name, "name_en": name_en, "slug": slug, "is_public": True}
    if parent is None:
        return Category.add_root(**fields)
    return parent.add_child(**fields)


def build_enterprise(village=None, **fields):
    """An approved community enterprise (Oscar partner) of ``village`` (its Thai page)."""
    defaults = {
        "name": "กลุ่มทอผ้าบ้านนาต้นจั่น",
        "name_en": "Ban Na Ton Chan Weaving Group",
        "code": "ban-na-ton-chan-weaving",
        "status": "approved",
    }
    return Partner.objects.create(village=village, **{**defaults, **fields})


def jpeg_bytes(size=(320, 240), colour=(156, 39, 6)):
    """A small real JPEG (so sorl-thumbnail and Wagtail can make renditions of it)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()


def build_product(enterprise, category=None, image=False, price="450.00", stock=10, **fields):
    """A public product sold by ``enterprise`` with ``stock`` left, optionally with a JPEG."""
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
        partner=enterprise,
        partner_sku=f"SKU-{product.pk}",
        price=Decimal(price),
        num_in_stock=stock,
    )
    if category is not None:
        ProductCategory.objects.create(product=product, category=category)
    if image:
        picture = ProductImage(product=product, caption=product.title, display_order=0)
        picture.original.save(f"product-{product.pk}.jpg", ContentFile(jpeg_bytes()))
    return product


def build_storefront():
    """Home page, two OTOP root categories, one CIV village with an enterprise and a
    product (with an image) in the first category, all published with English aliases.
    Returns the objects by name."""
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
