"""The links every storefront page shows in its menu and footer.

The village, story and collection indexes, the standard pages (about, shipping,
returns, privacy: the live standard pages directly under the home page, in tree
order) and the OTOP categories (root categories of the menu), per language.
Catalogue pages show them too, so they are built once per language and kept in
Django's cache: a page view reads them without any query. Any change to the page
tree (publish, unpublish, move, save, delete), to a site or to a category forgets
them, and the next view builds them again.

``connect_signals()`` is called from ``CmsConfig.ready()``.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from oscar.core.loading import get_model
from wagtail.models import Page, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.translation import locale_id

CACHE_KEY = "cms:site-links:v1:{language}"
#: Links are forgotten on every change (signals below). The timeout bounds staleness
#: when a change bypasses them (a raw SQL update) or when a view rebuilt the links
#: while the change was not yet committed; rebuilding costs a few queries.
CACHE_TIMEOUT = 60 * 5

#: Index page models by the name templates use for their link.
INDEXES = {
    "villages": "cms.VillageIndexPage",
    "stories": "cms.StoryIndexPage",
    "collections": "cms.CollectionIndexPage",
}
STANDARD_PAGE = "cms.StandardPage"


def cache_key(language: str) -> str:
    return CACHE_KEY.format(language=language)


def site_links(language: str | None = None) -> dict:
    """``{"villages": url, "stories": url, "collections": url, "pages": [{"title", "url"}],
    "categories": [{"name", "url"}]}`` for ``language`` (Thai by default); an index the
    site lacks is None."""
    language = language or settings.LANGUAGE_CODE
    key = cache_key(language)
    links = cache.get(key)
    if links is None:
        links = build_site_links(language)
        cache.set(key, links, CACHE_TIMEOUT)
    return links


def empty_links() -> dict:
    return {**dict.fromkeys(INDEXES), "pages": [], "categories": []}


def language_home(language: str):
    """The default site's home page in ``language``, or None when it has none (live)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    wanted = locale_id(language)
    if site is None or wanted is None:
        return None
    home = site.root_page
    if home.locale_id != wanted:
        home = Page.objects.filter(translation_key=home.translation_key, locale_id=wanted).first()
    return home if home is not None and home.live else None


def build_site_links(language: str) -> dict:
    """Read the links from the page tree (a handful of queries; see :func:`site_links`)."""
    links = empty_links()
    links["categories"] = menu_categories(language)
    home = language_home(language)
    if home is None:
        return links
    kinds = {
        ContentType.objects.get_for_model(apps.get_model(label)).pk: name
        for name, label in INDEXES.items()
    }
    standard = ContentType.objects.get_for_model(apps.get_model(STANDARD_PAGE)).pk
    children = Page.objects.child_of(home).live().public().order_by("path")
    with translation.override(language):
        for page in children:
            url = page.get_url()
            if url is None:
                continue
            kind = kinds.get(page.content_type_id)
            if kind and links[kind] is None:
                links[kind] = url
            elif page.content_type_id == standard:
                links["pages"].append({"title": page.title, "url": url})
    return links


def menu_categories(language: str) -> list[dict]:
    """The OTOP root categories the menu shows (Oscar's ``for_menu`` rule), named and
    linked in ``language``."""
    Category = get_model("catalogue", "Category")
    with translation.override(language):
        return [
            {"name": category.get_name(), "url": category.get_absolute_url()}
            for category in Category.objects.filter(depth=1).for_menu().order_by("path")
        ]


def forget_site_links(**kwargs) -> None:
    """Signal receiver: drop the cached links of every language."""
    cache.delete_many([cache_key(code) for code, _name in settings.LANGUAGES])


def connect_signals() -> None:
    """Forget the links whenever a page is published, unpublished, moved, saved or
    deleted, a site changes its home page, or a category changes."""
    page_published.connect(forget_site_links, dispatch_uid="cms.navigation.published")
    page_unpublished.connect(forget_site_links, dispatch_uid="cms.navigation.unpublished")
    post_page_move.connect(forget_site_links, dispatch_uid="cms.navigation.moved")
    post_save.connect(forget_site_links, sender=Site, dispatch_uid="cms.navigation.site")
    Category = get_model("catalogue", "Category")
    post_save.connect(forget_site_links, sender=Category, dispatch_uid="cms.navigation.category+")
    post_delete.connect(forget_site_links, sender=Category, dispatch_uid="cms.navigation.category-")
    for model in {Page, *get_page_models()}:
        label = model._meta.label_lower
        post_save.connect(
            forget_site_links, sender=model, dispatch_uid=f"cms.navigation.saved.{label}"
        )
        post_delete.connect(
            forget_site_links, sender=model, dispatch_uid=f"cms.navigation.deleted.{label}"
        )
