"""Factories for search tests: villages, community enterprises, categories, products.

Products get one stock record from one enterprise (our rule); villages are
Wagtail pages under a home page and a village index, as in the real tree.
Everything a facet reads is set through the real models: a village's province
and CIV label, a certification's kind, status and expiry, a product's price,
stock and curator boost (Oscar's ``priority``, passed to :func:`make_product`).
"""

from decimal import Decimal

import factory
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories
from wagtail.models import Page

from cms.models import HomePage, VillageIndexPage, VillagePage

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
Certification = get_model("catalogue", "Certification")


def village_index() -> VillageIndexPage:
    """The village index page, created (with a home page) on first use."""
    index = VillageIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first()
        if home is None:
            home = Page.get_first_root_node().add_child(
                instance=HomePage(title="ตลาดชุมชน", slug="search-test-home")
            )
        index = home.add_child(instance=VillageIndexPage(title="หมู่บ้าน", slug="villages"))
    return index


class VillageFactory(factory.django.DjangoModelFactory):
    """A published village page."""

    class Meta:
        model = VillagePage

    title = factory.Sequence(lambda n: f"หมู่บ้านทดสอบ{n}")
    title_en = factory.Sequence(lambda n: f"Test village {n}")
    slug = factory.Sequence(lambda n: f"village-{n}")
    changwat = "บุรีรัมย์"
    changwat_en = "Buri Ram"
    is_civ = False

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return village_index().add_child(instance=model_class(*args, **kwargs))


class EnterpriseFactory(oscar_factories.PartnerFactory):
    """A community enterprise (Oscar partner) in a village."""

    name = factory.Sequence(lambda n: f"วิสาหกิจชุมชนทดสอบ {n}")
    name_en = factory.Sequence(lambda n: f"Test enterprise {n}")
    village = factory.SubFactory(VillageFactory)
    status = "approved"

    class Meta:
        skip_postgeneration_save = True


class ProductClassFactory(oscar_factories.ProductClassFactory):
    name = "OTOP"

    class Meta:
        django_get_or_create = ("name",)


def make_category(name: str, name_en: str = "", parent=None):
    """A category at the root, or below ``parent`` (treebeard keeps the paths right)."""
    if parent is None:
        return Category.add_root(name=name, name_en=name_en)
    return parent.add_child(name=name, name_en=name_en)


def make_product(
    title: str,
    *,
    title_en: str = "",
    description: str = "",
    price: str | Decimal | None = "100.00",
    num_in_stock: int = 10,
    enterprise=None,
    categories=(),
    **fields,
):
    """A public standalone product sold by ``enterprise`` (a new one by default)."""
    fields.setdefault("structure", Product.STANDALONE)
    if fields["structure"] != Product.CHILD:
        fields.setdefault("product_class", ProductClassFactory())
    enterprise = enterprise or EnterpriseFactory()
    product = Product.objects.create(
        title=title, title_en=title_en, description=description, enterprise=enterprise, **fields
    )
    if price is not None:
        StockRecord.objects.create(
            product=product,
            partner=enterprise,
            partner_sku=f"sku-{product.pk}",
            price_currency="THB",
            price=Decimal(price),
            num_in_stock=num_in_stock,
        )
    for category in categories:
        product.categories.add(category)
    return product


def make_many_products(count: int, enterprise=None, category=None, prefix="สินค้า") -> list:
    """``count`` priced products in bulk (fast enough for 400), optionally in a category."""
    ProductCategory = get_model("catalogue", "ProductCategory")
    enterprise = enterprise or EnterpriseFactory()
    product_class = ProductClassFactory()
    products = Product.objects.bulk_create(
        [
            Product(
                title=f"{prefix} ผ้าไหม ลายที่ {n}",
                title_en=f"Silk pattern {n}",
                product_class=product_class,
                structure=Product.STANDALONE,
                slug=f"item-{n}",
                enterprise=enterprise,
            )
            for n in range(count)
        ]
    )
    if products[0].pk is None:  # backends that do not return ids from bulk inserts
        products = list(Product.objects.order_by("-pk")[:count])
    StockRecord.objects.bulk_create(
        [
            StockRecord(
                product=product,
                partner=enterprise,
                partner_sku=f"bulk-{product.pk}",
                price_currency="THB",
                price=Decimal(100 + n),
                num_in_stock=5,
            )
            for n, product in enumerate(products)
        ]
    )
    if category is not None:
        ProductCategory.objects.bulk_create(
            [ProductCategory(product=product, category=category) for product in products]
        )
    return products


def certify(product, kind, *, status="verified", expires_on=None, star_level=None):
    """A certification of ``product``; verified (a badge buyers see) unless ``status`` says
    otherwise. OTOP certifications get a star level, as the model requires."""
    if kind == Certification.Kind.OTOP and star_level is None:
        star_level = 4
    return Certification.objects.create(
        product=product,
        kind=kind,
        number=f"{kind}-{product.pk}-{Certification.objects.count() + 1}",
        issuer="ทดสอบ",
        star_level=star_level,
        status=status,
        expires_on=expires_on,
    )


def make_village(title, title_en="", *, changwat, changwat_en="", is_civ=False):
    """A village page in a province (Thai and English province names, as editors type them)."""
    return VillageFactory(
        title=title, title_en=title_en, changwat=changwat, changwat_en=changwat_en, is_civ=is_civ
    )


def make_enterprise(village=None, **fields):
    """An approved community enterprise, in ``village`` (a new one by default)."""
    if village is not None:
        fields["village"] = village
    return EnterpriseFactory(**fields)


def index_products(backend, *products) -> int:
    """Index ``products`` (all browsable ones when none given) as the indexing pipeline
    does: through the prefetched queryset of :func:`search.documents.products_for_indexing`."""
    from search.documents import indexable_products, products_for_indexing

    if not products:
        return backend.index(indexable_products())
    ids = [product.pk for product in products]
    return backend.index(products_for_indexing(Product.objects.filter(pk__in=ids)))


def suggestion_entry(kind, object_id, label, label_en="", weight=0):
    """An autocomplete entry as search.suggestions builds them, without a model behind it."""
    from search.suggestions import keys_for

    return {
        "kind": kind,
        "object_id": object_id,
        "label": label,
        "label_en": label_en,
        "url": f"/{kind}/{object_id}/",
        "url_en": f"/en/{kind}/{object_id}/",
        "weight": weight,
        "keys": keys_for(label, label_en),
    }
