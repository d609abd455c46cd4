"""What a buyer reads for a facet value: names of categories, villages and enterprises.

Facet counts come back from the backend as bare values (ids, codes, keys); the
side column shows names. Three of the facets name database rows (categories,
village pages, enterprises). Loading them on every results page would cost
three queries and the page has a budget of ten, so their names are kept in
Django's cache in one entry and dropped whenever one of those models is saved
or deleted (:func:`connect`). The other facets are labelled from code: region
labels, province names from ``geothai``, certification kinds, price ranges.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from search.backends.base import FACETS, PRICE_RANGES
from search.regions import REGIONS, province_name

#: Cache key of the names of categories, villages and enterprises.
CACHE_KEY = "search:facet-labels:v1"
#: A day: saves and deletes drop the entry long before; this only bounds a stale
#: entry left by a change made where no signal fires (raw SQL, another project).
CACHE_TIMEOUT = 60 * 60 * 24

#: The heading of each facet in the side column, in the order shown.
FACET_TITLES = {
    "category": _("Category"),
    "region": _("Region"),
    "province": _("Province"),
    "village": _("Village"),
    "civ": _("Creative Industry Village (CIV)"),
    "certification": _("Verified certification"),
    "price": _("Price"),
    "enterprise": _("Community enterprise"),
    "in_stock": _("In stock"),
}
assert tuple(FACET_TITLES) == FACETS

YES_NO = {"1": _("Yes"), "0": _("No")}


def _models():
    return (
        get_model("catalogue", "Category"),
        get_model("partner", "Partner"),
        get_model("cms", "VillagePage"),
    )


def named_rows() -> dict[str, dict[str, dict]]:
    """{"category"|"village"|"enterprise": {id as str: row}} from the cache, loaded
    (three queries) when missing. A category row carries its parent's id and
    depth so the side column can show a level of the tree."""
    rows = cache.get(CACHE_KEY)
    if rows is None:
        rows = _load()
        cache.set(CACHE_KEY, rows, CACHE_TIMEOUT)
    return rows


def _load() -> dict[str, dict[str, dict]]:
    Category, Partner, VillagePage = _models()
    steplen = Category.steplen
    categories = list(Category.objects.values_list("pk", "path", "depth", "name", "name_en"))
    pk_of_path = {path: pk for pk, path, *_ in categories}
    return {
        "category": {
            str(pk): {
                "th": name,
                "en": name_en,
                "depth": depth,
                "parent": str(pk_of_path.get(path[:-steplen], "")) if depth > 1 else "",
                "path": path,
            }
            for pk, path, depth, name, name_en in categories
        },
        "village": {
            str(pk): {"th": title, "en": title_en}
            for pk, title, title_en in VillagePage.objects.values_list("pk", "title", "title_en")
        },
        "enterprise": {
            str(pk): {"th": name, "en": name_en}
            for pk, name, name_en in Partner.objects.values_list("pk", "name", "name_en")
        },
    }


def forget(**kwargs) -> None:
    """Signal receiver: a named row changed, load the names again on next use."""
    cache.delete(CACHE_KEY)


def connect() -> None:
    """Drop the cached names when a category, village page or enterprise changes.

    Called from ``SearchConfig.ready``. Wagtail saves a published page as its
    specific class, so ``VillagePage`` signals fire on publish as well.
    """
    for model in _models():
        uid = f"search.labels.forget.{model._meta.label_lower}"
        post_save.connect(forget, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(forget, sender=model, dispatch_uid=f"{uid}.delete")


def _named(row: dict | None, language: str, value: str) -> str:
    if row is None:
        return value
    return (row["en"] if language == "en" and row["en"] else row["th"]) or value


def price_label(key: str) -> str:
    """"฿200–฿500", "under ฿200", "฿2,000 and up" for a :data:`PRICE_RANGES` key."""
    low, high = PRICE_RANGES.get(key, (None, None))
    if low is None and high is None:
        return key
    if not low:
        return gettext("Under ฿%(high)s") % {"high": f"{high:,}"}
    if high is None:
        return gettext("฿%(low)s and up") % {"low": f"{low:,}"}
    return f"฿{low:,}–฿{high:,}"


def certification_labels() -> dict[str, str]:
    Certification = get_model("catalogue", "Certification")
    return {str(value): str(label) for value, label in Certification.Kind.choices}


class FacetLabeler:
    """Labels of facet values in one language, from the cache (no query when warm)."""

    def __init__(self, language: str | None = None):
        self.language = "en" if (language or get_language() or "").startswith("en") else "th"
        self._rows = None
        self._certifications = None

    @property
    def rows(self) -> dict:
        if self._rows is None:
            self._rows = named_rows()
        return self._rows

    def category(self, value: str) -> dict | None:
        """The cached row of a category (depth, parent id), or None if unknown."""
        return self.rows["category"].get(value)

    def label(self, facet: str, value: str) -> str:
        if facet in ("category", "village", "enterprise"):
            return _named(self.rows[facet].get(value), self.language, value)
        if facet == "region":
            return str(REGIONS.get(value, value))
        if facet == "province":
            return province_name(value, self.language) or value
        if facet in ("civ", "in_stock"):
            return str(YES_NO.get(value, value))
        if facet == "certification":
            if self._certifications is None:
                self._certifications = certification_labels()
            return self._certifications.get(value, value)
        if facet == "price":
            return str(price_label(value))
        return value
