"""manage.py load_demo_data: pages (Thai and English), catalogue, certifications, logins."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from shop.demo.loaders import TOTAL_STEPS, DemoDataError, load_all
from shop.demo.synthetic import load_synthetic


class Command(BaseCommand):
    help = (
        "Load Chumchon Market's demo data: Sites, home, village, story, collection and standard "
        "pages in Thai and English with illustrative pictures, OTOP categories, "
        "community enterprises with logos, products with provenance and illustrative images, "
        "certifications with stamped demo evidence and four demo logins. "
        "Safe to re-run: existing rows are matched on their natural keys."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--image-size",
            type=int,
            default=800,
            help="Width and height in pixels of the illustrative product images (default 800).",
        )
        parser.add_argument(
            "--products",
            type=int,
            default=0,
            metavar="N",
            help=(
                "After the demo, add synthetic products (UPC SYN-…, no images, not indexed) "
                "until the catalogue holds N products in all; for load and search tests. "
                "Run search_rebuild afterwards."
            ),
        )

    def handle(self, *args, image_size, verbosity, products=0, **options):
        if not settings.DEBUG and verbosity > 0:
            self.stderr.write(
                "Warning: DEBUG is off. The demo logins share a published password; "
                "do not load demo data on a live site."
            )
        bar = tqdm(total=TOTAL_STEPS, desc="demo data", unit="item", disable=verbosity == 0)
        with bar as progress:
            try:
                summary = load_all(progress=progress, image_size=image_size)
            except DemoDataError as exc:
                raise CommandError(str(exc)) from exc
        self.stdout.write(str(summary))
        if products:
            self._load_synthetic(products, verbosity)

    def _load_synthetic(self, total, verbosity):
        """Grow the catalogue to ``total`` products with synthetic ones (shop.demo.synthetic)."""
        if total < 0:
            raise CommandError("--products must not be negative")
        with tqdm(
            total=None, desc="synthetic products", unit="product", disable=verbosity == 0
        ) as bar:
            try:
                summary = load_synthetic(total, progress=bar.update)
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
        self.stdout.write(str(summary))
        if summary.created and verbosity > 0:
            self.stdout.write(
                "Synthetic products are not indexed yet: run `manage.py search_rebuild`."
            )
