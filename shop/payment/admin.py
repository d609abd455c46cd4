"""Oscar's payment admin registrations, plus read-only views of our Stripe records."""

from django.contrib import admin
from oscar.apps.payment.admin import *  # noqa: F403

from .models import StripeEvent, StripePayment


@admin.register(StripePayment)
class StripePaymentAdmin(admin.ModelAdmin):
    list_display = ("order", "intent_id", "status", "amount_satang", "failed_attempts",
                    "refund_id", "date_updated")
    search_fields = ("intent_id", "order__number")
    exclude = ("client_secret",)
    readonly_fields = ("order", "intent_id", "amount_satang", "currency", "status",
                       "generation", "failed_attempts", "last_error", "refund_id")


@admin.register(StripeEvent)
class StripeEventAdmin(admin.ModelAdmin):
    list_display = ("event_id", "type", "intent_id", "outcome", "date_received")
    search_fields = ("event_id", "intent_id")
    readonly_fields = ("event_id", "type", "intent_id", "outcome")
