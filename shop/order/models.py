"""Order models: Oscar's, with Thai shipping addresses and tax-invoice requests."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.abstract_models import AbstractShippingAddress

from catalogue.validators import validate_thai_tax_id
from shop.address.abstract_models import ThaiAddressMixin
from shop.address.validators import HEAD_OFFICE_BRANCH, validate_branch_number


class ShippingAddress(ThaiAddressMixin, AbstractShippingAddress):
    """Where an order goes, copied from the checkout form; read-only once placed."""

    class Meta(AbstractShippingAddress.Meta):
        app_label = "order"


class TaxInvoice(models.Model):
    """A buyer's request for a full tax invoice (ใบกำกับภาษีเต็มรูป) for one order."""

    order = models.OneToOneField(
        "order.Order",
        on_delete=models.CASCADE,
        related_name="tax_invoice",
        verbose_name=_("Order"),
    )
    #: The person's or company's name as it must appear on the invoice.
    name = models.CharField(_("Name on the tax invoice"), max_length=255)
    #: เลขประจำตัวผู้เสียภาษี: 13 digits with a check digit, stored without dashes.
    tax_id = models.CharField(
        _("Tax identification number"), max_length=13, validators=[validate_thai_tax_id]
    )
    #: เลขที่สาขา: "00000" is the head office (สำนักงานใหญ่), otherwise the 5-digit branch.
    branch = models.CharField(
        _("Branch"),
        max_length=5,
        default=HEAD_OFFICE_BRANCH,
        validators=[validate_branch_number],
    )
    #: The invoice address, written out in Thai postal order.
    address = models.TextField(_("Address on the tax invoice"))
    date_created = models.DateTimeField(_("Date created"), auto_now_add=True)

    class Meta:
        app_label = "order"
        verbose_name = _("Tax invoice request")
        verbose_name_plural = _("Tax invoice requests")

    def __str__(self):
        return f"{self.name} ({self.tax_id})"

    @property
    def is_head_office(self) -> bool:
        return self.branch == HEAD_OFFICE_BRANCH

    @property
    def branch_label(self) -> str:
        """Head office (สำนักงานใหญ่) or "Branch 00001" (สาขาที่ 00001), translated."""
        if self.is_head_office:
            return str(_("Head office"))
        return str(_("Branch %(number)s")) % {"number": self.branch}


from oscar.apps.order.models import *  # noqa: E402,F403
