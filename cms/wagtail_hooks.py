"""Wagtail admin registrations: the product chooser and the regional centre snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.choosers import product_chooser_viewset
from cms.models import RegionalCentre


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return product_chooser_viewset


class RegionalCentreViewSet(SnippetViewSet):
    model = RegionalCentre
    icon = "site"
    menu_label = _("DIP regional centres")
    list_display = ["number", "name", "name_en", "province"]
    ordering = ["number"]


register_snippet(RegionalCentreViewSet)
