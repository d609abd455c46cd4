"""``manage.py search_rebuild``: rebuild the product search index from the database.

Idempotent and safe while the site runs: the database backend swaps its
documents in one transaction, Elasticsearch loads a new index and swaps an
alias. When the configured backend is not the database, the database index
(the fallback used while Elasticsearch is down) is rebuilt too, unless
``--backend`` names just one.
"""

import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search.backends import BACKENDS, FALLBACK, SearchUnavailable, get_backend
from search.documents import indexable_products
from search.indexing import load_catalogue_words


class Command(BaseCommand):
    help = "Rebuild the product search index (configured backend and the database fallback)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            choices=sorted(BACKENDS),
            help="Rebuild only this backend (default: SHOP_SEARCH_BACKEND and the fallback).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not draw a progress bar."
        )

    def handle(self, *args, backend=None, no_progress=False, **options):
        configured = [settings.SHOP_SEARCH_BACKEND, FALLBACK]
        names = [backend] if backend else list(dict.fromkeys(configured))
        load_catalogue_words()
        total = indexable_products().count()
        started = time.monotonic()
        indexed = 0
        for name in names:
            engine = get_backend(name)
            products = indexable_products().iterator(chunk_size=engine.batch_size)
            with tqdm(
                total=total,
                desc=f"Indexing into {engine.name}",
                unit="product",
                file=getattr(self.stderr, "_out", sys.stderr),
                disable=no_progress or None,
            ) as bar:
                try:
                    indexed = engine.rebuild(products, progress=bar.update)
                except SearchUnavailable as exc:
                    raise CommandError(f"{engine.name} is unavailable: {exc}") from exc
        elapsed = time.monotonic() - started
        rate = indexed / elapsed if elapsed > 0 else 0.0
        self.stdout.write(
            f"Indexed {indexed} products in {elapsed:.1f} s ({rate:.0f} products/s) "
            f"into {' + '.join(names)}"
        )
