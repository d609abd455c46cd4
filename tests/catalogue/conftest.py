import pytest
from django.utils import translation

from tests.cms.builders import build_storefront


@pytest.fixture
def storefront(db):
    """Home page, OTOP categories, a CIV village, its approved enterprise and a product."""
    return build_storefront()


@pytest.fixture(autouse=True)
def thai_first():
    """Start every test in Thai (a request to /en/... leaves English active in the thread)."""
    with translation.override("th"):
        yield
