"""``manage.py search_pages_rebuild``: rebuild the site search entries of the pages.

Villages, stories, collections and standard pages of every locale (aliases
included) are analysed again, e.g. after the Thai dictionary changed or after
pages were loaded with signals off. Idempotent and safe while the site runs:
the entries are replaced in one transaction.
"""

import sys
import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from cms import page_search


class Command(BaseCommand):
    help = "Rebuild the site search entries of villages, stories, collections and pages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not draw a progress bar."
        )

    def handle(self, *args, no_progress=False, **options):
        started = time.monotonic()
        with tqdm(
            total=page_search.count_searchable_pages(),
            desc="Indexing pages",
            unit="page",
            file=getattr(self.stderr, "_out", sys.stderr),
            disable=no_progress or None,
        ) as bar:
            indexed = page_search.rebuild(progress=bar.update)
        elapsed = time.monotonic() - started
        self.stdout.write(f"Indexed {indexed} pages in {elapsed:.1f} s")
