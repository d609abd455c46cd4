"""Signal receivers of our catalogue fork: thumbnails are built when an image is uploaded.

Connected by :meth:`catalogue.apps.CatalogueConfig.ready`. Oscar's own
receivers (``oscar.apps.catalogue.receivers``: thumbnail deletion, category
ancestors) still load: Oscar's ``ready()`` imports them with ``from . import
receivers``, which resolves against Oscar's package, not ours.
"""

from __future__ import annotations

from django.db.models.signals import post_save
from oscar.core.loading import get_model

from catalogue.thumbnails import schedule

ProductImage = get_model("catalogue", "ProductImage")

DISPATCH_PREFIX = "catalogue.receivers"


def connect() -> None:
    """Connect every receiver (idempotent: each has a dispatch_uid)."""
    post_save.connect(
        product_image_saved,
        sender=ProductImage,
        dispatch_uid=f"{DISPATCH_PREFIX}.product_image_saved",
        weak=False,
    )


def product_image_saved(sender, instance, raw=False, using=None, update_fields=None, **kwargs):
    """Queue the image's thumbnails for after commit, so no buyer's page view renders them.

    Fixture loading (``raw``) and saves that leave the file alone are ignored;
    run ``manage.py generate_thumbnails`` after loading fixtures.
    """
    if raw or not instance.original:
        return
    if update_fields is not None and "original" not in update_fields:
        return
    schedule(instance.pk, using=using)
