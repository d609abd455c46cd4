"""The demo's Wagtail pages: real villages, honest stories, collections, both languages."""

import json
import re
from datetime import date, timedelta

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex

from cms.models import (
    CollectionPage,
    HomePage,
    RegionalCentre,
    StandardPage,
    StoryPage,
    VillagePage,
)
from shop.demo.blocks import ILLUSTRATIVE_CAPTION
from shop.demo.collections import FEATURED_FROM, FEATURED_UNTIL
from shop.demo.stories import UNTRANSLATED

THAI = re.compile(r"[\u0E00-\u0E7F]")
CIV_PILOTS = {"ban-na-ton-chan", "ko-kret", "ban-chiang", "ban-sala-din", "on-tai"}
#: A day inside the demo collections' featured window, so the test does not age.
FEATURED_DAY = FEATURED_FROM + timedelta(days=150)


def _thai(model):
    return model.objects.filter(locale__language_code="th")


def _english_of(page):
    return page.get_translation(Locale.objects.get(language_code="en"))


def _text(page):
    """Everything the page body says, as stored."""
    return json.dumps(page.body.get_prep_value(), ensure_ascii=False, cls=DjangoJSONEncoder)


def _blocks(page):
    return [block.block_type for block in page.body]


def test_villages_carry_the_domain_facts_and_nothing_guessed(demo):
    # Given the Thai village pages (the source tree)
    villages = {page.slug: page for page in _thai(VillagePage).select_related("dip_centre")}

    # Then the 2017 CIV pilots, and only they, carry the CIV label and the year 2017
    assert len(villages) == 9
    assert {slug for slug, page in villages.items() if page.is_civ} == CIV_PILOTS
    assert {page.civ_year for page in villages.values() if page.is_civ} == {2017}
    assert all(page.civ_year is None for page in villages.values() if not page.is_civ)
    # And what DOMAIN.md does not give stays empty
    assert all(page.tambon == "" for page in villages.values())
    assert villages["ban-phon"].postcode == "46180"
    assert villages["ban-chiang"].postcode == "" and villages["ban-khwao"].amphoe == ""
    # And only places we are sure of have (approximate) coordinates
    located = {slug for slug, page in villages.items() if page.has_location}
    assert located == {"ban-na-ton-chan", "ko-kret", "ban-chiang", "koh-yo"}
    for page in villages.values():
        page.full_clean()
        assert page.live and page.title_en and page.changwat_en and page.known_for
        assert page.logo and page.brand_colour and page.gallery_images.count() == 2
        # And the regional centre is a labelled demo value
        assert "(ตัวอย่าง)" in page.dip_centre.name
        assert "illustrative" in page.dip_centre.name_en
        assert {"heading", "paragraph", "image"} <= set(_blocks(page))
        assert ("location" in _blocks(page)) == page.has_location
        assert "ตัวอย่างประกอบ" in _text(page)
    assert RegionalCentre.objects.count() == 4


def test_wagtail_knows_where_each_logo_is_used(demo):
    # Given a village logo (the loader indexes references once per page it writes)
    village = _thai(VillagePage).get(slug="ban-phon")

    # When Wagtail's reference index is asked where the logo is used (the admin's "Usage")
    users = ReferenceIndex.get_references_to(village.logo).values_list("object_id", flat=True)

    # Then both language versions of the village page are listed
    assert {str(village.pk), str(_english_of(village).pk)} <= set(users)


def test_every_picture_is_a_labelled_illustration_in_the_demo_collection(demo):
    # Given the Wagtail images the demo pages use
    images = get_image_model().objects.filter(collection__name="Demo")

    # Then each is labelled as illustrative and has its file
    assert images.count() == 41
    for image in images:
        assert "illustrative" in image.title and "ภาพประกอบ" in image.title
        assert image.description.startswith("Illustrative drawing")
        assert image.file.storage.exists(image.file.name) and image.width and image.height
    # And every picture in a page body is captioned as one
    for page in Page.objects.live().specific():
        for block in getattr(page, "body", None) or []:
            if block.block_type == "image":
                assert block.value["caption"] == ILLUSTRATIVE_CAPTION, page.url_path
            if block.block_type == "quote":
                assert "illustrative" in block.value["attribution"].lower() or (
                    "ตัวอย่างประกอบ" in block.value["attribution"]
                ), page.url_path


@pytest.mark.parametrize("model", [HomePage, VillagePage, StoryPage, CollectionPage, StandardPage])
def test_pages_have_live_english_translations(demo, model):
    # Given the Thai pages of a type
    for page in _thai(model).live():
        # When its English version is looked up
        english = _english_of(page).specific

        # Then it is live and, but for the one story kept in Thai, a real translation in English
        assert english.live, page.url_path
        if page.slug == UNTRANSLATED:
            assert english.alias_of_id == page.pk
            continue
        assert english.alias_of_id is None, page.url_path
        assert english.title != page.title and not THAI.search(english.title), english.title
        assert english.has_unpublished_changes is False


def test_shared_facts_are_copied_to_the_translation(demo):
    # Given a village and a collection, in Thai and in English
    village = _thai(VillagePage).get(slug="ko-kret")
    collection = _thai(CollectionPage).get(slug="civ-hand-woven-cloth")
    english_village = _english_of(village).specific
    english_collection = _english_of(collection).specific

    # Then the facts that are not words are the same in both
    assert (english_village.latitude, english_village.civ_year, english_village.logo_id) == (
        village.latitude, village.civ_year, village.logo_id,
    )
    assert english_village.gallery_images.count() == 2
    assert english_village.known_for.startswith("Mon-style")

    def products(page):
        return list(page.products.order_by("sort_order").values_list("product__upc", flat=True))

    assert products(english_collection) == products(collection)
    assert products(collection) == ["DEMO-0315", "DEMO-0314", "DEMO-0317", "DEMO-0311", "DEMO-0316"]
    assert (english_collection.featured_from, english_collection.featured_until) == (
        FEATURED_FROM, FEATURED_UNTIL,
    )


def test_stories_link_villages_and_say_what_is_invented(demo):
    # Given the Thai stories
    stories = list(_thai(StoryPage).live().prefetch_related("villages", "enterprises"))

    # Then there are maker profiles and news, each tied to villages and demo enterprises
    assert len(stories) >= 3
    assert {story.kind for story in stories} == {"maker", "news"}
    for story in stories:
        assert story.villages.exists() and story.enterprises.exists(), story.slug
        assert story.hero_image_id and story.date
        # And each says that its groups are invented
        assert "ตัวอย่างประกอบ" in _text(story) or "ข่าวสาธิต" in story.intro, story.slug
    for story in StoryPage.objects.filter(locale__language_code="en", alias_of__isnull=True):
        assert "illustrative" in _text(story), story.slug


def test_standard_pages_exist_in_both_languages(demo):
    # Given the plain pages under the home page
    pages = {page.slug: page for page in _thai(StandardPage).live()}

    # Then about, shipping, returns and privacy exist, the privacy page names the PDPA
    assert set(pages) == {"about", "shipping", "returns", "privacy"}
    assert "PDPA" in pages["privacy"].intro
    assert "PDPA" in _english_of(pages["privacy"]).specific.intro
    assert "สาธิต" in _text(pages["about"])


@pytest.fixture
def featured_day(monkeypatch):
    """Bangkok's calendar shows a day inside the demo collections' featured window."""
    real_localdate = timezone.localdate

    def localdate(value=None, timezone=None):
        return real_localdate(value, timezone) if value is not None else FEATURED_DAY

    monkeypatch.setattr(timezone, "localdate", localdate)
    return FEATURED_DAY


@pytest.mark.parametrize(
    ("path", "featured", "expired"),
    [
        ("/", ["ผ้าทอมือจากหมู่บ้าน CIV", "ของฝากจากลุ่มน้ำเจ้าพระยา"], "ผ้าไหมอีสาน"),
        ("/en/", ["Hand-woven cloth from CIV villages", "Souvenirs from the Chao Phraya basin"],
         "Isan silk"),
    ],
)
def test_the_home_page_shows_the_two_featured_collections(demo, client, featured_day, path,
                                                           featured, expired):
    # Given the demo collections on a day inside their featured window
    # When the home page is opened
    response = client.get(path, HTTP_HOST="127.0.0.1:8000")

    # Then both featured collections are on it, and the one whose window ended is not
    html = response.content.decode()
    assert response.status_code == 200
    for title in featured:
        assert title in html
    assert expired not in html


def test_the_expired_collection_is_still_listed_but_not_featured(demo, featured_day):
    # Given the collection whose featured window ended in 2025
    collection = _thai(CollectionPage).get(slug="isan-silk-2025")

    # Then it is live, featured in 2025 and not on the featured day
    assert collection.live and collection.featured
    assert collection.is_featured_on(date(2025, 9, 1))
    assert not collection.is_featured_on(featured_day)
    assert _thai(CollectionPage).live().featured_now().count() == 2


def test_the_untranslated_story_is_served_in_english_from_the_thai_text(demo, client):
    # Given the story kept in Thai only
    story = _thai(StoryPage).get(slug=UNTRANSLATED)

    # When an English reader opens it
    response = client.get(f"/en/stories/{UNTRANSLATED}/", HTTP_HOST="127.0.0.1:8000")

    # Then the English site shows the Thai text
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert story.title in html


def test_a_translated_story_is_served_in_english(demo, client):
    # Given a translated maker profile
    # When an English reader opens it
    response = client.get("/en/stories/carved-pottery-of-ko-kret/", HTTP_HOST="127.0.0.1:8000")

    # Then they read English, and the Thai title is not there
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mon-style carved terracotta: the potters of Ko Kret" in html
    assert "ดินเผาแกะสลักแบบมอญ: กลุ่มช่างปั้นเกาะเกร็ด" not in html


def test_every_demo_page_passes_the_editors_validation(demo):
    # Given every demo page, in both languages
    pages = Page.objects.filter(depth__gt=1).specific()

    # When each is validated as the admin would before saving an editor's change
    # Then none fails: fields, StreamField blocks and curator's notes are all valid
    for page in pages:
        page.full_clean()
        if getattr(page, "body", None) is not None:
            page.body.stream_block.clean(page.body)
        if isinstance(page, CollectionPage):
            for entry in page.products.all():
                entry.full_clean(exclude=["page"])
