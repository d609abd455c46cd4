"""Wagtail pages. Issue #5 grows these into the full village/story/collection set."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from shop.localised import localised

#: Rich-text features editors may use in a village story.
STORY_FEATURES = ["h2", "h3", "bold", "italic", "link"]


class HomePage(Page):
    """The site root: links to the catalogue, the OTOP categories and the villages."""

    intro = models.CharField(_("Introduction (Thai)"), max_length=255, blank=True)
    intro_en = models.CharField(_("Introduction (English)"), max_length=255, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("intro_en")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.VillageIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Home page")

    def get_context(self, request, *args, **kwargs):
        from oscar.core.loading import get_model

        Category = get_model("catalogue", "Category")
        context = super().get_context(request, *args, **kwargs)
        context["otop_categories"] = Category.get_root_nodes().filter(is_public=True)
        context["villages"] = (
            VillagePage.objects.live().descendant_of(self).order_by("path")
        )
        return context


class VillageIndexPage(Page):
    """Lists the villages."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.VillagePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Village index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["villages"] = VillagePage.objects.live().child_of(self).order_by("title")
        return context


class VillagePage(Page):
    """A village (หมู่บ้าน) whose community enterprises sell here. ``title`` is Thai."""

    title_en = models.CharField(_("Name (English)"), max_length=255, blank=True)
    tambon = models.CharField(_("Subdistrict (tambon)"), max_length=100, blank=True)
    amphoe = models.CharField(_("District (amphoe)"), max_length=100, blank=True)
    changwat = models.CharField(_("Province (changwat)"), max_length=100)
    changwat_en = models.CharField(_("Province (English)"), max_length=100, blank=True)
    postcode = models.CharField(_("Postcode"), max_length=5, blank=True)
    #: Creative Industry Village (หมู่บ้านอุตสาหกรรมสร้างสรรค์) label from DIP.
    is_civ = models.BooleanField(_("Creative Industry Village (CIV)"), default=False)
    known_for = models.CharField(_("Known for (Thai)"), max_length=255, blank=True)
    known_for_en = models.CharField(_("Known for (English)"), max_length=255, blank=True)
    story = RichTextField(_("Story (Thai)"), blank=True, features=STORY_FEATURES)
    story_en = RichTextField(_("Story (English)"), blank=True, features=STORY_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        MultiFieldPanel(
            [
                FieldPanel("tambon"),
                FieldPanel("amphoe"),
                FieldPanel("changwat"),
                FieldPanel("changwat_en"),
                FieldPanel("postcode"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("is_civ"),
        FieldPanel("known_for"),
        FieldPanel("known_for_en"),
        FieldPanel("story"),
        FieldPanel("story_en"),
    ]
    parent_page_types = ["cms.VillageIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Village")
        verbose_name_plural = _("Villages")

    @property
    def display_name(self):
        return localised(self, "title")

    @property
    def display_province(self):
        return localised(self, "changwat")

    def get_context(self, request, *args, **kwargs):
        from catalogue.views import paginate_products, tile_queryset

        context = super().get_context(request, *args, **kwargs)
        products = (
            tile_queryset()
            .filter(enterprise__village=self)
            .order_by("-date_created", "-pk")
        )
        paginator, page = paginate_products(products, request.GET.get("page"))
        context.update(products=page.object_list, paginator=paginator, page_obj=page)
        #: Only approved enterprises are shown to buyers.
        context["enterprises"] = self.enterprises.filter(status="approved").order_by("name")
        return context
