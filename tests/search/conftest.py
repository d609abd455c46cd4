"""Fixtures of the search tests: one backend per parameter, each on its own index.

``backend_name`` runs a test once per backend; the Elasticsearch run carries
the ``elasticsearch`` marker, so tests/conftest.py skips it on a laptop
without ELASTICSEARCH_URL and fails it under CI=true. Each Elasticsearch test
gets a fresh, uniquely named index (alias) that is deleted afterwards.
"""

import os
import socket
import uuid

import pytest
from django.utils import translation

from search.backends import get_backend, maintained_backends, reset_backends
from search.documents import indexable_products

BACKENDS = ["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]
#: A backend in the making (a dotted path to a SearchBackend subclass) can be put
#: through the same contract: SHOP_SEARCH_CONTRACT_BACKEND=package.module.Class.
if os.environ.get("SHOP_SEARCH_CONTRACT_BACKEND"):
    BACKENDS.append(os.environ["SHOP_SEARCH_CONTRACT_BACKEND"])


@pytest.fixture(params=BACKENDS)
def backend_name(request):
    return request.param


@pytest.fixture
def search_settings(settings):
    """Search settings isolated per test: realtime indexing off, a unique ES index."""
    settings.SHOP_SEARCH_REALTIME = False
    settings.SHOP_ELASTICSEARCH_INDEX = f"test-products-{uuid.uuid4().hex[:12]}"
    settings.SHOP_ELASTICSEARCH_REFRESH = True
    settings.SHOP_ELASTICSEARCH_URL = os.environ.get(
        "ELASTICSEARCH_URL", settings.SHOP_ELASTICSEARCH_URL
    )
    reset_backends()
    yield settings
    reset_backends()


@pytest.fixture
def backend(db, backend_name, search_settings):
    """The backend under test, configured as SHOP_SEARCH_BACKEND, cleaned up afterwards."""
    search_settings.SHOP_SEARCH_BACKEND = backend_name
    engine = get_backend(backend_name)
    yield engine
    if backend_name == "elasticsearch":
        engine.clear()


@pytest.fixture
def index_all(backend):
    """Rebuild every maintained backend (configured + database fallback) from the database."""

    def rebuild():
        for engine in maintained_backends():
            engine.rebuild(indexable_products())

    return rebuild


@pytest.fixture(autouse=True)
def thai_first():
    """Start every test in Thai (a request to /en/... leaves English active in the thread)."""
    with translation.override("th"):
        yield


@pytest.fixture
def unreachable_url():
    """The URL of a local TCP port nobody listens on (Elasticsearch "down")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def enterprise(db):
    """One approved community enterprise in one village, shared by a test's products
    (creating a village page per product would make the suite several times slower)."""
    from .factories import EnterpriseFactory

    return EnterpriseFactory()


@pytest.fixture
def fresh_vocabulary():
    """Words learnt in a test do not leak into the next ones."""
    from search import analysis

    analysis.forget_words()
    yield
    analysis.forget_words()
