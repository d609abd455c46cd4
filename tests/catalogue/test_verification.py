"""DIP staff verify or reject certifications in Django admin; the badge follows."""

import pytest
from django.contrib.auth.models import Group, Permission
from oscar.core.loading import get_model

from tests.catalogue.helpers import certify

Certification = get_model("catalogue", "Certification")


@pytest.fixture
def dip_staff(django_user_model):
    """A staff member with only the certification permissions DIP staff get."""
    group = Group.objects.create(name="DIP staff")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="catalogue",
            codename__in=["view_certification", "change_certification"],
        )
    )
    user = django_user_model.objects.create_user(
        "dip", "dip@example.com", "pw", is_staff=True
    )
    user.groups.add(group)
    return user


def test_dip_staff_verify_a_certification_and_the_badge_appears(client, storefront, dip_staff):
    # given a pending certification on a product
    product = storefront["product"]
    certification = certify(product, status=Certification.Status.PENDING)
    assert not Certification.objects.shown_to_buyers().filter(pk=certification.pk).exists()
    # when DIP staff mark it verified in the admin
    client.force_login(dip_staff)
    response = client.post(
        "/django-admin/catalogue/certification/",
        {"action": "mark_verified", "_selected_action": [certification.pk]},
        follow=True,
    )
    # then the decision is recorded with who and when, and the badge is shown
    assert response.status_code == 200
    certification.refresh_from_db()
    assert certification.status == Certification.Status.VERIFIED
    assert certification.verified_by == dip_staff
    assert certification.verified_at is not None
    page = client.get(product.get_absolute_url()).content.decode()
    assert certification.number in page


def test_dip_staff_reject_a_certification_and_it_never_shows(client, storefront, dip_staff):
    # given a verified certification
    product = storefront["product"]
    certification = certify(product, status=Certification.Status.VERIFIED)
    # when DIP staff reject it
    client.force_login(dip_staff)
    client.post(
        "/django-admin/catalogue/certification/",
        {"action": "mark_rejected", "_selected_action": [certification.pk]},
    )
    # then it is rejected by them and gone from the product page
    certification.refresh_from_db()
    assert certification.status == Certification.Status.REJECTED
    assert certification.verified_by == dip_staff
    assert certification.number not in client.get(product.get_absolute_url()).content.decode()


def test_a_buyer_cannot_reach_certification_verification(client, storefront, django_user_model):
    buyer = django_user_model.objects.create_user("buyer", "b@example.com", "pw")
    client.force_login(buyer)
    response = client.get("/django-admin/catalogue/certification/")
    assert response.status_code == 302  # to the admin login
