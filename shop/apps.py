from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    """Project-wide pieces: context processors, template filters, demo data command."""

    name = "shop"
    label = "shop"
    verbose_name = _("Chumchon Market")
