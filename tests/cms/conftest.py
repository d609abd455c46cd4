import pytest

from tests.cms.builders import build_storefront


@pytest.fixture
def storefront(db):
    """Home page, OTOP categories, a CIV village, its enterprise and a product with an image."""
    return build_storefront()
