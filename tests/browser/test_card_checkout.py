"""A guest buys a sarong in headless Chromium and pays by card through localstripe's
Stripe.js: product page → basket → checkout → pending order → card → "paid".

Only localstripe's signed webhook (sent to the live server) marks the order paid; the
page the browser returns to just polls the order's state. Needs Chromium
(SHOP_CHROMIUM) and localstripe (tests/stripe_server.py); never downloads a browser.
"""

import threading

import pytest
from django.core import mail
from django.utils import translation
from oscar.core.loading import get_model

from shop.address.abstract_models import thailand
from shop.order import status
from tests.browser.support import SCREENSHOTS, Visit, chromium
from tests.cms.builders import build_storefront
from tests.stripe_server import localstripe, localstripe_server  # noqa: F401

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

WEBHOOK_PATH = "/payments/stripe/webhook/"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def shop(settings, live_server, localstripe):  # noqa: F811
    """The storefront with a product in stock, Stripe pointed at localstripe, whose
    signed webhooks go to the live server."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    objects = build_storefront()
    thailand()
    with translation.override("th"):
        objects["product_path"] = objects["product"].get_absolute_url()
    objects["url"] = live_server.url
    localstripe.register_webhook(live_server.url + WEBHOOK_PATH)
    yield objects
    localstripe.register_webhook("http://127.0.0.1:9/")


@pytest.fixture
def browser(shop):
    """Headless Chromium, started once the shop's data is written."""
    with chromium() as started:
        yield started


def test_guest_pays_by_card_from_basket_to_paid(browser, shop):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    visit = Visit(browser, width=420)  # a phone
    page = visit.open(shop["url"] + shop["product_path"])

    # Given a guest who puts the sarong in the basket and goes to checkout
    # (the form posts and comes back to the product page: wait for that page, or going
    # on to the basket aborts it half-loaded)
    with page.expect_navigation(wait_until="load"):
        page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(shop["url"] + "/shop/basket/")
    page.locator("a[href$='/checkout/']").first.click()

    # When they give their e-mail and a Thai address through the cascade
    page.fill("input[name=username]", "somsri@example.com")
    page.locator("#id_options_0").check()
    page.locator("form button[type=submit]").last.click()
    page.fill("input[name=first_name]", "สมศรี")
    page.fill("input[name=last_name]", "ใจดี")
    page.fill("input[name=phone_number]", "081 234 5678")
    page.fill("input[name=house_number]", "99/1")
    page.select_option("select[name=province_code]", "10")
    page.select_option("select[name=district_code]", "1007")
    page.select_option("select[name=subdistrict_code]", "100701")
    page.locator("#new_shipping_address button[type=submit]").click()

    # choose EMS, and place the order
    page.locator(".checkout-shipping-method button[type=submit]").first.click()
    page.screenshot(path=SCREENSHOTS / "checkout-preview.png", full_page=True)
    page.locator("#place-order").click()

    # Then the payment page shows the amount; they pay with a test card
    page.wait_for_selector("#card-payment")
    page.fill("#payment-element input[placeholder=number]", "4242424242424242")
    page.fill("#payment-element input[placeholder=exp_month]", "12")
    page.fill("#payment-element input[placeholder=exp_year]", "34")
    page.fill("#payment-element input[placeholder=cvc]", "123")
    page.fill("#payment-element input[placeholder=postal_code]", "10330")
    page.locator("#card-submit").click()

    # and the page they return to says paid once Stripe's webhook has arrived
    page.wait_for_selector("#state-paid:not(.d-none)", timeout=30_000)
    page.screenshot(path=SCREENSHOTS / "checkout-paid.png", full_page=True)
    problems = [problem for problem in visit.problems if "favicon" not in problem]
    visit.page.close()
    assert problems == [], problems

    # and the order is paid, holds its unit of stock, and the buyer got the confirmation
    order, allocated = outside_playwright(
        lambda: (
            Order.objects.get(),
            StockRecord.objects.get(product=shop["product"]).num_allocated,
        )
    )
    assert order.status == status.PAID
    assert order.guest_email == "somsri@example.com"
    assert allocated == 1
    assert any(order.number in message.subject for message in mail.outbox)


def outside_playwright(read):
    """Run a database read in another thread: Playwright's sync API keeps an event loop
    in the test's thread, where Django refuses database calls."""
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("value", read()))
    thread.start()
    thread.join()
    return result["value"]
