"""The indexed words, for the database backend's typo tolerance and did-you-mean.

Neither SQLite FTS5 nor PostgreSQL full text can look a word up "within two
edits", so the backend keeps every word of its documents in
:class:`search.models.SearchTerm` and finds the near neighbours of a query word
here, in Python, with rapidfuzz's optimal string alignment distance (the same
edits Elasticsearch's ``fuzzy`` counts). The near words then become ordinary
full-text alternatives of the query word.

Reading the table on every search would cost more than the search, so each
process keeps the words in memory (grouped by length: a word ``k`` edits away
is at most ``k`` characters longer or shorter) and reloads them only when the
version stored in Django's cache changes. Every write of the vocabulary bumps
that version, at once (the writing transaction sees its own words) and again
on commit (other processes reload once the words are visible to them). With
the per-process default cache other processes only notice after
:data:`MAX_AGE` seconds; a shared cache (Redis, Memcached) makes it immediate.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from rapidfuzz import process
from rapidfuzz.distance import OSA

from search.models import SearchTerm

#: Django cache key of the vocabulary version of one database alias.
VERSION_KEY = "search:vocabulary:{using}"
#: Reload at least this often even when the version did not change (a cache
#: that is not shared between processes cannot tell them about writes).
MAX_AGE = 300
#: At most this many fuzzy alternatives per query word (closest first).
MAX_CANDIDATES = 50
#: Terms per INSERT statement.
BATCH_SIZE = 2000
#: Longest term the table stores (SearchTerm.term max_length).
MAX_TERM_LENGTH = SearchTerm._meta.get_field("term").max_length


@dataclass
class Vocabulary:
    """The words of one database, as loaded at ``version``."""

    version: str | None
    loaded_at: float
    #: Word length -> words of that length.
    by_length: dict[int, list[str]] = field(default_factory=dict)
    #: Word -> number of documents holding it (1 for words added since the last rebuild).
    frequency: dict[str, int] = field(default_factory=dict)

    def __contains__(self, word: str) -> bool:
        return word in self.frequency

    def near(self, word: str, max_edits: int, limit: int = MAX_CANDIDATES) -> list[str]:
        """Words at most ``max_edits`` OSA edits from ``word`` (itself included when
        indexed), closest first, then the most frequent, then alphabetical."""
        if max_edits <= 0 or not word:
            return [word] if word in self.frequency else []
        found: list[tuple[int, int, str]] = []
        for length in range(len(word) - max_edits, len(word) + max_edits + 1):
            choices = self.by_length.get(length)
            if not choices:
                continue
            for match, distance, _ in process.extract(
                word, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None
            ):
                found.append((distance, -self.frequency[match], match))
        found.sort()
        return [match for _, _, match in found[:limit]]


_lock = threading.Lock()
_loaded: dict[str, Vocabulary] = {}


def current(using: str = DEFAULT_DB_ALIAS) -> Vocabulary:
    """The vocabulary of database ``using``, reloaded when it changed (one cache read)."""
    key = VERSION_KEY.format(using=using)
    version = cache.get(key)
    if version is None:
        # Never set, evicted or cleared: start a version now, so that this
        # process and the others agree on it from here on.
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key)
    loaded = _loaded.get(using)
    if (
        loaded is not None
        and loaded.version == version
        and time.monotonic() - loaded.loaded_at < MAX_AGE
    ):
        return loaded
    with _lock:
        loaded = _load(using, version)
        _loaded[using] = loaded
    return loaded


def candidates(word: str, max_edits: int, using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Indexed words a fuzzy match of ``word`` may be (see :meth:`Vocabulary.near`)."""
    if max_edits <= 0:
        return []
    return current(using).near(word, max_edits)


def closest(word: str, max_edits: int, using: str = DEFAULT_DB_ALIAS) -> str | None:
    """The indexed word nearest to ``word`` other than itself, or None."""
    if max_edits <= 0:
        return None
    for match in current(using).near(word, max_edits, limit=2):
        if match != word:
            return match
    return None


def terms_of(documents: Iterable[dict]) -> Counter:
    """Document frequency of every word of these documents' term fields."""
    counts: Counter = Counter()
    for doc in documents:
        words = set(doc["title_terms"].split())
        words.update(doc["body_terms"].split())
        words.update(doc["subword_terms"].split())
        counts.update(words)
    return without_long_terms(counts)


def without_long_terms(counts: Counter) -> Counter:
    """``counts`` without the words too long for the vocabulary table (in place)."""
    for word in [word for word in counts if len(word) > MAX_TERM_LENGTH]:
        del counts[word]
    return counts


def add(words: Iterable[str], using: str = DEFAULT_DB_ALIAS) -> None:
    """Add words (frequency 1) to the vocabulary; words already there are kept as they are."""
    rows = [(word, 1) for word in set(words) if 0 < len(word) <= MAX_TERM_LENGTH]
    if not rows:
        return
    _insert(rows, using, "ON CONFLICT (term) DO NOTHING")
    changed(using)


def replace(counts: Counter, using: str = DEFAULT_DB_ALIAS) -> None:
    """Make the vocabulary exactly these words with these frequencies (rebuild)."""
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        # A plain DELETE: the ORM would load every term first.
        cursor.execute(f"DELETE FROM {SearchTerm._meta.db_table}")
        _insert(list(counts.items()), using)
    changed(using)


def _insert(rows: list[tuple[str, int]], using: str, conflict: str = "") -> None:
    """INSERT (term, frequency) rows with executemany (no model instance per word)."""
    table = SearchTerm._meta.db_table
    sql = f"INSERT INTO {table} (term, frequency) VALUES (%s, %s) {conflict}".strip()
    with connections[using].cursor() as cursor:
        for start in range(0, len(rows), BATCH_SIZE):
            cursor.executemany(sql, rows[start : start + BATCH_SIZE])


def clear(using: str = DEFAULT_DB_ALIAS) -> None:
    with connections[using].cursor() as cursor:
        cursor.execute(f"DELETE FROM {SearchTerm._meta.db_table}")
    changed(using)


def changed(using: str = DEFAULT_DB_ALIAS) -> None:
    """Tell every process to reload the vocabulary: now and when the transaction commits."""
    _bump(using)
    transaction.on_commit(lambda: _bump(using), using=using)


def _bump(using: str) -> None:
    cache.set(VERSION_KEY.format(using=using), uuid.uuid4().hex, None)


def _load(using: str, version: str | None) -> Vocabulary:
    vocabulary = Vocabulary(version=version, loaded_at=time.monotonic())
    rows = SearchTerm.objects.using(using).values_list("term", "frequency")
    for term, frequency in rows.iterator(chunk_size=5000):
        vocabulary.frequency[term] = frequency
        vocabulary.by_length.setdefault(len(term), []).append(term)
    return vocabulary
