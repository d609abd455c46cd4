"""manage.py load_demo_data: pages (Thai and English), catalogue, certifications, logins."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from shop.demo.loaders import TOTAL_STEPS, DemoDataError, load_all


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

    def handle(self, *args, image_size, verbosity, **options):
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
