"""Villages (หมู่บ้าน): where the community enterprises are, and their story."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalogue.validators import validate_hex_colour
from cms.blocks import StoryBlock, validate_latitude, validate_longitude
from shop.localised import localised

validate_postcode = RegexValidator(r"^\d{5}$", _("A Thai postcode has five digits."))

#: Stories listed on a village page.
STORIES_ON_VILLAGE = 6


class VillageIndexPage(Page):
    """Lists the villages, CIV villages first."""

    intro = models.TextField(_("Introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.VillagePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Village index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["villages"] = (
            VillagePage.objects.live()
            .child_of(self)
            .select_related("logo")
            .order_by("-is_civ", "title")
        )
        return context


class VillagePage(Page):
    """A village whose community enterprises sell here.

    ``title`` is the name in the page's language; ``title_en`` is the English name the
    catalogue shows on English pages (also before the page is translated).
    """

    title_en = models.CharField(_("Name (English)"), max_length=255, blank=True)
    tambon = models.CharField(_("Subdistrict (tambon)"), max_length=100, blank=True)
    amphoe = models.CharField(_("District (amphoe)"), max_length=100, blank=True)
    changwat = models.CharField(_("Province (changwat)"), max_length=100)
    changwat_en = models.CharField(_("Province (English)"), max_length=100, blank=True)
    postcode = models.CharField(
        _("Postcode"), max_length=5, blank=True, validators=[validate_postcode]
    )
    latitude = models.DecimalField(
        _("Latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[validate_latitude],
    )  # fmt: skip
    longitude = models.DecimalField(
        _("Longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[validate_longitude],
    )  # fmt: skip
    #: Creative Industry Village (หมู่บ้านอุตสาหกรรมสร้างสรรค์) label from DIP.
    is_civ = models.BooleanField(_("Creative Industry Village (CIV)"), default=False)
    #: Year (C.E.) DIP gave the CIV label; shown in Buddhist era on Thai pages.
    civ_year = models.PositiveSmallIntegerField(
        _("CIV since (year C.E.)"), null=True, blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )  # fmt: skip
    dip_centre = models.ForeignKey(
        "cms.RegionalCentre",
        verbose_name=_("DIP regional centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="villages",
    )
    known_for = models.CharField(_("Known for"), max_length=255, blank=True)
    intro = models.TextField(_("Introduction"), blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("Story"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    brand_colour = models.CharField(
        _("Brand colour"), max_length=7, blank=True, validators=[validate_hex_colour]
    )

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldPanel("known_for"),
        FieldPanel("body"),
        InlinePanel("gallery_images", label=_("Photo gallery")),
    ]
    place_panels = [
        MultiFieldPanel(
            [
                FieldPanel("tambon"),
                FieldPanel("amphoe"),
                FieldRowPanel([FieldPanel("changwat"), FieldPanel("changwat_en")]),
                FieldPanel("postcode"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_civ"), FieldPanel("civ_year"), FieldPanel("dip_centre")],
            heading=_("DIP programme"),
        ),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("brand_colour")], heading=_("Brand")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Story")),
            ObjectList(place_panels, heading=_("Place and programme")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("changwat"),
        index.SearchField("changwat_en"),
        index.SearchField("known_for"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("is_civ"),
    ]

    parent_page_types = ["cms.VillageIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Village")
        verbose_name_plural = _("Villages")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Give both latitude and longitude, or neither.")}
            )
        if self.civ_year and not self.is_civ:
            raise ValidationError(
                {"civ_year": _("Only a Creative Industry Village has a CIV year.")}
            )

    @property
    def display_name(self):
        return localised(self, "title")

    @property
    def display_province(self):
        return localised(self, "changwat")

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def get_context(self, request, *args, **kwargs):
        from cms import sections

        context = super().get_context(request, *args, **kwargs)
        context.update(sections.village_page_sections(self, request))
        return context


class VillageGalleryImage(Orderable):
    """A photo of the village, in the order editors set."""

    page = ParentalKey(VillagePage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("Caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("Gallery photo")
        verbose_name_plural = _("Gallery photos")
