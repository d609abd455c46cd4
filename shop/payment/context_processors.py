from django.conf import settings


def test_payments(request):
    """``SHOP_TEST_PAYMENTS``: True while payments go to localstripe (the banner shows)."""
    return {"SHOP_TEST_PAYMENTS": settings.SHOP_TEST_PAYMENTS}
