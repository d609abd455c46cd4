"""Shipping fork: Oscar's weight-based models, plus each enterprise's part of an order.

Custom models stand above Oscar's star import (Oscar's convention).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from shop.shipping.rates import SERVICES


class OrderShippingPart(models.Model):
    """One enterprise's share of an order: what it sends, how, and what the buyer paid
    for it. Recorded when the order is placed (``record_order_parts``); the parts'
    shipping charges add up to the order's shipping total."""

    #: The order this part belongs to.
    order = models.ForeignKey(
        "order.Order",
        verbose_name=_("Order"),
        on_delete=models.CASCADE,
        related_name="shipping_parts",
    )
    #: The community enterprise that sends this part.
    partner = models.ForeignKey(
        "partner.Partner",
        verbose_name=_("Community enterprise"),
        on_delete=models.PROTECT,
        related_name="order_shipping_parts",
    )
    #: Thailand Post service used for this part (``ems`` or ``registered``).
    service = models.CharField(_("Service"), max_length=16, choices=list(SERVICES.items()))
    #: Total weight of this part in grams (default weight used for unweighed products).
    weight_grams = models.PositiveIntegerField(_("Weight (g)"))
    #: Number of parcels (a heavy part is split).
    parcels = models.PositiveSmallIntegerField(_("Parcels"), default=1)
    #: Shipping charged to the buyer for this part (THB, VAT included); 0 when free.
    shipping_charge = models.DecimalField(_("Shipping charge"), max_digits=12, decimal_places=2)
    #: Shipping was free because the goods total reached the enterprise's threshold.
    is_free = models.BooleanField(_("Free shipping"), default=False)
    #: Goods total of the enterprise's lines (THB, VAT included, after discounts).
    goods_total = models.DecimalField(_("Goods total"), max_digits=12, decimal_places=2)
    #: VAT contained in goods + shipping; null when the enterprise is not VAT registered.
    vat = models.DecimalField(_("VAT part"), max_digits=12, decimal_places=2, null=True)
    #: Longest made-to-order lead time of the part's products, in days (null: in stock).
    lead_time_days = models.PositiveSmallIntegerField(_("Lead time (days)"), null=True)

    class Meta:
        app_label = "shipping"
        verbose_name = _("Enterprise part of an order")
        verbose_name_plural = _("Enterprise parts of orders")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["order", "partner"], name="one_part_per_enterprise")
        ]

    def __str__(self):
        return f"{self.order_id} / {self.partner_id} / {self.service}"

    @property
    def vat_registered(self) -> bool:
        return self.vat is not None

    @property
    def total(self):
        return self.goods_total + self.shipping_charge


from oscar.apps.shipping.models import *  # noqa: E402,F403
