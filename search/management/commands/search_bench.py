"""``manage.py search_bench`` (``make bench``): how fast search is with a large catalogue.

For each size (1,000 and 10,000 products by default) and each backend (the
database backend on the database at hand: SQLite, or PostgreSQL when
``DATABASE_URL`` points at it; Elasticsearch when it answers), the command

1. grows the synthetic catalogue to that size (``load_demo_data --products``),
2. times ``search_rebuild --backend <name>`` (products per second, suggestions included),
3. runs a fixed query mix against the backend: plain searches (Thai words,
   Thai pieces of compounds, English words, typos, province names, every
   sort), faceted searches with filters, and autocomplete prefixes, each
   repeated ``--searches`` times after a warm-up, and reports p50/p95 in ms,
4. counts the SQL queries of the search results page (``/shop/search/?q=``)
   with 20 and 100 products per page,

then prints one table with the targets beside the figures and PASS/MISS.
It never fails on a miss (timings depend on the machine; nothing here is a test).

The catalogue lives in its own database, never the development one: a SQLite
file under ``var/bench/`` or a ``<name>_bench`` PostgreSQL database (created
and dropped like Django's test databases), its media under ``var/bench/media``
and an Elasticsearch index named ``chumchon-bench-products``. ``--in-place``
uses the current database instead (the smoke test does, inside its own test
database).
"""

from __future__ import annotations

import io
import json
import math
import re
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import resolve

from search import regions
from search.backends import SearchQuery, SearchUnavailable, get_backend, reset_backends
from search.documents import indexable_products
from shop.demo.synthetic import load_synthetic

DEFAULT_SIZES = (1000, 10000)
BENCH_INDEX = "chumchon-bench-products"
SEARCH_URL = "/shop/search/"
PAGE_SIZES = (20, 100)

#: Plain searches: Thai words, Thai pieces of compounds, English words, typos,
#: province names; each runs under every sort in turn.
SEARCHES = (
    "ผ้าไหม",
    "ผ้าขาวม้า",
    "มัดหมี่",
    "ข้าวตัง",
    "เครื่องปั้นดินเผา",
    "ไหม",
    "ดินเผา",
    "คราม",
    "ผ้าพันคอ สีแดง",
    "สบู่สมุนไพร",
    "silk",
    "scarf",
    "indigo shirt",
    "pottery",
    "rice crackers",
    "ผ้าขาวม้",
    "mudme",
    "scraf",
    "potery",
    "ชัยภูมิ",
    "กาฬสินธุ์",
    "Nonthaburi",
    "sukhothai",
)
SORTS = ("relevance", "price-asc", "price-desc", "newest")
#: Autocomplete prefixes: one or two Thai characters, short English prefixes.
PREFIXES = ("ผ", "ผ้", "ไห", "มั", "ข้", "ค", "เก", "บ้", "s", "si", "sil", "po", "mud", "ban")

#: Targets: p95 of searches and faceted searches in ms per backend, autocomplete p95
#: on the database backend, rebuild rate, SQL queries of the results page.
SEARCH_P95_MS = {"elasticsearch": 30.0, "database": 80.0}
AUTOCOMPLETE_DB_P95_MS = 50.0
REBUILD_RATE = 3000.0
PAGE_QUERIES = 10


def facet_queries() -> list[SearchQuery]:
    """The faceted mix: counts of every facet, with and without text and filters."""
    chaiyaphum = regions.province_code("ชัยภูมิ", "Chaiyaphum")
    kalasin = regions.province_code("กาฬสินธุ์", "Kalasin")
    mixes = [
        ("", {}),
        ("ผ้า", {}),
        ("ผ้าไหม", {"price": ["500-1000", "1000-2000"]}),
        ("silk", {"in_stock": ["1"], "certification": ["otop"]}),
        ("", {"region": ["northeast"]}),
        ("ข้าว", {"civ": ["1"]}),
        ("scarf", {"province": [chaiyaphum, kalasin]}),
        ("", {"price": ["0-200"], "in_stock": ["1"]}),
        ("สมุนไพร", {"certification": ["organic", "cosmetic"]}),
        ("mudme", {}),
    ]
    return [
        SearchQuery(text=text, filters=filters, facets=True, sort=SORTS[n % len(SORTS)])
        for n, (text, filters) in enumerate(mixes)
    ]


def search_queries() -> list[SearchQuery]:
    return [SearchQuery(text=text, sort=sort) for sort in SORTS for text in SEARCHES]


@dataclass
class Row:
    """Figures of one backend at one catalogue size."""

    backend: str
    size: int
    search: tuple[float, float] | None = None
    facets: tuple[float, float] | None = None
    autocomplete: tuple[float, float] | None = None
    rebuild_rate: float | None = None
    rebuild_seconds: float | None = None
    page_queries: dict[int, int | str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class Command(BaseCommand):
    help = (
        "Benchmark search on a synthetic catalogue (1,000 and 10,000 products): rebuild rate, "
        "search/facet/autocomplete latency, SQL queries of the results page, against targets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), metavar="N",
            help="Catalogue sizes, ascending (default 1000 10000).",
        )
        parser.add_argument(
            "--searches", type=int, default=200,
            help="Timed calls per mix (searches, faceted searches, autocomplete; default 200).",
        )
        parser.add_argument(
            "--warmup", type=int, default=20, help="Untimed calls per mix first (default 20)."
        )
        parser.add_argument(
            "--backends", nargs="+", choices=("database", "elasticsearch"),
            help="Backends to measure (default: database, and Elasticsearch when it answers).",
        )
        parser.add_argument(
            "--bench-dir", default=str(Path(settings.BASE_DIR) / "var" / "bench"),
            help="Where the SQLite database and media go (default var/bench).",
        )
        parser.add_argument(
            "--image-size", type=int, default=160,
            help="Size of the demo product images in the bench database (default 160).",
        )
        parser.add_argument(
            "--index", default=BENCH_INDEX,
            help=f"Elasticsearch index (alias) name to build (default {BENCH_INDEX}).",
        )
        parser.add_argument(
            "--in-place", action="store_true",
            help="Use the current database as it is (no fresh database, no demo load).",
        )
        parser.add_argument(
            "--keep", action="store_true",
            help="Keep the bench database and Elasticsearch index afterwards.",
        )

    def handle(self, *args, sizes, searches, warmup, backends, bench_dir, image_size, index,
               in_place, keep, verbosity, **options):
        bench_dir = Path(bench_dir)
        names, skipped = self._backends(backends)
        rows: list[Row] = []
        with ExitStack() as stack:
            stack.enter_context(
                override_settings(
                    SHOP_SEARCH_REALTIME=False,
                    SHOP_ELASTICSEARCH_INDEX=index,
                    MEDIA_ROOT=str(bench_dir / "media"),
                    ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"],
                    DEBUG=False,
                )
            )
            reset_backends()
            if not in_place:
                stack.enter_context(self._bench_database(bench_dir, keep))
                self._say("Loading the demo data…")
                call_command("load_demo_data", image_size=image_size, verbosity=0,
                             stdout=io.StringIO())
            for size in sorted(sizes):
                summary = load_synthetic(size)
                self._say(str(summary))
                for name in names:
                    rows.append(self._measure(name, size, searches, warmup))
            if "elasticsearch" in names and not keep:
                try:
                    get_backend("elasticsearch").clear()
                except SearchUnavailable:
                    pass
            reset_backends()
        self._report(rows, skipped)

    # -- set-up -------------------------------------------------------------------------

    def _backends(self, wanted):
        """(backends to measure, notes on the ones skipped)."""
        names = list(wanted or ["database", "elasticsearch"])
        skipped = []
        if "elasticsearch" in names:
            problem = elasticsearch_problem(settings.SHOP_ELASTICSEARCH_URL)
            if problem:
                names.remove("elasticsearch")
                skipped.append(
                    f"elasticsearch skipped: {problem} (set ELASTICSEARCH_URL to include it)"
                )
        return names, skipped

    @contextmanager
    def _bench_database(self, bench_dir: Path, keep: bool):
        """A fresh, migrated database beside the configured one (a file in ``bench_dir``
        for SQLite, ``<name>_bench`` for PostgreSQL), dropped afterwards unless ``keep``."""
        bench_dir.mkdir(parents=True, exist_ok=True)
        test = connection.settings_dict.setdefault("TEST", {})
        saved = dict(test)
        if connection.vendor == "sqlite":
            test["NAME"] = str(bench_dir / "bench.sqlite3")
        else:
            test["NAME"] = f"{connection.settings_dict['NAME']}_bench"
        self._say(f"Creating the bench database {test['NAME']} (migrations take a minute)…")
        old_name = connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False
        )
        try:
            yield
        finally:
            if keep:
                self._say(f"Kept the bench database {test['NAME']}.")
                connection.close()
                settings.DATABASES[connection.alias]["NAME"] = old_name
                connection.settings_dict["NAME"] = old_name
            else:
                connection.creation.destroy_test_db(old_name, verbosity=0)
            test.clear()
            test.update(saved)

    # -- measuring ------------------------------------------------------------------------

    def _measure(self, name: str, size: int, searches: int, warmup: int) -> Row:
        label = f"{name} ({connection.vendor})" if name == "database" else name
        row = Row(backend=label, size=size)
        with override_settings(SHOP_SEARCH_BACKEND=name):
            reset_backends()
            engine = get_backend(name)
            total = indexable_products().count()
            self._say(f"{label}, {size} products: search_rebuild…")
            started = time.perf_counter()
            out = io.StringIO()
            call_command(
                "search_rebuild", backend=name, no_progress=True,
                stdout=out, stderr=io.StringIO(),
            )
            seconds = time.perf_counter() - started
            # The command's own figure: documents built and written, per second (the
            # whole command also loads the word list and writes autocomplete entries).
            found = re.search(r"\((\d+) products/s\)", out.getvalue())
            row.rebuild_rate = float(found.group(1)) if found else total / seconds
            row.rebuild_seconds = seconds
            self._say(
                f"  rebuild: {total} products, {row.rebuild_rate:.0f} products/s "
                f"(whole command with autocomplete entries: {row.rebuild_seconds:.1f} s)"
            )
            row.search = self._timed(row, "search", engine.search, search_queries(),
                                     searches, warmup)
            row.facets = self._timed(row, "facets", engine.search, facet_queries(),
                                     searches, warmup)
            row.autocomplete = self._timed(row, "autocomplete", engine.suggest, PREFIXES,
                                           searches, warmup)
            for page_size in PAGE_SIZES:
                row.page_queries[page_size] = self._page_queries(page_size)
        reset_backends()
        return row

    def _timed(self, row, what, call, arguments, repeat, warmup):
        """(p50, p95) in ms of ``call`` over ``arguments`` in turn, ``repeat`` calls."""
        try:
            for n in range(warmup):
                call(arguments[n % len(arguments)])
            times = []
            for n in range(repeat):
                argument = arguments[n % len(arguments)]
                started = time.perf_counter()
                call(argument)
                times.append((time.perf_counter() - started) * 1000)
        except NotImplementedError:
            row.notes.append(f"{what}: not implemented by this backend")
            return None
        except SearchUnavailable as exc:
            row.notes.append(f"{what}: backend unavailable ({exc})")
            return None
        figures = (percentile(times, 50), percentile(times, 95))
        self._say(f"  {what}: p50 {figures[0]:.1f} ms, p95 {figures[1]:.1f} ms")
        return figures

    def _page_queries(self, page_size: int) -> int | str:
        """SQL queries of one search results page (a second request: caches warm)."""
        view = resolve(SEARCH_URL).func.view_class
        saved = view.paginate_by
        view.paginate_by = page_size
        client = Client()
        url = f"{SEARCH_URL}?q=ผ้าไหม"
        try:
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
        finally:
            view.paginate_by = saved
        if response.status_code != 200:
            return f"HTTP {response.status_code}"
        return len(queries.captured_queries)

    # -- output -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        if self.verbosity > 0:
            self.stderr.write(text)

    def execute(self, *args, **options):
        self.verbosity = options.get("verbosity", 1)
        return super().execute(*args, **options)

    def _report(self, rows: list[Row], skipped: list[str]) -> None:
        header = (
            f"{'backend':<22} {'size':>6}  {'search p50/p95 ms':<22} {'facets p50/p95 ms':<22} "
            f"{'autocomplete p50/p95':<22} {'rebuild prod/s':<16} page queries (20/100)"
        )
        lines = ["", header, "-" * len(header)]
        for row in rows:
            engine = "elasticsearch" if row.backend == "elasticsearch" else "database"
            limit = SEARCH_P95_MS[engine]
            complete_limit = AUTOCOMPLETE_DB_P95_MS if engine == "database" else None
            pages = [row.page_queries.get(size) for size in PAGE_SIZES]
            page_ok = all(isinstance(count, int) and count <= PAGE_QUERIES for count in pages)
            rate_ok = row.rebuild_rate is not None and row.rebuild_rate >= REBUILD_RATE
            lines.append(
                f"{row.backend:<22} {row.size:>6}  "
                f"{latency(row.search, limit):<22} {latency(row.facets, limit):<22} "
                f"{latency(row.autocomplete, complete_limit):<22} "
                f"{f'{row.rebuild_rate:.0f}':>6} {verdict(rate_ok):<9} "
                f"{'/'.join(str(p) for p in pages)} {verdict(page_ok)}"
            )
            lines += [f"    note: {note}" for note in row.notes]
        lines += [
            "",
            "Targets: search and facets p95 <= 30 ms (Elasticsearch), <= 80 ms (database) at "
            f"10,000; autocomplete p95 < {AUTOCOMPLETE_DB_P95_MS:.0f} ms (database); rebuild "
            f">= {REBUILD_RATE:.0f} products/s; results page <= {PAGE_QUERIES} SQL queries.",
            "Figures depend on the machine; a MISS is reported, never fatal.",
        ]
        lines += [f"Note: {note}" for note in skipped]
        self.stdout.write("\n".join(lines))


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def latency(figures, limit) -> str:
    """"p50 / p95" and the verdict of the p95 against ``limit`` (None: no target)."""
    if figures is None:
        return "n/a"
    text = f"{figures[0]:.1f} / {figures[1]:.1f}"
    return text if limit is None else f"{text} {verdict(figures[1] <= limit)}"


def elasticsearch_problem(url: str) -> str | None:
    """Why Elasticsearch at ``url`` cannot be benchmarked, or None (cluster health, as the
    test distribution answers 405 to ``GET /``)."""
    health = url.rstrip("/") + "/_cluster/health?wait_for_status=yellow&timeout=5s"
    try:
        with urllib.request.urlopen(health, timeout=10) as response:
            status = json.load(response).get("status")
    except (OSError, ValueError) as exc:
        return f"no answer from {url} ({exc})"
    if status not in {"green", "yellow"}:
        return f"cluster at {url} is {status}"
    return None

