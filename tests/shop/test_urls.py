"""The URL map: three admin sites on their own prefixes, Oscar under /shop/, Wagtail last."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path, marker",
    [
        ("/django-admin/", "site-name"),
        ("/cms-admin/", "wagtail"),
        ("/shop/dashboard/", "dashboard"),
    ],
)
def test_staff_reach_each_admin_site_on_its_own_prefix(admin_client, path, marker):
    # given a signed-in superuser
    # when they open each admin site
    response = admin_client.get(path)
    # then each answers on its prefix with its own page
    assert response.status_code == 200
    assert marker in response.content.decode().lower()


def test_admin_sites_turn_a_buyer_away(client, django_user_model):
    # given a signed-in buyer without staff rights
    buyer = django_user_model.objects.create_user("buyer", "b@example.com", "pw")
    client.force_login(buyer)
    # when they try the admin sites, then none of them opens
    for path in ("/django-admin/", "/cms-admin/", "/shop/dashboard/"):
        response = client.get(path)
        assert response.status_code in (302, 403), path


def test_oscar_keeps_its_product_url_shape_under_the_shop_prefix():
    # Oscar's own shape: .../catalogue/<slug>_<id>/, Thai unprefixed
    url = reverse("catalogue:detail", kwargs={"product_slug": "praewa-silk-shawl", "pk": 7})
    assert url == "/shop/catalogue/praewa-silk-shawl_7/"


def test_the_language_switch_lives_outside_the_language_prefix():
    # the language switch itself is reachable without a language prefix
    assert reverse("set_language") == "/i18n/setlang/"
