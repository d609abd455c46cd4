"""Django admin: Oscar's catalogue registrations plus certification verification by DIP staff."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.apps.catalogue.admin import *  # noqa: F403
from oscar.core.loading import get_model

Certification = get_model("catalogue", "Certification")


@admin.register(Certification)
class CertificationAdmin(admin.ModelAdmin):
    """DIP staff check the evidence and mark each certification verified or rejected;
    who decided and when is recorded, and only verified, unexpired ones show as badges."""

    list_display = (
        "product", "kind", "number", "issuer", "star_level", "expires_on", "status",
        "verified_by", "verified_at",
    )  # fmt: skip
    list_filter = ("status", "kind", "expires_on")
    search_fields = ("number", "issuer", "product__title", "product__title_en")
    list_select_related = ("product", "verified_by")
    raw_id_fields = ("product",)
    readonly_fields = ("verified_by", "verified_at", "date_created")
    actions = ("mark_verified", "mark_rejected")

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.verified_by = request.user
            obj.verified_at = timezone.now()
        super().save_model(request, obj, form, change)

    def _decide(self, request, queryset, status):
        for certification in queryset:
            certification.verify(request.user, status, certification.verification_note)
        return queryset.count()

    @admin.action(description=_("Mark selected certifications as verified"))
    def mark_verified(self, request, queryset):
        count = self._decide(request, queryset, Certification.Status.VERIFIED)
        self.message_user(
            request,
            ngettext("%d certification verified.", "%d certifications verified.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark selected certifications as rejected"))
    def mark_rejected(self, request, queryset):
        count = self._decide(request, queryset, Certification.Status.REJECTED)
        self.message_user(
            request,
            ngettext("%d certification rejected.", "%d certifications rejected.", count) % count,
            messages.WARNING,
        )
