"""Oscar's shipping admin registrations, plus each enterprise's part of an order (read-only:
parts are written when the order is placed)."""

from django.contrib import admin
from oscar.apps.shipping.admin import *  # noqa: F403
from oscar.core.loading import get_model

OrderShippingPart = get_model("shipping", "OrderShippingPart")


@admin.register(OrderShippingPart)
class OrderShippingPartAdmin(admin.ModelAdmin):
    list_display = (
        "order", "partner", "service", "parcels", "shipping_charge", "is_free",
        "goods_total", "vat", "lead_time_days",
    )  # fmt: skip
    list_filter = ("service", "is_free")
    search_fields = ("order__number", "partner__name", "partner__code")
    list_select_related = ("order", "partner")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
