import pytest
from django.utils import translation

from shop.address.abstract_models import thailand
from tests.checkout.builders import build_enterprise, build_product


@pytest.fixture(autouse=True)
def thai_first():
    """Start every test in Thai (a request to /en/... leaves English active in the thread)."""
    with translation.override("th"):
        yield


@pytest.fixture
def country(db):
    """Thailand, the one shipping country."""
    return thailand()


@pytest.fixture
def enterprise(db):
    return build_enterprise()


@pytest.fixture
def product(enterprise, country):
    """A sarong with 10 units in stock, 400 g."""
    return build_product(enterprise, stock=10)
