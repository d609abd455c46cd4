"""Products as plain search documents, the one shape every backend indexes.

A document is a dict of simple values (ids, numbers, strings, a datetime) plus
three analysed term strings, so backends never touch Django models and both
engines see exactly the same words:

* ``title_terms``: words of the Thai and English titles,
* ``body_terms``: words of the descriptions and of the product's categories,
  enterprise, village and province (so "เกาะเกร็ด" or "Nonthaburi" finds it),
* ``subword_terms``: pieces of all of those (see :func:`search.analysis.subwords`)
  and their synonyms/romanisations (:func:`search.analysis.synonyms`).

Filter and facet values (province code, region, certification kinds...) and
the curator boost (``Product.priority``, clamped to 0..MAX_BOOST) ride along.
Certifications count only while shown to buyers (verified, not expired) on the
day the document is built: ``search_rebuild`` daily keeps expiries current.

Only browsable products (public, not a variant) get a document; a parent
product takes its price and stock from its public variants.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache

from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.html import strip_tags
from oscar.core.loading import get_model

from search import analysis, regions
from search.backends.base import MAX_BOOST

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
Certification = get_model("catalogue", "Certification")


def indexable_products():
    """Browsable products with everything :func:`build_document` reads prefetched."""
    return products_for_indexing(Product.objects.browsable())


#: Stock record columns a document reads (price, stock): no partner or village rows.
STOCK_FIELDS = ("id", "product_id", "partner_id", "price", "num_in_stock", "num_allocated")
#: Village page columns a document reads (a page row otherwise drags its StreamField along).
VILLAGE_FIELDS = ("id", "title", "title_en", "changwat", "changwat_en", "is_civ")


def products_for_indexing(queryset):
    """Add to a product queryset the joins and prefetches documents need (5 queries).

    The enterprise is the product's own (its stock records must be that
    enterprise's); villages are loaded per batch by :func:`build_documents`.
    """
    stockrecords = StockRecord.objects.only(*STOCK_FIELDS).order_by("pk")
    return (
        queryset.select_related("product_class", "enterprise")
        .defer("enterprise__story", "enterprise__story_en")
        .prefetch_related(
            Prefetch("stockrecords", queryset=stockrecords),
            Prefetch(
                "children",
                queryset=Product.objects.filter(is_public=True).prefetch_related(
                    Prefetch("stockrecords", queryset=stockrecords)
                ),
            ),
            "categories",
            Prefetch(
                "certifications",
                queryset=Certification.objects.shown_to_buyers().only("pk", "product_id", "kind"),
                to_attr="shown_certifications",
            ),
        )
    )


def is_indexable(product) -> bool:
    """Whether ``product`` belongs in listings: public, not a variant, and sold by an
    approved enterprise (see ``Product.is_visible_to_buyers``)."""
    return product.is_visible_to_buyers()


def category_paths() -> dict[str, tuple[int, str, str]]:
    """Every category's treebeard path mapped to (id, Thai name, English name).

    Ancestors of a product's categories are then found without queries.
    """
    rows = Category.objects.values_list("path", "id", "name", "name_en")
    return {path: (pk, name, name_en) for path, pk, name, name_en in rows}


def build_documents(products: Iterable, paths: dict | None = None) -> list[dict]:
    """Documents for the indexable ones of ``products`` (a category query unless ``paths``
    is given, and one village query per call)."""
    if paths is None:
        paths = category_paths()
    products = [product for product in products if is_indexable(product)]
    villages = load_villages(product.enterprise.village_id for product in products)
    return [build_document(product, paths, villages) for product in products]


def load_villages(ids: Iterable[int | None]) -> dict:
    """Village pages by id, with only the columns documents read."""
    from cms.models import VillagePage

    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    return {v.pk: v for v in VillagePage.objects.filter(pk__in=ids).only(*VILLAGE_FIELDS)}


def build_document(product, paths: dict, villages: dict | None = None) -> dict:
    """The search document of one indexable product (prefetched by
    :func:`products_for_indexing`; ``villages`` from :func:`load_villages`)."""
    stockrecords = _stockrecords(product)
    partner = product.enterprise if product.enterprise_id else None
    village = None
    if partner is not None and partner.village_id:
        if villages is None:
            villages = load_villages([partner.village_id])
        village = villages.get(partner.village_id)
    categories = _with_ancestors(product.categories.all(), paths)

    title = product.title or ""
    title_en = getattr(product, "title_en", "") or ""
    description = plain_text(product.description)
    description_en = plain_text(getattr(product, "description_en", ""))
    body = [description, description_en, product.upc or ""]
    body += [name for _, name, _ in categories] + [name_en for _, _, name_en in categories]
    if partner is not None:
        body += [partner.name, getattr(partner, "name_en", "")]
    if village is not None:
        body += [village.title, village.title_en, village.changwat, village.changwat_en]
    cert_kinds = sorted({c.kind for c in _certifications(product)})
    body += [label for kind in cert_kinds for label in kind_labels(kind)]
    province = (
        regions.province_code(village.changwat, village.changwat_en) if village is not None else ""
    )

    # Part by part: names and shared descriptions recur across products (memoised).
    title_words = analysis.tokens_of_parts([title, title_en])
    body_words = analysis.tokens_of_parts(body)
    pieces = analysis.subwords(title_words + body_words)
    pieces += analysis.synonyms(title_words + body_words + pieces)
    prices = [sr.price for sr in stockrecords if sr.price is not None]
    return {
        "id": product.pk,
        "title": title,
        "title_en": title_en,
        "description": description,
        "description_en": description_en,
        "category_ids": sorted(pk for pk, _, _ in categories),
        "enterprise_id": partner.pk if partner is not None else None,
        "village_id": village.pk if village is not None else None,
        "province": village.changwat if village is not None else "",
        "province_en": village.changwat_en if village is not None else "",
        "province_code": province,
        "region": regions.region_of(province),
        "is_civ": bool(village.is_civ) if village is not None else False,
        "cert_kinds": cert_kinds,
        "price": min(prices) if prices else None,
        "in_stock": _in_stock(product, stockrecords),
        "boost": max(0, min(int(product.priority or 0), MAX_BOOST)),
        "date_created": product.date_created,
        "title_terms": " ".join(title_words),
        "body_terms": " ".join(body_words),
        "subword_terms": " ".join(dict.fromkeys(pieces)),
    }


@cache
def kind_labels(kind: str) -> tuple[str, str]:
    """A certification kind's Thai and English names (searchable: "มผช.", "Halal")."""
    label = Certification.Kind(kind).label
    with translation.override("th"):
        thai = str(label)
    with translation.override("en"):
        english = str(label)
    return thai, english


def _certifications(product) -> list:
    """Certifications shown to buyers (prefetched by :func:`products_for_indexing`)."""
    shown = getattr(product, "shown_certifications", None)
    if shown is not None:
        return shown
    return list(Certification.objects.shown_to_buyers(timezone.localdate()).filter(product=product))


def plain_text(value: str | None) -> str:
    """Text of a rich-text field: tags dropped, entities decoded, spaces collapsed."""
    if not value:
        return ""
    return _plain_text(str(value))


@lru_cache(maxsize=4096)
def _plain_text(value: str) -> str:
    # Remembered: Django's strip_tags runs an HTML parser until the text stops
    # changing, and descriptions share boilerplate (the same enterprise's note).
    return " ".join(html.unescape(strip_tags(value)).split())


def price_as_decimal(value) -> Decimal | None:
    """A price from a document back as Decimal (engines may hand back floats)."""
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _stockrecords(product) -> list:
    """The stock records that price a product: its own, or its public variants'."""
    own = list(product.stockrecords.all())
    if own or not product.is_parent:
        return own
    return [sr for child in product.children.all() for sr in child.stockrecords.all()]


def _in_stock(product, stockrecords) -> bool:
    """Whether a buyer can order it now (always, when its class does not track stock)."""
    if not stockrecords:
        return False
    product_class = product.product_class
    if product_class is not None and not product_class.track_stock:
        return True
    return any((sr.net_stock_level or 0) > 0 for sr in stockrecords)


def _with_ancestors(categories, paths: dict) -> list[tuple[int, str, str]]:
    """(id, name, English name) of the categories and all their ancestors, each once.

    Ancestors count so that a parent category's page lists its children's
    products and a search for "textiles" finds silk scarves.
    """
    steplen = Category.steplen
    found = {}
    for category in categories:
        for end in range(steplen, len(category.path) + 1, steplen):
            ancestor = paths.get(category.path[:end])
            if ancestor is not None:
                found[ancestor[0]] = ancestor
        found.setdefault(category.pk, (category.pk, category.name, category.name_en))
    return list(found.values())
