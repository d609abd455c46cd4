"""Wagtail images of the demo: drawn pictures in the "Demo" collection, matched on title."""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from shop.demo.collections import PICTURES as COLLECTION_PICTURES
from shop.demo.illustrations import render_badge, render_picture
from shop.demo.pictures import COLLECTION, LOGO
from shop.demo.stories import PICTURES as STORY_PICTURES
from shop.demo.villages import PICTURES as VILLAGE_PICTURES

#: Every drawn picture the demo pages use (matched on title, so each title is unique).
PICTURES = VILLAGE_PICTURES + STORY_PICTURES + COLLECTION_PICTURES

#: A logo is this fraction of the ``--image-size`` of the product cards; a picture is
#: 1.5 times as wide (1200 × 675 pixels by default).
LOGO_SCALE, PICTURE_SCALE = 0.32, 1.5


def load_pictures(image_size, tally, progress):
    """Every picture, drawn when missing; returns {key: Image}."""
    collection = _collection(tally)
    images = {}
    for picture in PICTURES:
        images[picture.key] = _image(picture, collection, image_size, tally)
        progress.update(1)
    return images


def _collection(tally):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=COLLECTION)
        tally.created += 1
    return collection


def _image(picture, collection, image_size, tally):
    Image = get_image_model()
    image = Image.objects.filter(collection=collection, title=picture.image_title).first()
    if image is not None:
        changed = image.description != picture.description
        image.description = picture.description
        if image.file and image.file.storage.exists(image.file.name):
            if changed:
                image.save(update_fields=["description"])
                tally.updated += 1
            return image
    if image is None:
        image = Image(
            title=picture.image_title, collection=collection, description=picture.description
        )
        tally.created += 1
    else:
        tally.updated += 1
    if picture.motif == LOGO:
        data = render_badge(picture.monogram, picture.title_th, picture.accent,
                            size=round(image_size * LOGO_SCALE))
    else:
        data = render_picture(picture.title, picture.title_th, picture.motif, picture.accent,
                              width=round(image_size * PICTURE_SCALE))
    image.file.save(picture.filename, ContentFile(data), save=False)
    image.width, image.height = PILImage.open(io.BytesIO(data)).size
    image._set_image_file_metadata()
    image.save()
    return image
