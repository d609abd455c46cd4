"""manage.py generate_thumbnails: build the storefront's product thumbnails that are missing."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from oscar.core.loading import get_model
from tqdm import tqdm

from catalogue.thumbnails import THUMBNAIL_SPECS, generate_thumbnails


class Command(BaseCommand):
    help = (
        "Build every sorl-thumbnail size the theme uses (catalogue.thumbnails.THUMBNAIL_SPECS) "
        "for every product image. Uploads get theirs when saved; run this after loading "
        "fixtures, changing the theme's sizes or clearing the thumbnail cache."
    )

    def handle(self, *args, verbosity, **options):
        ProductImage = get_model("catalogue", "ProductImage")
        images = list(ProductImage.objects.order_by("pk"))
        failed = []
        for image in tqdm(images, desc="thumbnails", unit="image", disable=verbosity == 0):
            try:
                generate_thumbnails(image)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the rest
                detail = "; ".join(exc.messages) if isinstance(exc, ValidationError) else exc
                failed.append(f"{image.original.name or image.pk}: {detail}")
        for problem in failed:
            self.stderr.write(f"Could not build thumbnails for {problem}")
        self.stdout.write(
            f"Thumbnails: {len(images) - len(failed)} of {len(images)} images × "
            f"{len(THUMBNAIL_SPECS)} sizes ready ({len(failed)} failed)"
        )
