"""Demo data loaded once for tests/demo, inside a transaction rolled back afterwards.

Loading takes a while, so the tests of this package share one load instead of
each paying for it. Each test still runs in its own savepoint (the ``db``
fixture), so a test cannot change what the next one sees.
"""

import pytest
from django.core.cache import caches
from django.db import transaction

from tests.demo.loading import load_demo_data


@pytest.fixture(scope="package")
def demo_loaded(django_db_setup, django_db_blocker):
    """Load the demo data once for the package; roll it back (and clear caches) after."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield load_demo_data()
            transaction.set_rollback(True)
    # Wagtail's site root paths and sorl's thumbnail keys would point at rolled-back rows.
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def demo(demo_loaded, db):
    """Demo data is in the database for this test."""
    return demo_loaded
