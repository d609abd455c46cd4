"""Thai at unprefixed URLs, English under /en/, a language switcher and the search box on
every storefront page, and Thai translations of our strings and Oscar's."""

import pytest
from django.conf import settings
from django.utils import translation

from tests.i18n.html import (
    alternate_links,
    internal_links,
    language_switchers,
    search_inputs,
    soup,
)


def pages(storefront):
    """The storefront pages every test walks: Thai path and English path of each."""
    product = thai_url(storefront["product"])
    return {
        "home": ("/", "/en/"),
        "catalogue": ("/shop/catalogue/", "/en/shop/catalogue/"),
        "product": (product, "/en" + product),
        "basket": ("/shop/basket/", "/en/shop/basket/"),
        "village": ("/villages/ban-na-ton-chan/", "/en/villages/ban-na-ton-chan/"),
    }


def thai_url(obj):
    with translation.override("th"):
        return obj.get_absolute_url()


PAGE_NAMES = ["home", "catalogue", "product", "basket", "village"]


def test_root_is_thai(client, storefront):
    # given the storefront, when a buyer opens /
    response = client.get("/")
    # then the page is Thai
    assert response.status_code == 200
    assert soup(response).html["lang"] == "th"


def test_en_prefix_is_english(client, storefront):
    response = client.get("/en/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "en"


def switch_language(client, url):
    """Press the page's one language button; return (its language, where it leads to)."""
    [switcher] = language_switchers(soup(client.get(url)))
    response = client.post("/i18n/setlang/", switcher["fields"])
    assert response.status_code == 302
    assert response["Location"] == switcher["href"]
    return switcher["fields"]["language"], response["Location"]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_thai_page_switches_to_the_same_page_in_english(client, storefront, name):
    # given a Thai page
    thai, english = pages(storefront)[name]
    # when the buyer presses its language button
    language, landing = switch_language(client, thai)
    # then it was the English button and it leads to the same page under /en/
    assert (language, landing) == ("en", english)
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_english_page_switches_to_the_same_page_in_thai(client, storefront, name):
    thai, english = pages(storefront)[name]
    language, landing = switch_language(client, english)
    assert (language, landing) == ("th", thai)
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "th"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_pages_name_their_translations_for_search_engines(client, storefront, name):
    thai, english = pages(storefront)[name]
    for url in (thai, english):
        assert alternate_links(soup(client.get(url))) == {"th": thai, "en": english}


def test_switcher_keeps_the_search_query(client, storefront):
    assert switch_language(client, "/en/?q=silk") == ("th", "/?q=silk")
    assert switch_language(client, "/?q=silk") == ("en", "/en/?q=silk")


def test_choosing_english_lands_on_english_pages_whose_links_stay_english(client, storefront):
    # given a buyer on the Thai catalogue who presses "English"
    [switcher] = language_switchers(soup(client.get("/shop/catalogue/")))
    response = client.post("/i18n/setlang/", switcher["fields"], follow=True)
    # then they land on the English catalogue and the choice is remembered in the cookie
    assert response.redirect_chain == [("/en/shop/catalogue/", 302)]
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    page = soup(response)
    assert page.html["lang"] == "en"
    # and every shop link on it (catalogue, categories, products, basket, search) keeps
    # them in English: the language lives in the URL prefix
    shop_links = [link for link in internal_links(page) if "/shop/" in link]
    assert "/en/shop/catalogue/" in shop_links
    assert all(link.startswith("/en/shop/") for link in shop_links), shop_links
    # and so does the next page they open from it
    product_page = soup(client.get("/en" + thai_url(storefront["product"])))
    assert product_page.html["lang"] == "en"
    assert all(
        link.startswith("/en/") for link in internal_links(product_page) if "/shop/" in link
    )


def test_english_village_page_links_to_english_product_pages(client, storefront):
    # given the English page of a village
    page = soup(client.get("/en/villages/ban-na-ton-chan/"))
    # then its product tiles link to English product pages
    product_url = thai_url(storefront["product"])
    assert "/en" + product_url in internal_links(page)
    assert product_url not in internal_links(page)


def test_english_product_page_links_to_english_categories_and_village(client, storefront):
    # given the English page of a product in the textiles category
    url = "/en" + thai_url(storefront["product"])
    textiles = storefront["categories"][0]
    # when it is rendered
    links = internal_links(soup(client.get(url)))
    # then its breadcrumbs and the maker's village are English pages
    assert f"/en/shop/catalogue/category/textiles_{textiles.pk}/" in links
    assert "/en/villages/ban-na-ton-chan/" in links


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "product",
        "village",
        "basket",
    ],
)
def test_no_link_on_an_english_page_leads_back_to_thai(client, storefront, name):
    # given an English page
    english = pages(storefront)[name][1]
    links = internal_links(soup(client.get(english)))
    # then every link to a page of the site stays under /en/ (static/media are neutral)
    neutral = ("/en/", "/static/", "/media/", "/i18n/")
    assert [link for link in links if not link.startswith(neutral)] == []


def test_unprefixed_urls_stay_thai_whatever_the_cookie(client, storefront):
    # given a buyer who chose English
    client.post("/i18n/setlang/", {"language": "en", "next": "/en/"})
    # when they open an unprefixed URL (typed, bookmarked or shared)
    response = client.get("/")
    # then it is Thai: with prefix_default_language=False the URL, not the cookie, says
    # which language a page is in; the English site is everything under /en/
    assert soup(response).html["lang"] == "th"


@pytest.mark.parametrize("name", PAGE_NAMES)
@pytest.mark.parametrize("language", [0, 1], ids=["th", "en"])
def test_search_box_is_on_every_page(client, storefront, name, language):
    url = pages(storefront)[name][language]
    inputs = search_inputs(soup(client.get(url)))
    assert len(inputs) >= 1
    expected_action_prefix = "/en" if language else ""
    form = inputs[0].find_parent("form")
    assert form["action"] == f"{expected_action_prefix}/shop/search/"


def test_thai_pages_show_our_strings_in_thai(client, storefront):
    # given the Thai home page
    html = client.get("/").content.decode()
    # then our own interface text is Thai
    assert "สินค้าจากหมู่บ้านทั่วประเทศไทย" in html  # "Products from the villages of Thailand"
    assert "เลือกซื้อตามหมวดหมู่ OTOP" in html  # "Shop by OTOP category"
    assert "Shop by OTOP category" not in html


def test_thai_pages_show_oscars_strings_in_thai(client, storefront):
    # given a Thai product page
    html = client.get(thai_url(storefront["product"])).content.decode()
    # then Oscar's own buttons and labels are Thai too
    assert "หยิบใส่ตะกร้า" in html  # "Add to basket"
    assert "รายละเอียดสินค้า" in html  # "Product Description"
    assert "Add to basket" not in html


def test_english_pages_stay_english(client, storefront):
    html = client.get("/en" + thai_url(storefront["product"])).content.decode()
    assert "Product Description" in html
    assert "หยิบใส่ตะกร้า" not in html


@pytest.mark.parametrize(
    "url, language, message",
    [
        ("/shop/catalogue/no-such-product_999999/", "th", "ไม่พบหน้านี้"),
        ("/en/no-such-page/", "en", "Page not found"),
    ],
)
def test_missing_page_explains_itself_in_the_pages_language(
    client, storefront, url, language, message
):
    # given a URL that leads nowhere
    response = client.get(url)
    # then the buyer gets a 404 in the storefront frame, in the URL's language, with a way on
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == language
    assert message in page.h1.get_text()
    assert search_inputs(page)
    assert len(language_switchers(page)) == 1


@pytest.mark.parametrize("language", ["th", "en"])
def test_server_error_page_renders_without_context_or_database(language):
    # given a crash, when Django renders 500.html with no context (and no database access:
    # this test has no django_db mark, so a query would fail it)
    from django.template.loader import render_to_string

    with translation.override(language):
        html = render_to_string("500.html")
    # then it is a calm page in the buyer's language
    assert f'<html lang="{language}">' in html
    expected = "ขออภัย เกิดข้อผิดพลาดบางอย่าง" if language == "th" else "Sorry, something went wrong"
    assert expected in html


def test_checkout_keeps_the_switcher_the_search_box_and_the_brand(client, storefront):
    # given a buyer with a product in the basket, on Oscar's focused checkout layout
    client.post(f"/shop/basket/add/{storefront['product'].pk}/", {"quantity": 1})
    page = soup(client.get("/shop/checkout/"))
    # then the brand leads home, the search box is there, and the switcher keeps the step
    assert page.select_one('a.site-brand[href="/"]') is not None
    assert search_inputs(page)
    assert switch_language(client, "/shop/checkout/") == ("en", "/en/shop/checkout/")
