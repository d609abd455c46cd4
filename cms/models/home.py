"""The home page and plain standard pages (about, shipping, returns, privacy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import StoryBlock

#: How many new products the home page shows.
NEW_PRODUCTS_ON_HOME = 8
#: How many villages the home page shows when editors have not chosen any.
VILLAGES_ON_HOME = 6


class HomePage(Page):
    """The site root: featured collections, new products, featured villages, categories."""

    intro = models.CharField(_("Introduction"), max_length=255, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "featured_villages",
            label=_("Featured villages"),
            help_text=_("Shown on the home page in this order. None chosen: CIV villages."),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.VillageIndexPage",
        "cms.StoryIndexPage",
        "cms.CollectionIndexPage",
        "cms.StandardPage",
    ]

    class Meta:
        verbose_name = _("Home page")

    def get_context(self, request, *args, **kwargs):
        from cms import sections

        context = super().get_context(request, *args, **kwargs)
        context.update(sections.home_page_sections(self))
        return context


class HomeFeaturedVillage(Orderable):
    """A village the home page features, in the order editors set."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_villages")
    village = models.ForeignKey(
        "cms.VillagePage",
        verbose_name=_("Village"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("village")]

    class Meta(Orderable.Meta):
        verbose_name = _("Featured village")
        verbose_name_plural = _("Featured villages")


class StandardPage(Page):
    """About us, shipping, returns, privacy: a title, an introduction and a body."""

    intro = models.TextField(_("Introduction"), blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("Body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("Standard page")
