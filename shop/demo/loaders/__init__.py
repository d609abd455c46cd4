"""Write the demo data into the database, idempotently (see ``load_all``)."""

from dataclasses import dataclass

from django.db import transaction

from shop.demo.categories import CATEGORIES
from shop.demo.certifications import CERTIFICATIONS
from shop.demo.enterprises import ENTERPRISES
from shop.demo.loaders.accounts import load_users
from shop.demo.loaders.catalogue import (
    load_categories,
    load_enterprises,
    load_product_class,
    load_products,
)
from shop.demo.loaders.certifications import load_certifications
from shop.demo.loaders.pages import DemoDataError, load_pages
from shop.demo.loaders.records import Tally
from shop.demo.products import PRODUCTS
from shop.demo.users import USERS
from shop.demo.villages import VILLAGES

#: Progress steps: sites + home, village index, each village, category, enterprise,
#: product, user and certification.
TOTAL_STEPS = (
    2 + len(VILLAGES) + len(CATEGORIES) + len(ENTERPRISES) + len(PRODUCTS) + len(USERS)
    + len(CERTIFICATIONS)
)


@dataclass
class Summary:
    villages: int
    enterprises: int
    categories: int
    products: int
    images: int
    certifications: int
    verified: int
    users: int
    tally: Tally

    def __str__(self):
        return (
            f"Demo data: {self.villages} villages, {self.enterprises} enterprises, "
            f"{self.categories} categories, {self.products} products, {self.images} images, "
            f"{self.certifications} certifications ({self.verified} verified), "
            f"{self.users} users (created {self.tally.created}, updated {self.tally.updated})"
        )


class _NoProgress:
    def update(self, n=1):
        pass

    def set_description(self, desc=None):
        pass


@transaction.atomic
def load_all(progress=None, image_size=800):
    """Load every piece of demo data; a second call changes nothing."""
    progress = progress or _NoProgress()
    tally = Tally()
    progress.set_description("villages")
    home, villages = load_pages(tally, progress)
    progress.set_description("categories")
    categories = load_categories(tally, progress)
    product_class = load_product_class(tally)
    progress.set_description("enterprises")
    enterprises = load_enterprises(villages, tally, progress)
    progress.set_description("products")
    products = load_products(
        categories, product_class, enterprises, tally, progress, image_size
    )
    progress.set_description("users")
    users = load_users(enterprises, home, tally, progress)
    progress.set_description("certifications")
    certifications, verified = load_certifications(products, users["dip"], tally, progress)
    return Summary(
        villages=len(villages),
        enterprises=len(enterprises),
        categories=len(categories),
        products=len(PRODUCTS),
        images=len(PRODUCTS),
        certifications=certifications,
        verified=verified,
        users=len(users),
        tally=tally,
    )


__all__ = ["DemoDataError", "Summary", "TOTAL_STEPS", "load_all"]
