"""Catalogue fork: Thai/English product and category text.

Custom models stand above Oscar's star import (Oscar's convention), which then
skips the models we have already defined.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractCategory, AbstractProduct

from shop.localised import localised


class Product(AbstractProduct):
    """A community product. ``title``/``description`` are Thai; ``*_en`` English."""

    #: English title; Thai is Oscar's own ``title``.
    title_en = models.CharField(_("Title (English)"), max_length=255, blank=True)
    #: English description; Thai is Oscar's own ``description``.
    description_en = models.TextField(_("Description (English)"), blank=True)

    def get_title(self):
        """The title in the active language, falling back to Thai, then to the parent's."""
        title = localised(self, "title")
        if not title and self.parent_id:
            return self.parent.get_title()
        return title

    def get_description(self):
        """The description in the active language, falling back to Thai."""
        return localised(self, "description")


class Category(AbstractCategory):
    """An OTOP product category. ``name`` is Thai; ``name_en`` English."""

    #: English name; Thai is Oscar's own ``name``.
    name_en = models.CharField(_("Name (English)"), max_length=255, blank=True)

    def get_name(self):
        """The name in the active language, falling back to Thai."""
        return localised(self, "name")


from oscar.apps.catalogue.models import *  # noqa: E402,F403
