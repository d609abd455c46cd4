import pytest
from django.contrib.auth.models import Group
from django.utils import timezone, translation

from cms.models import collections
from tests.cms.builders import build_storefront


@pytest.fixture
def storefront(db):
    """Home page, OTOP categories, a CIV village, its enterprise and a product with an image,
    all published (so with their English aliases)."""
    return build_storefront()


@pytest.fixture(autouse=True)
def thai_first():
    """Start every test in Thai (a request to /en/... leaves English active in the thread)."""
    with translation.override("th"):
        yield


@pytest.fixture
def bangkok_today(monkeypatch):
    """``bangkok_today(day)`` makes ``day`` today's Bangkok date for the featured window."""
    real_localdate = timezone.localdate

    def set_today(day):
        def localdate(value=None, timezone=None):
            return day if value is None else real_localdate(value, timezone)

        monkeypatch.setattr(collections.timezone, "localdate", localdate)

    return set_today


def _member_of(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@chumchon.test", password="secret"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def dip_editor(db, django_user_model):
    """DIP staff in the "DIP editors" group (set up by cms/migrations/0003)."""
    return _member_of(django_user_model, "DIP editors", "editor")


@pytest.fixture
def dip_publisher(db, django_user_model):
    """DIP staff in the "DIP publishers" group."""
    return _member_of(django_user_model, "DIP publishers", "publisher")
