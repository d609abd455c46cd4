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
import itertools
import multiprocessing
import os
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

import nh3
from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import timezone, translation
from oscar.core.loading import get_model

from search import analysis, regions
from search.backends.base import MAX_BOOST, batched

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
Certification = get_model("catalogue", "Certification")
Partner = get_model("partner", "Partner")
APPROVED = Partner.Status.APPROVED


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


@dataclass(slots=True)
class ProductRow:
    """Everything a document is built from, as plain values: a product's columns, its
    enterprise's, and its categories, certifications and stock (see :func:`load_rows`).

    A rebuild reads rows straight from ``values()`` queries: model instances and
    their prefetches cost more than building the documents themselves.
    """

    pk: int
    title: str
    title_en: str
    description: str
    description_en: str
    upc: str
    priority: int
    date_created: datetime
    #: Public, not a variant, sold by an approved enterprise (see ``is_indexable``).
    indexable: bool
    enterprise_id: int | None
    enterprise_name: str
    enterprise_name_en: str
    village_id: int | None
    #: False when the product's class does not track stock (always orderable).
    track_stock: bool
    #: (id, treebeard path, Thai name, English name) of its own categories.
    categories: list = field(default_factory=list)
    #: Kinds of the certifications shown to buyers today.
    cert_kinds: list = field(default_factory=list)
    #: (price, net stock or None) of the stock records that price it: its own, or
    #: its public variants' when it is a parent.
    stock: list = field(default_factory=list)


#: Product columns a row reads (``enterprise__…`` through the one join).
ROW_FIELDS = (
    "id", "title", "title_en", "description", "description_en", "upc", "priority",
    "date_created", "is_public", "parent_id", "enterprise_id", "enterprise__name",
    "enterprise__name_en", "enterprise__village_id", "enterprise__status",
    "product_class__track_stock",
)


def load_rows(ids: list[int], span: tuple[int, int] | None = None) -> list[ProductRow]:
    """Rows of these products, in this order, in five queries whatever their number.

    ``span`` (the smallest and largest id, when ``ids`` are most of the products
    between them, as in a rebuild) selects by id range instead of an ``IN`` list
    of every id, which costs Django more to prepare than the rows cost to read.
    """
    wanted = set(ids)
    if span is not None:
        own, of_parent = Q(product__pk__range=span), Q(product__parent__pk__range=span)
        products = Product.objects.filter(pk__range=span)
    else:
        own, of_parent = Q(product_id__in=ids), Q(product__parent_id__in=ids)
        products = Product.objects.filter(pk__in=ids)
    rows = {}
    for values in products.values_list(*ROW_FIELDS):
        (pk, title, title_en, description, description_en, upc, priority, date_created,
         is_public, parent_id, enterprise_id, enterprise_name, enterprise_name_en,
         village_id, enterprise_status, track_stock) = values  # fmt: skip
        if pk not in wanted:
            continue
        rows[pk] = ProductRow(
            pk=pk,
            title=title or "",
            title_en=title_en or "",
            description=description or "",
            description_en=description_en or "",
            upc=upc or "",
            priority=priority or 0,
            date_created=date_created,
            indexable=bool(is_public)
            and parent_id is None
            and enterprise_id is not None
            and enterprise_status == APPROVED,
            enterprise_id=enterprise_id,
            enterprise_name=enterprise_name or "",
            enterprise_name_en=enterprise_name_en or "",
            village_id=village_id,
            track_stock=track_stock is not False,
        )
    links = Product.categories.through.objects.filter(own)
    for product_id, pk, path, name, name_en in links.values_list(
        "product_id", "category_id", "category__path", "category__name", "category__name_en"
    ):
        if product_id in rows:
            rows[product_id].categories.append((pk, path, name, name_en))
    shown = Certification.objects.shown_to_buyers().filter(own)
    for product_id, kind in shown.values_list("product_id", "kind").order_by("pk"):
        if product_id in rows:
            rows[product_id].cert_kinds.append(kind)
    stock: dict[int, list] = {}
    for product_id, price, in_stock, allocated in (
        StockRecord.objects.filter(own)
        .order_by("pk")
        .values_list("product_id", "price", "num_in_stock", "num_allocated")
    ):
        if product_id in rows:
            stock.setdefault(product_id, []).append(_priced(price, in_stock, allocated))
    variants: dict[int, list] = {}
    for parent_id, price, in_stock, allocated in (
        StockRecord.objects.filter(of_parent, product__is_public=True)
        .order_by("pk")
        .values_list("product__parent_id", "price", "num_in_stock", "num_allocated")
    ):
        if parent_id in rows:
            variants.setdefault(parent_id, []).append(_priced(price, in_stock, allocated))
    for pk, row in rows.items():
        row.stock = stock.get(pk) or variants.get(pk, [])
    return [rows[pk] for pk in ids if pk in rows]


def _priced(price, in_stock, allocated) -> tuple:
    """(price, net stock or None) of a stock record."""
    return price, None if in_stock is None else in_stock - (allocated or 0)


def indexable_rows(batch_size: int = 500) -> Iterator[ProductRow]:
    """Rows of every indexable product, loaded ``batch_size`` at a time (a rebuild)."""
    ids = list(indexable_products().order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        yield from load_rows(chunk, span=(chunk[0], chunk[-1]))


def row_from_model(product) -> ProductRow:
    """The row of a product instance prefetched by :func:`products_for_indexing`."""
    enterprise = product.enterprise if product.enterprise_id else None
    product_class = product.product_class
    certifications = _certifications(product)
    return ProductRow(
        pk=product.pk,
        title=product.title or "",
        title_en=getattr(product, "title_en", "") or "",
        description=product.description or "",
        description_en=getattr(product, "description_en", "") or "",
        upc=product.upc or "",
        priority=product.priority or 0,
        date_created=product.date_created,
        indexable=is_indexable(product),
        enterprise_id=product.enterprise_id,
        enterprise_name=enterprise.name if enterprise else "",
        enterprise_name_en=getattr(enterprise, "name_en", "") if enterprise else "",
        village_id=enterprise.village_id if enterprise else None,
        track_stock=product_class is None or product_class.track_stock,
        categories=[(c.pk, c.path, c.name, c.name_en) for c in product.categories.all()],
        cert_kinds=[c.kind for c in certifications],
        stock=[(sr.price, sr.net_stock_level) for sr in _stockrecords(product)],
    )


def build_documents(products: Iterable, paths: dict | None = None) -> list[dict]:
    """Documents for the indexable ones of ``products`` (rows from :func:`load_rows`, or
    instances from :func:`products_for_indexing`): a category query unless ``paths``
    is given, and one village query per call."""
    if paths is None:
        paths = category_paths()
    rows = _indexable(products)
    villages = load_villages(row.village_id for row in rows)
    return [build_document(row, paths, villages) for row in rows]


def document_batches(
    rows: Iterable[ProductRow],
    batch_size: int,
    paths: dict | None = None,
    count_terms: bool = False,
    workers: int | None = None,
) -> Iterator[tuple[int, list[dict], Counter | None]]:
    """(rows read, documents, term counts) for each batch of ``rows``, in order.

    With ``count_terms``, the third item counts the documents holding each word
    of their term fields (see :func:`build_document`); otherwise it is None.

    A rebuild spends most of its time analysing text in Python, so when there
    is more than one batch and more than one CPU, documents are built by a pool
    of forked worker processes (``SHOP_SEARCH_INDEX_WORKERS``, default: one per
    CPU) while this process reads the next rows and writes the finished
    documents. The workers inherit the loaded dictionary and category paths and
    never touch the database: rows and village columns go to them, documents
    and counts come back. Without fork, or with one worker, everything runs here.
    """
    if paths is None:
        paths = category_paths()
    batches = batched(rows, batch_size)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    batches = itertools.chain([first] if second is None else [first, second], batches)
    count = index_workers() if workers is None else workers
    if second is None or count < 2:
        for batch in batches:
            rows = _indexable(batch)
            villages = load_villages(row.village_id for row in rows)
            yield len(batch), *_build_batch(rows, villages, paths, count_terms)
        return
    global _pool_paths
    _pool_paths = paths
    context = multiprocessing.get_context("fork")
    with context.Pool(count) as pool:
        pending: deque = deque()
        for batch in batches:
            rows = _indexable(batch)
            villages = load_villages(row.village_id for row in rows)
            task = pool.apply_async(_pool_batch, (rows, villages, count_terms))
            pending.append((len(batch), task))
            while len(pending) > count * 2 or (pending and pending[0][1].ready()):
                size, result = pending.popleft()
                yield size, *result.get()
        while pending:
            size, result = pending.popleft()
            yield size, *result.get()


def index_workers() -> int:
    """Processes that build documents in a rebuild (``SHOP_SEARCH_INDEX_WORKERS``; 0 or
    1: none, build them in this process), one per CPU by default; never without fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    configured = getattr(settings, "SHOP_SEARCH_INDEX_WORKERS", None)
    if configured is None:
        return os.cpu_count() or 1
    return int(configured)


#: Category paths of a rebuild, set before its workers are forked (they inherit it).
_pool_paths: dict = {}


def _pool_batch(rows, villages, count_terms):
    return _build_batch(rows, villages, _pool_paths, count_terms)


def _build_batch(rows, villages, paths, count_terms) -> tuple[list[dict], Counter | None]:
    """Documents of indexable rows (and their term counts)."""
    terms = Counter() if count_terms else None
    documents = [build_document(row, paths, villages, terms) for row in rows]
    return documents, terms


def _indexable(products: Iterable) -> list[ProductRow]:
    rows = [p if isinstance(p, ProductRow) else row_from_model(p) for p in products]
    return [row for row in rows if row.indexable]


class Village(NamedTuple):
    """The columns of a village page a document reads."""

    pk: int
    title: str
    title_en: str
    changwat: str
    changwat_en: str
    is_civ: bool


def load_villages(ids: Iterable[int | None]) -> dict[int, Village]:
    """Village pages by id, as plain values (one query)."""
    from cms.models import VillagePage

    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    rows = VillagePage.objects.filter(pk__in=ids).values_list(*VILLAGE_FIELDS)
    return {row[0]: Village(*row) for row in rows}


def build_document(
    row: ProductRow, paths: dict, villages: dict | None = None, terms: Counter | None = None
) -> dict:
    """The search document of one indexable product row (``villages`` from
    :func:`load_villages`). With ``terms``, each distinct word of its term fields is
    counted there once (the document frequencies :func:`search.vocabulary.terms_of`
    gives, without splitting the fields again)."""
    village = None
    if row.village_id:
        if villages is None:
            villages = load_villages([row.village_id])
        village = villages.get(row.village_id)
    categories = _with_ancestors(row.categories, paths)

    title = row.title
    title_en = row.title_en
    description = plain_text(row.description)
    description_en = plain_text(row.description_en)
    # The body in groups that recur on their own: the descriptions (shared by
    # variants and similar products), the code, and the product's context (its
    # categories, enterprise, village and certifications, shared by its siblings).
    context = [name for _, name, _ in categories] + [name_en for _, _, name_en in categories]
    if row.enterprise_id is not None:
        context += [row.enterprise_name, row.enterprise_name_en]
    if village is not None:
        context += [village.title, village.title_en, village.changwat, village.changwat_en]
    cert_kinds = sorted(set(row.cert_kinds))
    context += [label for kind in cert_kinds for label in kind_labels(kind)]
    province = (
        regions.province_code(village.changwat, village.changwat_en) if village is not None else ""
    )

    # Part by part: names and shared descriptions recur across products (memoised).
    title_part = analysis.analyse_parts([title, title_en])
    body_part = analysis.analyse_groups([(description, description_en), (row.upc,), context])
    words = {*title_part.words, *body_part.words}
    pieces = dict.fromkeys(title_part.pieces)
    pieces.update(dict.fromkeys(body_part.pieces))
    for word in title_part.synonyms + body_part.synonyms:
        if word not in words and word not in pieces:
            pieces[word] = None
    if terms is not None:
        terms.update(words.union(pieces))
    prices = [price for price, _ in row.stock if price is not None]
    return {
        "id": row.pk,
        "title": title,
        "title_en": title_en,
        "description": description,
        "description_en": description_en,
        "category_ids": sorted(pk for pk, _, _ in categories),
        "enterprise_id": row.enterprise_id,
        "village_id": village.pk if village is not None else None,
        "province": village.changwat if village is not None else "",
        "province_en": village.changwat_en if village is not None else "",
        "province_code": province,
        "region": regions.region_of(province),
        "is_civ": bool(village.is_civ) if village is not None else False,
        "cert_kinds": cert_kinds,
        "price": min(prices) if prices else None,
        "in_stock": _in_stock(row),
        "boost": max(0, min(int(row.priority), MAX_BOOST)),
        "date_created": row.date_created,
        "title_terms": " ".join(title_part.words),
        "body_terms": " ".join(body_part.words),
        "subword_terms": " ".join(pieces),
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


#: Tags that end a line or a block: a space keeps the words on either side apart.
BREAKING_TAG = re.compile(
    r"<(?:br|/?p|/?li|/?h[1-6]|/?div|/?tr|/?td|/?th|/?blockquote)\b[^>]*>", re.I
)


@lru_cache(maxsize=16384)
def _plain_text(value: str) -> str:
    # nh3 (Rust) with no tag allowed drops every tag, scripts and styles with their
    # content, about 6× faster than Django's strip_tags; remembered because
    # descriptions share boilerplate (the same enterprise's note).
    text = nh3.clean(BREAKING_TAG.sub(" ", value), tags=set())
    return " ".join(html.unescape(text).split())


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


def _in_stock(row: ProductRow) -> bool:
    """Whether a buyer can order it now (always, when its class does not track stock)."""
    if not row.stock:
        return False
    if not row.track_stock:
        return True
    return any((net or 0) > 0 for _, net in row.stock)


def _with_ancestors(categories, paths: dict) -> list[tuple[int, str, str]]:
    """(id, name, English name) of the categories — (id, path, name, English name)
    tuples — and all their ancestors, each once.

    Ancestors count so that a parent category's page lists its children's
    products and a search for "textiles" finds silk scarves.
    """
    steplen = Category.steplen
    found = {}
    for pk, path, name, name_en in categories:
        for end in range(steplen, len(path) + 1, steplen):
            ancestor = paths.get(path[:end])
            if ancestor is not None:
                found[ancestor[0]] = ancestor
        found.setdefault(pk, (pk, name, name_en))
    return list(found.values())
