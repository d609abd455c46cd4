"""Storage of the database search backend (SQLite FTS5 / PostgreSQL full text).

One row per browsable product, written only by
:class:`search.backends.database.DatabaseBackend`. The full-text part lives
beside it, per vendor, and is also written by the backend (no triggers, so a
table rebuild by a future migration cannot silently drop them):

* SQLite: the FTS5 table ``search_productdocument_fts`` (rowid = product id),
* PostgreSQL: the column ``search_productdocument.search_vector`` (tsvector
  with weights A title, B body, C sub-words) and its GIN index.

Both are created by migration 0001 and are invisible to the ORM.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProductDocument(models.Model):
    """The searchable, sortable and filterable facts of one product."""

    #: The product; its document goes when it does.
    product = models.OneToOneField(
        "catalogue.Product",
        verbose_name=_("Product"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_document",
    )
    #: Analysed words of the Thai and English titles, space separated.
    title_terms = models.TextField(_("Title terms"), blank=True)
    #: Analysed words of descriptions, categories, enterprise and village.
    body_terms = models.TextField(_("Body terms"), blank=True)
    #: Sub-word pieces of all of the above.
    subword_terms = models.TextField(_("Sub-word terms"), blank=True)
    #: Lowest price in THB over the product's stock records (null: not for sale).
    price = models.DecimalField(_("Price"), max_digits=12, decimal_places=2, null=True)
    in_stock = models.BooleanField(_("In stock"), default=False)
    #: Community enterprise (partner) selling it.
    enterprise_id = models.IntegerField(_("Community enterprise"), null=True, db_index=True)
    village_id = models.IntegerField(_("Village"), null=True, db_index=True)
    province = models.CharField(_("Province"), max_length=100, blank=True, db_index=True)
    #: DOPA province code ("12" Nonthaburi) and region key (see search.regions).
    province_code = models.CharField(_("Province code"), max_length=2, blank=True, db_index=True)
    region = models.CharField(_("Region"), max_length=10, blank=True, db_index=True)
    #: Made in a Creative Industry Village.
    is_civ = models.BooleanField(_("Creative Industry Village (CIV)"), default=False)
    #: Curator boost added to the relevance score (Product.priority, 0..MAX_BOOST).
    boost = models.SmallIntegerField(_("Curator boost"), default=0)
    #: When the product was created (the "newest" sort).
    date_created = models.DateTimeField(_("Date created"), db_index=True)
    indexed_at = models.DateTimeField(_("Indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("Product search document")
        verbose_name_plural = _("Product search documents")
        indexes = [
            models.Index(fields=["price"], name="search_doc_price_idx"),
            # Browsing by relevance without words: boost, then newest (the primary key
            # breaks ties, as in every sort), read from the index, no sort of the table.
            models.Index(fields=["-boost", "-date_created"], name="search_doc_boost_idx"),
        ]

    def __str__(self):
        return f"search document of product {self.product_id}"


class ProductDocumentCategory(models.Model):
    """A category (or an ancestor of one) a product is listed in."""

    document = models.ForeignKey(
        ProductDocument,
        verbose_name=_("Document"),
        on_delete=models.CASCADE,
        related_name="category_links",
    )
    category_id = models.IntegerField(_("Category"))

    class Meta:
        verbose_name = _("Product search category")
        verbose_name_plural = _("Product search categories")
        constraints = [
            models.UniqueConstraint(
                fields=["category_id", "document"], name="search_doc_category_unique"
            )
        ]

    def __str__(self):
        return f"product {self.document_id} in category {self.category_id}"


class ProductDocumentCertification(models.Model):
    """A kind of certification a product shows buyers (verified, not expired)."""

    document = models.ForeignKey(
        ProductDocument,
        verbose_name=_("Document"),
        on_delete=models.CASCADE,
        related_name="certification_links",
    )
    kind = models.CharField(_("Kind"), max_length=20)

    class Meta:
        verbose_name = _("Product search certification")
        verbose_name_plural = _("Product search certifications")
        constraints = [
            models.UniqueConstraint(fields=["kind", "document"], name="search_doc_cert_unique")
        ]

    def __str__(self):
        return f"product {self.document_id} certified {self.kind}"


class SearchTerm(models.Model):
    """A word of the indexed documents (title, body or sub-word terms): the vocabulary
    the database backend's typo tolerance and did-you-mean look words up in.

    Written by the database backend on every index write (never removed then, so
    a word may outlive its last product until the next rebuild; a suggestion is
    always checked against the index before it is shown).
    """

    term = models.CharField(_("Term"), max_length=64, primary_key=True)
    #: How many documents held it at the last rebuild (1 for words added since).
    frequency = models.PositiveIntegerField(_("Frequency"), default=1)

    class Meta:
        verbose_name = _("Search term")
        verbose_name_plural = _("Search terms")

    def __str__(self):
        return self.term


class SuggestionEntry(models.Model):
    """An autocomplete entry of the database backend: a product, category or village."""

    kind = models.CharField(_("Kind"), max_length=10)
    object_id = models.IntegerField(_("Object id"))
    label = models.CharField(_("Label"), max_length=255)
    label_en = models.CharField(_("English label"), max_length=255, blank=True)
    url = models.CharField(_("URL"), max_length=500)
    url_en = models.CharField(_("English URL"), max_length=500, blank=True)
    #: Higher first among entries of a kind (boost, in stock...).
    weight = models.IntegerField(_("Weight"), default=0)

    class Meta:
        verbose_name = _("Autocomplete entry")
        verbose_name_plural = _("Autocomplete entries")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_suggestion_unique")
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}: {self.label}"


class SuggestionKey(models.Model):
    """A normalised prefix-searchable key of an autocomplete entry (B-tree range scans)."""

    entry = models.ForeignKey(
        SuggestionEntry, verbose_name=_("Entry"), on_delete=models.CASCADE, related_name="keys"
    )
    key = models.CharField(_("Key"), max_length=64)

    class Meta:
        verbose_name = _("Autocomplete key")
        verbose_name_plural = _("Autocomplete keys")
        indexes = [models.Index(fields=["key"], name="search_suggestion_key_idx")]
        constraints = [
            models.UniqueConstraint(fields=["entry", "key"], name="search_suggestion_key_unique")
        ]

    def __str__(self):
        return self.key


class IndexBacklog(models.Model):
    """Products a backend failed to index, retried later (``manage.py search_retry``,
    and after each successful indexing run)."""

    backend = models.CharField(_("Backend"), max_length=50)
    product_id = models.IntegerField(_("Product"))
    attempts = models.PositiveIntegerField(_("Attempts"), default=1)
    last_error = models.TextField(_("Last error"), blank=True)
    #: Not retried before this time (exponential back-off).
    due_at = models.DateTimeField(_("Due at"), db_index=True)
    created_at = models.DateTimeField(_("Created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Indexing backlog entry")
        verbose_name_plural = _("Indexing backlog")
        constraints = [
            models.UniqueConstraint(fields=["backend", "product_id"], name="search_backlog_unique")
        ]

    def __str__(self):
        return f"{self.backend}: product {self.product_id} ({self.attempts} attempts)"
