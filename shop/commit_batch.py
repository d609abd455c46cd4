"""Collect ids while a transaction runs and hand them over once, after it commits.

Search indexing and thumbnail building both react to model saves. A request
often saves the same object several times (Oscar's dashboard saves an image
twice, a product save touches its stock records and categories), so ids are
gathered per database connection and passed to ``dispatch`` in one batch when
the transaction commits. A rolled-back transaction dispatches nothing; outside
a transaction the ids are dispatched at once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from django.db import transaction


class _Pending:
    """Ids waiting for one connection's transaction to commit."""

    def __init__(self, dispatch: Callable[[set[int]], object]):
        self.dispatch = dispatch
        self.ids: set[int] = set()
        #: Whether :meth:`flush` is registered and has not run yet.
        self.scheduled = False

    def flush(self):
        ids, self.ids, self.scheduled = self.ids, set(), False
        self.dispatch(ids)


class CommitBatch:
    """``CommitBatch(dispatch).add(ids)``: ``dispatch(ids)`` once the transaction commits."""

    def __init__(self, dispatch: Callable[[set[int]], object]):
        self._dispatch = dispatch
        self._pending: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def add(self, ids: Iterable[int], using: str | None = None) -> None:
        ids = set(ids)
        if not ids:
            return
        connection = transaction.get_connection(using)
        if not connection.in_atomic_block:
            self._dispatch(ids)
            return
        pending = self._pending.setdefault(connection, _Pending(self._dispatch))
        registered = pending.scheduled and any(
            entry[1] == pending.flush for entry in connection.run_on_commit
        )
        if not registered:
            # The first change of this transaction, or a rollback discarded our
            # callback along with the changes whose ids are pending: forget those.
            pending.ids.clear()
            pending.scheduled = True
            transaction.on_commit(pending.flush, using=using, robust=True)
        pending.ids.update(ids)
