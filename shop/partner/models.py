"""Partner fork: an Oscar partner is a community enterprise (วิสาหกิจชุมชน)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractPartner

from shop.localised import localised


class Partner(AbstractPartner):
    """A community enterprise that sells on the marketplace. ``name`` is Thai."""

    #: English name of the enterprise.
    name_en = models.CharField(_("Name (English)"), max_length=128, blank=True)
    #: The village the enterprise belongs to (a Wagtail page).
    village = models.ForeignKey(
        "cms.VillagePage",
        verbose_name=_("Village"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enterprises",
    )

    class Meta(AbstractPartner.Meta):
        verbose_name = _("Community enterprise")
        verbose_name_plural = _("Community enterprises")

    @property
    def display_name(self):
        return localised(self, "name") or self.code


from oscar.apps.partner.models import *  # noqa: E402,F403
