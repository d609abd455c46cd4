"""What the checkout remembers about an order beyond Oscar's own fields.

Custom models stand above Oscar's star import (Oscar's convention; Oscar's checkout
app has no models of its own).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrderLanguage(models.Model):
    """The language the buyer placed an order in: the confirmation e-mail, sent later
    by the payment webhook (no request, no session), is written in it."""

    #: The order.
    order = models.OneToOneField(
        "order.Order",
        verbose_name=_("Order"),
        on_delete=models.CASCADE,
        related_name="buyer_language",
    )
    #: A code from settings.LANGUAGES ("th", "en").
    language = models.CharField(
        _("Language"), max_length=8, choices=settings.LANGUAGES, default="th"
    )

    class Meta:
        app_label = "checkout"
        verbose_name = _("Order language")
        verbose_name_plural = _("Order languages")

    def __str__(self):
        return f"{self.order_id}: {self.language}"


from oscar.apps.checkout.models import *  # noqa: E402,F403
