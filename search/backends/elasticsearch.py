"""The Elasticsearch backend (production). The only module that imports ``elasticsearch``.

The mapping uses built-in analyzers only, so it runs on any Elasticsearch 8
(full, managed, or the test distribution without analysis plugins): Thai is
segmented in Python (:mod:`search.analysis`) and the term fields are analysed
with ``whitespace``, which keeps Thai words, vowel and tone marks intact
(``simple`` would cut them, and there is no ``thai``/ICU analyzer to rely on).

``SHOP_ELASTICSEARCH_INDEX`` names an *alias*. :meth:`~ElasticsearchBackend.rebuild`
loads a new timestamped index and swaps the alias to it in one atomic call,
so searches never see a half-built index. Every engine error surfaces as
:class:`~search.backends.base.SearchUnavailable`; after a connection failure
searches fail fast for ``retry_after`` seconds so pages fall back quickly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from contextlib import contextmanager

from django.conf import settings
from django.utils import timezone
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError
from elasticsearch.dsl import (
    Boolean,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Long,
    MetaField,
    Q,
    Search,
    Text,
)
from elasticsearch.helpers import bulk

from search import analysis
from search.documents import build_documents, category_paths, is_indexable

from .base import (
    BODY_WEIGHT,
    SUBWORD_WEIGHT,
    TITLE_WEIGHT,
    Progress,
    SearchBackend,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
    batched,
)

logger = logging.getLogger(__name__)

#: Sort clauses per :data:`search.backends.base.SORTS`; every one ends on the id.
NEWEST = [{"date_created": {"order": "desc"}}, {"product_id": {"order": "desc"}}]
SORTS = {
    "price-asc": [{"price_satang": {"order": "asc", "missing": "_last"}}, {"product_id": "asc"}],
    "price-desc": [{"price_satang": {"order": "desc", "missing": "_last"}}, {"product_id": "asc"}],
    "newest": NEWEST,
}


#: Document keys copied into Elasticsearch (descriptions are not searched as such).
SOURCE_FIELDS = (
    "title",
    "title_en",
    "title_terms",
    "body_terms",
    "subword_terms",
    "category_ids",
    "enterprise_id",
    "village_id",
    "province",
    "province_en",
    "is_civ",
    "in_stock",
    "date_created",
)


class ProductIndexDocument(Document):
    """Mapping of a product document (see :mod:`search.documents`)."""

    product_id = Integer()
    title = Keyword(index=False)
    title_en = Keyword(index=False)
    #: Words already segmented and lower-cased in Python: split on spaces only.
    title_terms = Text(analyzer="whitespace")
    body_terms = Text(analyzer="whitespace")
    subword_terms = Text(analyzer="whitespace")
    category_ids = Integer(multi=True)
    enterprise_id = Integer()
    village_id = Integer()
    province = Keyword()
    province_en = Keyword()
    is_civ = Boolean()
    #: Price in satang (THB x 100) as an integer: exact, and ``scaled_float``
    #: lives in a module not every distribution ships (mapper-extras).
    price_satang = Long()
    in_stock = Boolean()
    date_created = Date()

    class Meta:
        dynamic = MetaField("false")


class ElasticsearchBackend(SearchBackend):
    """Search in Elasticsearch 8 through an alias swapped atomically on rebuild."""

    name = "elasticsearch"
    #: Seconds searches fail fast after a connection failure.
    retry_after = 30.0

    def __init__(self, url: str | None = None, index: str | None = None, refresh=None):
        self.url = url or settings.SHOP_ELASTICSEARCH_URL
        self.alias = (index or settings.SHOP_ELASTICSEARCH_INDEX).lower()
        if refresh is None:
            refresh = getattr(settings, "SHOP_ELASTICSEARCH_REFRESH", False)
        #: Make writes visible at once (tests); production relies on the refresh interval.
        self.refresh = "true" if refresh else False
        timeout = getattr(settings, "SHOP_ELASTICSEARCH_TIMEOUT", 5)
        self.client = Elasticsearch(
            self.url, request_timeout=timeout, max_retries=1, retry_on_timeout=False
        )
        self._alias_ready = False
        self._down_until = 0.0

    # -- writing -------------------------------------------------------------

    def index(self, products: Iterable) -> int:
        products = list(products)
        if not products:
            return 0
        documents = build_documents(products)
        gone = [p.pk for p in products if not is_indexable(p)]
        with self._errors():
            self._ensure_alias()
            self._bulk(self.alias, [self._index_action(doc) for doc in documents])
            if gone:
                self._bulk(self.alias, [self._delete_action(pk) for pk in gone])
        return len(documents)

    def delete(self, product_ids: Iterable[int]) -> None:
        actions = [self._delete_action(pk) for pk in product_ids]
        if actions:
            with self._errors():
                self._ensure_alias()
                self._bulk(self.alias, actions)

    def clear(self) -> None:
        """Delete every index behind the alias (and leftovers of failed rebuilds)."""
        with self._errors():
            names = set(self._indices_behind_alias())
            names |= set(self.client.indices.get(index=f"{self.alias}-v*").keys())
            if self.client.indices.exists(index=self.alias) and not names:
                names.add(self.alias)
            for name in names:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        self._alias_ready = False

    def rebuild(self, products: Iterable, progress: Progress | None = None) -> int:
        """Load a new index, swap the alias to it atomically, then drop the old ones."""
        new = f"{self.alias}-v{timezone.now():%Y%m%d%H%M%S%f}"
        count = 0
        with self._errors():
            self._create_index(new, bulk_loading=True)
            try:
                paths = category_paths()
                for batch in batched(products, self.batch_size):
                    documents = build_documents(batch, paths)
                    self._bulk(new, [self._index_action(doc) for doc in documents], refresh=False)
                    count += len(documents)
                    if progress is not None:
                        progress(len(batch))
                self.client.indices.put_settings(index=new, settings={"refresh_interval": None})
                self.client.indices.refresh(index=new)
                old = self._indices_behind_alias()
                actions = [{"add": {"index": new, "alias": self.alias}}]
                actions += [{"remove": {"index": name, "alias": self.alias}} for name in old]
                if not old and self.client.indices.exists(index=self.alias):
                    # A concrete index squats the alias name (auto-created): replace it.
                    actions.append({"remove_index": {"index": self.alias}})
                self.client.indices.update_aliases(actions=actions)
            except BaseException:
                self.client.indices.delete(index=new, ignore_unavailable=True)
                raise
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        self._alias_ready = True
        return count

    # -- reading -------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        if time.monotonic() < self._down_until:
            raise SearchUnavailable(f"Elasticsearch at {self.url} failed recently")
        terms = analysis.query_terms(query.text) if query.has_text else []
        if query.has_text and not terms:
            return SearchResults([], 0, self.name)
        search = Search(using=self.client, index=self.alias).extra(track_total_hits=True)
        search = search.source(False)
        if terms:
            search = search.query(Q("bool", must=[_term_query(term) for term in terms]))
        if query.category_ids:
            search = search.filter("terms", category_ids=list(query.category_ids))
        if query.sort == "relevance":
            search = search.sort("_score", *NEWEST) if terms else search.sort(*NEWEST)
        else:
            search = search.sort(*SORTS[query.sort])
        search = search[query.offset : query.offset + query.limit]
        with self._errors():
            try:
                response = search.execute()
            except NotFoundError:  # nothing indexed yet (or cleared)
                return SearchResults([], 0, self.name)
        ids = [int(hit.meta.id) for hit in response]
        return SearchResults(ids, response.hits.total.value, self.name)

    def health(self) -> str:
        """Cluster status (``GET /`` is not allowed on every distribution; health is)."""
        with self._errors():
            return self.client.cluster.health(wait_for_status="yellow", timeout="5s")["status"]

    # -- helpers -------------------------------------------------------------

    @contextmanager
    def _errors(self):
        """Turn any engine failure into SearchUnavailable; remember connection failures."""
        try:
            yield
        except TransportError as exc:  # connection refused, timeout, TLS...
            self._down_until = time.monotonic() + self.retry_after
            self._alias_ready = False
            raise SearchUnavailable(f"Elasticsearch at {self.url}: {exc}") from exc
        except ApiError as exc:  # the server answered with an error
            raise SearchUnavailable(f"Elasticsearch at {self.url}: {exc}") from exc

    def _ensure_alias(self) -> None:
        """Create the first index and its alias before a write auto-creates a bare index."""
        if self._alias_ready:
            return
        if not self.client.indices.exists_alias(name=self.alias):
            if self.client.indices.exists(index=self.alias):
                self._alias_ready = True  # a concrete index of that name: write to it
                return
            new = f"{self.alias}-v{timezone.now():%Y%m%d%H%M%S%f}"
            self._create_index(new)
            self.client.indices.update_aliases(
                actions=[{"add": {"index": new, "alias": self.alias}}]
            )
        self._alias_ready = True

    def _create_index(self, name: str, bulk_loading: bool = False) -> None:
        index = Index(name)
        index.document(ProductIndexDocument)
        index.settings(number_of_shards=1, auto_expand_replicas="0-1")
        if bulk_loading:
            index.settings(refresh_interval="-1")
        index.create(using=self.client)

    def _indices_behind_alias(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return sorted(self.client.indices.get_alias(name=self.alias).keys())

    def _bulk(self, index: str, actions: list[dict], refresh=None) -> None:
        if not actions:
            return
        refresh = self.refresh if refresh is None else refresh
        _, errors = bulk(self.client, actions, index=index, refresh=refresh, raise_on_error=False)
        real = [e for e in errors if next(iter(e.values())).get("status") != 404]
        if real:
            raise SearchUnavailable(f"Elasticsearch rejected {len(real)} actions: {real[:3]}")

    @staticmethod
    def _index_action(doc: dict) -> dict:
        source = {key: doc[key] for key in SOURCE_FIELDS}
        source["product_id"] = doc["id"]
        price = doc["price"]
        source["price_satang"] = int(price * 100) if price is not None else None
        return {"_op_type": "index", "_id": doc["id"], "_source": source}

    @staticmethod
    def _delete_action(product_id: int) -> dict:
        return {"_op_type": "delete", "_id": int(product_id)}


def _term_query(term: analysis.QueryTerm):
    """One query word: a whole word in title or body, or a sub-word piece.

    Constant scores (no BM25) give the contract's explicit weights, so the
    ranking is the same as the database backend's.
    """

    def scored(field: str, word: str, weight: float):
        return Q("constant_score", filter=Q("term", **{field: word}), boost=weight)

    return Q(
        "bool",
        should=[
            scored("title_terms", term.exact, TITLE_WEIGHT),
            scored("body_terms", term.exact, BODY_WEIGHT),
            scored("subword_terms", term.subword, SUBWORD_WEIGHT),
        ],
        minimum_should_match=1,
    )
