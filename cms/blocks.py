"""StreamField blocks for village stories, stories, collections and standard pages.

Every block renders from our own templates (``cms/blocks/*.html``) and nothing loads
from another site until the reader asks: a video is a link-out card that becomes an
embedded player only when clicked (no oEmbed request when the page is rendered), and
a location is coordinates with links to map sites, not a tile map.
"""

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

#: Rich-text features editors may use in a paragraph.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]

#: Video hosts we can embed without a request at render time, with the id pattern.
YOUTUBE = re.compile(
    r"^https://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)|youtu\.be/)"
    r"(?P<id>[A-Za-z0-9_-]{11})(?:[?&#].*)?$"
)
VIMEO = re.compile(r"^https://(?:www\.|player\.)?vimeo\.com/(?:video/)?(?P<id>\d{6,12})(?:[/?#].*)?$")


def video_embed(url: str) -> dict | None:
    """``{"provider", "id", "embed_url", "watch_url"}`` for a YouTube or Vimeo URL, else None."""
    url = (url or "").strip()
    if match := YOUTUBE.match(url):
        video_id = match["id"]
        return {
            "provider": "YouTube",
            "id": video_id,
            # youtube-nocookie: no tracking cookies until the reader presses play.
            "embed_url": f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1",
            "watch_url": f"https://www.youtube.com/watch?v={video_id}",
        }
    if match := VIMEO.match(url):
        video_id = match["id"]
        return {
            "provider": "Vimeo",
            "id": video_id,
            "embed_url": f"https://player.vimeo.com/video/{video_id}?autoplay=1&dnt=1",
            "watch_url": f"https://vimeo.com/{video_id}",
        }
    return None


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    size = blocks.ChoiceBlock(
        label=_("Size"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "cms/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    attribution = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "cms/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class VideoValue(blocks.StructValue):
    @cached_property
    def embed(self):
        return video_embed(self.get("url"))


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video, shown as a card that loads the player when clicked."""

    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo link, e.g. https://www.youtube.com/watch?v=…"),
    )
    title = blocks.CharBlock(label=_("Video title"), max_length=120)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video.html"
        value_class = VideoValue

    def clean(self, value):
        value = super().clean(value)
        if video_embed(value.get("url")) is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Enter a YouTube or Vimeo link (https://…)."), code="video_url"
                    )
                }
            )
        return value


def validate_latitude(value):
    if value is not None and not Decimal("-90") <= value <= Decimal("90"):
        raise ValidationError(_("Latitude must be between -90 and 90."), code="latitude")


def validate_longitude(value):
    if value is not None and not Decimal("-180") <= value <= Decimal("180"):
        raise ValidationError(_("Longitude must be between -180 and 180."), code="longitude")


class LocationBlock(blocks.StructBlock):
    """A place: its name and coordinates, with links out to map sites."""

    name = blocks.CharBlock(label=_("Place name"), max_length=120)
    latitude = blocks.DecimalBlock(
        label=_("Latitude"), max_digits=9, decimal_places=6, validators=[validate_latitude]
    )
    longitude = blocks.DecimalBlock(
        label=_("Longitude"), max_digits=9, decimal_places=6, validators=[validate_longitude]
    )

    class Meta:
        icon = "site"
        label = _("Location")
        template = "cms/blocks/location.html"


class StoryBlock(blocks.StreamBlock):
    """The body of a village story, a story, a collection or a standard page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, template="cms/blocks/paragraph.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    location = LocationBlock()

    class Meta:
        label = _("Story")
