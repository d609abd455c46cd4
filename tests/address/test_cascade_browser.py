"""The cascade with JavaScript, in headless Chromium: instant lists, postcode both ways.

Needs Chromium at /usr/bin/chromium (SHOP_CHROMIUM); never downloads a browser.
"""


import pytest
from django.test import Client

from shop.address.abstract_models import thailand
from tests.browser.support import SCREENSHOTS, chromium

pytestmark = [
    pytest.mark.browser,
    # The live server runs in another thread: data must be committed. Restore the
    # migrations' data (Wagtail's root page, locales) afterwards for the other tests.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]



@pytest.fixture
def signed_in_cookie(live_server, django_user_model):
    """A buyer's session cookie, made before the browser starts (Playwright's event loop
    in this thread makes Django refuse database calls afterwards)."""
    thailand()
    buyer = django_user_model.objects.create_user("malee", "malee@example.com", "pw")
    client = Client()
    client.force_login(buyer)
    cookie = client.cookies["sessionid"]
    return {"name": "sessionid", "value": cookie.value, "url": live_server.url}


@pytest.fixture
def page(signed_in_cookie, live_server):
    with chromium() as browser:
        context = browser.new_context()
        context.add_cookies([signed_in_cookie])
        page = context.new_page()
        page.problems = []
        page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.goto(live_server.url + "/shop/accounts/addresses/add/")
        yield page


def option_values(page, name):
    return page.eval_on_selector_all(
        f"select[name={name}] option", "options => options.map(o => o.value).filter(Boolean)"
    )


def test_choosing_province_then_district_then_subdistrict_fills_the_postcode(page):
    # when the buyer chooses Surat Thani, then Ko Pha-ngan, then Ko Tao
    page.select_option("select[name=province_code]", "84")
    page.wait_for_selector("select[name=district_code] option[value='8405']", state="attached")
    assert page.inner_text("label[for=id_district_code]").strip() == "อำเภอ"
    page.select_option("select[name=district_code]", "8405")
    page.wait_for_selector("select[name=subdistrict_code] option[value='840503']", state="attached")
    page.select_option("select[name=subdistrict_code]", "840503")
    # then the postcode is filled in and announced
    assert page.input_value("input[name=postcode]") == "84360"
    assert "84360" in page.inner_text("[data-thai-address-status]")
    # and saving the rest keeps the address in the book
    page.fill("input[name=first_name]", "มาลี")
    page.fill("input[name=last_name]", "ศรีสุข")
    page.fill("input[name=phone_number]", "089 111 2222")
    page.fill("input[name=house_number]", "14")
    page.fill("input[name=moo]", "2")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "address-book-thai-cascade.png", full_page=True)
    page.click("form:has([data-thai-address]) button[type=submit]")
    page.wait_for_url("**/addresses/")
    assert "ตำบลเกาะเต่า" in page.content()
    assert page.problems == []


def test_typing_a_postcode_first_narrows_the_lists(page):
    # when the buyer types Bangkok's 10230, shared by four districts
    page.fill("input[name=postcode]", "10230")
    page.wait_for_function(
        "document.querySelector('select[name=district_code]').options.length === 5"
    )
    # then Bangkok is chosen, only its four districts are offered, with Bangkok's words
    assert page.input_value("select[name=province_code]") == "10"
    assert sorted(option_values(page, "district_code")) == ["1005", "1027", "1038", "1043"]
    assert page.inner_text("label[for=id_district_code]").strip() == "เขต"
    # and choosing a district offers only its subdistricts inside 10230
    page.select_option("select[name=district_code]", "1005")
    page.wait_for_function(
        "document.querySelector('select[name=subdistrict_code]').options.length > 1"
    )
    subdistricts = option_values(page, "subdistrict_code")
    assert subdistricts and all(code.startswith("1005") for code in subdistricts)
    assert page.input_value("input[name=postcode]") == "10230"
    assert page.problems == []
