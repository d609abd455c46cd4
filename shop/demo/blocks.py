"""Plain StreamField blocks for the bodies of the demo pages.

Each helper returns one block as raw StreamField data (``{"type", "value"}``), the
shape Wagtail stores; the loader adds stable block ids and turns picture keys into
image ids. Captions and quotes carry their "illustrative" label here, in the data.
"""

#: Caption of every drawn picture in a page body.
ILLUSTRATIVE_CAPTION = "ภาพประกอบ / Illustrative image"


def heading(text, size="h2"):
    return {"type": "heading", "value": {"text": text, "size": size}}


def paragraph(*paragraphs):
    """One rich-text block of one or more paragraphs (trusted demo HTML: <em>, <b>, <a>)."""
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def image(picture, caption=ILLUSTRATIVE_CAPTION):
    """A drawn picture, by its key (see ``shop.demo.pictures``)."""
    return {"type": "image", "value": {"image": picture, "caption": caption, "attribution": ""}}


def quote(text, attribution):
    """A generic line; ``attribution`` must say it is illustrative, never name a person."""
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def location(name, latitude, longitude):
    """A place with coordinates given as decimal strings, e.g. ``"13.912"``."""
    return {
        "type": "location",
        "value": {"name": name, "latitude": latitude, "longitude": longitude},
    }
