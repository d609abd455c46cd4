"""Wagtail pages (bakerydemo style: small models, the tree spelt out on each type).

HomePage
├── VillageIndexPage → VillagePage
├── StoryIndexPage → StoryPage
├── CollectionIndexPage → CollectionPage
└── StandardPage (about, shipping, returns, privacy)

Each page exists once per language (Wagtail localisation, see ``cms/translation.py``).
"""

from cms.models.collections import (
    CollectionIndexPage,
    CollectionPage,
    CollectionProduct,
    CollectionVillage,
)
from cms.models.home import HomeFeaturedVillage, HomePage, StandardPage
from cms.models.search import PageSearchEntry
from cms.models.snippets import RegionalCentre
from cms.models.stories import StoryIndexPage, StoryPage
from cms.models.villages import VillageGalleryImage, VillageIndexPage, VillagePage

__all__ = [
    "CollectionIndexPage",
    "CollectionPage",
    "CollectionProduct",
    "CollectionVillage",
    "HomeFeaturedVillage",
    "HomePage",
    "PageSearchEntry",
    "RegionalCentre",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "VillageGalleryImage",
    "VillageIndexPage",
    "VillagePage",
]
