import pytest
from django.utils import translation
from oscar.core.loading import get_model

from shop.address.abstract_models import thailand


@pytest.fixture(autouse=True)
def thai_first():
    """Start every test in Thai (a request to /en/... leaves English active in the thread)."""
    with translation.override("th"):
        yield


@pytest.fixture
def th(db):
    """Oscar's Country row for Thailand."""
    return thailand()


@pytest.fixture
def buyer(django_user_model):
    return django_user_model.objects.create_user("somchai", "somchai@example.com", "pw")


@pytest.fixture
def signed_in(client, buyer):
    client.force_login(buyer)
    return client


#: A complete Bangkok address as the form posts it (แขวงคลองเตยเหนือ เขตวัฒนา 10110).
BANGKOK_POST = {
    "first_name": "สมชาย",
    "last_name": "ใจดี",
    "phone_number": "081-234-5678",
    "house_number": "99/1",
    "moo": "",
    "village": "อาคารสุขใจ ชั้น 5",
    "soi": "สุขุมวิท 11",
    "road": "สุขุมวิท",
    "postcode": "",
    "province_code": "10",
    "district_code": "1039",
    "subdistrict_code": "103901",
    "notes": "",
}

#: A rural address: ตำบลเกาะเต่า อำเภอเกาะพะงัน จังหวัดสุราษฎร์ธานี 84360, หมู่ 2.
KO_TAO_POST = {
    **BANGKOK_POST,
    "village": "",
    "soi": "",
    "road": "",
    "moo": "2",
    "house_number": "14",
    "province_code": "84",
    "district_code": "8405",
    "subdistrict_code": "840503",
}


@pytest.fixture
def user_address_model():
    return get_model("address", "UserAddress")
