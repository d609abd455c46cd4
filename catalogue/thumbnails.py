"""The thumbnail sizes the storefront shows, built once when an image is uploaded.

KEEP IN SYNC WITH THE THEME. Each entry of :data:`THUMBNAIL_SPECS` mirrors one
``{% oscar_thumbnail image.original "<geometry>" <options> %}`` call in Oscar's
templates (.venv/.../oscar/templates/oscar/) or ours (themes/<theme>/templates/).
Geometry and options must match exactly, or sorl-thumbnail's cache key differs
and the buyer's page view renders its own thumbnail. tests/demo/test_thumbnails.py
fails when a template uses a size that is missing here.

A saved :class:`ProductImage` is passed to :func:`schedule` (see
:mod:`catalogue.receivers`); once the transaction commits, the image ids go to
the task queue in one batch (:func:`generate_thumbnails_task`: run at once by
django-tasks' immediate backend, by a worker when one is configured). Building
thumbnails never breaks a save: failures are logged, and
``manage.py generate_thumbnails`` catches up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django_tasks import task
from oscar.core.loading import get_model
from oscar.core.thumbnails import get_thumbnailer

from catalogue.images import read_header
from shop.commit_batch import CommitBatch

logger = logging.getLogger(__name__)

#: (geometry, options) exactly as the templates pass them.
THUMBNAIL_SPECS = [
    # catalogue/partials/product.html (product lists), catalogue/reviews/review_product.html
    ("x155", {"upscale": False}),
    # catalogue/partials/gallery.html: the main product image on the detail page
    ("440x400", {"upscale": False}),
    # catalogue/partials/gallery.html: the strip of small images (products with several)
    ("65x55", {"crop": "center"}),
    # basket/partials/basket_content.html, basket_quick.html, checkout/checkout.html,
    # customer/wishlists/wishlists_detail.html
    ("100x100", {"upscale": False}),
    # checkout/thank_you.html, forms/widgets/image_input_widget.html
    ("200x200", {"upscale": False}),
    # dashboard/catalogue/product_row_image.html
    ("70x70", {"upscale": False}),
]


def generate_thumbnails(product_image, specs=THUMBNAIL_SPECS) -> list:
    """Build (or find in sorl's cache) every thumbnail of one image; returns them.

    ``product_image`` is a ``ProductImage`` or its image file. Raises
    ``ValidationError`` rather than decode an image with more pixels than
    ``SHOP_IMAGE_MAX_PIXELS`` (one stored without going through the upload
    validator), and whatever the thumbnailer raises.
    """
    source = getattr(product_image, "original", product_image)
    read_header(source)
    thumbnailer = get_thumbnailer()
    # Oscar's thumbnailer pops "size" from the options, so each call gets a fresh dict.
    return [
        thumbnailer.generate_thumbnail(source, size=geometry, **options)
        for geometry, options in specs
    ]


def build_thumbnails(image_ids: Iterable[int]) -> int:
    """Thumbnails for these product images; never raises. Returns how many images are done."""
    ProductImage = get_model("catalogue", "ProductImage")
    ids = sorted({int(pk) for pk in image_ids})
    try:
        images = list(ProductImage.objects.filter(pk__in=ids).order_by("pk"))
    except Exception:
        logger.exception("could not load product images %s for thumbnails", ids)
        return 0
    done = 0
    for image in images:
        if not image.original:
            continue
        try:
            generate_thumbnails(image)
        except Exception:
            logger.exception(
                "could not build thumbnails for product image %s (%s)", image.pk, image.original
            )
        else:
            done += 1
    return done


@task()
def generate_thumbnails_task(image_ids: list[int]) -> int:
    """Build the thumbnails of product images whose upload has committed."""
    return build_thumbnails(image_ids)


def schedule(image_id: int, using: str | None = None) -> None:
    """Build this image's thumbnails once the current transaction commits (now outside one).

    Ids are collected per transaction: the dashboard saves each image twice
    (the formset, then the display order), the thumbnails are built once.
    """
    _batch.add([image_id], using=using)


def dispatch(image_ids: Iterable[int]) -> None:
    """Hand a batch of image ids to the task queue, or build here if it refuses."""
    ids = sorted(set(image_ids))
    if not ids:
        return
    try:
        generate_thumbnails_task.enqueue(ids)
    except Exception:
        logger.exception("could not enqueue thumbnails of %d images; building them now", len(ids))
        build_thumbnails(ids)


#: Image ids of the current transaction, built once it commits.
_batch = CommitBatch(lambda ids: dispatch(ids))
