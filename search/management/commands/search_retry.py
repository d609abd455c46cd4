"""``manage.py search_retry``: index the products a search backend missed.

When a backend fails (Elasticsearch down, a rejected document), realtime
indexing records the products in :class:`search.models.IndexBacklog` with an
exponential back-off. Successful indexing runs retry some of it on their own;
this command (run it from cron every few minutes, or after an outage with
``--all``) retries every due entry, in bulk, one write per batch. Deleted
products are removed from the index. A backend that fails again stops being
retried for this run: its remaining entries wait for their back-off.
"""

import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from search.backends import BACKENDS
from search.indexing import backlog_backend, due_entries, retry_entries
from search.models import IndexBacklog


class Command(BaseCommand):
    help = "Retry indexing the products a search backend failed to index (the backlog)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            choices=sorted(BACKENDS),
            help="Retry only this backend's entries (default: every maintained backend).",
        )
        parser.add_argument(
            "--all",
            action="store_true",
            dest="everything",
            help="Retry every entry now, not only those whose back-off has run out.",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Products written per request (default 500).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not draw a progress bar."
        )

    def handle(self, *args, backend=None, everything=False, batch_size=500, **options):
        names = [backend] if backend else _backlog_names()
        retried = indexed = failing = 0
        for name in names:
            engine = backlog_backend(name)
            if engine is None:
                waiting = IndexBacklog.objects.filter(backend=name).count()
                self.stderr.write(
                    f"{waiting} backlog entries of {name} left alone: "
                    "it is not a backend this site maintains"
                )
                continue
            rows = due_entries(name, limit=sys.maxsize, everything=everything)
            if not rows:
                continue
            with tqdm(
                total=len(rows),
                desc=f"Retrying {name}",
                unit="product",
                file=getattr(self.stderr, "_out", sys.stderr),
                disable=options["no_progress"] or None,
            ) as bar:
                for start in range(0, len(rows), max(1, batch_size)):
                    batch = rows[start : start + batch_size]
                    ok, failed = retry_entries(engine, batch)
                    retried += ok + failed
                    indexed += ok
                    failing += failed
                    bar.update(len(batch))
                    if failed:
                        left = len(rows) - start - len(batch)
                        if left:
                            self.stderr.write(
                                f"{name} is failing; {left} more entries wait for their back-off"
                            )
                        break
        self.stdout.write(f"Retried {retried} products: {indexed} indexed, {failing} still failing")


def _backlog_names() -> list[str]:
    return sorted(IndexBacklog.objects.values_list("backend", flat=True).distinct())
