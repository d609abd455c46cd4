"""The product page: the chain a buyer trusts (product → enterprise → village), the
certification badges, what the product is made of and how it ships, and its query budget."""

import datetime

import pytest
from django.utils import timezone

from tests.i18n.html import soup

from .helpers import (
    XSS_HTML,
    Certification,
    Product,
    build_parent_with_variants,
    certify,
    english,
    give_logo,
    thai,
)

pytestmark = pytest.mark.django_db

#: Queries for a product page, whatever the number of certifications and variants.
PRODUCT_PAGE_QUERIES = 20


@pytest.fixture
def product(storefront):
    return storefront["product"]


def test_product_page_links_the_product_to_its_enterprise_and_village(client, storefront):
    # given an approved enterprise with a logo, members and a story, in a CIV village
    enterprise = give_logo(storefront["enterprise"])
    enterprise.members_count = 27
    enterprise.story = "<p>กลุ่มแม่บ้าน<strong>ทอผ้า</strong>ตั้งแต่ปี 2540</p>"
    enterprise.save()
    village = storefront["village"]
    # when a buyer opens the product page
    response = client.get(thai(storefront["product"].get_absolute_url))
    page = soup(response)
    # then it names the enterprise and links to its page
    assert response.status_code == 200
    chain = page.select_one(".product-enterprise")
    enterprise_url = thai(enterprise.get_absolute_url)
    assert chain.select_one("a.product-enterprise-name")["href"] == enterprise_url
    assert "กลุ่มทอผ้าบ้านนาต้นจั่น" in chain.get_text()
    # and the village with its province, CIV badge and a link to the village page
    assert chain.select_one("a.product-village-link")["href"] == thai(village.get_url)
    assert "บ้านนาต้นจั่น" in chain.get_text()
    assert "สุโขทัย" in chain.get_text()
    assert chain.select_one(".badge-civ") is not None
    # and tells the enterprise's story with its logo and members
    profile = page.select_one(".product-provenance")
    assert profile.select_one("img.enterprise-logo")["src"] == enterprise.logo.url
    assert "27" in profile.select_one(".enterprise-members").get_text()
    assert profile.select_one(".enterprise-story strong").get_text() == "ทอผ้า"
    assert profile.select_one("a.enterprise-page-link")["href"] == enterprise_url


def test_english_product_page_uses_the_english_names(client, storefront):
    response = client.get(english(storefront["product"].get_absolute_url))
    chain = soup(response).select_one(".product-enterprise")
    assert "Ban Na Ton Chan Weaving Group" in chain.get_text()
    assert "Ban Na Ton Chan" in chain.select_one("a.product-village-link").get_text()
    assert "Sukhothai" in chain.get_text()
    assert chain.select_one("a.product-village-link")["href"].startswith("/en/")


def test_product_page_shows_details_short_description_and_weight_note(client, product):
    # given a product with its details filled in, in Thai and English
    Product.objects.filter(pk=product.pk).update(
        short_description="ผ้าฝ้ายย้อมคราม", short_description_en="Indigo-dyed cotton",
        materials="ฝ้าย คราม", materials_en="Cotton, indigo",
        care_instructions="ซักมือ", care_instructions_en="Hand wash",
        weight_grams=350, length_cm=180, width_cm=100, height_cm="0.5", production_days=5,
    )  # fmt: skip
    # when the buyer reads the English page
    page = soup(client.get(english(product.get_absolute_url)))
    # then they see each detail
    assert page.select_one(".product-short-description").get_text() == "Indigo-dyed cotton"
    assert page.select_one(".product-materials").get_text() == "Cotton, indigo"
    assert page.select_one(".product-care").get_text() == "Hand wash"
    assert page.select_one(".product-dimensions").get_text() == "180 × 100 × 0.5 cm"
    assert (
        "Shipping is charged by weight: 350 g"
        in page.select_one(".product-shipping-weight").get_text()
    )
    assert page.select_one(".product-production-time").get_text() == "5 days"
    # and the Thai page shows the Thai text, translated
    page = soup(client.get(thai(product.get_absolute_url)))
    assert page.select_one(".product-short-description").get_text() == "ผ้าฝ้ายย้อมคราม"
    assert page.select_one(".product-materials").get_text() == "ฝ้าย คราม"
    assert "350" in page.select_one(".product-shipping-weight").get_text()
    assert "Shipping" not in page.select_one(".product-shipping-weight").get_text()


def test_made_to_order_product_says_when_it_ships(client, product):
    # given a product made to order, shipped 14 days after the order
    Product.objects.filter(pk=product.pk).update(made_to_order=True, lead_time_days=14)
    # when the buyer opens its page
    english_page = soup(client.get(english(product.get_absolute_url)))
    thai_page = soup(client.get(thai(product.get_absolute_url)))
    # then it says so, in each language
    message = english_page.select_one(".product-made-to-order").get_text(" ", strip=True)
    assert message == "Made to order: ships in 14 days."
    thai_message = thai_page.select_one(".product-made-to-order").get_text(" ", strip=True)
    assert "14" in thai_message and "Made to order" not in thai_message


def test_product_in_stock_says_nothing_about_made_to_order(client, product):
    page = soup(client.get(thai(product.get_absolute_url)))
    assert page.select_one(".product-made-to-order") is None


def test_certification_badge_shows_kind_number_issuer_stars_and_expiry(client, product):
    # given a verified OTOP 4-star certification
    certify(
        product, kind=Certification.Kind.OTOP, number="OTOP-2566-0042", star_level=4,
        issuer="Community Development Department", expires_on=datetime.date(2099, 12, 1),
    )  # fmt: skip
    # when the buyer reads the English page
    badge = soup(client.get(english(product.get_absolute_url))).select_one(".certification-badge")
    # then the badge shows it all
    text = badge.get_text(" ", strip=True)
    assert "OTOP stars" in text
    assert "OTOP-2566-0042" in text
    assert "Community Development Department" in text
    assert badge.select_one(".certification-stars").get_text() == "★★★★☆"
    assert "4 stars" in text


def test_certification_expiry_is_in_the_buddhist_era_on_thai_pages(client, product):
    # given a certification valid until 1 December 2026 (พ.ศ. 2569)
    certify(product, expires_on=datetime.date(2099, 12, 1))
    # when the buyer reads the page in Thai and in English
    thai_expiry = soup(client.get(thai(product.get_absolute_url))).select_one(
        ".certification-expiry"
    )
    english_expiry = soup(client.get(english(product.get_absolute_url))).select_one(
        ".certification-expiry"
    )
    # then Thai shows the Buddhist-era year, English the Gregorian one
    assert "1 ธ.ค. 2642" in thai_expiry.get_text()
    assert "2099" not in thai_expiry.get_text()
    assert "1 Dec 2099" in english_expiry.get_text()


def badge_numbers(client, product):
    page = soup(client.get(english(product.get_absolute_url)))
    return [
        badge.select_one(".certification-details").get_text(" ", strip=True).split(",")[0]
        for badge in page.select(".certification-badge")
    ]


def test_only_verified_certifications_are_badges(client, product):
    # given a verified, a pending and a rejected certification
    certify(product, number="VERIFIED-1")
    certify(product, number="PENDING-1", status=Certification.Status.PENDING)
    certify(product, number="REJECTED-1", status=Certification.Status.REJECTED)
    # then only the verified one is shown
    assert badge_numbers(client, product) == ["No. VERIFIED-1"]


@pytest.mark.parametrize(
    "today, shown",
    [(datetime.date(2026, 11, 30), True), (datetime.date(2026, 12, 1), False)],
)
def test_certification_stops_showing_on_its_expiry_date(client, product, monkeypatch, today, shown):
    # given a verified certification expiring on 1 December 2026
    certification = certify(product, number="EXPIRING-1", expires_on=datetime.date(2026, 12, 1))
    # when today is the given day
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today)
    # then it shows the day before its expiry and not on it
    assert badge_numbers(client, product) == (["No. EXPIRING-1"] if shown else [])
    assert certification.is_shown() is shown
    assert Certification.objects.shown_to_buyers().filter(pk=certification.pk).exists() is shown


def test_pending_and_rejected_never_show_whatever_the_date(product):
    pending = certify(product, status=Certification.Status.PENDING, expires_on=None)
    rejected = certify(product, status=Certification.Status.REJECTED, expires_on=None)
    for today in (datetime.date(2000, 1, 1), datetime.date(2026, 11, 30)):
        assert not pending.is_shown(today=today)
        assert not rejected.is_shown(today=today)
        assert not Certification.objects.shown_to_buyers(today=today).exists()


def test_seller_description_is_rendered_inert(client, product):
    # given a seller's description with script, an event handler and a javascript: link,
    # written past the model's own cleaning
    Product.objects.filter(pk=product.pk).update(description=XSS_HTML)
    # when the page is rendered
    html = client.get(thai(product.get_absolute_url)).content.decode()
    # then none of it can run, and the text is kept
    assert "<script>alert" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "ทอมือ" in soup_text(html, ".product-description")


def test_seller_description_is_cleaned_when_saved(product):
    product.description = XSS_HTML
    product.save()
    product.refresh_from_db()
    assert "script" not in product.description
    assert "onerror" not in product.description
    assert "javascript:" not in product.description


def soup_text(html, selector):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser").select_one(selector).get_text()


@pytest.mark.parametrize("certifications", [1, 15])
def test_product_page_query_count_does_not_grow_with_certifications(
    client, product, certifications, django_assert_max_num_queries
):
    # given a product with 1 or 15 verified certifications (and a pending one)
    for number in range(certifications):
        certify(product, number=f"CERT-{number}")
    certify(product, number="PENDING", status=Certification.Status.PENDING)
    url = thai(product.get_absolute_url)
    client.get(url)  # warm-up: thumbnails, content types
    # when the page is rendered, then it stays within its budget
    with django_assert_max_num_queries(PRODUCT_PAGE_QUERIES):
        response = client.get(url)
    assert len(soup(response).select(".certification-badge")) == certifications


def test_parent_product_page_with_variants_stays_within_budget(
    client, storefront, django_assert_max_num_queries
):
    # given a parent product with three priced variants and certifications
    parent, children = build_parent_with_variants(storefront["enterprise"])
    for number in range(5):
        certify(parent, number=f"CERT-{number}")
    # and a buyer who has viewed six other products, parents among them (Oscar's
    # "recently viewed" tiles)
    for number in range(5):
        other, _ = build_parent_with_variants(storefront["enterprise"], slug=f"other-{number}")
        client.get(thai(other.get_absolute_url))
    client.get(thai(storefront["product"].get_absolute_url))
    url = thai(parent.get_absolute_url)
    client.get(url)
    # when the page is rendered
    with django_assert_max_num_queries(PRODUCT_PAGE_QUERIES):
        response = client.get(url)
    # then it lists the variants and names the enterprise
    assert response.status_code == 200
    page = soup(response)
    assert "กลุ่มทอผ้าบ้านนาต้นจั่น" in page.select_one(".product-enterprise").get_text()
    for child in children:
        assert thai(child.get_absolute_url) in response.content.decode()
    # and each variant's own page is within the budget too
    child_url = thai(children[0].get_absolute_url)
    client.get(child_url)
    with django_assert_max_num_queries(PRODUCT_PAGE_QUERIES):
        assert client.get(child_url).status_code == 200
