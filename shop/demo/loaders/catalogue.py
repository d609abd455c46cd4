"""Oscar's side of the demo: categories, product class, enterprises, products, images."""

from decimal import Decimal

from django.core.files.base import ContentFile
from oscar.core.loading import get_model
from oscar.core.thumbnails import get_thumbnailer

from shop.demo.categories import CATEGORIES, PRODUCT_CLASS
from shop.demo.enterprises import COMMISSION_RATE, CONTACT_NAME, ENTERPRISES
from shop.demo.images import render_card, render_logo
from shop.demo.loaders.records import sync_fields, upsert
from shop.demo.products import PRODUCTS
from shop.demo.provenance import PROVENANCE

Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

IMAGE_CAPTION = "Illustrative image / ภาพประกอบ"


def load_categories(tally, progress):
    """The OTOP category tree; returns {code: Category}. Matched on Oscar's category code."""
    categories = {}
    for code, parent_code, slug, name, name_en in CATEGORIES:
        values = {"slug": slug, "name": name, "name_en": name_en, "is_public": True}
        category = Category.objects.filter(code=code).first()
        if category is None:
            if parent_code is None:
                category = Category.add_root(code=code, **values)
            else:
                parent = categories[parent_code]
                parent.refresh_from_db()  # treebeard needs the parent's current numchild
                category = parent.add_child(code=code, **values)
            tally.created += 1
        elif sync_fields(category, values):
            category.save()
            tally.updated += 1
        categories[code] = category
        progress.update(1)
    return categories


def load_product_class(tally):
    values = {name: value for name, value in PRODUCT_CLASS.items() if name != "slug"}
    return upsert(ProductClass.objects, {"slug": PRODUCT_CLASS["slug"]}, values, tally)


def load_enterprises(villages, tally, progress, logo_size=256):
    """Community enterprises (Oscar partners) with profile and logo; returns {code: Partner}."""
    enterprises = {}
    for spec in ENTERPRISES:
        values = {
            "name": spec.name,
            "name_en": spec.name_en,
            "village_id": villages[spec.village].pk,
            "status": spec.status,
            "registration_number": spec.registration_number,
            "members_count": spec.members_count,
            "contact_name": CONTACT_NAME,
            "phone": spec.phone,
            "email": spec.email,
            "line_id": spec.line_id,
            "story": spec.full_story,
            "story_en": spec.full_story_en,
            "brand_colour": spec.brand_colour,
            "commission_rate": COMMISSION_RATE,
            "vat_registered": spec.vat_registered,
            "tax_id": spec.tax_id,
        }
        enterprise = Partner.objects.filter(code=spec.code).first()
        created = enterprise is None
        if created:
            enterprise = Partner(code=spec.code, **values)
        changed = not created and sync_fields(enterprise, values)
        if _draw_logo(enterprise, spec, logo_size) or created or changed:
            enterprise.full_clean()
            enterprise.save()
            tally.created += int(created)
            tally.updated += int(not created)
        enterprises[spec.code] = enterprise
        progress.update(1)
    return enterprises


def _draw_logo(enterprise, spec, size):
    """Draw the monogram logo when it is missing (not saved yet); True when drawn."""
    logo = enterprise.logo
    if logo and logo.storage.exists(logo.name):
        return False
    data = render_logo(spec.monogram, spec.name, spec.brand_colour, size)
    filename = f"{spec.code}-logo.png"
    target = logo.field.generate_filename(enterprise, filename)
    if logo.storage.exists(target):
        logo.storage.delete(target)  # left by an earlier database; same name, redraw
    logo.save(filename, ContentFile(data), save=False)
    return True


def load_products(categories, product_class, enterprises, tally, progress, image_size=800):
    """Every demo product with its provenance, category, stock record and illustrative image.

    Returns {upc: Product}.
    """
    products = {}
    for spec in PRODUCTS:
        enterprise = enterprises[spec.enterprise]
        values = {
            "title": spec.title,
            "title_en": spec.title_en,
            "slug": spec.slug,
            "description": spec.description,
            "description_en": spec.description_en,
            "structure": Product.STANDALONE,
            "is_public": True,
            "product_class_id": product_class.pk,
            "enterprise_id": enterprise.pk,
            **_provenance(PROVENANCE[spec.upc]),
        }
        product = upsert(Product.objects, {"upc": spec.upc}, values, tally, validate=True)
        products[spec.upc] = product
        _set_category(product, categories[spec.category], tally)
        _set_stock(product, spec, enterprise, tally)
        _set_image(product, spec, enterprise, tally, image_size)
        progress.update(1)
    return products


def _provenance(details):
    """Product field values from a ``Provenance``."""
    length, width, height = (
        (Decimal(size) for size in details.size) if details.size else (None, None, None)
    )
    return {
        "short_description": details.short,
        "short_description_en": details.short_en,
        "materials": details.materials,
        "materials_en": details.materials_en,
        "care_instructions": details.care,
        "care_instructions_en": details.care_en,
        "production_days": details.production_days,
        "made_to_order": details.made_to_order,
        "lead_time_days": details.lead_time_days,
        "weight_grams": details.weight_grams,
        "length_cm": length,
        "width_cm": width,
        "height_cm": height,
    }


def _set_category(product, category, tally):
    """The demo product sits in exactly one category."""
    stale = ProductCategory.objects.filter(product=product).exclude(category=category)
    if stale.exists():
        stale.delete()
        tally.updated += 1
    _, created = ProductCategory.objects.get_or_create(product=product, category=category)
    tally.created += int(created)


def _set_stock(product, spec, enterprise, tally):
    """One stock record, at the product's enterprise. Stock is set only when created."""
    record = upsert(
        StockRecord.objects,
        {"partner_id": enterprise.pk, "partner_sku": spec.upc},
        {"product_id": product.pk, "price": spec.price, "price_currency": "THB"},
        tally,
        create_only={"num_in_stock": spec.num_in_stock},
    )
    others = StockRecord.objects.filter(product=product).exclude(pk=record.pk)
    if others.exists():
        others.delete()
        tally.updated += 1


def _set_image(product, spec, enterprise, tally, size):
    """The primary image: an illustrative card, drawn only when missing."""
    code = f"{spec.upc.lower()}-card"
    image = ProductImage.objects.filter(code=code).first()
    if image is not None and image.original and image.original.storage.exists(image.original.name):
        if image.product_id != product.pk or image.display_order != 0:
            image.product, image.display_order = product, 0
            image.save()
            tally.updated += 1
        return image

    village = enterprise.village
    subtitle = f"{enterprise.name_en}, {village.changwat_en}" if village else enterprise.name_en
    data = render_card(spec.title_en, spec.title, spec.category, spec.accent, subtitle, size,
                       motif=spec.motif)
    if image is None:
        image = ProductImage(product=product, code=code, display_order=0, caption=IMAGE_CAPTION)
        tally.created += 1
    else:
        if image.original:
            get_thumbnailer().delete_thumbnails(image.original)
        tally.updated += 1
    filename = f"{spec.slug}.jpg"
    field = image.original
    target = field.field.generate_filename(image, filename)
    if field.storage.exists(target):
        field.storage.delete(target)  # a card left by an earlier database; same name, redraw
    field.save(filename, ContentFile(data), save=False)
    image.save()
    return image
