"""The site-search entry of a page: its analysed words and what a result shows.

Wagtail's own search backends cannot segment Thai, so villages, stories,
collections and standard pages are indexed here with the same analysis as the
products (:mod:`search.analysis`), one row per live page and locale, written
only by :mod:`cms.page_search`. Term strings are space separated *and* space
padded (``" ผ้า ไหม "``), so a whole-word match is a portable
``LIKE '% word %'`` on SQLite and PostgreSQL; pages are few (hundreds), so a
scan costs a millisecond or two.

The row also keeps the few things a search result shows (title, province,
summary, all in the page's language), so the result list is a single query
rather than one per page type.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageSearchEntry(models.Model):
    """The searchable words of one live page, in its locale."""

    class Kind(models.TextChoices):
        VILLAGE = "village", _("Village")
        STORY = "story", _("Story")
        COLLECTION = "collection", _("Collection")
        STANDARD = "standard", _("Page")

    #: The page (a translation or an alias: each locale has its own row); goes when it does.
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("Page"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_entry",
    )
    #: The page's locale: results are shown in the reader's language only.
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("Locale"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("Kind"), max_length=20, choices=Kind.choices)
    #: Title as a result shows it (a village's name in the page's language).
    title = models.CharField(_("Page title"), max_length=255)
    #: Province of a village, in the page's language; empty for other pages.
    place = models.CharField(_("Province"), max_length=100, blank=True)
    #: The page's introduction (or its first paragraph), as plain text.
    summary = models.TextField(_("Summary"), blank=True)
    #: Distinct analysed words of the title(s), space separated and padded.
    title_terms = models.TextField(_("Title terms"), blank=True)
    #: Distinct analysed words of the rest of the text, space separated and padded.
    body_terms = models.TextField(_("Body terms"), blank=True)
    #: Sub-word pieces of all of those, space separated and padded.
    subword_terms = models.TextField(_("Sub-word terms"), blank=True)
    indexed_at = models.DateTimeField(_("Indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("Page search entry")
        verbose_name_plural = _("Page search entries")

    def __str__(self):
        return f"search entry of page {self.page_id}"
