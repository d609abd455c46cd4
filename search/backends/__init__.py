"""Pick the configured search backend.

``SHOP_SEARCH_BACKEND`` names it: ``"database"`` (the embedded default, also
the fallback when Elasticsearch is down), ``"elasticsearch"``, or a dotted
path to a :class:`~search.backends.base.SearchBackend` subclass. Instances are
cached per name and dropped when a ``SHOP_*`` search setting changes (tests).
"""

from __future__ import annotations

import threading

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from .base import SearchBackend, SearchQuery, SearchResults, SearchUnavailable

__all__ = [
    "BACKENDS",
    "SearchBackend",
    "SearchQuery",
    "SearchResults",
    "SearchUnavailable",
    "get_backend",
    "maintained_backends",
    "reset_backends",
]

#: Short names of the built-in backends and their classes.
BACKENDS = {
    "database": "search.backends.database.DatabaseBackend",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchBackend",
}
#: The backend that answers when the configured one is unreachable.
FALLBACK = "database"

_lock = threading.Lock()
_instances: dict[str, SearchBackend] = {}


def get_backend(name: str | None = None) -> SearchBackend:
    """The backend called ``name`` (default: ``SHOP_SEARCH_BACKEND``), one per process."""
    name = name or settings.SHOP_SEARCH_BACKEND
    backend = _instances.get(name)
    if backend is None:
        with _lock:
            backend = _instances.get(name)
            if backend is None:
                backend = import_string(BACKENDS.get(name, name))()
                _instances[name] = backend
    return backend


def maintained_backends() -> list[SearchBackend]:
    """Backends that indexing keeps current: the configured one and the fallback."""
    names = dict.fromkeys([settings.SHOP_SEARCH_BACKEND, FALLBACK])
    return [get_backend(name) for name in names]


def reset_backends() -> None:
    """Forget cached backends so the next call reads the settings again."""
    with _lock:
        _instances.clear()


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    if setting.startswith("SHOP_SEARCH") or setting.startswith("SHOP_ELASTICSEARCH"):
        reset_backends()
