"""Signal receivers that tell :mod:`search.indexing` which products a change affects.

Connected by :meth:`search.apps.SearchConfig.ready`. Each receiver only works
out product ids (at most a couple of small queries) and calls
:func:`search.indexing.schedule` (documents and product autocomplete entries)
or :func:`search.indexing.schedule_suggestions` (category and village
entries); the indexing itself happens after commit. Fixture loading (``raw``
saves) is ignored: run ``search_rebuild`` after it.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from oscar.core.loading import get_model

from search import analysis
from search.indexing import schedule, schedule_suggestions

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
Partner = get_model("partner", "Partner")
Certification = get_model("catalogue", "Certification")

DISPATCH_PREFIX = "search.receivers"


def connect() -> None:
    """Connect every receiver (idempotent: each has a dispatch_uid)."""
    from cms.models import VillagePage

    pairs = [
        (post_save, product_changed, Product),
        (post_delete, product_changed, Product),
        (post_save, stockrecord_changed, StockRecord),
        (post_delete, stockrecord_changed, StockRecord),
        (post_save, product_category_changed, ProductCategory),
        (post_delete, product_category_changed, ProductCategory),
        (m2m_changed, product_categories_changed, Product.categories.through),
        (post_save, partner_changed, Partner),
        (post_save, certification_changed, Certification),
        (post_delete, certification_changed, Certification),
        (post_save, category_changed, Category),
        (pre_delete, category_changed, Category),
        (post_save, village_changed, VillagePage),
        (pre_delete, village_changed, VillagePage),
    ]
    for signal, receiver, sender in pairs:
        uid = f"{DISPATCH_PREFIX}.{receiver.__name__}.{signal_name(signal)}.{sender.__name__}"
        signal.connect(receiver, sender=sender, dispatch_uid=uid, weak=False)


def signal_name(signal) -> str:
    for name, candidate in (
        ("post_save", post_save),
        ("post_delete", post_delete),
        ("pre_delete", pre_delete),
        ("m2m_changed", m2m_changed),
    ):
        if signal is candidate:
            return name
    return str(id(signal))


def product_changed(sender, instance, raw=False, using=None, **kwargs):
    """A product (or a variant: its parent is resolved at indexing) was saved or deleted."""
    if not raw:
        schedule([instance.pk, instance.parent_id], using=using)


def stockrecord_changed(sender, instance, raw=False, using=None, **kwargs):
    """Price or stock changed: the product's price, stock and enterprise may differ."""
    if not raw:
        schedule([instance.product_id], using=using)


def product_category_changed(sender, instance, raw=False, using=None, **kwargs):
    if not raw:
        schedule([instance.product_id], using=using)


def product_categories_changed(sender, instance, action, reverse, pk_set, using=None, **kwargs):
    """``product.categories.add(...)`` and friends bulk-write without post_save."""
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if not reverse:
        schedule([instance.pk], using=using)
    elif action == "pre_clear":
        ids = ProductCategory.objects.filter(category=instance).values_list("product_id", flat=True)
        schedule(ids, using=using)
    else:
        schedule(pk_set or (), using=using)


def certification_changed(sender, instance, raw=False, using=None, **kwargs):
    """A certification was added, verified, rejected, edited or removed: the product's
    certification facet shows verified, unexpired ones only."""
    if not raw:
        schedule([instance.product_id], using=using)


def partner_changed(sender, instance, raw=False, using=None, **kwargs):
    """An enterprise was renamed, moved village or changed status (approved, suspended):
    its products' documents mention it, and only approved enterprises' products are listed."""
    if raw:
        return
    analysis.add_words([instance.name])
    ids = set(Product.objects.filter(enterprise=instance).values_list("pk", flat=True))
    ids |= set(StockRecord.objects.filter(partner=instance).values_list("product_id", flat=True))
    schedule(ids, using=using)


def category_changed(sender, instance, raw=False, using=None, **kwargs):
    """A category was renamed, moved or is about to go: re-index the products below it."""
    if raw or not instance.path:
        return
    from search.indexing import category_words

    analysis.add_words(category_words(instance.name))
    ids = ProductCategory.objects.filter(category__path__startswith=instance.path).values_list(
        "product_id", flat=True
    )
    schedule(ids, using=using)
    # Its subcategories' URLs (and visibility) hang on it: their entries change too.
    below = Category.objects.filter(path__startswith=instance.path).values_list("pk", flat=True)
    schedule_suggestions("category", {instance.pk, *below}, using=using)


def village_changed(sender, instance, raw=False, using=None, **kwargs):
    """A village page was saved or is about to go: its name, province and CIV flag are
    in the documents of its enterprises' products."""
    if raw:
        return
    analysis.add_words([instance.title])
    ids = StockRecord.objects.filter(partner__village_id=instance.pk).values_list(
        "product_id", flat=True
    )
    schedule(ids, using=using)
    # The entry is the Thai page's, with the English translation's title and URL:
    # refresh every page of this translation group (the ones not live go).
    pages = {instance.pk}
    if instance.translation_key:
        pages |= set(
            type(instance)
            .objects.filter(translation_key=instance.translation_key)
            .values_list("pk", flat=True)
        )
    schedule_suggestions("village", pages, using=using)
