"""Stories, collections, standard pages and the home page's featured villages.

These come after the catalogue because stories name enterprises and collections hold
products. Each page is written in Thai with its English translation, except the one
story kept untranslated (``shop.demo.stories.UNTRANSLATED``).
"""

from oscar.core.loading import get_model

from cms.models import (
    CollectionIndexPage,
    CollectionPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)
from shop.demo.collections import COLLECTION_INDEX, COLLECTIONS
from shop.demo.home import HOME
from shop.demo.loaders.bilingual import words, write_page
from shop.demo.standard_pages import STANDARD_PAGES
from shop.demo.stories import STORIES, STORY_INDEX

Product = get_model("catalogue", "Product")

#: Progress steps: two index pages, and each story, collection and standard page.
STEPS = 2 + len(STORIES) + len(COLLECTIONS) + len(STANDARD_PAGES)


def load_content(home, villages, enterprises, images, tally, progress):
    """Write the pages; returns {"stories": [...], "collections": [...], "pages": [...]}."""
    stories = _stories(home, villages, enterprises, images, tally, progress)
    collections = _collections(home, villages, images, tally, progress)
    pages = []
    for data in STANDARD_PAGES:
        pages.append(_write(home, StandardPage, data, "page", images, tally))
        progress.update(1)
    _featured_villages(home, villages, tally)
    return {"stories": stories, "collections": collections, "pages": pages}


def _write(parent, model, data, kind, images, tally, shared=None, **relations):
    slug = data["slug"]
    thai = {**(shared or {}), **words(data["th"], f"{kind}:{slug}:th", images)}
    english = words(data.get("en"), f"{kind}:{slug}:en", images)
    return write_page(parent, model, slug, thai, english, tally, **relations)


def _stories(home, villages, enterprises, images, tally, progress):
    index = _write(home, StoryIndexPage, STORY_INDEX, "index", images, tally)
    progress.update(1)
    stories = []
    for data in STORIES:
        shared = {"kind": data["kind"], "date": data["date"], "hero_image": images[data["hero"]]}
        links = {
            "villages": [villages[slug] for slug in data["villages"]],
            "enterprises": [enterprises[code] for code in data["enterprises"]],
        }
        stories.append(
            _write(index, StoryPage, data, "story", images, tally, shared=shared, links=links)
        )
        progress.update(1)
    return stories


def _collections(home, villages, images, tally, progress):
    index = _write(home, CollectionIndexPage, COLLECTION_INDEX, "index", images, tally)
    progress.update(1)
    upcs = {upc for data in COLLECTIONS for upc, _note in data["products"]}
    products = dict(Product.objects.filter(upc__in=upcs).values_list("upc", "pk"))
    collections = []
    for data in COLLECTIONS:
        shared = {
            "hero_image": images[data["hero"]],
            "featured": data["featured"],
            "featured_from": data["featured_from"],
            "featured_until": data["featured_until"],
        }
        children = {
            "products": [
                {"product_id": products[upc], "note": note} for upc, note in data["products"]
            ],
            "villages": [{"village_id": villages[slug].pk} for slug in data["villages"]],
        }
        collections.append(
            _write(index, CollectionPage, data, "collection", images, tally, shared=shared,
                   children=children)
        )
        progress.update(1)
    return collections


def _featured_villages(home, villages, tally):
    """The villages the home page features, in order (copied to the English home)."""
    rows = [{"village_id": villages[slug].pk} for slug in HOME["featured_villages"]]
    write_page(home.get_parent(), type(home), home.slug, {}, None, tally,
               children={"featured_villages": rows})
