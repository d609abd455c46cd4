"""manage.py generate_thumbnails and the size list it shares with the templates."""

import io
import re
from pathlib import Path

import oscar
from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from oscar.core.loading import get_model

from catalogue.thumbnails import THUMBNAIL_SPECS, generate_thumbnails

ProductImage = get_model("catalogue", "ProductImage")

TAG = re.compile(
    r"{%\s*oscar_thumbnail\s+image\.original\s+\"(?P<geometry>[^\"]+)\"(?P<rest>[^%]*)%}"
)
OPTION = re.compile(r"(\w+)=(\S+)")


def _template_specs():
    """Every (geometry, options) an Oscar or theme template asks for a product image."""
    folders = [Path(oscar.__file__).parent / "templates", settings.BASE_DIR / "themes"]
    specs = set()
    for folder in folders:
        for path in folder.rglob("*.html"):
            for match in TAG.finditer(path.read_text(encoding="utf-8")):
                options = {}
                for key, value in OPTION.findall(match["rest"]):
                    options[key] = {"False": False, "True": True}.get(value, value.strip("\"'"))
                specs.add((match["geometry"], tuple(sorted(options.items()))))
    return specs


def test_the_size_list_covers_every_template():
    # Given the thumbnail calls in Oscar's and our templates
    used = _template_specs()

    # When they are compared with the list generate_thumbnails builds
    known = {(geometry, tuple(sorted(options.items()))) for geometry, options in THUMBNAIL_SPECS}

    # Then none is missing
    assert used, "no oscar_thumbnail calls found: has the template folder moved?"
    assert used <= known, f"add to catalogue.thumbnails.THUMBNAIL_SPECS: {used - known}"


def test_generate_thumbnails_builds_what_pages_ask_for(demo):
    # Given the demo product images
    out = io.StringIO()

    # When the thumbnails are generated
    call_command("generate_thumbnails", verbosity=0, stdout=out)

    # Then every image got every size, and a page's thumbnail tag finds the same file
    count = ProductImage.objects.count()
    assert f"{count} of {count} images × {len(THUMBNAIL_SPECS)} sizes ready (0 failed)" in (
        out.getvalue()
    )
    image = ProductImage.objects.order_by("pk").first()
    [list_thumbnail, *_] = generate_thumbnails(image)
    rendered = Template(
        '{% load image_tags %}{% oscar_thumbnail image.original "x155" upscale=False as t %}'
        "{{ t.url }}"
    ).render(Context({"image": image}))
    assert rendered == list_thumbnail.url
