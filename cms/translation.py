"""Thai and English pages, the Wagtail way (``WAGTAIL_I18N_ENABLED`` + simple_translation).

Every page exists once per locale, in two trees under Wagtail's root: the Thai tree
(the source, served unprefixed) and the English tree (served under ``/en/``).

* **Fallback.** When a Thai page is published and has no English version yet, an
  English *alias* of it is created (:func:`ensure_translations`): the English page
  exists at once, shows the Thai text, and Wagtail keeps it in step with every later
  publication of the Thai page. An editor translates it by choosing "Convert to
  ordinary page" on the alias (or "Translate" on a Thai page that has none yet).
* **Shared data.** Facts that are not words — a village's coordinates and CIV year, a
  collection's featured window, products and villages, a story's villages — are owned
  by the Thai page and copied to its translations on every publication
  (:func:`sync_shared`), so curators set them once. Each page type lists them in
  ``shared_fields`` (plain fields) and ``shared_relations`` (inline panels and
  many-to-many fields).
* **Links.** Pages of one language link to pages of the other through
  :func:`in_active_language`, which finds the translation for the reader's language.
"""

from __future__ import annotations

import logging
from functools import cache

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

logger = logging.getLogger(__name__)

#: Shared data, by page model label: (plain field names, relation names).
SHARED = {
    "cms.homepage": ((), ("featured_villages",)),
    "cms.villagepage": (
        (
            "title_en", "tambon", "amphoe", "changwat", "changwat_en", "postcode",
            "latitude", "longitude", "is_civ", "civ_year", "dip_centre", "logo",
            "brand_colour",
        ),
        ("gallery_images",),
    ),
    "cms.storypage": (("kind", "date", "hero_image"), ("villages", "enterprises")),
    "cms.collectionpage": (
        ("hero_image", "featured", "featured_from", "featured_until"),
        ("products", "villages"),
    ),
}  # fmt: skip


def default_language() -> str:
    return settings.LANGUAGE_CODE


@cache
def _locale_ids() -> dict[str, int]:
    return dict(Locale.objects.values_list("language_code", "pk"))


def forget_locales(**kwargs) -> None:
    """Drop the cached locale ids (connected to Locale saves and deletes)."""
    _locale_ids.cache_clear()


def locale_id(language_code: str) -> int | None:
    """The id of the Locale of ``language_code`` (cached; no query after the first)."""
    ids = _locale_ids()
    if language_code not in ids:
        forget_locales()
        ids = _locale_ids()
    return ids.get(language_code)


def active_locale_id() -> int | None:
    return locale_id(translation.get_language() or default_language())


def in_active_language(page):
    """``page``'s live translation in the reader's language, or ``page`` itself.

    No query when ``page`` already is in that language; one otherwise.
    """
    if page is None:
        return None
    wanted = active_locale_id()
    if wanted is None or page.locale_id == wanted:
        return page
    translated = (
        type(page)
        .objects.live()
        .filter(translation_key=page.translation_key, locale_id=wanted)
        .first()
    )
    return translated or page


def source_of(page):
    """The default-language (Thai) version of ``page``, or None when there is none."""
    source_locale = locale_id(default_language())
    if page.locale_id == source_locale:
        return page
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale_id=source_locale)
        .first()
    )


def ensure_translations(page) -> list:
    """Create an alias of ``page`` (and of any untranslated ancestor) in every other
    locale that has no version of it yet. Returns the aliases created."""
    created = []
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if page.has_translation(locale):
            continue
        alias = page.copy_for_translation(locale, copy_parents=True, alias=True)
        created.append(alias)
    return created


def sync_shared(page) -> int:
    """Copy ``page``'s shared data to its non-alias translations. Returns how many."""
    label = page.specific_class._meta.label_lower
    if label not in SHARED:
        return 0
    fields, relations = SHARED[label]
    page = page.specific
    updated = 0
    translations = page.get_translations().filter(alias_of__isnull=True).specific()
    for other in translations:
        _copy_shared(page, other, fields, relations)
        updated += 1
    return updated


def _copy_shared(source, target, fields, relations) -> None:
    model = type(source)
    for name in fields:
        field = model._meta.get_field(name)
        setattr(target, field.attname, getattr(source, field.attname))
    for name in relations:
        if model._meta.get_field(name).many_to_many:  # ParentalManyToManyField
            setattr(target, name, list(getattr(source, name).all()))
            continue
        copies = []
        for child in getattr(source, name).all():
            child.pk = None
            child.id = None
            copies.append(child)
        setattr(target, name, copies)
    # The live row only: the translation's own words and revisions stay as they are.
    target.save(clean=False, update_fields=None)


def on_page_published(sender, instance, revision=None, alias=False, **kwargs):
    """``page_published`` receiver: fallback aliases, then shared data.

    Runs inside the publication's transaction, in a savepoint: if it fails, the
    page is still published and the failure is logged.
    """
    if alias:
        return  # Wagtail itself brought an alias up to date with its source
    page = instance.specific
    try:
        with transaction.atomic():
            if page.locale_id == locale_id(default_language()):
                ensure_translations(page)
                sync_shared(page)
            elif page.alias_of_id is None:
                source = source_of(page)
                if source is not None and source.live:
                    _copy_shared_from_source(source, page)
    except Exception:
        logger.exception("Could not bring the translations of page %s up to date", page.pk)


def _copy_shared_from_source(source, page) -> None:
    """A translation was published: shared data stays the source's."""
    label = page.specific_class._meta.label_lower
    if label in SHARED:
        fields, relations = SHARED[label]
        _copy_shared(source.specific, page, fields, relations)
