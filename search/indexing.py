"""Keep the search index and the autocomplete entries current as the catalogue changes.

Model signals (see :mod:`search.receivers`) call :func:`schedule` with the ids
of the products a change affects, and :func:`schedule_suggestions` with the
categories and village pages whose autocomplete entries changed. The ids are
collected per transaction and, once it commits, handed to the task queue in
one batch (:mod:`search.tasks`: run at once by django-tasks' immediate
backend, by a worker when one is configured). A rolled-back transaction
indexes nothing. Each batch is written with one ``backend.index`` call per
backend (split only past :data:`CHUNK` products), so a request that touches a
hundred stock records costs one bulk request, not a hundred.

Indexing never breaks a save. A backend that fails is logged, and the product
ids it missed go to :class:`search.models.IndexBacklog` with an exponential
back-off (1, 2, 4 ... minutes, capped at an hour). ``manage.py search_retry``
drains the backlog; every successful indexing run of a backend also retries up
to :data:`RETRY_AFTER_SUCCESS` due entries of that backend, so the index heals
by itself once Elasticsearch is back. Set ``SHOP_SEARCH_REALTIME = False`` to
turn realtime indexing off during bulk imports (then run ``search_rebuild``).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.models import Q
from django.utils import timezone
from oscar.core.loading import get_model

from search import analysis
from search.backends import SearchBackend, SearchUnavailable, maintained_backends
from search.backends.base import batched
from search.documents import products_for_indexing
from search.models import IndexBacklog
from search.suggestions import category_entries, product_entries, village_entries
from shop.commit_batch import CommitBatch

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")

#: Seconds before the first retry of a failed product; doubled on each failed attempt.
BACKOFF_FIRST = 60
#: The longest back-off, in seconds.
BACKOFF_MAX = 3600
#: Due backlog entries retried after each successful indexing run of a backend.
RETRY_AFTER_SUCCESS = 500
#: Products written per ``backend.index`` call: a bigger batch is split so memory
#: stays bounded when, say, an enterprise with thousands of products is renamed.
CHUNK = 1000
#: Autocomplete entry kinds kept current by :func:`schedule_suggestions` (product
#: entries follow their products through :func:`schedule`).
SUGGESTION_UPKEEP_KINDS = ("category", "village")

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


def schedule_suggestions(kind: str, object_ids: Iterable[int | None], using=None) -> None:
    """Refresh the autocomplete entries of these categories or village pages after commit.

    Entries that should no longer be suggested (a deleted, hidden or
    unpublished object) are removed.
    """
    if kind not in SUGGESTION_UPKEEP_KINDS:
        raise ValueError(f"unknown suggestion kind {kind!r}")
    if not realtime_enabled():
        return
    # "kind:id" strings: hashable for the batch and JSON-serialisable for the task queue.
    keys = {f"{kind}:{int(pk)}" for pk in object_ids if pk is not None}
    if keys:
        _suggestion_batch.add(keys, using=using)


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


def dispatch_suggestions(keys: Iterable[str]) -> None:
    """Hand a batch of "kind:id" keys to the task queue, or update them here."""
    keys = sorted(set(keys))
    if not keys:
        return
    from search.tasks import update_suggestions_task

    try:
        update_suggestions_task.enqueue(keys)
    except Exception:
        logger.exception("could not enqueue %d autocomplete updates; updating now", len(keys))
        update_suggestions(keys)


#: Product ids of the current transaction, indexed once it commits.
_batch = CommitBatch(lambda ids: dispatch(ids))
#: "category:12" / "village:7" keys of the current transaction.
_suggestion_batch = CommitBatch(lambda keys: dispatch_suggestions(keys))


# -- writing products -------------------------------------------------------------


@dataclass
class _Work:
    """Everything one chunk of product ids needs written, built once for every backend."""

    ids: set[int]
    #: Products to (re-)index: browsable ones get a document, others are removed.
    products: list
    #: Ids of products that no longer exist (deleted): removed from the index.
    missing: set[int]
    #: Autocomplete entries of the browsable products among ``ids``.
    entries: list[dict]
    #: Ids whose autocomplete entry must go (deleted, hidden, variants).
    unsuggested: set[int]


def update_products(product_ids: Iterable[int]) -> int:
    """Re-index (or remove) these products and their autocomplete entries in every
    maintained backend; never raises.

    Variants are replaced by their parent product. A backend that fails gets
    the ids in its backlog; one that succeeds retries its due backlog. Returns
    how many documents were written to the configured backend.
    """
    indexed = 0
    for chunk in batched(sorted({int(pk) for pk in product_ids}), CHUNK):
        try:
            load_catalogue_words()
            work = _prepare(chunk)
        except Exception:
            logger.exception("could not load products %s for indexing", chunk)
            continue
        for position, backend in enumerate(maintained_backends()):
            count = _write_or_backlog(backend, work)
            if count is None:
                continue
            if position == 0:
                indexed += count
            _after_success(backend, work.ids)
    return indexed


def _prepare(ids: Iterable[int]) -> _Work:
    ids = {int(pk) for pk in ids}
    products = _load(ids)
    parent_ids = {p.parent_id for p in products if p.parent_id} - ids
    if parent_ids:
        products += _load(parent_ids)
        ids |= parent_ids
    missing = ids - {product.pk for product in products}
    entries = list(product_entries(Product.objects.browsable().filter(pk__in=ids)))
    unsuggested = ids - {entry["object_id"] for entry in entries}
    return _Work(ids, products, missing, entries, unsuggested)


def _write(backend: SearchBackend, work: _Work) -> int:
    """Write one chunk into one backend: documents, removals, autocomplete entries."""
    count = backend.index(work.products) if work.products else 0
    if work.missing:
        backend.delete(work.missing)
    if work.entries:
        backend.index_suggestions(work.entries)
    if work.unsuggested:
        backend.delete_suggestions("product", work.unsuggested)
    return count


def _write_or_backlog(backend: SearchBackend, work: _Work) -> int | None:
    """:func:`_write`, logging a failure and recording it in the backlog (None then)."""
    try:
        return _write(backend, work)
    except SearchUnavailable as exc:
        logger.warning(
            "search backend %s unavailable; %d products not indexed: %s",
            backend.name,
            len(work.ids),
            exc,
        )
        record_failure(backend.name, work.ids, exc)
    except Exception as exc:
        logger.exception("could not index products %s into %s", sorted(work.ids), backend.name)
        record_failure(backend.name, work.ids, exc)
    return None


# -- the backlog ----------------------------------------------------------------------


def write_products(backend: SearchBackend, product_ids: Iterable[int]) -> int:
    """Re-index these products in one backend only (``search_rebuild`` catching up with
    the changes made while it ran); failures go to the backlog. Returns how many
    products were written."""
    written = 0
    for chunk in batched(sorted({int(pk) for pk in product_ids}), CHUNK):
        try:
            work = _prepare(chunk)
        except Exception as exc:
            logger.exception("could not load products %s for indexing", chunk)
            record_failure(backend.name, chunk, exc)
            continue
        if _write_or_backlog(backend, work) is not None:
            written += len(work.ids)
    return written


def backoff(attempts: int) -> timedelta:
    """How long to wait before retry number ``attempts`` + 1: 1 min, 2, 4 ... at most 1 h."""
    seconds = BACKOFF_FIRST * 2 ** max(0, min(attempts - 1, 16))
    return timedelta(seconds=min(seconds, BACKOFF_MAX))


def record_failure(backend_name: str, product_ids: Iterable[int], error) -> int:
    """Put these products in the backend's backlog (or count one more attempt); never raises.

    The backlog lives in the default database. When the transaction on it is
    already broken (a database error inside the caller's ``atomic`` block: the
    typical way the *database* backend fails), nothing more can be written in
    it, so the failure is only logged: the caller's transaction is rolled back
    anyway, and the changes that were to be indexed with it. Otherwise the rows
    are written in a savepoint, so that a failure here never breaks the caller.
    Returns how many products were recorded.
    """
    ids = sorted({int(pk) for pk in product_ids})
    if not ids:
        return 0
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block and connection.needs_rollback:
        logger.error(
            "indexing failure of %d products in %s not recorded for retry: "
            "the database transaction is broken (%s)",
            len(ids),
            backend_name,
            error,
        )
        return 0
    message = f"{type(error).__name__}: {error}"[:2000]
    now = timezone.now()
    try:
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            for chunk in batched(ids, 500):
                existing = {
                    row.product_id: row
                    for row in IndexBacklog.objects.select_for_update().filter(
                        backend=backend_name, product_id__in=chunk
                    )
                }
                for row in existing.values():
                    row.attempts += 1
                    row.last_error = message
                    row.due_at = now + backoff(row.attempts)
                IndexBacklog.objects.bulk_update(
                    existing.values(), ["attempts", "last_error", "due_at"]
                )
                IndexBacklog.objects.bulk_create(
                    [
                        IndexBacklog(
                            backend=backend_name,
                            product_id=pk,
                            attempts=1,
                            last_error=message,
                            due_at=now + backoff(1),
                        )
                        for pk in chunk
                        if pk not in existing
                    ],
                    ignore_conflicts=True,
                )
    except DatabaseError:
        logger.exception(
            "could not record %d products in the %s indexing backlog", len(ids), backend_name
        )
        return 0
    return len(ids)


def _after_success(backend: SearchBackend, ids: set[int]) -> None:
    """A write into ``backend`` worked: its backlog entries of ``ids`` are settled, and
    up to :data:`RETRY_AFTER_SUCCESS` due entries are retried (one query when none)."""
    try:
        rows = list(
            IndexBacklog.objects.filter(backend=backend.name)
            .filter(Q(product_id__in=ids) | Q(due_at__lte=timezone.now()))
            .order_by("due_at", "pk")
            .values_list("pk", "product_id")[: RETRY_AFTER_SUCCESS + len(ids)]
        )
        if not rows:
            return
        settled = [pk for pk, product_id in rows if product_id in ids]
        if settled:
            IndexBacklog.objects.filter(pk__in=settled).delete()
        due = [(pk, product_id) for pk, product_id in rows if product_id not in ids]
        if due:
            retry_entries(backend, due[:RETRY_AFTER_SUCCESS])
    except Exception:
        logger.exception("could not retry the %s indexing backlog", backend.name)


def retry_entries(backend: SearchBackend, rows: list[tuple[int, int]]) -> tuple[int, int]:
    """Retry backlog entries ``(entry pk, product id)`` of ``backend`` in one write.

    Deleted products are removed from the index. On success the entries go;
    on failure each one counts an attempt more and waits longer. Returns
    (succeeded, failed) product counts.
    """
    if not rows:
        return 0, 0
    pks = [pk for pk, _ in rows]
    ids = {product_id for _, product_id in rows}
    try:
        load_catalogue_words()
        work = _prepare(ids)
    except Exception as exc:
        logger.exception("could not load backlog products of %s", backend.name)
        record_failure(backend.name, ids, exc)
        return 0, len(ids)
    if _write_or_backlog(backend, work) is None:
        return 0, len(ids)
    IndexBacklog.objects.filter(pk__in=pks).delete()
    # A variant's parent was written too: settle its entry as well.
    extra = work.ids - ids
    if extra:
        IndexBacklog.objects.filter(backend=backend.name, product_id__in=extra).delete()
    return len(ids), 0


def backlog_backend(name: str) -> SearchBackend | None:
    """The maintained backend called ``name``, or None (then its backlog is not retried:
    a backend the settings no longer use has nothing to catch up with)."""
    return next((backend for backend in maintained_backends() if backend.name == name), None)


def due_entries(backend_name: str, limit: int, everything: bool = False, exclude=()):
    """Up to ``limit`` backlog rows ``(pk, product_id)`` of a backend, oldest due first."""
    rows = IndexBacklog.objects.filter(backend=backend_name).exclude(pk__in=list(exclude))
    if not everything:
        rows = rows.filter(due_at__lte=timezone.now())
    return list(rows.order_by("due_at", "pk").values_list("pk", "product_id")[:limit])


# -- autocomplete upkeep ------------------------------------------------------------


def update_suggestions(keys: Iterable[str]) -> int:
    """Refresh the autocomplete entries of "category:12" / "village:7" keys in every
    maintained backend; never raises. Returns how many entries were written (configured
    backend).

    A failure is logged but not put in the backlog (which holds products):
    category and village edits are rare, and ``search_rebuild`` rewrites every
    entry.
    """
    wanted: dict[str, set[int]] = {kind: set() for kind in SUGGESTION_UPKEEP_KINDS}
    for key in keys:
        kind, _, pk = str(key).partition(":")
        if kind in wanted and pk.isdigit():
            wanted[kind].add(int(pk))
    try:
        load_catalogue_words()
        entries, gone = _suggestion_work(wanted)
    except Exception:
        logger.exception("could not build autocomplete entries for %s", sorted(keys))
        return 0
    written = 0
    for position, backend in enumerate(maintained_backends()):
        try:
            count = backend.index_suggestions(entries) if entries else 0
            for kind, ids in gone.items():
                if ids:
                    backend.delete_suggestions(kind, ids)
        except SearchUnavailable as exc:
            logger.warning(
                "search backend %s unavailable; %d autocomplete entries not updated: %s",
                backend.name,
                len(entries),
                exc,
            )
        except Exception:
            logger.exception(
                "could not update %d autocomplete entries in %s", len(entries), backend.name
            )
        else:
            if position == 0:
                written = count or 0
    return written


def _suggestion_work(wanted: dict[str, set[int]]) -> tuple[list[dict], dict[str, set[int]]]:
    from cms.models import VillagePage
    from cms.translation import locale_id

    entries: list[dict] = []
    gone: dict[str, set[int]] = {}
    if wanted["category"]:
        ids = wanted["category"]
        found = list(category_entries(Category.objects.browsable().filter(pk__in=ids)))
        entries += found
        gone["category"] = ids - {entry["object_id"] for entry in found}
    if wanted["village"]:
        ids = wanted["village"]
        pages = VillagePage.objects.live().filter(locale_id=locale_id("th"), pk__in=ids)
        found = list(village_entries(pages))
        entries += found
        gone["village"] = ids - {entry["object_id"] for entry in found}
    return entries, gone


# -- vocabulary -------------------------------------------------------------------


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
        analysis.warm_up()
        _vocabulary_loaded = True
    return added


#: Joins inside a category name ("ชาและชาสมุนไพร", tea and herbal tea): the name is a
#: phrase of several words, and learnt whole it would hide them (ชา, ชาสมุนไพร).
CATEGORY_JOINS = re.compile(r"และ|/|,|&")


def catalogue_names() -> list[str]:
    """Thai names of villages and community enterprises (proper names, kept whole:
    ห้วยยายจิ๋ว), and the parts of category names the dictionary cannot already cut
    into known words (see :func:`category_words`)."""
    from cms.models import VillagePage

    names = list(VillagePage.objects.values_list("title", flat=True))
    names += Partner.objects.values_list("name", flat=True)
    for name in Category.objects.values_list("name", flat=True):
        names += category_words(name)
    return names


def category_words(name: str) -> list[str]:
    """The parts of a category name worth learning as words.

    A category name is a phrase ("ชาและชาสมุนไพร", tea and herbal tea): learnt
    whole it would hide the words a buyer types (ชา, สมุนไพร). So it is cut at
    its joins (:data:`CATEGORY_JOINS`) and a part is learnt only when the
    dictionary cannot cut it into known words.
    """
    return [
        part
        for part in CATEGORY_JOINS.split(name or "")
        if not all(analysis.is_known(word) for word in analysis.tokens(part))
    ]


def _load(ids: set[int]) -> list:
    return list(products_for_indexing(Product.objects.filter(pk__in=ids)))
