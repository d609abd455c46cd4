"""The database search backend: SQLite FTS5 or PostgreSQL full text, no extra service.

Documents are rows of :class:`search.models.ProductDocument` (with their
categories and certification kinds in link tables), so filters and sorts are
ordinary SQL. Only the word matching is vendor specific and lives in a small
"dialect" per vendor:

* SQLite: an FTS5 table whose ``unicode61`` tokenizer keeps letters, digits
  and marks together (Thai vowel and tone marks are category M: without
  ``M*`` a Thai word is cut at every mark).
* PostgreSQL: a weighted ``tsvector`` written from our already segmented terms
  as a literal (PostgreSQL's own parser would re-split or drop Thai), queried
  with ``tsquery`` literals we build and escape.

Both score relevance with the contract's explicit weights (see base.py), in
SQL. Typo tolerance: neither engine can find a word "two edits away", so the
near words of each query word are looked up in the in-memory vocabulary
(:mod:`search.vocabulary`) and added to the full-text query as alternatives.

Queries per search: one for the page and its total (``COUNT(*) OVER ()``),
one more for all facet counts (a ``UNION ALL`` of ``GROUP BY``s over a
materialised CTE of the text matches), and, for a text query without results,
one or two counts that check the did-you-mean suggestion.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Window,
)
from django.db.models.expressions import RawSQL
from django.utils import timezone

from search import analysis, vocabulary
from search.documents import build_documents, category_paths, document_batches
from search.models import (
    ProductDocument,
    ProductDocumentCategory,
    ProductDocumentCertification,
    SearchTerm,
    SuggestionEntry,
    SuggestionKey,
)
from search.suggestions import MAX_KEY_LENGTH, normalise_prefix

from .base import (
    BODY_WEIGHT,
    FACETS,
    FUZZY_WEIGHT,
    PRICE_RANGES,
    SUBWORD_WEIGHT,
    SUGGESTION_KINDS,
    TITLE_WEIGHT,
    Progress,
    SearchBackend,
    SearchQuery,
    SearchResults,
    Suggestion,
    batched,
)

DOCUMENTS = ProductDocument._meta.db_table
CATEGORIES = ProductDocumentCategory._meta.db_table
CERTIFICATIONS = ProductDocumentCertification._meta.db_table
ENTRIES = SuggestionEntry._meta.db_table
KEYS = SuggestionKey._meta.db_table
FTS_TABLE = f"{DOCUMENTS}_fts"
#: Columns of a document row written from :func:`_row` (then ``indexed_at``).
DOCUMENT_COLUMNS = (
    "product_id",
    "title_terms",
    "body_terms",
    "subword_terms",
    "price",
    "in_stock",
    "enterprise_id",
    "village_id",
    "province",
    "province_code",
    "region",
    "is_civ",
    "boost",
    "date_created",
)
#: PostgreSQL tsvector positions stop at this number.
PG_MAX_POSITION = 16383
#: The tsvector weights our documents' positions carry (title, body, sub-words).
ALL_WEIGHTS = frozenset("ABC")
#: Above every code point: ``key < prefix + TOP`` ends a prefix range scan.
TOP = "\U0010ffff"
#: Facets whose values are document columns: facet -> column.
COLUMN_FACETS = {
    "region": "region",
    "province": "province_code",
    "village": "village_id",
    "enterprise": "enterprise_id",
    "civ": "is_civ",
    "in_stock": "in_stock",
}
INTEGER_FACETS = {"village", "enterprise"}
BOOLEAN_FACETS = {"civ", "in_stock"}
#: Columns of the facet CTE (the text matches within the category pages).
CTE_COLUMNS = ("product_id", *dict.fromkeys(COLUMN_FACETS.values()), "price")


class DatabaseBackend(SearchBackend):
    """Search in the project's own database (SQLite or PostgreSQL)."""

    name = "database"

    def __init__(self, using: str = DEFAULT_DB_ALIAS):
        self.using = using

    # -- writing -------------------------------------------------------------

    def index(self, products: Iterable) -> int:
        products = list(products)
        if not products:
            return 0
        documents = build_documents(products)
        kept = {doc["id"] for doc in documents}
        with transaction.atomic(using=self.using):
            self._delete([product.pk for product in products if product.pk not in kept])
            self._write(documents, replace=True)
            vocabulary.add(vocabulary.terms_of(documents), using=self.using)
        return len(documents)

    def delete(self, product_ids: Iterable[int]) -> None:
        ids = [int(pk) for pk in product_ids]
        if ids:
            with transaction.atomic(using=self.using):
                self._delete(ids)

    def clear(self) -> None:
        # Plain DELETEs: the ORM would first load every document id to cascade.
        with transaction.atomic(using=self.using):
            with self._cursor as cursor:
                cursor.execute(f"DELETE FROM {CATEGORIES}")
                cursor.execute(f"DELETE FROM {CERTIFICATIONS}")
                cursor.execute(f"DELETE FROM {DOCUMENTS}")
            self._dialect().clear(self._cursor)
            vocabulary.clear(using=self.using)

    def rebuild(self, products: Iterable, progress: Progress | None = None) -> int:
        """Rewrite every document in one transaction: readers see the old index until commit.

        The vocabulary is recomputed with document frequencies (the tie-breaker
        between equally near fuzzy candidates and did-you-mean corrections).
        """
        count = 0
        paths = category_paths()
        words: Counter = Counter()
        with transaction.atomic(using=self.using), self._dialect().bulk(connections[self.using]):
            self.clear()
            for read, documents, terms in document_batches(
                products, self.batch_size, paths, count_terms=True
            ):
                self._write(documents)
                words.update(terms)
                count += len(documents)
                if progress is not None:
                    progress(read)
            vocabulary.replace(vocabulary.without_long_terms(words), using=self.using)
            self._analyse(DOCUMENTS, CATEGORIES, CERTIFICATIONS, SearchTerm._meta.db_table)
        self._vacuum(DOCUMENTS, CATEGORIES, CERTIFICATIONS)
        return count

    def _delete(self, ids: list[int]) -> None:
        for chunk in batched(ids, self.batch_size):
            placeholders = ", ".join(["%s"] * len(chunk))
            with self._cursor as cursor:
                for table in (CATEGORIES, CERTIFICATIONS):
                    cursor.execute(
                        f"DELETE FROM {table} WHERE document_id IN ({placeholders})", chunk
                    )
                cursor.execute(
                    f"DELETE FROM {DOCUMENTS} WHERE product_id IN ({placeholders})", chunk
                )
            self._dialect().delete(self._cursor, chunk)

    def _write(self, documents: list[dict], replace: bool = False) -> None:
        """Write documents, their category and certification links and their full text.

        With ``replace``, existing rows are updated in place (an upsert, so two
        workers indexing the same product cannot collide on its primary key).
        """
        if not documents:
            return
        connection = connections[self.using]
        dialect = self._dialect()
        ids = [doc["id"] for doc in documents]
        if replace:
            placeholders = ", ".join(["%s"] * len(ids))
            with self._cursor as cursor:
                for table in (CATEGORIES, CERTIFICATIONS):
                    cursor.execute(
                        f"DELETE FROM {table} WHERE document_id IN ({placeholders})", ids
                    )
            dialect.delete(self._cursor, ids)
        # Plain executemany rather than bulk_create: building a model instance
        # per row and per link cost more than the rest of a rebuild's writes.
        ops, now = connection.ops, timezone.now()
        columns = [*DOCUMENT_COLUMNS, "indexed_at", *dialect.EXTRA_COLUMNS]
        values = ", ".join(["%s"] * (len(DOCUMENT_COLUMNS) + 1) + dialect.EXTRA_PLACEHOLDERS)
        sql = f"INSERT INTO {DOCUMENTS} ({', '.join(columns)}) VALUES ({values})"
        if replace:
            updated = ", ".join(f"{column} = excluded.{column}" for column in columns[1:])
            sql += f" ON CONFLICT (product_id) DO UPDATE SET {updated}"
        rows = []
        for doc in documents:
            row = _row(doc)
            row["price"] = ops.adapt_decimalfield_value(row["price"], 12, 2)
            row["date_created"] = ops.adapt_datetimefield_value(row["date_created"])
            rows.append(
                [
                    *(row[column] for column in DOCUMENT_COLUMNS),
                    ops.adapt_datetimefield_value(now),
                    *dialect.extra_values(doc),
                ]
            )
        categories = [
            (doc["id"], category_id)
            for doc in documents
            for category_id in dict.fromkeys(doc["category_ids"])
        ]
        certifications = [
            (doc["id"], kind)
            for doc in documents
            for kind in dict.fromkeys(doc.get("cert_kinds") or ())
        ]
        with self._cursor as cursor:
            cursor.executemany(sql, rows)
            if categories:
                cursor.executemany(
                    f"INSERT INTO {CATEGORIES} (document_id, category_id) VALUES (%s, %s)",
                    categories,
                )
            if certifications:
                cursor.executemany(
                    f"INSERT INTO {CERTIFICATIONS} (document_id, kind) VALUES (%s, %s)",
                    certifications,
                )
        dialect.write(self._cursor, documents)

    # -- reading -------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        dialect = self._dialect()
        terms = analysis.query_terms(query.text) if query.has_text else []
        if query.has_text and not terms:
            return SearchResults([], 0, self.name, facets=_facet_lists(query, {}))
        alternatives = [self._fuzzy(term, query) for term in terms]
        # Text matches within the category pages: what facets are counted over.
        base = ProductDocument.objects.using(self.using).all()
        if query.category_ids:
            in_categories = ProductDocumentCategory.objects.filter(
                document_id=OuterRef("pk"), category_id__in=query.category_ids
            )
            base = base.filter(Exists(in_categories))
        queryset = base
        if terms:
            base = base.filter(_text_match(dialect, terms, alternatives, by_index=True))
            # The page: read through the GIN index too, unless an ordered index walk
            # can stop at the page's end (a price or date sort, the total known).
            by_index = not query.facets or query.sort == "relevance"
            queryset = queryset.filter(_text_match(dialect, terms, alternatives, by_index))
        for name, values in query.filters.items():
            sql, params = _filter_sql(name, values, DOCUMENTS)
            queryset = queryset.filter(RawSQL(sql, params, output_field=BooleanField()))
        facets, total = self._facets(base, query) if query.facets else ({}, None)
        total, ids = self._page(queryset, query, terms, alternatives, total)
        suggestion = ""
        if not total and terms and query.suggest:
            suggestion = self._did_you_mean(query, terms)
        return SearchResults(ids, total, self.name, facets=facets, suggestion=suggestion)

    def _page(
        self, queryset, query, terms, alternatives, total: int | None = None
    ) -> tuple[int, list[int]]:
        """The total and the page's ids. With ``total`` already known (counted with the
        facets) the page is a plain ordered LIMIT, which the sort indexes serve."""
        if total is not None and (not total or not query.limit):
            return total, []
        if not query.limit:
            return queryset.count(), []
        if query.sort == "relevance":
            if terms:
                text_score = self._dialect().score(terms, alternatives)
                queryset = queryset.annotate(
                    score=ExpressionWrapper(text_score + F("boost"), output_field=IntegerField())
                )
            else:
                queryset = queryset.annotate(score=F("boost"))
        queryset = queryset.order_by(*_ordering(query.sort))
        if total is not None:
            window = slice(query.offset, query.offset + query.limit)
            return total, list(queryset.values_list("pk", flat=True)[window])
        # The total rides along with the page (COUNT(*) OVER ()): one query per search.
        if connections[self.using].vendor == "postgresql":
            rows = _narrow_window_page(queryset, query, self.using)
        else:
            rows = list(
                queryset.annotate(total=Window(Count("pk")))
                .order_by(*_ordering(query.sort))
                .values_list("pk", "total")[query.offset : query.offset + query.limit]
            )
        if rows:
            return rows[0][1], [pk for pk, _ in rows]
        return (queryset.count() if query.offset else 0), []

    def _fuzzy(self, term: analysis.QueryTerm, query: SearchQuery) -> list[str]:
        """Indexed words a query word may be a typo of (itself included when indexed)."""
        if not query.fuzzy or term.fuzzy <= 0:
            return []
        return vocabulary.candidates(term.exact, term.fuzzy, using=self.using)

    def _facets(self, base, query: SearchQuery) -> tuple[dict, int | None]:
        """Counts of every facet's values in one statement, and the search's total
        when the statement tells it (else None).

        The text matches (within ``category_ids``) are materialised once in a
        CTE. A facet is counted under every filter but its own; the column
        facets nobody filters by therefore share the same conditions (all the
        filters), and are counted together in one pass grouped by all their
        columns at once (a few hundred combinations), summed up here. Each
        filtered column facet and the two link-table facets (categories,
        certifications) get an arm of their own; all come back as one
        ``UNION ALL``. A plain browse thus scans the matches three times, not nine.

        The shared arm counts under every filter, so its counts add up to the
        search's total. A browse of the whole catalogue (no words, no category)
        needs no CTE at all: each arm reads the documents, and an unfiltered
        link-table facet reads just its index.
        """
        whole_catalogue = not query.has_text and not query.category_ids
        connection = connections[self.using]
        compiler = base.values_list(*CTE_COLUMNS).query.get_compiler(using=self.using)
        base_sql, base_params = compiler.as_sql()
        arms, params = [], []
        shared = [f for f in FACETS if _is_column_facet(f) and f not in query.filters]
        if shared:
            conditions, condition_params = _conditions(query.filters)
            values = [_facet_value(facet) for facet in shared]
            columns = ", ".join(f"{value} AS v{n}" for n, value in enumerate(values))
            padding = ", ".join(f"NULL AS v{n}" for n in range(len(shared), len(FACETS)))
            arms.append(
                f"SELECT 'shared' AS facet, {columns}{', ' + padding if padding else ''}, "
                f"COUNT(*) AS n FROM m WHERE {' AND '.join(conditions) or '1 = 1'} "
                f"GROUP BY {', '.join(values)}"
            )
            params += condition_params
        for facet in FACETS:
            if facet in shared:
                continue
            conditions, condition_params = _conditions(query.without(facet))
            value = _facet_value(facet)
            links = {"category": CATEGORIES, "certification": CERTIFICATIONS}.get(facet)
            if links and whole_catalogue and not conditions:
                source = f"{links} l"  # every link row belongs to a document
            elif links:
                source = f"m JOIN {links} l ON l.document_id = m.product_id"
            else:
                source = "m"
            if facet == "category":
                # Grouped by the integer, cast once per group: casting every link row
                # (twice more to test for NULL and '', which an id never is) cost a
                # third of the arm. Same counts.
                group, where = "l.category_id", " AND ".join(conditions) or "1 = 1"
            else:
                group = value
                where = " AND ".join([f"{value} IS NOT NULL", f"{value} <> ''", *conditions])
            padding = ", ".join(f"NULL AS v{n}" for n in range(1, len(FACETS)))
            arms.append(
                f"SELECT '{facet}' AS facet, {value} AS v0, {padding}, COUNT(*) AS n "
                f"FROM {source} WHERE {where} GROUP BY {group}"
            )
            params += condition_params
        columns = ", ".join(CTE_COLUMNS)
        materialised = "NOT MATERIALIZED" if whole_catalogue else "MATERIALIZED"
        sql = f"WITH m ({columns}) AS {materialised} ({base_sql}) " + " UNION ALL ".join(arms)
        with connection.cursor() as cursor:
            cursor.execute(sql, [*base_params, *params])
            rows = cursor.fetchall()
        counts: dict[str, dict[str, int]] = {}
        total = 0 if shared else None
        for facet, *values, count in rows:
            if facet != "shared":
                counts.setdefault(facet, {})[str(values[0])] = int(count)
                continue
            total += int(count)
            for name, value in zip(shared, values, strict=False):
                if value is not None and value != "":
                    found = counts.setdefault(name, {})
                    found[str(value)] = found.get(str(value), 0) + int(count)
        return _facet_lists(query, counts), total

    def _did_you_mean(self, query: SearchQuery, terms: list[analysis.QueryTerm]) -> str:
        """A corrected query text that has results, or "".

        Each query word the index does not know (not a word, piece or fuzzy
        match of any document) is replaced by its nearest indexed word within
        :func:`~search.analysis.max_edits`; a Thai run the analyser cut into
        several words is also tried whole (ผ้าไหมมัดหมี cut as ผ้าไหม มัด หมี
        is one edit from ผ้าไหมมัดหมี่). A candidate is only offered when a
        count confirms it finds something under the same categories and filters.
        """
        indexed = vocabulary.current(self.using)
        known = {
            term.exact
            for term in terms
            if term.exact in indexed or term.subword in indexed or self._fuzzy(term, query)
        }

        def fixed(word: str) -> str:
            if word in known:
                return word
            return vocabulary.closest(word, analysis.max_edits(word), using=self.using) or word

        by_word, by_run = [], []
        for run, pieces in _query_runs(query.text):
            by_word += [fixed(word) for word in pieces]
            whole = None
            if len(pieces) > 1 and analysis.is_thai(run):
                whole = vocabulary.closest(run, analysis.max_edits(run), using=self.using)
            by_run += [whole] if whole else [fixed(word) for word in pieces]
        original = " ".join(term.exact for term in terms)
        tried = {original}
        for words in (by_word, by_run):
            candidate = " ".join(dict.fromkeys(words))
            if candidate in tried:
                continue
            tried.add(candidate)
            check = SearchQuery(
                text=candidate,
                category_ids=query.category_ids,
                filters=query.filters,
                limit=0,
                fuzzy=query.fuzzy,
                suggest=False,
            )
            if self.search(check).total:
                return candidate
        return ""

    # -- autocomplete --------------------------------------------------------

    def index_suggestions(self, entries: Iterable[dict], replace: bool = False) -> int:
        count = 0
        with transaction.atomic(using=self.using):
            if replace:
                with self._cursor as cursor:
                    cursor.execute(f"DELETE FROM {KEYS}")
                    cursor.execute(f"DELETE FROM {ENTRIES}")
            for batch in batched(entries, 1000):
                # Keyed by (kind, object_id): the last of duplicates wins.
                unique = {(entry["kind"], int(entry["object_id"])): entry for entry in batch}
                by_kind: dict[str, list[int]] = {}
                for kind, object_id in unique:
                    by_kind.setdefault(kind, []).append(object_id)
                for kind, object_ids in by_kind.items():
                    self._delete_entries(kind, object_ids)
                # Plain executemany: 10,000 entries carry ~150,000 keys, and model
                # instances would cost more than the writing itself.
                with self._cursor as cursor:
                    cursor.executemany(
                        f"INSERT INTO {ENTRIES} (kind, object_id, label, label_en, url, url_en, "
                        "weight) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        [
                            (
                                kind,
                                object_id,
                                entry["label"][:255],
                                (entry.get("label_en") or "")[:255],
                                entry["url"][:500],
                                (entry.get("url_en") or "")[:500],
                                int(entry.get("weight") or 0),
                            )
                            for (kind, object_id), entry in unique.items()
                        ],
                    )
                    entry_ids = {}
                    for kind, object_ids in by_kind.items():
                        placeholders = ", ".join(["%s"] * len(object_ids))
                        cursor.execute(
                            f"SELECT id, object_id FROM {ENTRIES} "
                            f"WHERE kind = %s AND object_id IN ({placeholders})",
                            [kind, *object_ids],
                        )
                        for pk, object_id in cursor.fetchall():
                            entry_ids[(kind, object_id)] = pk
                    cursor.executemany(
                        f'INSERT INTO {KEYS} (entry_id, "key") VALUES (%s, %s)',
                        [
                            (entry_ids[ident], key)
                            for ident, entry in unique.items()
                            for key in dict.fromkeys(
                                k[:MAX_KEY_LENGTH] for k in entry.get("keys") or () if k
                            )
                        ],
                    )
                rows = unique
                count += len(rows)
            if replace:
                self._analyse(ENTRIES, KEYS)
        return count

    def delete_suggestions(self, kind: str, object_ids: Iterable[int]) -> None:
        ids = [int(pk) for pk in object_ids]
        with transaction.atomic(using=self.using):
            for chunk in batched(ids, self.batch_size):
                self._delete_entries(kind, chunk)

    def _delete_entries(self, kind: str, object_ids: list[int]) -> None:
        placeholders = ", ".join(["%s"] * len(object_ids))
        selected = f"SELECT id FROM {ENTRIES} WHERE kind = %s AND object_id IN ({placeholders})"
        with self._cursor as cursor:
            cursor.execute(
                f"DELETE FROM {KEYS} WHERE entry_id IN ({selected})", [kind, *object_ids]
            )
            cursor.execute(
                f"DELETE FROM {ENTRIES} WHERE kind = %s AND object_id IN ({placeholders})",
                [kind, *object_ids],
            )

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """One query: a B-tree range scan of the keys (``key >= p AND key < p + U+10FFFF``,
        which uses the index whatever the collation, unlike LIKE), grouped per entry,
        ranked in SQL exactly like :func:`search.suggestions.rank_key`."""
        prefix = normalise_prefix(prefix)
        if not prefix or limit <= 0:
            return []
        kind_order = " ".join(
            f"WHEN '{kind}' THEN {position}" for position, kind in enumerate(SUGGESTION_KINDS)
        )
        sql = (
            "SELECT e.kind, e.object_id, e.label, e.label_en, e.url, e.url_en "
            f"FROM {ENTRIES} e JOIN ("
            "SELECT entry_id, MAX(CASE WHEN key = %s THEN 1 ELSE 0 END) AS exact "
            f"FROM {KEYS} WHERE key >= %s AND key < %s GROUP BY entry_id"
            ") k ON k.entry_id = e.id "
            f"ORDER BY k.exact DESC, CASE e.kind {kind_order} ELSE {len(SUGGESTION_KINDS)} END, "
            "e.weight DESC, LENGTH(e.label), e.object_id "
            "LIMIT %s"
        )
        with self._cursor as cursor:
            cursor.execute(sql, [prefix, prefix, prefix + TOP, int(limit)])
            rows = cursor.fetchall()
        return [
            Suggestion(
                kind=kind,
                object_id=object_id,
                label=label,
                label_en=label_en or "",
                url=url,
                url_en=url_en or "",
            )
            for kind, object_id, label, label_en, url, url_en in rows
        ]

    # -- helpers -------------------------------------------------------------

    def _analyse(self, *tables: str) -> None:
        """PostgreSQL: fresh planner statistics for tables just rewritten, inside the
        rewriting transaction (ANALYZE counts its own uncommitted rows; other sessions
        see the statistics when they see the rows). Without them the planner plans the
        new index with the old or empty table's figures until autovacuum comes by.
        SQLite keeps no statistics unless asked, and plans well without them."""
        if connections[self.using].vendor != "postgresql":
            return
        with self._cursor as cursor:
            for table in tables:
                cursor.execute(f"ANALYZE {table}")

    def _vacuum(self, *tables: str) -> None:
        """PostgreSQL, once a rebuild has committed (not inside an outer transaction,
        where VACUUM cannot run): drop the replaced rows and mark the pages
        all-visible, so that facet passes over the whole catalogue are index-only
        scans of ``search_doc_facets_idx`` at once instead of after autovacuum's
        next round (until then they read the 5,000-page table, 2-4 times slower)."""
        connection = connections[self.using]
        if connection.vendor != "postgresql" or connection.in_atomic_block:
            return
        with self._cursor as cursor:
            for table in tables:
                cursor.execute(f"VACUUM {table}")

    def _dialect(self):
        vendor = connections[self.using].vendor
        if vendor == "sqlite":
            return SQLiteDialect
        if vendor == "postgresql":
            return PostgresDialect
        raise NotImplementedError(f"database search supports SQLite and PostgreSQL, not {vendor}")

    @property
    def _cursor(self):
        return connections[self.using].cursor()


def _row(doc: dict) -> dict:
    """The model fields of a document."""
    return {
        "product_id": doc["id"],
        "title_terms": doc["title_terms"],
        "body_terms": doc["body_terms"],
        "subword_terms": doc["subword_terms"],
        "price": doc["price"],
        "in_stock": doc["in_stock"],
        "enterprise_id": doc["enterprise_id"],
        "village_id": doc["village_id"],
        "province": (doc["province"] or "")[:100],
        "province_code": (doc.get("province_code") or "")[:2],
        "region": (doc.get("region") or "")[:10],
        "is_civ": doc["is_civ"],
        "boost": int(doc.get("boost") or 0),
        "date_created": doc["date_created"],
    }


def _ordering(sort: str) -> list:
    """ORDER BY for a sort; every order ends on the primary key so pages never overlap.

    Equal prices go newest first (unpriced products last either way); "relevance"
    is the score (the text score plus the curator boost, or the boost alone
    without text), then newest first.
    """
    newest = [F("date_created").desc(), F("pk").desc()]
    if sort == "price-asc":
        return [F("price").asc(nulls_last=True), *newest]
    if sort == "price-desc":
        return [F("price").desc(nulls_last=True), *newest]
    if sort == "relevance":
        return [F("score").desc(), *newest]
    return newest


def _text_match(dialect, terms, alternatives, by_index: bool):
    """The dialect's text condition; on PostgreSQL ``by_index`` reads it through the
    GIN index whatever the statistics say (see :meth:`PostgresDialect.matches`)."""
    if dialect is PostgresDialect:
        return dialect.matches(terms, alternatives, by_index=by_index)
    return dialect.matches(terms, alternatives)


#: PostgreSQL ORDER BY of :func:`_narrow_window_page` per sort (as :func:`_ordering`):
#: (the columns its inner query selects besides pk and date_created, the first keys).
PG_PAGE_ORDER = {
    "relevance": (("score",), ["score DESC"]),
    "price-asc": (("price",), ["price ASC NULLS LAST"]),
    "price-desc": (("price",), ["price DESC NULLS LAST"]),
}


def _narrow_window_page(queryset, query: SearchQuery, using: str) -> list[tuple[int, int]]:
    """(pk, total) rows of a page with its total on PostgreSQL: ``COUNT(*) OVER ()``
    over a subquery of just the sort keys, fenced by ``OFFSET 0``.

    Flattened, the window's input keeps every column its sort keys are computed
    from (PostgreSQL computes them above the window): the relevance score's
    ``search_vector``, some 3.5 kB a row, spilled to disk for common words. And
    the fence plans the matches on their own (the GIN index for rare words)
    rather than walking the price or date index for the ORDER BY, filtering
    every row, when the window must read every match anyway.
    """
    extra, first = PG_PAGE_ORDER.get(query.sort, ((), []))
    columns = ("pk", "date_created", *extra)
    inner = queryset.order_by().values_list(*columns)
    sql, params = inner.query.get_compiler(using=using).as_sql()
    order = ", ".join([*first, "date_created DESC", "pk DESC"])
    sql = (
        f"SELECT pk, COUNT(*) OVER () FROM ({sql} OFFSET 0) AS page ({', '.join(columns)}) "
        f"ORDER BY {order} LIMIT %s OFFSET %s"
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [*params, query.limit, query.offset])
        return cursor.fetchall()


def _filter_sql(name: str, values, table: str) -> tuple[str, list]:
    """A WHERE condition keeping documents of ``table`` that have one of ``values``
    for facet ``name`` (values as :data:`~search.backends.base.FACETS` describes)."""
    nothing = ("1 = 0", [])
    if name == "category" or name == "certification":
        if name == "category":
            link, column, params = CATEGORIES, "category_id", _integers(values)
        else:
            link, column, params = CERTIFICATIONS, "kind", list(values)
        if not params:
            return nothing
        placeholders = ", ".join(["%s"] * len(params))
        sql = (
            f"EXISTS (SELECT 1 FROM {link} WHERE {link}.document_id = {table}.product_id "
            f"AND {link}.{column} IN ({placeholders}))"
        )
        return sql, params
    if name == "price":
        parts, params = [], []
        for key in values:
            if key not in PRICE_RANGES:
                continue
            low, high = PRICE_RANGES[key]
            if high is None:
                parts.append(f"{table}.price >= %s")
                params.append(low)
            else:
                parts.append(f"({table}.price >= %s AND {table}.price < %s)")
                params += [low, high]
        return ("(" + " OR ".join(parts) + ")", params) if parts else nothing
    column = f"{table}.{COLUMN_FACETS[name]}"
    if name in BOOLEAN_FACETS:
        params = [value == "1" for value in dict.fromkeys(values) if value in ("1", "0")]
    elif name in INTEGER_FACETS:
        params = _integers(values)
    else:
        params = list(values)
    if not params:
        return nothing
    return f"{column} IN ({', '.join(['%s'] * len(params))})", params


def _is_column_facet(facet: str) -> bool:
    """Whether a facet's value is a column of the document row (not a link table)."""
    return facet in COLUMN_FACETS or facet == "price"


def _facet_value(facet: str) -> str:
    """SQL of a facet's value for a row of the facet CTE ``m`` (link tables as ``l``)."""
    if facet == "category":
        return "CAST(l.category_id AS TEXT)"
    if facet == "certification":
        return "l.kind"
    if facet == "price":
        return _price_case("m.price")
    if facet in BOOLEAN_FACETS:
        return f"CASE WHEN m.{COLUMN_FACETS[facet]} THEN '1' ELSE '0' END"
    return f"CAST(m.{COLUMN_FACETS[facet]} AS TEXT)"


def _conditions(filters: dict) -> tuple[list[str], list]:
    """WHERE conditions (on the facet CTE ``m``) and parameters of these filters."""
    conditions, params = [], []
    for name, values in filters.items():
        sql, values_params = _filter_sql(name, values, "m")
        conditions.append(sql)
        params += values_params
    return conditions, params


def _integers(values) -> list[int]:
    """The values that are decimal ids (anything else cannot match)."""
    return [int(value) for value in values if str(value).isdigit()]


def _price_case(column: str) -> str:
    """SQL naming the PRICE_RANGES key of a price (NULL when none holds it)."""
    whens = []
    for key, (low, high) in PRICE_RANGES.items():
        condition = f"{column} >= {int(low)}"
        if high is not None:
            condition += f" AND {column} < {int(high)}"
        whens.append(f"WHEN {condition} THEN '{key}'")
    return f"(CASE {' '.join(whens)} END)"


def _facet_lists(query: SearchQuery, counts: dict[str, dict[str, int]]):
    """The facet lists of SearchResults.facets from raw counts, when asked for.

    Every value counted plus every chosen value (at 0 when it has no match),
    most products first then by value; price ranges in PRICE_RANGES order and
    yes/no facets with "1" first.
    """
    if not query.facets:
        return {}
    facets = {}
    for facet in FACETS:
        found = {value: count for value, count in counts.get(facet, {}).items() if count > 0}
        for value in query.filters.get(facet, ()):
            found.setdefault(value, 0)
        if facet == "price":
            order = list(PRICE_RANGES)
            items = sorted(found.items(), key=lambda item: order.index(item[0]))
        elif facet in BOOLEAN_FACETS:
            items = sorted(found.items(), key=lambda item: item[0] != "1")
        else:
            items = sorted(found.items(), key=lambda item: (-item[1], item[0]))
        facets[facet] = items
    return facets


def _query_runs(text: str) -> list[tuple[str, list[str]]]:
    """The query split like :func:`search.analysis.query_words`, by stretch of text:
    (each Thai run or other stretch, its query words)."""
    text = analysis.normalise(text).translate(analysis.THAI_SIGNS)
    runs, position = [], 0
    for match in analysis.THAI_RUN.finditer(text):
        runs.append(text[position : match.start()])
        runs.append(match.group())
        position = match.end()
    runs.append(text[position:])
    found = []
    for run in runs:
        words = analysis.query_words(run) if run.strip() else []
        if words:
            found.append((run.strip(), words))
    return found


class SQLiteDialect:
    """Words in an FTS5 table keyed by product id."""

    #: Letters, digits, private use and marks are word characters; Python folds case and accents.
    TOKENIZER = "unicode61 categories 'L* N* Co M*' remove_diacritics 0"
    CREATE = (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        f'title_terms, body_terms, subword_terms, tokenize="{TOKENIZER}")'
    )
    DROP = f"DROP TABLE IF EXISTS {FTS_TABLE}"
    #: Written beside the document row: nothing (the words go to the FTS table).
    EXTRA_COLUMNS: tuple[str, ...] = ()
    EXTRA_PLACEHOLDERS: list[str] = []

    @staticmethod
    def extra_values(document: dict) -> tuple:
        return ()

    @staticmethod
    def write(cursor, documents: list[dict]) -> None:
        with cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title_terms, body_terms, subword_terms) "
                "VALUES (%s, %s, %s, %s)",
                [
                    (d["id"], d["title_terms"], d["body_terms"], d["subword_terms"])
                    for d in documents
                ],
            )

    @staticmethod
    def delete(cursor, ids: list[int]) -> None:
        placeholders = ", ".join(["%s"] * len(ids))
        with cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({placeholders})", ids)

    @classmethod
    def clear(cls, cursor) -> None:
        # Dropped and made anew (inside the caller's transaction, so readers keep the
        # old table until commit): five times faster than deleting every row.
        with cursor:
            cursor.execute(cls.DROP)
            cursor.execute(cls.CREATE)

    #: Page cache while a rebuild writes (KiB, negative as SQLite wants it): FTS5
    #: merges its segments in memory instead of re-reading them (about 2× faster).
    REBUILD_CACHE_KIB = 65536

    @classmethod
    @contextmanager
    def bulk(cls, connection):
        """A larger page cache for the connection while a rebuild writes."""
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            (previous,) = cursor.fetchone()
            cursor.execute(f"PRAGMA cache_size = -{cls.REBUILD_CACHE_KIB}")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {int(previous)}")

    @staticmethod
    def match_expression(terms: list[analysis.QueryTerm], alternatives: list[list[str]]) -> str:
        """An FTS5 query: each word as a whole word in title/body, as a sub-word, or
        as one of its fuzzy alternatives in any column."""
        clauses = []
        for term, near in zip(terms, alternatives, strict=True):
            ways = [
                f"{{title_terms body_terms}} : {_phrase(term.exact)}",
                f"subword_terms : {_phrase(term.subword)}",
                *(_phrase(word) for word in near),
            ]
            clauses.append("(" + " OR ".join(ways) + ")")
        return " AND ".join(clauses)

    @classmethod
    def matches(cls, terms, alternatives):
        sql = (
            f'"{DOCUMENTS}"."product_id" IN '
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        )
        return RawSQL(sql, [cls.match_expression(terms, alternatives)], output_field=BooleanField())

    @classmethod
    def score(cls, terms, alternatives):
        """The contract's score: per word, one FTS lookup per way it may match."""
        in_fts = (
            f'CASE WHEN "{DOCUMENTS}"."product_id" IN '
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s) THEN {{}} ELSE 0 END"
        )
        parts, params = [], []
        for term, near in zip(terms, alternatives, strict=True):
            for column, word, weight in _weighted_columns(term):
                parts.append(in_fts.format(weight))
                params.append(f"{column} : {_phrase(word)}")
            if near:
                parts.append(in_fts.format(FUZZY_WEIGHT))
                params.append(" OR ".join(_phrase(word) for word in near))
        return RawSQL("(" + " + ".join(parts) + ")", params, output_field=IntegerField())


class PostgresDialect:
    """Words in a weighted tsvector column (A title, B body, C sub-words)."""

    CREATE = (
        f"ALTER TABLE {DOCUMENTS} ADD COLUMN IF NOT EXISTS search_vector tsvector "
        "NOT NULL DEFAULT ''::tsvector",
        f"CREATE INDEX IF NOT EXISTS {DOCUMENTS}_vector_gin ON {DOCUMENTS} "
        "USING gin (search_vector)",
        # Kept in the row, not TOAST (migration 0005): every @@ reads it.
        f"ALTER TABLE {DOCUMENTS} ALTER COLUMN search_vector SET STORAGE MAIN",
        # Index-only facet passes over the whole catalogue (migration 0005).
        f"CREATE INDEX IF NOT EXISTS search_doc_facets_idx ON {DOCUMENTS} "
        "(region, province_code, in_stock, price) "
        "INCLUDE (product_id, village_id, enterprise_id, is_civ)",
    )
    DROP = (
        f"DROP INDEX IF EXISTS {DOCUMENTS}_vector_gin",
        f"ALTER TABLE {DOCUMENTS} DROP COLUMN IF EXISTS search_vector",
    )
    #: tsvector weight letter of each document column.
    LABELS = {"title_terms": "A", "body_terms": "B", "subword_terms": "C"}

    #: Written in the document row's own INSERT: the vector.
    EXTRA_COLUMNS = ("search_vector",)
    EXTRA_PLACEHOLDERS = ["%s::tsvector"]

    @staticmethod
    def extra_values(document: dict) -> tuple:
        return (tsvector_literal(document),)

    @staticmethod
    def write(cursor, documents: list[dict]) -> None:
        """Nothing to do: the vectors were written with their document rows."""

    @staticmethod
    def delete(cursor, ids: list[int]) -> None:
        """Nothing to do: the vector goes with its document row."""

    @staticmethod
    def clear(cursor) -> None:
        """Nothing to do: the vectors go with their document rows."""

    @staticmethod
    @contextmanager
    def bulk(connection):
        """Nothing to tune."""
        yield

    @staticmethod
    def tsquery_literal(terms: list[analysis.QueryTerm], alternatives: list[list[str]]) -> str:
        """Each word as a title/body lexeme (weights A, B), a sub-word lexeme (C), or
        one of its fuzzy alternatives (any weight).

        Each lexeme appears once per word, with the union of its weights (``x:AB | x:C``
        is ``x``: every position we write carries A, B or C). Same matches, but the
        planner estimates ``x`` from its statistics where it multiplies out an OR of
        repeats (``x:AB | x:C | x`` was guessed at 2.4 times its rows, enough to pick
        a sequential scan over the GIN index), and the index needs no recheck for ``x``.
        """
        clauses = []
        for term, near in zip(terms, alternatives, strict=True):
            weights: dict[str, set[str]] = {}
            for word, labels in ((term.exact, "AB"), (term.subword, "C")):
                weights.setdefault(word, set()).update(labels)
            for word in near:
                weights.setdefault(word, set()).update(ALL_WEIGHTS)
            ways = [
                _lexeme(word) + ("" if labels >= ALL_WEIGHTS else ":" + "".join(sorted(labels)))
                for word, labels in weights.items()
            ]
            clauses.append("(" + " | ".join(ways) + ")")
        return " & ".join(clauses)

    @classmethod
    def matches(cls, terms, alternatives, by_index: bool = False):
        """``search_vector @@ query``. With ``by_index`` the query is a one-row subquery
        (an InitPlan: computed once, still a GIN index condition), whose value the
        planner cannot see, so it takes its default guess of a rare match and reads
        the matches through the GIN index. Right whenever every match is read (facet
        counts, a total, a relevance order): the index is exact for lexemes without
        weights, so no vector is tested at all, where a sequential scan tests every
        row's at ~2 µs each, a cost the planner does not see (a word in half the
        documents: 8 ms by the index, 32 ms by the scan it picks from the statistics).
        """
        literal = "(SELECT %s::tsquery)" if by_index else "%s::tsquery"
        sql = f'"{DOCUMENTS}"."search_vector" @@ {literal}'
        return RawSQL(sql, [cls.tsquery_literal(terms, alternatives)], output_field=BooleanField())

    @classmethod
    def score(cls, terms, alternatives):
        """The contract's score: per word, a weight-restricted match per column."""
        in_vector = f'CASE WHEN "{DOCUMENTS}"."search_vector" @@ %s::tsquery THEN {{}} ELSE 0 END'
        parts, params = [], []
        for term, near in zip(terms, alternatives, strict=True):
            for column, word, weight in _weighted_columns(term):
                parts.append(in_vector.format(weight))
                params.append(f"{_lexeme(word)}:{cls.LABELS[column]}")
            if near:
                parts.append(in_vector.format(FUZZY_WEIGHT))
                params.append(" | ".join(_lexeme(word) for word in near))
        return RawSQL("(" + " + ".join(parts) + ")", params, output_field=IntegerField())


def tsvector_literal(document: dict) -> str:
    """A tsvector in PostgreSQL's input syntax, one position per word and weight.

    Written as a literal so PostgreSQL keeps our Thai words exactly as segmented.
    """
    positions: dict[str, list[str]] = {}
    position = 0
    for weight, field in (("A", "title_terms"), ("B", "body_terms"), ("C", "subword_terms")):
        seen = set()
        for word in document[field].split():
            position = min(position + 1, PG_MAX_POSITION)
            if word not in seen:
                seen.add(word)
                positions.setdefault(word, []).append(f"{position}{weight}")
    return " ".join(f"{_lexeme(word)}:{','.join(pos)}" for word, pos in positions.items())


def _weighted_columns(term: analysis.QueryTerm):
    """(column, word, weight) of each way a query word scores."""
    return (
        ("title_terms", term.exact, TITLE_WEIGHT),
        ("body_terms", term.exact, BODY_WEIGHT),
        ("subword_terms", term.subword, SUBWORD_WEIGHT),
    )


def _phrase(word: str) -> str:
    """A quoted FTS5 string: double quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def _lexeme(word: str) -> str:
    """A quoted lexeme for tsvector/tsquery input: quotes and backslashes escaped."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
