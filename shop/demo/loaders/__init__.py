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
from shop.demo.loaders.content import STEPS as CONTENT_STEPS
from shop.demo.loaders.content import load_content
from shop.demo.loaders.media import PICTURES, load_pictures
from shop.demo.loaders.pages import load_home, load_villages
from shop.demo.loaders.records import DemoDataError, Tally
from shop.demo.products import PRODUCTS
from shop.demo.users import USERS
from shop.demo.villages import VILLAGES
from shop.shipping.demo import load_demo_shipping

#: Progress steps: sites + home, picture, village index, village, category, enterprise,
#: product, user, certification, and the story, collection and standard pages.
TOTAL_STEPS = (
    2 + len(PICTURES) + len(VILLAGES) + len(CATEGORIES) + len(ENTERPRISES) + len(PRODUCTS)
    + len(USERS) + len(CERTIFICATIONS) + CONTENT_STEPS
)


@dataclass
class Summary:
    villages: int
    stories: int
    collections: int
    pages: int
    pictures: int
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
            f"Demo data: {self.villages} villages, {self.stories} stories, "
            f"{self.collections} collections, {self.pages} standard pages, "
            f"{self.pictures} page images, {self.enterprises} enterprises, "
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
    progress.set_description("home")
    home = load_home(tally, progress)
    progress.set_description("page images")
    pictures = load_pictures(image_size, tally, progress)
    progress.set_description("villages")
    villages = load_villages(home, pictures, tally, progress)
    progress.set_description("categories")
    categories = load_categories(tally, progress)
    product_class = load_product_class(tally)
    progress.set_description("enterprises")
    enterprises = load_enterprises(villages, tally, progress)
    # Free-shipping thresholds and Thailand Post services of a few enterprises.
    load_demo_shipping()
    progress.set_description("products")
    products = load_products(
        categories, product_class, enterprises, tally, progress, image_size
    )
    progress.set_description("users")
    users = load_users(enterprises, tally, progress)
    progress.set_description("certifications")
    certifications, verified = load_certifications(products, users["dip"], tally, progress)
    progress.set_description("stories and collections")
    content = load_content(home, villages, enterprises, pictures, tally, progress)
    return Summary(
        villages=len(villages),
        stories=len(content["stories"]),
        collections=len(content["collections"]),
        pages=len(content["pages"]),
        pictures=len(pictures),
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
