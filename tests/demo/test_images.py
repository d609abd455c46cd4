"""Illustrative product cards and page pictures: deterministic, labelled, and drawn even
without a Thai font."""

import io

import pytest
from PIL import Image

from shop.demo import images
from shop.demo.illustrations import render_badge, render_picture
from shop.demo.images import render_card, render_certificate, render_logo
from shop.demo.loaders.media import PICTURES

CARD = ("Praewa silk shawl, lac red", "ผ้าไหมแพรวา ผ้าสไบ สีแดงครั่ง", "textiles-apparel/silk",
        "#9b1b30", "Ban Phon Praewa Silk Weaving Group, Kalasin")


@pytest.fixture
def no_thai_font(monkeypatch, tmp_path):
    """A machine without fonts-thai-tlwg."""
    monkeypatch.setattr(images, "THAI_FONT_DIRS", [tmp_path])
    images.thai_font_path.cache_clear()
    yield
    images.thai_font_path.cache_clear()


@pytest.mark.parametrize("category", list(images.CATEGORY_STYLES) + ["unknown"])
def test_a_card_is_the_same_jpeg_every_time(category):
    # Given a product in any category
    args = (CARD[0], CARD[1], category, CARD[3], CARD[4])

    # When its card is drawn twice
    first, second = render_card(*args, size=200), render_card(*args, size=200)

    # Then the bytes are identical and form a square JPEG
    assert first == second
    image = Image.open(io.BytesIO(first))
    assert (image.format, image.size) == ("JPEG", (200, 200))


def test_a_card_is_drawn_without_a_thai_font(no_thai_font):
    # Given no Thai-capable font is installed
    assert images.thai_font_path() is None

    # When a card is drawn
    data = render_card(*CARD, size=200)

    # Then it is still a valid image (the Thai text is left out, not drawn as boxes)
    assert Image.open(io.BytesIO(data)).size == (200, 200)
    assert images.load_font(20)[1] is False


def test_logos_and_certificate_images_are_stable_pngs(no_thai_font):
    # Given a logo and a stand-in certificate, drawn twice (even without a Thai font)
    logos = [render_logo("BP", "กลุ่มทอผ้าไหมแพรวาบ้านโพน", "#9B1B30", size=64) for _ in "ab"]
    certificates = [render_certificate("Halal", "TH-HALAL-DEMO-0109", "Keropok") for _ in "ab"]

    # Then each is the same PNG every time
    for first, second in (logos, certificates):
        assert first == second
        assert Image.open(io.BytesIO(first)).format == "PNG"


def test_page_pictures_are_stable_and_uniquely_titled():
    # Given the demo's page pictures (matched on their title when the loader re-runs)
    # Then no two share a title, and each drawing is the same bytes every time
    assert len({picture.image_title for picture in PICTURES}) == len(PICTURES)
    picture = [render_picture("Ko Kret village scene", "เกาะเกร็ด", "island", "#B5562B", 240)
               for _ in "ab"]
    badge = [render_badge("KK", "เกาะเกร็ด", "#B5562B", size=64) for _ in "ab"]
    assert picture[0] == picture[1] and badge[0] == badge[1]
    assert Image.open(io.BytesIO(picture[0])).size == (240, 135)


def test_page_pictures_are_drawn_without_a_thai_font(no_thai_font):
    # Given no Thai-capable font is installed
    # When a page picture and a village logo are drawn
    picture = render_picture("Ko Kret village scene", "เกาะเกร็ด", "island", "#B5562B", 240)
    badge = render_badge("KK", "เกาะเกร็ด", "#B5562B", size=64)

    # Then both are still valid images
    assert Image.open(io.BytesIO(picture)).format == "JPEG"
    assert Image.open(io.BytesIO(badge)).size == (64, 64)
