"""DIP-curated collections of CIV products and villages, featured on the home page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.blocks import StoryBlock


class CollectionIndexPage(Page):
    """Lists the live collections in the order editors gave them in the page tree."""

    intro = models.TextField(_("Introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.CollectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Collection index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["collections"] = (
            CollectionPage.objects.live()
            .child_of(self)
            .select_related("hero_image")
            .order_by("path")
        )
        return context


class CollectionPageQuerySet(PageQuerySet):
    def featured_on(self, day):
        """Collections flagged "featured" whose window contains ``day`` (both ends included)."""
        return self.filter(featured=True).filter(
            models.Q(featured_from__isnull=True) | models.Q(featured_from__lte=day),
            models.Q(featured_until__isnull=True) | models.Q(featured_until__gte=day),
        )

    def featured_now(self):
        """Featured today, by the Bangkok calendar."""
        return self.featured_on(timezone.localdate())


class CollectionPage(Page):
    """A collection DIP curates: chosen products and villages, in the order chosen."""

    intro = models.TextField(_("Introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), verbose_name=_("Body"), blank=True)
    featured = models.BooleanField(
        _("Feature on the home page"),
        default=False,
        help_text=_("Shown between the start and end dates, in the order of the page tree."),
    )
    featured_from = models.DateField(_("Featured from"), null=True, blank=True)
    featured_until = models.DateField(
        _("Featured until"), null=True, blank=True, help_text=_("The last day it is shown.")
    )

    objects = PageManager.from_queryset(CollectionPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("featured"),
                FieldRowPanel([FieldPanel("featured_from"), FieldPanel("featured_until")]),
            ],
            heading=_("Home page"),
        ),
        InlinePanel("products", label=_("Products"), min_num=1),
        InlinePanel("villages", label=_("Villages")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("featured"),
    ]

    parent_page_types = ["cms.CollectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Collection")
        verbose_name_plural = _("Collections")

    def clean(self):
        super().clean()
        if self.featured_from and self.featured_until and self.featured_until < self.featured_from:
            raise ValidationError(
                {"featured_until": _("The end date must not be before the start date.")}
            )

    def is_featured_on(self, day):
        return (
            self.featured
            and (self.featured_from is None or self.featured_from <= day)
            and (self.featured_until is None or day <= self.featured_until)
        )

    def get_context(self, request, *args, **kwargs):
        from cms import sections

        context = super().get_context(request, *args, **kwargs)
        context.update(sections.collection_page_sections(self))
        return context


class CollectionProduct(Orderable):
    """A product in a collection (the catalogue's product, not a copy of it)."""

    page = ParentalKey(CollectionPage, on_delete=models.CASCADE, related_name="products")
    product = models.ForeignKey(
        "catalogue.Product",
        verbose_name=_("Product"),
        on_delete=models.CASCADE,
        related_name="collection_entries",
    )
    note = models.CharField(
        _("Curator's note"), max_length=200, blank=True,
        help_text=_("Optional: why DIP chose it, shown under the product."),
    )  # fmt: skip

    panels = [FieldPanel("product"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("Collection product")
        verbose_name_plural = _("Collection products")


class CollectionVillage(Orderable):
    """A village a collection presents."""

    page = ParentalKey(CollectionPage, on_delete=models.CASCADE, related_name="villages")
    village = models.ForeignKey(
        "cms.VillagePage",
        verbose_name=_("Village"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("village")]

    class Meta(Orderable.Meta):
        verbose_name = _("Collection village")
        verbose_name_plural = _("Collection villages")
