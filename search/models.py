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
    #: Made in a Creative Industry Village.
    is_civ = models.BooleanField(_("Creative Industry Village (CIV)"), default=False)
    #: When the product was created (the "newest" sort).
    date_created = models.DateTimeField(_("Date created"), db_index=True)
    indexed_at = models.DateTimeField(_("Indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("Product search document")
        verbose_name_plural = _("Product search documents")
        indexes = [models.Index(fields=["price"], name="search_doc_price_idx")]

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
