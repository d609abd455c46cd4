"""The search backend contract: what every engine must do, and nothing more.

Views, indexing and the rebuild command only talk to a :class:`SearchBackend`
through :class:`SearchQuery` and :class:`SearchResults`, so an engine can be
swapped by a setting (``SHOP_SEARCH_BACKEND``). One shared test suite
(``tests/search/test_backend_contract.py``) runs against every backend.

Matching rules all backends implement:

* the query text goes through :func:`search.analysis.query_terms`;
* a product matches when *every* query word matches it in one of four ways:
  as a whole word of the title or body terms (``exact``), as one of its
  sub-word pieces or synonyms (``subword``), or, for words of
  :data:`search.analysis.FUZZY_MIN_LENGTH` characters or more, as a word of
  the title, body or sub-word terms at most :func:`search.analysis.max_edits`
  edits away (optimal string alignment: insertions, deletions, substitutions,
  adjacent transpositions);
* relevance: per query word, :data:`TITLE_WEIGHT` when it is a whole word of
  the title, plus :data:`BODY_WEIGHT` when it is one of the body, plus
  :data:`SUBWORD_WEIGHT` when it is a sub-word piece, plus
  :data:`FUZZY_WEIGHT` when a fuzzy match exists (a word always matches itself
  fuzzily, so an exact match also earns it; a typo earns it alone and ranks
  below); then the product's curator boost (``boost``, 0 to
  :data:`MAX_BOOST`) is added once. The same explicit score on every engine
  (rather than BM25/ts_rank, whose IDF lets a rare sub-word outrank a common
  whole word) keeps rankings predictable and identical across backends;
* ties go newest first (date created, then id, both descending) in every sort,
  the price sorts included; products without a price come last in both;
* an empty query lists everything (the catalogue browse; "relevance" then
  means boost first, then newest); a query with text but no words in it (only
  punctuation) matches nothing;
* filters (:attr:`SearchQuery.filters`): values of one facet are OR-ed,
  facets are AND-ed; facet counts (:attr:`SearchQuery.facets`) of a facet are
  computed with every filter *except that facet's own*, so the options not
  chosen show how many products choosing them would add;
* a text query with no match comes back with :attr:`SearchResults.suggestion`,
  a corrected query that does match when one exists (did-you-mean).

A feature a backend lacks raises ``NotImplementedError``; an engine that
cannot be reached raises :class:`SearchUnavailable`, which callers may answer
from another backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice

#: Sort orders a :class:`SearchQuery` accepts.
SORTS = ("relevance", "price-asc", "price-desc", "newest")
#: Score of a query word found as a whole word of the title, of the body, as a
#: sub-word or synonym, and as a fuzzy match (see the matching rules above).
TITLE_WEIGHT, BODY_WEIGHT, SUBWORD_WEIGHT, FUZZY_WEIGHT = 20, 8, 3, 1
#: Highest curator boost a document carries (``Product.priority`` clamped to 0..MAX_BOOST).
MAX_BOOST = 20

#: Facets a :class:`SearchQuery` filters by and counts, and the document key each reads.
#: Values are strings: ids as decimal strings, ``civ``/``in_stock`` as "1"/"0",
#: ``price`` as a :data:`PRICE_RANGES` key, ``certification`` as a
#: ``Certification.Kind`` value, ``province`` a DOPA province code ("12"),
#: ``region`` a :data:`search.regions.REGIONS` key.
FACETS = (
    "category",
    "region",
    "province",
    "village",
    "civ",
    "certification",
    "price",
    "enterprise",
    "in_stock",
)
#: Price ranges in THB: key -> (lowest included, highest excluded; None = open).
PRICE_RANGES = {
    "0-200": (0, 200),
    "200-500": (200, 500),
    "500-1000": (500, 1000),
    "1000-2000": (1000, 2000),
    "2000-": (2000, None),
}


class SearchUnavailable(Exception):
    """The search engine could not be reached or failed to answer."""


@dataclass(frozen=True)
class SearchQuery:
    """What a buyer asked for: words, categories, order and the page window."""

    #: Free text in Thai and/or English; empty lists everything.
    text: str = ""
    #: Keep products in any of these categories (or below them). Unlike the
    #: ``category`` filter it is not a facet choice: category pages use it, and
    #: facet counts are always computed within it.
    category_ids: Sequence[int] = ()
    #: One of :data:`SORTS`.
    sort: str = "relevance"
    offset: int = 0
    limit: int = 20
    #: Facet choices: {facet name: values}; values of a facet OR-ed, facets AND-ed.
    filters: Mapping[str, Sequence[str]] = field(default_factory=dict)
    #: Compute :attr:`SearchResults.facets` (counts of every facet's values).
    facets: bool = False
    #: Allow fuzzy (typo-tolerant) matches.
    fuzzy: bool = True
    #: Suggest a corrected query when a text query matches nothing.
    suggest: bool = True

    def __post_init__(self):
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; expected one of {SORTS}")
        if self.offset < 0 or self.limit < 0:
            raise ValueError("offset and limit must not be negative")
        object.__setattr__(self, "category_ids", tuple(int(pk) for pk in self.category_ids))
        filters = {}
        for name, values in (self.filters or {}).items():
            if name not in FACETS:
                raise ValueError(f"unknown facet {name!r}; expected one of {FACETS}")
            if isinstance(values, str):
                values = [values]
            kept = tuple(sorted({str(v) for v in values if str(v) != ""}))
            if name == "price":
                kept = tuple(v for v in kept if v in PRICE_RANGES)
            if kept:
                filters[name] = kept
        object.__setattr__(self, "filters", filters)

    def without(self, facet: str) -> dict[str, tuple[str, ...]]:
        """The filters minus one facet's own (what that facet's counts are computed with)."""
        return {name: values for name, values in self.filters.items() if name != facet}

    @property
    def has_text(self) -> bool:
        return bool(self.text and self.text.strip())


@dataclass(frozen=True)
class SearchResults:
    """One page of matches: product ids in rank order and the total number of matches."""

    ids: list[int] = field(default_factory=list)
    total: int = 0
    #: Name of the backend that answered (useful in logs and tests).
    backend: str = ""
    #: When asked for: {facet name: [(value, count), ...]} for every name in
    #: :data:`FACETS`, values with a count above 0 (and every chosen value, even
    #: at 0), most products first then by value; ``price`` in PRICE_RANGES order,
    #: ``civ``/``in_stock`` with "1" first.
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    #: Did-you-mean: a corrected query text that matches something ("" if none).
    suggestion: str = ""


@dataclass(frozen=True)
class Suggestion:
    """One autocomplete entry: a product, category or village to jump to."""

    #: "product", "category" or "village" (see :data:`SUGGESTION_KINDS`).
    kind: str
    #: Id of the product / category / village page (the Thai page).
    object_id: int
    #: Thai and English labels (English falls back to Thai when empty).
    label: str
    label_en: str
    #: Thai and English URLs (the English one under /en/).
    url: str
    url_en: str

    def label_for(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label

    def url_for(self, language: str) -> str:
        return self.url_en if language == "en" and self.url_en else self.url


#: Autocomplete entry kinds, in the order suggestions are listed.
SUGGESTION_KINDS = ("category", "village", "product")


#: Called with the number of products just written, to drive a progress bar.
Progress = Callable[[int], object]


class SearchBackend:
    """Base class of the search engines. Subclasses implement the five operations."""

    #: Short name used in settings, logs and the rebuild summary.
    name = "base"
    #: How many products :meth:`rebuild` builds and writes at a time.
    batch_size = 500

    def index(self, products: Iterable) -> int:
        """Add or replace the documents of ``products``; return how many were indexed.

        Products that should not be listed (not public, variants) are removed.
        Pass products from :func:`search.documents.products_for_indexing`.
        """
        raise NotImplementedError

    def delete(self, product_ids: Iterable[int]) -> None:
        """Remove these products from the index (unknown ids are ignored)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Remove every document."""
        raise NotImplementedError

    def rebuild(self, products: Iterable, progress: Progress | None = None) -> int:
        """Replace the whole index with ``products``; return how many were indexed.

        Searches keep being answered from the old index until the new one is
        complete.
        """
        raise NotImplementedError

    def search(self, query: SearchQuery) -> SearchResults:
        """Ids of the matching products for one page, in rank order, and the total;
        facet counts when ``query.facets``; a did-you-mean suggestion when a text
        query matched nothing."""
        raise NotImplementedError

    def index_suggestions(self, entries: Iterable[dict], replace: bool = False) -> int:
        """Store autocomplete entries (see :func:`search.suggestions.build_entries`);
        with ``replace`` drop every existing entry first (atomically for readers).
        Entries are keyed by (kind, object_id): writing one again replaces it."""
        raise NotImplementedError

    def delete_suggestions(self, kind: str, object_ids: Iterable[int]) -> None:
        """Remove these autocomplete entries (unknown ones are ignored)."""
        raise NotImplementedError

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Autocomplete: entries one of whose keys starts with ``normalise_prefix(prefix)``.

        Keys come from :func:`search.suggestions.keys_for` (the whole label and
        the label from each of its words and Thai sub-word pieces on, Thai and
        English), so "ผ้" and "ไหม" both reach ผ้าไหมมัดหมี่. A prefix that
        normalises to "" gives []. At most ``limit`` entries, ordered by
        :func:`search.suggestions.rank_key`: an entry with a key equal to the
        prefix first, then kind (:data:`SUGGESTION_KINDS` order), then higher
        ``weight``, then shorter label, then object id.
        """
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


def batched(iterable: Iterable, size: int):
    """Lists of up to ``size`` items from ``iterable`` (itertools.batched is 3.12+)."""
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch
