"""Autocomplete entries: what the search box suggests as a buyer types.

One entry per browsable product, browsable category and live village page
(Thai pages; the English label and URL ride along), built here and stored by
the backends (:meth:`~search.backends.base.SearchBackend.index_suggestions`).
Each entry carries *keys*, normalised strings a typed prefix is matched
against: the whole label, the label from each of its words on, and for Thai
from each dictionary piece inside a compound on, in Thai and in English. So
"ผ้" reaches ผ้าไหมมัดหมี่ (the whole label), "ไหม" reaches it too (a piece),
and "scarf" reaches "Silk scarf" (a word).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import translation
from oscar.core.loading import get_model

from search import analysis
from search.backends.base import SUGGESTION_KINDS, Suggestion

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

#: Keys are cut at this many characters (a prefix longer than that still matches).
MAX_KEY_LENGTH = 64
#: At most this many keys per entry (a long label would otherwise flood the table).
MAX_KEYS = 24


def normalise_prefix(text: str) -> str:
    """What a typed prefix is matched as: normalised, lower case, single spaces."""
    return " ".join(analysis.normalise(text or "").split())[:MAX_KEY_LENGTH]


def keys_for(*labels: str) -> list[str]:
    """The keys of an entry with these labels (Thai, English), each once."""
    keys: dict[str, None] = {}
    for label in labels:
        text = normalise_prefix(label)
        if not text:
            continue
        for start in _word_starts(text):
            key = text[start:].strip()[:MAX_KEY_LENGTH]
            if key:
                keys.setdefault(key, None)
    return list(keys)[:MAX_KEYS]


def _word_starts(text: str) -> list[int]:
    """Positions in ``text`` where a word or a Thai dictionary piece begins."""
    starts = {0}
    position = 0
    for word in analysis.tokens_of_parts([text]):
        found = text.find(word, position)
        if found < 0:
            continue
        starts.add(found)
        if analysis.is_thai(word):
            for piece in analysis.subwords([word]):
                inside = word.find(piece)
                if inside > 0:
                    starts.add(found + inside)
        position = found + len(word)
    return sorted(starts)


def rank_key(entry: Suggestion | dict, prefix: str, keys: Iterable[str] = (), weight: int = 0):
    """Sort key of a matching entry (see ``SearchBackend.suggest``)."""
    kind = entry["kind"] if isinstance(entry, dict) else entry.kind
    label = entry["label"] if isinstance(entry, dict) else entry.label
    object_id = entry["object_id"] if isinstance(entry, dict) else entry.object_id
    exact = prefix in set(keys)
    return (not exact, SUGGESTION_KINDS.index(kind), -weight, len(label), object_id)


def to_suggestion(entry: dict) -> Suggestion:
    return Suggestion(
        kind=entry["kind"],
        object_id=entry["object_id"],
        label=entry["label"],
        label_en=entry["label_en"],
        url=entry["url"],
        url_en=entry["url_en"],
    )


def build_entries(kinds: Iterable[str] = SUGGESTION_KINDS) -> Iterable[dict]:
    """Every autocomplete entry of these kinds, built from the database."""
    kinds = set(kinds)
    if "category" in kinds:
        yield from category_entries(Category.objects.browsable())
    if "village" in kinds:
        yield from village_entries()
    if "product" in kinds:
        yield from product_entries(Product.objects.browsable())


def product_entries(products) -> Iterable[dict]:
    """Entries of browsable products (pass ``Product.objects.browsable()`` or a subset).

    Weight: the curator boost, plus one when in stock (``Product.objects.available()``).
    """
    in_stock = Product.objects.available().filter(pk__in=products.values("pk"))
    available = set(in_stock.values_list("pk", flat=True))
    rows = products.values_list("pk", "slug", "title", "title_en", "priority")
    for pk, slug, title, title_en, priority in rows.iterator(chunk_size=2000):
        product = Product(pk=pk, slug=slug)
        url, url_en = _urls(product.get_absolute_url)
        yield {
            "kind": "product",
            "object_id": pk,
            "label": title,
            "label_en": title_en or "",
            "url": url,
            "url_en": url_en,
            "weight": max(0, min(priority or 0, 20)) * 2 + (1 if pk in available else 0),
            "keys": keys_for(title, title_en or ""),
        }


def category_entries(categories) -> Iterable[dict]:
    for category in categories.order_by("path"):
        url, url_en = _urls(category.get_absolute_url)
        yield {
            "kind": "category",
            "object_id": category.pk,
            "label": category.name,
            "label_en": category.name_en or "",
            "url": url,
            "url_en": url_en,
            "weight": 0,
            "keys": keys_for(category.name, category.name_en or ""),
        }


def village_entries(pages=None) -> Iterable[dict]:
    """Entries of live Thai village pages (the English page's URL when it exists)."""
    from cms.models import VillagePage
    from cms.translation import locale_id

    thai = locale_id("th")
    if pages is None:
        pages = VillagePage.objects.live().filter(locale_id=thai)
    pages = list(pages.specific() if hasattr(pages, "specific") else pages)
    english = {}
    english_locale = locale_id("en")
    if pages and english_locale:
        for page in VillagePage.objects.live().filter(
            locale_id=english_locale, translation_key__in=[p.translation_key for p in pages]
        ):
            english[page.translation_key] = page
    for page in pages:
        other = english.get(page.translation_key)
        yield {
            "kind": "village",
            "object_id": page.pk,
            "label": page.title,
            "label_en": page.title_en or (other.title if other else ""),
            "url": page.url or "",
            "url_en": (other.url if other else "") or "",
            "weight": 1 if page.is_civ else 0,
            "keys": keys_for(page.title, page.title_en or ""),
        }


def _urls(get_url) -> tuple[str, str]:
    with translation.override("th"):
        thai = get_url()
    with translation.override("en"):
        english = get_url()
    return thai, english
