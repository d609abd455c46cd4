"""``manage.py search_rebuild``: rebuild the product search index and the autocomplete
entries from the database.

Idempotent and safe while the site runs: the database backend swaps its
documents in one transaction, Elasticsearch loads a new index and swaps an
alias, so searches keep answering from the old index until the new one is
complete. When the configured backend is not the database, the database index
(the fallback used while Elasticsearch is down) is rebuilt too, unless
``--backend`` names just one. A rebuild also settles that backend's indexing
backlog (:class:`search.models.IndexBacklog`): every product it held has just
been written. Products saved while it ran (their realtime update may have gone
to the index being replaced) are written again once the new index is live.

Callers in Python may pass ``progress=callable`` (called with the number of
products just written, like the progress bar).
"""

import sys
import time
from collections import defaultdict

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from oscar.core.loading import get_model
from tqdm import tqdm

from search.backends import BACKENDS, FALLBACK, SearchUnavailable, get_backend
from search.documents import indexable_products, indexable_rows
from search.indexing import load_catalogue_words, write_products
from search.models import IndexBacklog
from search.suggestions import build_entries

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


class Command(BaseCommand):
    help = (
        "Rebuild the product search index and autocomplete entries "
        "(configured backend and the database fallback)."
    )
    #: ``call_command("search_rebuild", progress=f)``: f(n) after each batch written.
    stealth_options = ("progress",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            choices=sorted(BACKENDS),
            help="Rebuild only this backend (default: SHOP_SEARCH_BACKEND and the fallback).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not draw a progress bar."
        )

    def handle(self, *args, backend=None, no_progress=False, progress=None, **options):
        configured = [settings.SHOP_SEARCH_BACKEND, FALLBACK]
        names = [backend] if backend else list(dict.fromkeys(configured))
        started = time.monotonic()
        load_catalogue_words()
        total = indexable_products().count()
        # Built once for every backend: the keys (Thai pieces) cost more than writing.
        entries = list(build_entries())
        indexed = suggestions = 0
        product_seconds = 0.0
        for name in names:
            engine = get_backend(name)
            backlog = _backlog_snapshot(engine.name)
            since = timezone.now()
            products = indexable_rows(engine.batch_size)
            began = time.monotonic()
            with tqdm(
                total=total,
                desc=f"Indexing into {engine.name}",
                unit="product",
                file=getattr(self.stderr, "_out", sys.stderr),
                disable=no_progress or None,
            ) as bar:

                def advance(count, bar=bar):
                    bar.update(count)
                    if progress is not None:
                        progress(count)

                try:
                    indexed = engine.rebuild(products, progress=advance)
                    written = time.monotonic()
                    suggestions = engine.index_suggestions(entries, replace=True)
                except SearchUnavailable as exc:
                    raise CommandError(f"{engine.name} is unavailable: {exc}") from exc
            product_seconds += written - began
            caught_up = write_products(engine, _changed_since(since))
            settled = _settle_backlog(backlog)
            done = time.monotonic()
            detail = (
                f"  {engine.name}: {indexed} products in {written - began:.1f} s, "
                f"{suggestions} suggestions in {done - written:.1f} s"
            )
            if caught_up:
                detail += f", {caught_up} products changed meanwhile written again"
            if settled:
                detail += f", {settled} backlog entries settled"
            self.stderr.write(detail)
        elapsed = time.monotonic() - started
        # Throughput of the product indexes themselves (documents built and written),
        # over every backend rebuilt; the total includes suggestions and loading words.
        rate = indexed * len(names) / product_seconds if product_seconds > 0 else 0.0
        self.stdout.write(
            f"Indexed {indexed} products ({rate:.0f} products/s) "
            f"and {suggestions} suggestions into {' + '.join(names)} in {elapsed:.1f} s"
        )


def _changed_since(moment) -> set[int]:
    """Products (or their stock) saved since ``moment``."""
    ids = set(Product.objects.filter(date_updated__gte=moment).values_list("pk", flat=True))
    ids |= set(
        StockRecord.objects.filter(date_updated__gte=moment).values_list("product_id", flat=True)
    )
    return ids


def _backlog_snapshot(backend_name: str) -> dict[int, list[int]]:
    """The backend's backlog entries before the rebuild, by attempts: {attempts: [pk]}."""
    snapshot = defaultdict(list)
    for pk, attempts in IndexBacklog.objects.filter(backend=backend_name).values_list(
        "pk", "attempts"
    ):
        snapshot[attempts].append(pk)
    return snapshot


def _settle_backlog(snapshot: dict[int, list[int]]) -> int:
    """Drop the entries the rebuild made current: those that did not fail again meanwhile
    (an entry that did counts one attempt more, and stays)."""
    settled = 0
    for attempts, pks in snapshot.items():
        for start in range(0, len(pks), 500):
            chunk = pks[start : start + 500]
            settled += IndexBacklog.objects.filter(pk__in=chunk, attempts=attempts).delete()[0]
    return settled
