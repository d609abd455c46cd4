"""Keep the search index current as products, stock and enterprises change.

Model signals (see :mod:`search.receivers`) call :func:`schedule` with the ids
of the products a change affects. The ids are collected per transaction and,
once it commits, handed to the task queue in one batch
(:func:`search.tasks.index_products_task`: run at once by django-tasks'
immediate backend, by a worker when one is configured). A rolled-back
transaction indexes nothing.

Indexing never breaks a save: every failure is logged and swallowed; the
index catches up on the next change or ``manage.py search_rebuild``. Set
``SHOP_SEARCH_REALTIME = False`` to turn it off during bulk imports.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from django.conf import settings
from oscar.core.loading import get_model

from search import analysis
from search.backends import SearchUnavailable, maintained_backends
from search.documents import products_for_indexing
from shop.commit_batch import CommitBatch

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")

_vocabulary_lock = threading.Lock()
_vocabulary_loaded = False


def realtime_enabled() -> bool:
    """Whether model changes update the index (``SHOP_SEARCH_REALTIME``, default on)."""
    return getattr(settings, "SHOP_SEARCH_REALTIME", True)


def schedule(product_ids: Iterable[int | None], using: str | None = None) -> None:
    """Index these products when the current transaction commits (at once outside one)."""
    if not realtime_enabled():
        return
    ids = {int(pk) for pk in product_ids if pk is not None}
    if not ids:
        return
    _batch.add(ids, using=using)


def dispatch(product_ids: Iterable[int]) -> None:
    """Hand a batch of product ids to the task queue, or index them here if it refuses."""
    ids = sorted(set(product_ids))
    if not ids:
        return
    from search.tasks import index_products_task

    try:
        index_products_task.enqueue(ids)
    except Exception:
        logger.exception("could not enqueue indexing of %d products; indexing now", len(ids))
        update_products(ids)


#: Product ids of the current transaction, indexed once it commits.
_batch = CommitBatch(lambda ids: dispatch(ids))


def update_products(product_ids: Iterable[int]) -> int:
    """Re-index (or remove) these products in every maintained backend; never raises.

    Variants are replaced by their parent product. Returns how many documents
    were written to the configured backend.
    """
    ids = {int(pk) for pk in product_ids}
    try:
        load_catalogue_words()
        products = _load(ids)
        parent_ids = {p.parent_id for p in products if p.parent_id} - ids
        if parent_ids:
            products += _load(parent_ids)
            ids |= parent_ids
    except Exception:
        logger.exception("could not load products %s for indexing", sorted(ids))
        return 0
    missing = ids - {product.pk for product in products}
    indexed = 0
    for position, backend in enumerate(maintained_backends()):
        try:
            count = backend.index(products)
            if missing:
                backend.delete(missing)
        except SearchUnavailable as exc:
            logger.warning(
                "search backend %s unavailable; %d products not indexed: %s",
                backend.name,
                len(ids),
                exc,
            )
        except Exception:
            logger.exception("could not index products %s into %s", sorted(ids), backend.name)
        else:
            if position == 0:
                indexed = count
    return indexed


def load_catalogue_words(force: bool = False) -> int:
    """Teach the Thai segmenter our village, enterprise and category names (once per process).

    Index and query segment Thai the same way only if they know the same words,
    so this runs before any indexing; see :func:`search.analysis.add_words`.
    """
    global _vocabulary_loaded
    if _vocabulary_loaded and not force:
        return 0
    with _vocabulary_lock:
        if _vocabulary_loaded and not force:
            return 0
        added = analysis.add_words(catalogue_names())
        _vocabulary_loaded = True
    return added


def catalogue_names() -> list[str]:
    """Thai names of villages, community enterprises and categories."""
    from cms.models import VillagePage

    names = list(VillagePage.objects.values_list("title", flat=True))
    names += Partner.objects.values_list("name", flat=True)
    names += Category.objects.values_list("name", flat=True)
    return names


def _load(ids: set[int]) -> list:
    return list(products_for_indexing(Product.objects.filter(pk__in=ids)))
