"""What the home, village and collection pages show, each in a fixed number of queries.

Products always come from the catalogue (approved enterprises, public products) and are
loaded for tiles in one batch per page, whatever the number of collections, villages or
products. Villages chosen by editors (on the home page, in a collection) point at the
Thai pages; they are shown in the page's own language, found in the same query.

Image renditions: long lists (a village's gallery and stories, a collection's villages)
prefetch theirs with the pages. The home page, whose budget is strictest, reads its
few (collection images, village logos) from Wagtail's rendition cache (Django's cache),
which answers without a query once a rendition exists; a prefetch would cost one each.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils import translation
from oscar.core.loading import get_model
from wagtail.images import get_image_model

from cms import navigation
from cms.models import (
    CollectionPage,
    CollectionProduct,
    HomeFeaturedVillage,
    StoryPage,
    VillagePage,
)
from cms.models.home import NEW_PRODUCTS_ON_HOME, VILLAGES_ON_HOME
from cms.models.villages import STORIES_ON_VILLAGE

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")

#: Featured collections shown on the home page, and product tiles under each.
COLLECTIONS_ON_HOME = 4
TILES_PER_COLLECTION = 4

#: Rendition specs the templates use (written out there: keep both in step), so they
#: can be prefetched with the pages.
CARD_SPEC = "fill-640x360"
LOGO_SPEC = "max-160x160"
GALLERY_SPEC = "fill-480x360"


def with_renditions(relation: str, *specs: str) -> Prefetch:
    """Prefetch the ``specs`` renditions of the image behind ``relation`` (a FK name)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(f"{relation}__renditions", queryset=renditions)


def load_tiles(product_ids: list[int]) -> dict[int, object]:
    """Products with everything a tile reads, by id, in a fixed number of queries."""
    from search.views.base import load_products

    return {product.pk: product for product in load_products(product_ids)}


def available_products():
    return Product.objects.available()


def has_available_product():
    """``Exists`` filter: a collection with at least one product a buyer can order now."""
    return Exists(
        CollectionProduct.objects.filter(page=OuterRef("pk"), product__in=available_products())
    )


def featured_collections(locale_id, limit=COLLECTIONS_ON_HOME) -> list:
    """Collections featured today that still have something to buy, in tree order."""
    return list(
        CollectionPage.objects.live()
        .filter(locale_id=locale_id)
        .featured_now()
        .filter(has_available_product())
        .select_related("hero_image")
        .order_by("path")[:limit]
    )


def collection_tile_ids(collections, per_collection=TILES_PER_COLLECTION) -> dict[int, list[int]]:
    """The first available products of each collection, in curated order: {page id: [ids]}."""
    ids: dict[int, list[int]] = {collection.pk: [] for collection in collections}
    rows = (
        CollectionProduct.objects.filter(page__in=list(ids), product__in=available_products())
        .order_by("page_id", "sort_order", "pk")
        .values_list("page_id", "product_id")
    )
    for page_id, product_id in rows:
        if len(ids[page_id]) < per_collection and product_id not in ids[page_id]:
            ids[page_id].append(product_id)
    return ids


def in_locale(pages: list, locale_id) -> list:
    """``pages`` in the language of ``locale_id``: each page's live translation (or
    alias) there, else the page itself, in one query (none when all already are)."""
    others = [page for page in pages if page.locale_id != locale_id]
    if not others or locale_id is None:
        return list(pages)
    model = type(others[0])
    translated = model.objects.live().filter(
        locale_id=locale_id, translation_key__in={page.translation_key for page in others}
    )
    if model is VillagePage:
        translated = translated.select_related("logo")
    found = {page.translation_key: page for page in translated}
    return [
        page if page.locale_id == locale_id else found.get(page.translation_key, page)
        for page in pages
    ]


def chosen_villages(choices, locale_id, prefetch_logos=False) -> list:
    """The live villages picked by ``choices`` (HomeFeaturedVillage or CollectionVillage
    rows of one page), in the editors' order, in the language of ``locale_id``, in one
    query. A village without a version in that language is left out."""
    same_village = choices.filter(village__translation_key=OuterRef("translation_key"))
    # A row saved from code may have no sort order: it still counts, first.
    position = (
        same_village.annotate(order=Coalesce("sort_order", 0)).order_by("order").values("order")[:1]
    )
    villages = (
        VillagePage.objects.live()
        .filter(locale_id=locale_id)
        .filter(Exists(same_village))
        .annotate(position=Subquery(position))
        .select_related("logo")
        .order_by("position", "path")
    )
    if prefetch_logos:
        villages = villages.prefetch_related(with_renditions("logo", LOGO_SPEC))
    return list(villages)


def home_villages(home) -> list:
    """Villages the editors chose for the home page, else the CIV villages, in the home
    page's language."""
    chosen = chosen_villages(HomeFeaturedVillage.objects.filter(page=home), home.locale_id)
    if chosen:
        return chosen
    return list(
        VillagePage.objects.live()
        .filter(locale_id=home.locale_id)
        .select_related("logo")
        .order_by("-is_civ", "path")[:VILLAGES_ON_HOME]
    )


def home_page_sections(home) -> dict:
    """Featured collections with their first tiles, new products, villages and the OTOP
    categories (from the menu's cache: no query)."""
    collections = featured_collections(home.locale_id)
    tile_ids = collection_tile_ids(collections)
    new_ids = list(
        Product.objects.browsable()
        .order_by("-date_created", "-pk")
        .values_list("pk", flat=True)[:NEW_PRODUCTS_ON_HOME]
    )
    wanted = [pk for ids in tile_ids.values() for pk in ids] + new_ids
    tiles = load_tiles(wanted)
    for collection in collections:
        collection.tiles = [tiles[pk] for pk in tile_ids[collection.pk] if pk in tiles]
    return {
        "featured_collections": collections,
        "new_products": [tiles[pk] for pk in new_ids if pk in tiles],
        "villages": home_villages(home),
        "otop_categories": navigation.site_links(translation.get_language())["categories"],
    }


def village_page_sections(village, request) -> dict:
    from catalogue.views import paginate_products, tile_queryset

    products = (
        tile_queryset()
        .filter(enterprise__village__translation_key=village.translation_key)
        .order_by("-date_created", "-pk")
    )
    paginator, page = paginate_products(products, request.GET.get("page"))
    enterprises = list(
        Partner.objects.filter(
            status="approved", village__translation_key=village.translation_key
        ).order_by("name")
    )
    stories = list(
        StoryPage.objects.live()
        .filter(locale_id=village.locale_id)
        .filter(
            Exists(
                StoryPage.villages.through.objects.filter(
                    storypage_id=OuterRef("pk"),
                    villagepage__translation_key=village.translation_key,
                )
            )
        )
        .select_related("hero_image")
        .prefetch_related(with_renditions("hero_image", CARD_SPEC))
        .order_by("-date", "-pk")[:STORIES_ON_VILLAGE]
    )
    gallery = list(
        village.gallery_images.select_related("image")
        .prefetch_related(with_renditions("image", GALLERY_SPEC))
        .order_by("sort_order")
    )
    return {
        "products": page.object_list,
        "paginator": paginator,
        "page_obj": page,
        "enterprises": enterprises,
        "stories": stories,
        "gallery": gallery,
    }


def collection_page_sections(collection) -> dict:
    """The collection's browsable products in curated order (sold-out ones included, marked
    by their tiles), and its live villages."""
    entries = list(
        collection.products.filter(product__in=Product.objects.browsable())
        .order_by("sort_order", "pk")
        .values_list("product_id", "note")
    )
    tiles = load_tiles([product_id for product_id, _note in entries])
    products = []
    for product_id, note in entries:
        if product_id in tiles:
            product = tiles[product_id]
            product.curator_note = note
            products.append(product)
    villages = chosen_villages(collection.villages.all(), collection.locale_id, True)
    return {"collection_products": products, "collection_villages": villages}
