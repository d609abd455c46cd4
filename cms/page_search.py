"""Site search over pages: villages, stories, collections and standard pages.

The search results page lists matching pages beside the products. Wagtail's own
search backends cannot segment Thai, so pages are analysed exactly as products
are (:mod:`search.analysis`: whole words, sub-word pieces, the title weighted
above the body) and kept in :class:`cms.models.PageSearchEntry`, one row per
live page in each locale (English aliases included: they are the English
fallback of untranslated Thai pages).

* **Writing.** :func:`index_page` on every publication (also of aliases, which
  Wagtail publishes with ``alias=True``), :func:`remove_page` when a page is
  unpublished; deleting a page deletes its row (``on_delete=CASCADE``).
  :func:`rebuild` (``manage.py search_pages_rebuild``) rewrites them all.
  Indexing never fails a publication: errors are logged.
* **Reading.** :func:`search_pages` matches every query word against whole words
  or pieces with portable ``LIKE`` on space-padded term strings, scores with the
  product search's explicit weights, and answers in one query.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import Length, Substr
from django.utils import translation
from django.utils.text import Truncator
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from cms.models import CollectionPage, PageSearchEntry, StandardPage, StoryPage, VillagePage
from cms.translation import default_language, locale_id
from search import analysis
from search.backends.base import BODY_WEIGHT, SUBWORD_WEIGHT, TITLE_WEIGHT
from search.documents import plain_text
from search.indexing import load_catalogue_words

logger = logging.getLogger(__name__)

Kind = PageSearchEntry.Kind

#: The page types site search finds, and their kind.
PAGE_KINDS = {
    VillagePage: Kind.VILLAGE,
    StoryPage: Kind.STORY,
    CollectionPage: Kind.COLLECTION,
    StandardPage: Kind.STANDARD,
}
#: Among equally relevant pages: villages first, then stories, collections, other pages.
KIND_ORDER = [Kind.VILLAGE, Kind.STORY, Kind.COLLECTION, Kind.STANDARD]
#: What :func:`rebuild` prefetches per page type (the related names the text reads).
PREFETCH = {
    VillagePage: ["gallery_images"],
    StoryPage: ["villages", "enterprises"],
    CollectionPage: ["villages__village"],
    StandardPage: [],
}
#: Text fields of each StreamField block type (paragraphs are rich text, read apart).
BLOCK_TEXT = {
    "heading": ("text",),
    "quote": ("text", "attribution"),
    "image": ("caption",),
    "video": ("title", "caption"),
    "location": ("name",),
}
#: Characters of introduction a result keeps (the template shortens it further).
SUMMARY_LENGTH = 300
#: Pages listed beside the products on the search results page.
PAGES_IN_RESULTS = 6

#: Called with 1 for every page written, to drive a progress bar.
Progress = Callable[[int], object]


# -- reading -------------------------------------------------------------------


def search_pages(text: str, language: str | None = None, limit: int = PAGES_IN_RESULTS) -> list:
    """Live pages of ``language``'s locale (default: the active one) matching ``text``.

    Every query word must match a whole word of the page or one of its pieces.
    Best first: the product search's weights (a title word above a body word
    above a piece), then villages before stories, collections and other pages.
    Pages behind a view restriction (password, login, groups) are left out.
    Each result is a :class:`PageSearchEntry` with its ``page`` loaded. One query;
    none when the text has no words.
    """
    if not text or limit <= 0:
        return []
    load_catalogue_words()  # segment the query as the pages were (no-op once loaded)
    terms = analysis.query_terms(text)
    locale = locale_id(language or translation.get_language() or default_language())
    if not terms or locale is None:
        return []
    matches = Q()
    score = Value(0)
    for term in terms:
        exact, piece = _padded([term.exact]), _padded([term.subword])
        matches &= (
            Q(title_terms__contains=exact)
            | Q(body_terms__contains=exact)
            | Q(subword_terms__contains=piece)
        )
        score += (
            _weight(Q(title_terms__contains=exact), TITLE_WEIGHT)
            + _weight(Q(body_terms__contains=exact), BODY_WEIGHT)
            + _weight(Q(subword_terms__contains=piece), SUBWORD_WEIGHT)
        )
    # A view restriction on the page or an ancestor: its page's path starts ours.
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("page__path"), 1, Length("page__path"))
    )
    kind_rank = Case(
        *(When(kind=kind, then=Value(rank)) for rank, kind in enumerate(KIND_ORDER)),
        default=Value(len(KIND_ORDER)),
        output_field=IntegerField(),
    )
    entries = (
        PageSearchEntry.objects.filter(matches, locale_id=locale, page__live=True)
        .exclude(Exists(restricted))
        .annotate(score=score, kind_rank=kind_rank)
        .select_related("page")
        .order_by("-score", "kind_rank", "title", "pk")
    )
    return list(entries[:limit])


def _padded(words: Iterable[str]) -> str:
    """Distinct words between spaces (``" a b "``), so ``" a "`` finds a whole word."""
    words = list(dict.fromkeys(words))
    return f" {' '.join(words)} " if words else ""


def _weight(condition: Q, weight: int) -> Case:
    return Case(When(condition, then=Value(weight)), default=Value(0), output_field=IntegerField())


# -- writing -------------------------------------------------------------------


def index_page(page) -> bool:
    """Write the entry of ``page`` (or remove it when the page is not searchable).

    Returns whether the page is now in the index. Reads the page's live content.
    """
    page = page.specific
    if not page.live or type(page) not in PAGE_KINDS:
        remove_page(page.pk)
        return False
    load_catalogue_words()
    entry = build_entry(page)
    fields = {f.name: getattr(entry, f.name) for f in _updated_fields()}
    PageSearchEntry.objects.update_or_create(page_id=page.pk, defaults=fields)
    return True


def remove_page(page_id: int) -> None:
    """Forget a page (unknown ids are ignored)."""
    PageSearchEntry.objects.filter(page_id=page_id).delete()


def rebuild(progress: Progress | None = None) -> int:
    """Rewrite every entry from the live pages of every locale; return how many.

    One transaction: searches see the old entries until the new ones are complete.
    """
    load_catalogue_words()
    count = 0
    with transaction.atomic():
        PageSearchEntry.objects.all().delete()
        for model in PAGE_KINDS:
            entries = []
            for page in searchable_pages(model).iterator(chunk_size=200):
                entries.append(build_entry(page))
                if progress is not None:
                    progress(1)
            PageSearchEntry.objects.bulk_create(entries, batch_size=200)
            count += len(entries)
    return count


def searchable_pages(model):
    """Live pages of one searchable type, with what :func:`build_entry` reads prefetched."""
    return model.objects.live().select_related("locale").prefetch_related(*PREFETCH[model])


def count_searchable_pages() -> int:
    return sum(model.objects.live().count() for model in PAGE_KINDS)


def build_entry(page) -> PageSearchEntry:
    """The (unsaved) entry of one live, specific page of a searchable type."""
    kind = PAGE_KINDS[type(page)]
    with translation.override(page.locale.language_code):
        titles, body = page_text(page, kind)
        title = page.display_name if kind == Kind.VILLAGE else page.title
        place = page.display_province if kind == Kind.VILLAGE else ""
    summary = " ".join((page.intro or "").split()) or next(iter(stream_text(page.body)), "")
    title_words = analysis.tokens("\n".join(part for part in titles if part))
    body_words = analysis.tokens("\n".join(part for part in body if part))
    return PageSearchEntry(
        page_id=page.pk,
        locale_id=page.locale_id,
        kind=kind,
        title=(title or page.title)[:255],
        place=(place or "")[:100],
        summary=Truncator(summary).chars(SUMMARY_LENGTH),
        title_terms=_padded(title_words),
        body_terms=_padded(body_words),
        subword_terms=_padded(analysis.subwords(title_words + body_words)),
    )


def page_text(page, kind: str) -> tuple[list[str], list[str]]:
    """(title texts, body texts) of a page: what a reader may search it by."""
    body = [page.intro, *stream_text(page.body)]
    if kind == Kind.VILLAGE:
        # Its name in every language: a reader of the English page may type the Thai one.
        titles = [page.title, page.title_en, *_other_names(page)]
        body += [page.known_for, page.tambon, page.amphoe, page.changwat, page.changwat_en]
        body += [image.caption for image in page.gallery_images.all()]
        return titles, body
    if kind == Kind.STORY:
        body += [name for village in page.villages.all() for name in _names(village)]
        body += [name for enterprise in page.enterprises.all() for name in _names(enterprise)]
    elif kind == Kind.COLLECTION:
        body += [name for link in page.villages.all() for name in _names(link.village)]
    return [page.title], body


def stream_text(stream) -> Iterable[str]:
    """Plain text of a StoryBlock stream: headings, paragraphs, quotes, captions, places."""
    for block in stream or ():
        if block.block_type == "paragraph":
            yield plain_text(block.value.source)
        for name in BLOCK_TEXT.get(block.block_type, ()):
            text = block.value.get(name)
            if text:
                yield str(text)


def _other_names(village) -> list[str]:
    """Titles of a village's other versions (its Thai page, its English translation)."""
    return list(
        VillagePage.objects.filter(translation_key=village.translation_key)
        .exclude(pk=village.pk)
        .values_list("title", flat=True)
    )


def _names(obj) -> list[str]:
    """Thai and English names of a linked village (page) or community enterprise."""
    thai = getattr(obj, "title", None) or getattr(obj, "name", "")
    return [thai, getattr(obj, "title_en", None) or getattr(obj, "name_en", "")]


def _updated_fields():
    return [
        f
        for f in PageSearchEntry._meta.concrete_fields
        if not f.primary_key and f.name != "indexed_at"
    ]


# -- keeping it current --------------------------------------------------------


def dependants(page) -> list:
    """Live pages whose text includes ``page``'s name: a village's translations,
    and the stories and collections about it."""
    if not isinstance(page, VillagePage):
        return []
    translations = VillagePage.objects.live().filter(
        translation_key=page.translation_key, alias_of__isnull=True
    )
    stories = StoryPage.objects.live().filter(villages=page)
    collections = CollectionPage.objects.live().filter(villages__village=page).distinct()
    return [*translations.exclude(pk=page.pk), *stories, *collections]


def on_page_published(sender, instance, alias=False, **kwargs):
    """``page_published``: index the page; for a source page also its aliases (the
    fallback aliases :mod:`cms.translation` creates on a first publication are not
    "published" by Wagtail) and the stories and collections that name it."""
    pages = [instance]
    if not alias:
        pages += Page.objects.filter(alias_of=instance)
        pages += dependants(instance)
    _refresh(pages)


def on_page_unpublished(sender, instance, **kwargs):
    """``page_unpublished`` (Wagtail sends it for each alias too): forget the page."""
    try:
        with transaction.atomic():
            remove_page(instance.pk)
    except Exception:
        logger.exception("Could not remove page %s from site search", instance.pk)


def _refresh(pages: list) -> None:
    """Index ``pages``, each in a savepoint: a failure is logged, never raised."""
    for page in pages:
        try:
            with transaction.atomic():
                index_page(page)
        except Exception:
            logger.exception("Could not index page %s for site search", page.pk)


def connect_signals() -> None:
    """Keep the entries current (called from :meth:`cms.apps.CmsConfig.ready`).

    Runs after :func:`cms.translation.on_page_published` (connected first), so the
    aliases it creates exist when the source page is indexed. No ``post_delete``
    receiver: the entry's ``CASCADE`` deletes it with the page.
    """
    page_published.connect(on_page_published, dispatch_uid="cms.page_search.published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="cms.page_search.unpublished")
