"""StreamField blocks: a video is a YouTube or Vimeo link shown as a card (no player and
no request to the video site until the reader clicks), a location is coordinates with
links to map sites (no tile server)."""

from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from cms.blocks import StoryBlock, VideoBlock
from tests.cms.builders import build_standard_page, publish
from tests.i18n.html import soup

YOUTUBE_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def video(url, title="ทอผ้าตีนจก"):
    return {"type": "video", "value": {"url": url, "title": title, "caption": ""}}


def location(name="บ้านนาต้นจั่น", latitude="17.516100", longitude="99.771200"):
    value = {"name": name, "latitude": latitude, "longitude": longitude}
    return {"type": "location", "value": value}


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dailymotion.com/video/x7xyz12",
        "https://example.com/watch?v=dQw4w9WgXcQ",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ",  # not https
        "https://www.youtube.com/watch?v=short",
    ],
)
def test_a_video_that_is_not_youtube_or_vimeo_is_refused_with_a_clear_message(url):
    # given an editor who pastes a link the site cannot embed
    block = VideoBlock()
    value = block.to_python({"url": url, "title": "วิดีโอ", "caption": ""})
    for language in ("en", "th"):
        with translation.override(language):
            # when the page is validated, then the link is refused with a message
            # saying which links work, in the editor's language
            with pytest.raises(StructBlockValidationError) as refused:
                block.clean(value)
            [message] = refused.value.block_errors["url"].messages
            assert "YouTube" in message and "Vimeo" in message
            if language == "en":
                assert message == "Enter a YouTube or Vimeo link (https://…)."
            else:
                assert "Enter a" not in message


@pytest.mark.parametrize(
    "url",
    [
        YOUTUBE_URL,
        "https://youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://vimeo.com/76979871",
    ],
)
def test_youtube_and_vimeo_links_are_accepted(url):
    block = VideoBlock()
    value = block.clean(block.to_python({"url": url, "title": "วิดีโอ", "caption": ""}))
    assert value["url"] == url


def test_a_page_body_with_a_bad_video_link_is_refused():
    stream = StoryBlock()
    with pytest.raises(StreamBlockValidationError):
        stream.clean(stream.to_python([video("https://example.com/video.mp4")]))


@pytest.fixture
def page_with_blocks(storefront):
    """A published standard page with a YouTube video and a location in its body."""
    return build_standard_page(storefront["home"], body=[video(YOUTUBE_URL), location()])


def test_a_video_is_a_card_until_the_reader_clicks(client, page_with_blocks):
    # given a page with a YouTube video
    response = client.get(page_with_blocks.url)
    html = response.content.decode()
    card = soup(response).select_one(".story-video")
    # then the page has no player and asks nothing of YouTube: a card links out, and
    # carries the privacy-friendly player address for the click
    assert "<iframe" not in html
    assert 'src="https://www.youtube' not in html
    link = card.select_one("a.story-video-facade")
    assert link["href"] == YOUTUBE_URL
    assert link["data-video-embed"].startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    assert "ทอผ้าตีนจก" in link.get_text()
    assert "Watch on YouTube" in soup(client.get("/en" + page_with_blocks.url)).get_text()


def test_a_location_links_to_openstreetmap_with_its_coordinates(client, page_with_blocks):
    # given a page with a location block
    page = soup(client.get(page_with_blocks.url))
    place = page.select_one(".story-body .location-card")
    # then it names the place, prints its coordinates, and links out to OpenStreetMap
    assert "บ้านนาต้นจั่น" in place.get_text()
    assert "17.5161° N, 99.7712° E" in place.get_text()
    osm = place.select_one("a.location-link-osm")["href"]
    assert osm.startswith("https://www.openstreetmap.org/")
    assert "mlat=17.5161" in osm and "mlon=99.7712" in osm
    # and loads no map tiles or scripts from another site
    assert not [
        tag for tag in page.select("img[src], script[src], iframe")
        if (tag.get("src") or "").startswith(("http:", "https:", "//"))
    ]  # fmt: skip


def test_a_village_with_coordinates_shows_where_it_is(client, storefront):
    village = storefront["village"]
    village.latitude, village.longitude = Decimal("17.516100"), Decimal("99.771200")
    publish(village)
    place = soup(client.get(village.url)).select_one(".village-location-card")
    assert "mlat=17.5161" in place.select_one("a.location-link-osm")["href"]


def test_a_village_without_coordinates_has_no_location_card(client, storefront):
    page = soup(client.get(storefront["village"].url))
    assert page.select_one(".village-location-card") is None
