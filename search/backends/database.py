"""The database search backend: SQLite FTS5 or PostgreSQL full text, no extra service.

Documents are rows of :class:`search.models.ProductDocument` (with their
categories in :class:`~search.models.ProductDocumentCategory`), so filters and
sorts are ordinary ORM queries. Only the word matching is vendor specific and
lives in a small "dialect" per vendor:

* SQLite: an FTS5 table whose ``unicode61`` tokenizer keeps letters, digits
  and marks together (Thai vowel and tone marks are category M: without
  ``M*`` a Thai word is cut at every mark).
* PostgreSQL: a weighted ``tsvector`` written from our already segmented terms
  as a literal (PostgreSQL's own parser would re-split or drop Thai), queried
  with ``tsquery`` literals we build and escape.

Both score relevance with the contract's explicit weights (see base.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import BooleanField, Count, Exists, F, IntegerField, OuterRef, Window
from django.db.models.expressions import RawSQL

from search import analysis
from search.documents import build_documents, category_paths
from search.models import ProductDocument, ProductDocumentCategory

from .base import (
    BODY_WEIGHT,
    SUBWORD_WEIGHT,
    TITLE_WEIGHT,
    Progress,
    SearchBackend,
    SearchQuery,
    SearchResults,
    batched,
)

DOCUMENTS = ProductDocument._meta.db_table
FTS_TABLE = f"{DOCUMENTS}_fts"
#: Columns an upsert rewrites (all but the key).
UPDATED_FIELDS = [f.name for f in ProductDocument._meta.concrete_fields if not f.primary_key]
#: PostgreSQL tsvector positions stop at this number.
PG_MAX_POSITION = 16383


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
        return len(documents)

    def delete(self, product_ids: Iterable[int]) -> None:
        ids = [int(pk) for pk in product_ids]
        if ids:
            with transaction.atomic(using=self.using):
                self._delete(ids)

    def clear(self) -> None:
        # Plain DELETEs: the ORM would first load every document id to cascade.
        with transaction.atomic(using=self.using), self._cursor as cursor:
            cursor.execute(f"DELETE FROM {ProductDocumentCategory._meta.db_table}")
            cursor.execute(f"DELETE FROM {DOCUMENTS}")
        self._dialect().clear(self._cursor)

    def rebuild(self, products: Iterable, progress: Progress | None = None) -> int:
        """Rewrite every document in one transaction: readers see the old index until commit."""
        count = 0
        paths = category_paths()
        with transaction.atomic(using=self.using):
            self.clear()
            for batch in batched(products, self.batch_size):
                documents = build_documents(batch, paths)
                self._write(documents)
                count += len(documents)
                if progress is not None:
                    progress(len(batch))
        return count

    def _delete(self, ids: list[int]) -> None:
        for chunk in batched(ids, self.batch_size):
            ProductDocument.objects.using(self.using).filter(pk__in=chunk).delete()
            self._dialect().delete(self._cursor, chunk)

    def _write(self, documents: list[dict], replace: bool = False) -> None:
        """Write documents, their category links and their full-text entries.

        With ``replace``, existing rows are updated in place (an upsert, so two
        workers indexing the same product cannot collide on its primary key).
        """
        if not documents:
            return
        rows = [ProductDocument(**_row(doc)) for doc in documents]
        upsert = {}
        if replace:
            upsert = {
                "update_conflicts": True,
                "unique_fields": ["product"],
                "update_fields": UPDATED_FIELDS,
            }
            ProductDocumentCategory.objects.using(self.using).filter(
                document_id__in=[doc["id"] for doc in documents]
            ).delete()
            self._dialect().delete(self._cursor, [doc["id"] for doc in documents])
        ProductDocument.objects.using(self.using).bulk_create(
            rows, batch_size=self.batch_size, **upsert
        )
        links = [
            ProductDocumentCategory(document_id=doc["id"], category_id=category_id)
            for doc in documents
            for category_id in doc["category_ids"]
        ]
        ProductDocumentCategory.objects.using(self.using).bulk_create(
            links, batch_size=self.batch_size, ignore_conflicts=replace
        )
        self._dialect().write(self._cursor, documents)

    # -- reading -------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        queryset = ProductDocument.objects.using(self.using).all()
        if query.category_ids:
            in_categories = ProductDocumentCategory.objects.filter(
                document_id=OuterRef("pk"), category_id__in=query.category_ids
            )
            queryset = queryset.filter(Exists(in_categories))
        terms = analysis.query_terms(query.text) if query.has_text else []
        if query.has_text and not terms:
            return SearchResults([], 0, self.name)
        if terms:
            queryset = queryset.filter(self._dialect().matches(terms))
        if not query.limit:
            return SearchResults([], queryset.count(), self.name)
        if terms and query.sort == "relevance":
            queryset = queryset.annotate(score=self._dialect().score(terms))
        # The total rides along with the page (COUNT(*) OVER ()): one query per search.
        rows = list(
            queryset.annotate(total=Window(Count("pk")))
            .order_by(*_ordering(query.sort, ranked=bool(terms)))
            .values_list("pk", "total")[query.offset : query.offset + query.limit]
        )
        if rows:
            return SearchResults([pk for pk, _ in rows], rows[0][1], self.name)
        total = queryset.count() if query.offset else 0
        return SearchResults([], total, self.name)

    # -- helpers -------------------------------------------------------------

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
        "province": doc["province"][:100],
        "is_civ": doc["is_civ"],
        "date_created": doc["date_created"],
    }


def _ordering(sort: str, ranked: bool) -> list:
    """ORDER BY for a sort; every order ends on the primary key so pages never overlap."""
    newest = [F("date_created").desc(), F("pk").desc()]
    if sort == "price-asc":
        return [F("price").asc(nulls_last=True), F("pk").asc()]
    if sort == "price-desc":
        return [F("price").desc(nulls_last=True), F("pk").asc()]
    if sort == "relevance" and ranked:
        return [F("score").desc(), *newest]
    return newest


class SQLiteDialect:
    """Words in an FTS5 table keyed by product id."""

    #: Letters, digits, private use and marks are word characters; Python folds case and accents.
    TOKENIZER = "unicode61 categories 'L* N* Co M*' remove_diacritics 0"
    CREATE = (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        f'title_terms, body_terms, subword_terms, tokenize="{TOKENIZER}")'
    )
    DROP = f"DROP TABLE IF EXISTS {FTS_TABLE}"

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

    @staticmethod
    def clear(cursor) -> None:
        with cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")

    @staticmethod
    def match_expression(terms: list[analysis.QueryTerm]) -> str:
        """An FTS5 query: each word as a whole word in title/body, or as a sub-word."""

        return " AND ".join(
            f"({{title_terms body_terms}} : {_phrase(t.exact)} "
            f"OR subword_terms : {_phrase(t.subword)})"
            for t in terms
        )

    @classmethod
    def matches(cls, terms):
        sql = (
            f'"{DOCUMENTS}"."product_id" IN '
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        )
        return RawSQL(sql, [cls.match_expression(terms)], output_field=BooleanField())

    @classmethod
    def score(cls, terms):
        """The contract's score: per word, one FTS lookup per column it may match in."""
        in_fts = (
            f'CASE WHEN "{DOCUMENTS}"."product_id" IN '
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s) THEN {{}} ELSE 0 END"
        )
        parts, params = [], []
        for term in terms:
            for column, word, weight in _weighted_columns(term):
                parts.append(in_fts.format(weight))
                params.append(f"{column} : {_phrase(word)}")
        return RawSQL("(" + " + ".join(parts) + ")", params, output_field=IntegerField())


class PostgresDialect:
    """Words in a weighted tsvector column (A title, B body, C sub-words)."""

    CREATE = (
        f"ALTER TABLE {DOCUMENTS} ADD COLUMN IF NOT EXISTS search_vector tsvector "
        "NOT NULL DEFAULT ''::tsvector",
        f"CREATE INDEX IF NOT EXISTS {DOCUMENTS}_vector_gin ON {DOCUMENTS} "
        "USING gin (search_vector)",
    )
    DROP = (
        f"DROP INDEX IF EXISTS {DOCUMENTS}_vector_gin",
        f"ALTER TABLE {DOCUMENTS} DROP COLUMN IF EXISTS search_vector",
    )
    #: tsvector weight letter of each document column.
    LABELS = {"title_terms": "A", "body_terms": "B", "subword_terms": "C"}

    @staticmethod
    def write(cursor, documents: list[dict]) -> None:
        with cursor:
            cursor.executemany(
                f"UPDATE {DOCUMENTS} SET search_vector = %s::tsvector WHERE product_id = %s",
                [(tsvector_literal(d), d["id"]) for d in documents],
            )

    @staticmethod
    def delete(cursor, ids: list[int]) -> None:
        """Nothing to do: the vector goes with its document row."""

    @staticmethod
    def clear(cursor) -> None:
        """Nothing to do: the vectors go with their document rows."""

    @staticmethod
    def tsquery_literal(terms: list[analysis.QueryTerm]) -> str:
        """Each word as a title/body lexeme (weights A, B) or a sub-word lexeme (C)."""
        return " & ".join(f"({_lexeme(t.exact)}:AB | {_lexeme(t.subword)}:C)" for t in terms)

    @classmethod
    def matches(cls, terms):
        sql = f'"{DOCUMENTS}"."search_vector" @@ %s::tsquery'
        return RawSQL(sql, [cls.tsquery_literal(terms)], output_field=BooleanField())

    @classmethod
    def score(cls, terms):
        """The contract's score: per word, a weight-restricted match per column."""
        in_vector = f'CASE WHEN "{DOCUMENTS}"."search_vector" @@ %s::tsquery THEN {{}} ELSE 0 END'
        parts, params = [], []
        for term in terms:
            for column, word, weight in _weighted_columns(term):
                parts.append(in_vector.format(weight))
                params.append(f"{_lexeme(word)}:{cls.LABELS[column]}")
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
