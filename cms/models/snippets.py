"""Snippets editors pick from in pages: DIP's regional industrial promotion centres."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from shop.localised import localised


class RegionalCentre(index.Indexed, models.Model):
    """A DIP regional industrial promotion centre (ศูนย์ส่งเสริมอุตสาหกรรมภาค), which
    supports the villages of its provinces."""

    number = models.PositiveSmallIntegerField(_("Region number"), unique=True)
    name = models.CharField(_("Name (Thai)"), max_length=200)
    name_en = models.CharField(_("Name (English)"), max_length=200, blank=True)
    province = models.CharField(_("Seat (province)"), max_length=100, blank=True)
    website = models.URLField(_("Website"), blank=True)

    panels = [
        FieldPanel("number"),
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("province"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("name_en")]

    class Meta:
        ordering = ["number"]
        verbose_name = _("DIP regional centre")
        verbose_name_plural = _("DIP regional centres")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return localised(self, "name")
