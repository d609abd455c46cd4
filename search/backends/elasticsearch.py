"""The Elasticsearch backend (production). The only module that imports ``elasticsearch``.

The mapping uses built-in analyzers only, so it runs on any Elasticsearch 8
(full, managed, or the test distribution without analysis plugins): Thai is
segmented in Python (:mod:`search.analysis`) and the term fields are analysed
with ``whitespace``, which keeps Thai words, vowel and tone marks intact
(``simple`` would cut them, and there is no ``thai``/ICU analyzer to rely on).
Nothing here needs a module beyond the server itself either: no painless
(``lang-painless`` is a module the test distribution lacks), so the curator
boost is added with ``function_score``/``field_value_factor`` rather than a
script.

``SHOP_ELASTICSEARCH_INDEX`` names an *alias*. :meth:`~ElasticsearchBackend.rebuild`
loads a new timestamped index (``<alias>-v<timestamp>``) and swaps the alias to
it in one atomic call, so searches never see a half-built index. Autocomplete
entries live in a second index family behind ``<alias>-suggest``
(``<alias>-suggest-v<timestamp>``), swapped the same way by
``index_suggestions(replace=True)``; the two name patterns never overlap, so
rebuilding one never drops the other. Every engine error surfaces as
:class:`~search.backends.base.SearchUnavailable`; after a connection failure
searches fail fast for ``retry_after`` seconds so pages fall back quickly.

Relevance follows the contract of :mod:`search.backends.base` exactly, with
constant scores instead of BM25 (see :func:`_word_query`), so both backends
rank alike. One search (results, total and every facet count) is one request
to Elasticsearch; only a text query without any match costs more (did-you-mean:
one request for the near words, one to check the corrected query matches).
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
    DateNanos,
    Document,
    Index,
    Integer,
    Keyword,
    Long,
    MetaField,
    Text,
)
from elasticsearch.helpers import bulk
from rapidfuzz.distance import OSA

from search import analysis
from search.documents import (
    build_documents,
    category_paths,
    document_batches,
    is_indexable,
)
from search.suggestions import normalise_prefix, to_suggestion

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
    SearchUnavailable,
    Suggestion,
    batched,
)

logger = logging.getLogger(__name__)

#: Sort clauses per :data:`search.backends.base.SORTS`; every one ends on the id.
NEWEST = [{"date_created": {"order": "desc"}}, {"product_id": {"order": "desc"}}]
#: Equal prices (and unpriced products, last either way) go newest first.
SORTS = {
    "price-asc": [{"price_satang": {"order": "asc", "missing": "_last"}}, *NEWEST],
    "price-desc": [{"price_satang": {"order": "desc", "missing": "_last"}}, *NEWEST],
    "newest": NEWEST,
}
#: "relevance" without text: the curator boost first, then newest.
BROWSE = [{"boost": {"order": "desc"}}, *NEWEST]
#: "relevance" with text: the contract's score (boost included), then newest.
RANKED = [{"_score": {"order": "desc"}}, *NEWEST]

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
    "province_code",
    "region",
    "is_civ",
    "cert_kinds",
    "in_stock",
    "boost",
    "date_created",
)
#: The indexed field each facet filters and counts.
FACET_FIELDS = {
    "category": "category_ids",
    "region": "region",
    "province": "province_code",
    "village": "village_id",
    "civ": "is_civ",
    "certification": "cert_kinds",
    "price": "price_satang",
    "enterprise": "enterprise_id",
    "in_stock": "in_stock",
}
#: Facets whose values are ids (a value that is not a number matches nothing).
ID_FACETS = {"category", "village", "enterprise"}
#: Facets over a boolean, their values "1" and "0".
BOOLEAN_FACETS = {"civ", "in_stock"}
#: Buckets per facet: more than the distinct values any facet has (villages and
#: enterprises are the largest, in the thousands), so counts are never cut.
FACET_SIZE = 10000
#: The parts of a search response read (the rest is not even sent: smaller
#: JSON to encode, transfer and parse, which matters with hundreds of facet buckets).
SEARCH_RESPONSE = [
    "hits.total.value",
    "hits.hits._id",
    "aggregations.*.buckets.key",
    "aggregations.*.buckets.doc_count",
    "aggregations.*.values.buckets.key",
    "aggregations.*.values.buckets.doc_count",
]
#: Fuzzy alternatives per field and query word (as the database backend's cap).
MAX_EXPANSIONS = 50
#: Near words the term suggester returns per query word (re-ranked in Python).
SUGGESTER_SIZE = 10

#: Suggestion keys also stored cut to 1..PREFIX_GRAMS characters, so the short
#: prefixes a buyer starts with (one or two Thai characters) are one term lookup
#: instead of a prefix query expanding to thousands of keys.
PREFIX_GRAMS = 3


class ProductIndexDocument(Document):
    """Mapping of a product document (see :mod:`search.documents`)."""

    product_id = Integer()
    title = Keyword(index=False)
    title_en = Keyword(index=False)
    #: Words already segmented and lower-cased in Python: split on spaces only.
    title_terms = Text(analyzer="whitespace", copy_to="all_terms")
    body_terms = Text(analyzer="whitespace", copy_to="all_terms")
    subword_terms = Text(analyzer="whitespace", copy_to="all_terms")
    #: The three together, for typo tolerance: "a near word in any of them" is one
    #: ``fuzzy`` query (one Levenshtein automaton, one cap of MAX_EXPANSIONS words
    #: over the whole vocabulary, as the database backend) instead of three.
    all_terms = Text(analyzer="whitespace")
    category_ids = Integer(multi=True)
    enterprise_id = Integer()
    village_id = Integer()
    province = Keyword()
    province_en = Keyword()
    #: DOPA province code ("12") and region key (search.regions); absent when unknown.
    province_code = Keyword()
    region = Keyword()
    is_civ = Boolean()
    #: Certification kinds shown to buyers (verified, not expired).
    cert_kinds = Keyword(multi=True)
    #: Price in satang (THB x 100) as an integer: exact, and ``scaled_float``
    #: lives in a module not every distribution ships (mapper-extras).
    price_satang = Long()
    in_stock = Boolean()
    #: Curator boost (0..MAX_BOOST), added to the relevance score.
    boost = Integer()
    #: Nanosecond dates keep Django's microseconds: with millisecond ``date``
    #: two products created in the same millisecond would tie, and "newest
    #: first" would differ from the database backend's.
    date_created = DateNanos()

    class Meta:
        dynamic = MetaField("false")


class SuggestionIndexDocument(Document):
    """Mapping of an autocomplete entry (see :mod:`search.suggestions`), id "<kind>-<id>"."""

    kind = Keyword()
    object_id = Integer()
    #: Position of the kind in SUGGESTION_KINDS, weight and label length: the
    #: sort fields of rank_key, stored so Elasticsearch can order exactly as it does.
    kind_rank = Integer()
    weight = Integer()
    label_length = Integer()
    label = Keyword(index=False, doc_values=False)
    label_en = Keyword(index=False, doc_values=False)
    url = Keyword(index=False, doc_values=False)
    url_en = Keyword(index=False, doc_values=False)
    #: Normalised keys (search.suggestions.keys_for) and their first 1..PREFIX_GRAMS characters.
    keys = Keyword(multi=True)
    prefixes = Keyword(multi=True)

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
        #: Alias of the autocomplete index (its own index family, see the module doc).
        self.suggest_alias = f"{self.alias}-suggest"
        if refresh is None:
            refresh = getattr(settings, "SHOP_ELASTICSEARCH_REFRESH", False)
        #: Make writes visible at once (tests); production relies on the refresh interval.
        self.refresh = "true" if refresh else False
        timeout = getattr(settings, "SHOP_ELASTICSEARCH_TIMEOUT", 5)
        self.client = Elasticsearch(
            self.url, request_timeout=timeout, max_retries=1, retry_on_timeout=False
        )
        self._alias_ready = False
        self._suggest_alias_ready = False
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
        """Delete every product and autocomplete index (and leftovers of failed rebuilds)."""
        with self._errors():
            for alias in (self.alias, self.suggest_alias):
                names = set(self._indices_behind(alias))
                names |= set(self.client.indices.get(index=f"{alias}-v*").keys())
                if self.client.indices.exists(index=alias) and not names:
                    names.add(alias)  # a concrete index squatting the alias name
                for name in names:
                    self.client.indices.delete(index=name, ignore_unavailable=True)
        self._alias_ready = False
        self._suggest_alias_ready = False

    def rebuild(self, products: Iterable, progress: Progress | None = None) -> int:
        """Load a new index, swap the alias to it atomically, then drop the old ones."""
        new = self._new_name(self.alias)
        count = 0
        with self._errors():
            self._create_index(new, ProductIndexDocument, bulk_loading=True)
            try:
                paths = category_paths()
                for read, documents, _ in document_batches(products, self.batch_size, paths):
                    self._bulk(new, [self._index_action(doc) for doc in documents], refresh=False)
                    count += len(documents)
                    if progress is not None:
                        progress(read)
                old = self._swap(self.alias, new)
            except BaseException:
                self.client.indices.delete(index=new, ignore_unavailable=True)
                raise
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        self._alias_ready = True
        return count

    def index_suggestions(self, entries: Iterable[dict], replace: bool = False) -> int:
        """Write autocomplete entries; with ``replace`` into a new index swapped in atomically."""
        count = 0
        with self._errors():
            if not replace:
                self._ensure_suggest_alias()
                for batch in batched(entries, self.batch_size):
                    self._bulk(self.suggest_alias, [_suggestion_action(e) for e in batch])
                    count += len(batch)
                return count
            new = self._new_name(self.suggest_alias)
            self._create_index(new, SuggestionIndexDocument, bulk_loading=True)
            try:
                for batch in batched(entries, self.batch_size):
                    self._bulk(new, [_suggestion_action(e) for e in batch], refresh=False)
                    count += len(batch)
                old = self._swap(self.suggest_alias, new)
            except BaseException:
                self.client.indices.delete(index=new, ignore_unavailable=True)
                raise
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        self._suggest_alias_ready = True
        return count

    def delete_suggestions(self, kind: str, object_ids: Iterable[int]) -> None:
        actions = [{"_op_type": "delete", "_id": f"{kind}-{int(pk)}"} for pk in object_ids]
        if actions:
            with self._errors():
                self._ensure_suggest_alias()
                self._bulk(self.suggest_alias, actions)

    # -- reading -------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        self._check_up()
        terms = analysis.query_terms(query.text) if query.has_text else []
        if query.has_text and not terms:
            return SearchResults([], 0, self.name, _facets(query, {}) if query.facets else {})
        body = _search_body(query, terms)
        with self._errors():
            try:
                response = self.client.search(index=self.alias, filter_path=SEARCH_RESPONSE, **body)
            except NotFoundError:  # nothing indexed yet (or cleared)
                return SearchResults([], 0, self.name, _facets(query, {}) if query.facets else {})
            hits = response["hits"]
            ids = [int(hit["_id"]) for hit in hits.get("hits", ())]
            total = hits["total"]["value"]
            facets = _facets(query, response.get("aggregations", {})) if query.facets else {}
            suggestion = ""
            if total == 0 and terms and query.suggest:
                try:
                    suggestion = self._did_you_mean(query, terms)
                except ApiError:  # the results stand without a suggestion
                    logger.warning("did-you-mean failed for %r", query.text, exc_info=True)
        return SearchResults(ids, total, self.name, facets, suggestion)

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Entries with a key starting with the prefix, in rank_key order (all sorted by ES).

        A ``prefix`` query on the keyword ``keys`` rather than the completion
        suggester: the completion suggester orders by one static weight, while
        rank_key puts an entry whose key *equals* the prefix first, which
        depends on the prefix. Here that is a constant-score ``term`` clause
        (score 1 or 0) and the rest of rank_key are sort fields, so the order
        is exact and ``limit`` is applied by Elasticsearch.
        """
        self._check_up()
        prefix = normalise_prefix(prefix)
        if not prefix or limit <= 0:
            return []
        if len(prefix) <= PREFIX_GRAMS:
            match = {"term": {"prefixes": prefix}}
        else:
            match = {"prefix": {"keys": prefix}}
        body = {
            "size": limit,
            "query": {
                "bool": {
                    "filter": [match],
                    "should": [
                        {"constant_score": {"filter": {"term": {"keys": prefix}}, "boost": 1}}
                    ],
                }
            },
            "sort": [
                {"_score": {"order": "desc"}},
                {"kind_rank": {"order": "asc"}},
                {"weight": {"order": "desc"}},
                {"label_length": {"order": "asc"}},
                {"object_id": {"order": "asc"}},
            ],
            "_source": ["kind", "object_id", "label", "label_en", "url", "url_en"],
        }
        with self._errors():
            try:
                response = self.client.search(index=self.suggest_alias, **body)
            except NotFoundError:
                return []
        return [to_suggestion(hit["_source"]) for hit in response["hits"]["hits"]]

    def health(self) -> str:
        """Cluster status (``GET /`` is not allowed on every distribution; health is)."""
        with self._errors():
            return self.client.cluster.health(wait_for_status="yellow", timeout="5s")["status"]

    # -- did-you-mean --------------------------------------------------------

    def _did_you_mean(self, query: SearchQuery, terms: list[analysis.QueryTerm]) -> str:
        """A corrected query text that has results, or "".

        As the database backend: each query word that matches nothing (no
        whole word, no sub-word piece, no near word when typos are allowed)
        is replaced by its closest indexed word within its fuzzy edits; then
        each Thai run the query cut into several words is tried whole instead
        (ผ้าไหมมัดหมี, cut ผ้าไหม มัด หมี, is one edit from ผ้าไหมมัดหมี่).

        One request gives, for every word, whether it matches anything (a
        ``filters`` aggregation over the whole index) and the near words of
        every word and run (the term suggester on ``all_terms``, whose
        document frequency is "documents holding the word anywhere"); a
        second checks which corrected query matches (``msearch`` of counts).
        The suggester only proposes: the choice is made here with the
        database backend's distance and order (OSA edits within max_edits,
        closest first, then the most frequent, then alphabetical). Lucene's
        spell checker requires the first character to match for a word two
        edits away, so such a correction with a different first letter is
        not found (the database backend would find it).
        """
        segments = _query_segments(query.text)
        words = list(dict.fromkeys(w for _, segment in segments for w in segment))
        runs = [run for run, segment in segments if run and len(segment) > 1]
        near_wanted = [w for w in dict.fromkeys(words + runs) if analysis.max_edits(w) > 0]
        body = {
            "size": 0,
            "track_total_hits": False,
            "aggs": {
                "words": {
                    "filters": {
                        "filters": {
                            str(n): _word_query(_term_of(word), query.fuzzy)
                            for n, word in enumerate(words)
                        }
                    }
                }
            },
        }
        if near_wanted:
            body["suggest"] = {
                "near": {
                    "text": " ".join(near_wanted),
                    "term": {
                        "field": "all_terms",
                        "suggest_mode": "always",
                        "max_edits": 2,
                        "prefix_length": 0,
                        "min_word_length": analysis.FUZZY_MIN_LENGTH,
                        "accuracy": 0.0,
                        "size": SUGGESTER_SIZE,
                        "sort": "score",
                        "string_distance": "damerau_levenshtein",
                    },
                }
            }
        response = self.client.search(index=self.alias, **body)
        buckets = response["aggregations"]["words"]["buckets"]
        known = {w for n, w in enumerate(words) if buckets[str(n)]["doc_count"] > 0}
        near = {
            entry["text"]: {option["text"]: option["freq"] for option in entry["options"]}
            for entry in response.get("suggest", {}).get("near", [])
        }

        def closest(word: str) -> str | None:
            edits = analysis.max_edits(word)
            found = [
                (OSA.distance(word, other), -freq, other)
                for other, freq in near.get(word, {}).items()
                if other != word
            ]
            found = [item for item in found if item[0] <= edits]
            return min(found)[2] if found else None

        def fixed(word: str) -> str:
            return word if word in known else closest(word) or word

        by_word, by_run = [], []
        for run, segment in segments:
            by_word += [fixed(word) for word in segment]
            whole = closest(run) if run in runs else None
            by_run += [whole] if whole else [fixed(word) for word in segment]
        candidates = []
        for candidate in (by_word, by_run):
            candidate = list(dict.fromkeys(candidate))
            if candidate != words and candidate not in candidates:
                candidates.append(candidate)
        if not candidates:
            return ""
        searches = []
        for candidate in candidates:
            text = " ".join(candidate)
            counted = SearchQuery(
                text=text,
                category_ids=query.category_ids,
                filters=query.filters,
                fuzzy=query.fuzzy,
                limit=0,
            )
            searches += [{"index": self.alias}, _search_body(counted, analysis.query_terms(text))]
            searches[-1]["track_total_hits"] = 1
        answers = self.client.msearch(searches=searches)["responses"]
        for candidate, answer in zip(candidates, answers, strict=True):
            if answer.get("hits", {}).get("total", {}).get("value", 0) > 0:
                return " ".join(candidate)
        return ""

    # -- helpers -------------------------------------------------------------

    def _check_up(self) -> None:
        if time.monotonic() < self._down_until:
            raise SearchUnavailable(f"Elasticsearch at {self.url} failed recently")

    @contextmanager
    def _errors(self):
        """Turn any engine failure into SearchUnavailable; remember connection failures."""
        try:
            yield
        except TransportError as exc:  # connection refused, timeout, TLS...
            self._down_until = time.monotonic() + self.retry_after
            self._alias_ready = False
            self._suggest_alias_ready = False
            raise SearchUnavailable(f"Elasticsearch at {self.url}: {exc}") from exc
        except ApiError as exc:  # the server answered with an error
            raise SearchUnavailable(f"Elasticsearch at {self.url}: {exc}") from exc

    def _ensure_alias(self) -> None:
        """Create the first index and its alias before a write auto-creates a bare index."""
        if not self._alias_ready:
            self._ensure(self.alias, ProductIndexDocument)
            self._alias_ready = True

    def _ensure_suggest_alias(self) -> None:
        if not self._suggest_alias_ready:
            self._ensure(self.suggest_alias, SuggestionIndexDocument)
            self._suggest_alias_ready = True

    def _ensure(self, alias: str, document: type[Document]) -> None:
        if self.client.indices.exists_alias(name=alias):
            return
        if self.client.indices.exists(index=alias):
            return  # a concrete index of that name: write to it
        new = self._new_name(alias)
        self._create_index(new, document)
        self.client.indices.update_aliases(actions=[{"add": {"index": new, "alias": alias}}])

    @staticmethod
    def _new_name(alias: str) -> str:
        return f"{alias}-v{timezone.now():%Y%m%d%H%M%S%f}"

    def _swap(self, alias: str, new: str) -> list[str]:
        """Make ``new`` searchable and point ``alias`` at it alone; return the old indices."""
        self.client.indices.put_settings(index=new, settings={"refresh_interval": None})
        self.client.indices.refresh(index=new)
        old = self._indices_behind(alias)
        actions = [{"add": {"index": new, "alias": alias}}]
        actions += [{"remove": {"index": name, "alias": alias}} for name in old]
        if not old and self.client.indices.exists(index=alias):
            # A concrete index squats the alias name (auto-created): replace it.
            actions.append({"remove_index": {"index": alias}})
        self.client.indices.update_aliases(actions=actions)
        return old

    def _create_index(self, name: str, document: type[Document], bulk_loading=False) -> None:
        index = Index(name)
        index.document(document)
        index.settings(number_of_shards=1, auto_expand_replicas="0-1")
        if bulk_loading:
            index.settings(refresh_interval="-1")
        index.create(using=self.client)

    def _indices_behind(self, alias: str) -> list[str]:
        if not self.client.indices.exists_alias(name=alias):
            return []
        return sorted(self.client.indices.get_alias(name=alias).keys())

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
        # An unknown province/region is absent (no "" bucket among the facet values).
        source["province_code"] = doc["province_code"] or None
        source["region"] = doc["region"] or None
        price = doc["price"]
        source["price_satang"] = int(price * 100) if price is not None else None
        return {"_op_type": "index", "_id": doc["id"], "_source": source}

    @staticmethod
    def _delete_action(product_id: int) -> dict:
        return {"_op_type": "delete", "_id": int(product_id)}


# -- query building ----------------------------------------------------------


def _search_body(query: SearchQuery, terms: list[analysis.QueryTerm]) -> dict:
    """The whole request of one search: matches, filters, sort, page and facet counts.

    Without facets the filters go into the query (cached filter clauses).
    With facets they go into ``post_filter``, which narrows the hits but not
    the aggregations; each facet's aggregation then sits inside a ``filter``
    aggregation of every *other* facet's filter, so its counts are "what
    choosing this value would give" (multi-select facets), all in one request.
    """
    ranked = bool(terms) and query.sort == "relevance"
    clauses = [_word_query(term, query.fuzzy) for term in terms]
    filters = []
    if query.category_ids:
        filters.append({"terms": {"category_ids": list(query.category_ids)}})
    chosen = {name: _facet_filter(name, values) for name, values in query.filters.items()}
    if not query.facets:
        filters += chosen.values()
    matching = {"bool": {"must": clauses or [{"match_all": {}}], "filter": filters}}
    if ranked:
        # The contract adds the curator boost once to the score; painless is
        # not there to script it, field_value_factor (factor 1) adds it exactly.
        matching = {
            "function_score": {
                "query": matching,
                "functions": [{"field_value_factor": {"field": "boost", "missing": 0}}],
                "boost_mode": "sum",
            }
        }
    if ranked:
        sort = RANKED
    elif query.sort == "relevance":
        sort = BROWSE
    else:
        sort = SORTS[query.sort]
    body = {
        "query": matching,
        "sort": sort,
        "from": query.offset,
        "size": query.limit,
        "track_total_hits": True,
        "_source": False,
    }
    if query.facets:
        if chosen:
            body["post_filter"] = {"bool": {"filter": list(chosen.values())}}
        body["aggs"] = {name: _facet_agg(name, chosen) for name in FACETS}
    return body


def _word_query(term: analysis.QueryTerm, fuzzy: bool = True) -> dict:
    """One query word: a whole word in title or body, a sub-word piece, or a near word.

    Constant scores (no BM25) give the contract's explicit weights, summed over
    the ways the word matches, so the ranking is the same as the database
    backend's. The fuzzy clause looks in ``all_terms`` (the three fields
    together), so a word earns FUZZY_WEIGHT once however many fields hold a
    near word (a word is at distance 0 of itself: exact matches earn it too).
    """

    def scored(clause: dict, weight: int) -> dict:
        return {"constant_score": {"filter": clause, "boost": weight}}

    should = [
        scored({"term": {"title_terms": term.exact}}, TITLE_WEIGHT),
        scored({"term": {"body_terms": term.exact}}, BODY_WEIGHT),
        scored({"term": {"subword_terms": term.subword}}, SUBWORD_WEIGHT),
    ]
    if fuzzy and term.fuzzy > 0:
        near = {
            "fuzzy": {
                "all_terms": {
                    "value": term.exact,
                    "fuzziness": term.fuzzy,
                    "transpositions": True,
                    "prefix_length": 0,
                    "max_expansions": MAX_EXPANSIONS,
                }
            }
        }
        should.append(scored(near, FUZZY_WEIGHT))
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _term_of(word: str) -> analysis.QueryTerm:
    subword = word if analysis.is_thai(word) else analysis.stem(word)
    return analysis.QueryTerm(word, subword, analysis.max_edits(word))


def _query_segments(text: str) -> list[tuple[str, list[str]]]:
    """The query words grouped by where they come from: (Thai run, its words) for
    each Thai run and ("", words) for the text between runs, in order, so a Thai
    run cut into several words can be tried whole (same cut as query_words)."""
    text = analysis.normalise(text).translate(analysis.THAI_SIGNS)
    segments = []
    position = 0
    for run in analysis.THAI_RUN.finditer(text):
        segments.append(("", analysis.query_words(text[position : run.start()])))
        segments.append((run.group(), analysis.query_words(run.group())))
        position = run.end()
    segments.append(("", analysis.query_words(text[position:])))
    return [(run, words) for run, words in segments if words]


def _facet_filter(name: str, values) -> dict:
    """The filter of one facet's chosen values (OR-ed)."""
    field = FACET_FIELDS[name]
    if name == "price":
        ranges = []
        for key in values:
            lowest, highest = PRICE_RANGES[key]
            bounds = {"gte": lowest * 100}
            if highest is not None:
                bounds["lt"] = highest * 100
            ranges.append({"range": {field: bounds}})
        return {"bool": {"should": ranges, "minimum_should_match": 1}}
    if name in BOOLEAN_FACETS:
        kept = [value == "1" for value in values if value in ("1", "0")]
    elif name in ID_FACETS:
        kept = [int(value) for value in values if value.isdigit()]
    else:
        kept = list(values)
    if not kept:
        return {"match_none": {}}
    return {"terms": {field: kept}}


def _facet_agg(name: str, chosen: dict[str, dict]) -> dict:
    """Counts of one facet's values, under every chosen filter but its own."""
    field = FACET_FIELDS[name]
    if name == "price":
        ranges = []
        for key, (lowest, highest) in PRICE_RANGES.items():
            bucket = {"key": key, "from": lowest * 100}
            if highest is not None:
                bucket["to"] = highest * 100
            ranges.append(bucket)
        counts = {"range": {"field": field, "ranges": ranges}}
    else:
        counts = {"terms": {"field": field, "size": FACET_SIZE}}
    others = [clause for facet, clause in chosen.items() if facet != name]
    if not others:
        return counts  # no wrapping filter: it would cost a pass for nothing
    return {"filter": {"bool": {"filter": others}}, "aggs": {"values": counts}}


def _facets(query: SearchQuery, aggregations: dict) -> dict[str, list[tuple[str, int]]]:
    """SearchResults.facets from the aggregations: values with a count and chosen
    values, in the contract's order."""
    facets = {}
    for name in FACETS:
        counts: dict[str, int] = {}
        aggregation = aggregations.get(name, {})
        aggregation = aggregation.get("values", aggregation)  # inside a filter or not
        for bucket in aggregation.get("buckets", []):
            if name in BOOLEAN_FACETS:
                value = "1" if bucket["key"] in (1, True) else "0"
            elif name == "price":
                value = bucket["key"]
            else:
                value = str(bucket["key"])
            counts[value] = bucket["doc_count"]
        chosen = set(query.filters.get(name, ()))
        listed = {value: count for value, count in counts.items() if count > 0 or value in chosen}
        for value in chosen:
            listed.setdefault(value, 0)
        if name == "price":
            order = list(PRICE_RANGES)
            facets[name] = [(v, listed[v]) for v in order if v in listed]
        elif name in BOOLEAN_FACETS:
            facets[name] = sorted(listed.items(), key=lambda item: (item[0] != "1", item[0]))
        else:
            facets[name] = sorted(listed.items(), key=lambda item: (-item[1], item[0]))
    return facets


def _suggestion_action(entry: dict) -> dict:
    keys = list(entry["keys"])
    prefixes = {key[:length] for key in keys for length in range(1, PREFIX_GRAMS + 1)}
    source = {
        "kind": entry["kind"],
        "object_id": entry["object_id"],
        "kind_rank": SUGGESTION_KINDS.index(entry["kind"]),
        "weight": entry.get("weight", 0),
        "label_length": len(entry["label"]),
        "label": entry["label"],
        "label_en": entry.get("label_en", "") or "",
        "url": entry.get("url", "") or "",
        "url_en": entry.get("url_en", "") or "",
        "keys": keys,
        "prefixes": sorted(prefixes),
    }
    return {"_op_type": "index", "_id": f"{entry['kind']}-{entry['object_id']}", "_source": source}
