"""Unit tests for shop_tags: localised fields, translated URLs, Buddhist-era dates,
sanitised seller HTML and the product's enterprise."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from shop.templatetags.shop_tags import (
    buddhist_date,
    localised,
    other_languages,
    product_enterprise,
    sanitise_html,
    translated_url,
)
from tests.cms.builders import build_enterprise, build_product

VILLAGE = SimpleNamespace(
    known_for="ผ้าทอมือ", known_for_en="Hand-woven cloth", name="บ้าน", name_en=""
)


def render(source, **context):
    return Template("{% load shop_tags %}" + source).render(Context(context))


# localised ------------------------------------------------------------------------


def test_localised_gives_thai_on_thai_pages():
    # given a Thai page
    with translation.override("th"):
        # when the filter picks the field
        value = render('{{ village|localised:"known_for" }}', village=VILLAGE)
    # then it is the Thai field
    assert value == "ผ้าทอมือ"


def test_localised_gives_english_on_english_pages():
    with translation.override("en"):
        value = render('{{ village|localised:"known_for" }}', village=VILLAGE)
    assert value == "Hand-woven cloth"


def test_localised_falls_back_to_thai_when_english_is_empty():
    with translation.override("en"):
        assert localised(VILLAGE, "name") == "บ้าน"


def test_localised_of_nothing_is_empty():
    assert localised(None, "name") == ""


# translated_url ---------------------------------------------------------------------


def test_translated_url_moves_a_thai_page_under_en_and_keeps_the_query():
    # given a request for the Thai search page
    request = RequestFactory().get("/shop/search/", {"q": "ผ้า"})
    with translation.override("th"):
        # when we ask for the English URL
        url = translated_url({"request": request}, "en")
    # then it is the same page under /en/, query kept
    assert url.startswith("/en/shop/search/?q=")


def test_translated_url_takes_an_english_page_back_to_unprefixed_thai():
    request = RequestFactory().get("/en/shop/basket/")
    with translation.override("en"):
        assert translated_url({"request": request}, "th") == "/shop/basket/"


def test_translated_url_of_a_wagtail_page():
    request = RequestFactory().get("/villages/ban-chiang/")
    with translation.override("th"):
        assert translated_url({"request": request}, "en") == "/en/villages/ban-chiang/"


def test_translated_url_without_a_request_is_that_languages_home_page():
    with translation.override("th"):
        assert translated_url({}, "en") == "/en/"


def test_translated_url_tag_in_a_template():
    request = RequestFactory().get("/shop/catalogue/")
    with translation.override("th"):
        html = render('{% translated_url "en" %}', request=request)
    assert html == "/en/shop/catalogue/"


def test_other_languages_lists_english_on_thai_pages():
    request = RequestFactory().get("/")
    with translation.override("th"):
        languages = other_languages({"request": request})
    assert [(lang["code"], lang["url"]) for lang in languages] == [("en", "/en/")]
    assert languages[0]["name_local"] == "English"


def test_other_languages_post_the_thai_url_to_set_language():
    # set_language runs in Thai and translates "next" itself; given "/en/..." it would make
    # "/en/en/..." (Wagtail's catch-all resolves "en/..." as a page path)
    request = RequestFactory().get("/en/shop/basket/")
    with translation.override("en"):
        [thai] = other_languages({"request": request})
    assert thai["next"] == "/shop/basket/"
    request = RequestFactory().get("/shop/basket/")
    with translation.override("th"):
        [english] = other_languages({"request": request})
    assert (english["url"], english["next"]) == ("/en/shop/basket/", "/shop/basket/")


def test_other_languages_lists_thai_on_english_pages():
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        languages = other_languages({"request": request})
    assert [(lang["code"], lang["url"], lang["name_local"]) for lang in languages] == [
        ("th", "/", "ภาษาไทย")
    ]


# buddhist_date ----------------------------------------------------------------------


def test_buddhist_date_on_thai_pages_adds_543_years():
    # given a date in 2026 (ค.ศ.)
    day = datetime.date(2026, 11, 26)
    # when shown on a Thai page
    with translation.override("th"):
        shown = buddhist_date(day)
    # then it is in the Buddhist era with the Thai month abbreviation
    assert shown == "26 พ.ย. 2569"


def test_buddhist_date_long_spells_the_thai_month():
    with translation.override("th"):
        assert buddhist_date(datetime.date(2026, 1, 5), "long") == "5 มกราคม 2569"


def test_buddhist_date_on_english_pages_is_gregorian():
    with translation.override("en"):
        assert buddhist_date(datetime.date(2026, 11, 26)) == "26 Nov 2026"
        assert buddhist_date(datetime.date(2026, 11, 26), "long") == "26 November 2026"


def test_buddhist_date_uses_bangkok_time_for_datetimes():
    # given 20:00 UTC on 31 Dec 2025, which is already 1 Jan 2026 in Bangkok
    moment = datetime.datetime(2025, 12, 31, 20, 0, tzinfo=ZoneInfo("UTC"))
    with translation.override("th"):
        shown = render("{{ moment|buddhist_date }}", moment=moment)
    assert shown == "1 ม.ค. 2569"


def test_buddhist_date_of_nothing_is_empty():
    assert buddhist_date(None) == ""
    assert buddhist_date("not a date") == ""


# sanitise_html ----------------------------------------------------------------------


def test_sanitise_html_removes_scripts_and_event_handlers():
    # given seller HTML with a script and an onerror handler
    dirty = '<p>ผ้า<script>alert(1)</script><b>สวย</b><img src=x onerror="alert(1)"></p>'
    # when sanitised
    clean = sanitise_html(dirty)
    # then the markup we allow stays and the rest is gone
    assert clean == "<p>ผ้า<b>สวย</b></p>"


def test_sanitise_html_keeps_safe_links_and_drops_javascript_urls():
    clean = sanitise_html(
        '<a href="https://example.org" onclick="x()">ok</a><a href="javascript:alert(1)">no</a>'
    )
    assert 'href="https://example.org"' in clean
    assert "onclick" not in clean
    assert "javascript:" not in clean
    assert 'rel="noopener noreferrer nofollow"' in clean


def test_sanitise_html_turns_plain_text_into_escaped_paragraphs():
    clean = sanitise_html("ผ้าไหม & ผ้าฝ้าย\nทอมือ\n\nส่งฟรี")
    assert clean == "<p>ผ้าไหม &amp; ผ้าฝ้าย<br>ทอมือ</p>\n\n<p>ส่งฟรี</p>"


def test_sanitise_html_output_is_not_escaped_again_in_templates():
    # given seller text rendered through the filter in a template (autoescape on)
    html = render("{{ text|sanitise_html }}", text="ผ้า <ไหม>\nทอมือ")
    # then our paragraph markup stays markup and the seller's "<" stays text
    assert html == "<p>ผ้า &lt;ไหม&gt;<br>ทอมือ</p>"
    html = render("{{ text|sanitise_html }}", text="<p>ผ้า<b>ไหม</b></p>")
    assert html == "<p>ผ้า<b>ไหม</b></p>"


def test_sanitise_html_of_nothing_is_empty():
    assert sanitise_html("") == ""
    assert sanitise_html(None) == ""


# product_enterprise -----------------------------------------------------------------


@pytest.mark.django_db
def test_product_enterprise_is_the_stockrecords_partner():
    # given a product sold by a community enterprise
    enterprise = build_enterprise()
    product = build_product(enterprise)
    # when we ask who sells it
    # then it is that enterprise
    assert product_enterprise(product) == enterprise


@pytest.mark.django_db
def test_product_enterprise_of_a_product_without_stock_is_none():
    from oscar.test.factories import create_product

    assert product_enterprise(create_product()) is None
