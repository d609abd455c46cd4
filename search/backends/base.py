"""The search backend contract: what every engine must do, and nothing more.

Views, indexing and the rebuild command only talk to a :class:`SearchBackend`
through :class:`SearchQuery` and :class:`SearchResults`, so an engine can be
swapped by a setting (``SHOP_SEARCH_BACKEND``). One shared test suite
(``tests/search/test_backend_contract.py``) runs against every backend.

Matching rules all backends implement:

* the query text goes through :func:`search.analysis.query_terms`;
* a product matches when *every* query word matches one of its whole words
  (title or body terms) or one of its sub-word pieces;
* relevance: each query word scores :data:`TITLE_WEIGHT` when it is a whole
  word of the title, plus :data:`BODY_WEIGHT` when it is one of the body,
  plus :data:`SUBWORD_WEIGHT` when it is a sub-word piece; ties go newest
  first. The same explicit score on every engine (rather than each engine's
  BM25/ts_rank, whose IDF lets a rare sub-word outrank a common whole word)
  keeps rankings predictable and identical across backends;
* an empty query lists everything (the catalogue browse); a query with text
  but no words in it (only punctuation) matches nothing.

A feature a backend lacks raises ``NotImplementedError``; an engine that
cannot be reached raises :class:`SearchUnavailable`, which callers may answer
from another backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

#: Sort orders a :class:`SearchQuery` accepts.
SORTS = ("relevance", "price-asc", "price-desc", "newest")
#: Score of a query word found as a whole word of the title, of the body, as a sub-word.
TITLE_WEIGHT, BODY_WEIGHT, SUBWORD_WEIGHT = 10, 4, 1


class SearchUnavailable(Exception):
    """The search engine could not be reached or failed to answer."""


@dataclass(frozen=True)
class SearchQuery:
    """What a buyer asked for: words, categories, order and the page window."""

    #: Free text in Thai and/or English; empty lists everything.
    text: str = ""
    #: Keep products in any of these categories (or below them).
    category_ids: Sequence[int] = ()
    #: One of :data:`SORTS`.
    sort: str = "relevance"
    offset: int = 0
    limit: int = 20

    def __post_init__(self):
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; expected one of {SORTS}")
        if self.offset < 0 or self.limit < 0:
            raise ValueError("offset and limit must not be negative")
        object.__setattr__(self, "category_ids", tuple(int(pk) for pk in self.category_ids))

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
        """Ids of the matching products for one page, in rank order, and the total."""
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


def batched(iterable: Iterable, size: int):
    """Lists of up to ``size`` items from ``iterable`` (itertools.batched is 3.12+)."""
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch
