"""Checkout forms: Oscar's, with the Thai address form and the tax-invoice request.

The shipping address uses the address app's ``ThaiAddressForm`` (house number, moo,
soi, road, province → district → subdistrict, postcode, Thai mobile).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import GatewayForm as CoreGatewayForm
from oscar.apps.checkout.forms import ShippingMethodForm  # noqa: F401  (Oscar's, unchanged)

from shop.address.forms import TaxInvoiceForm, ThaiAddressForm


class GatewayForm(CoreGatewayForm):
    """Sign in, or give an e-mail address to check out as a guest.

    The e-mail is required for guests: the receipt and the order's status link go to
    it, and a PromptPay refund can only be sent to a buyer's e-mail (Stripe's rule).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        username = self.fields["username"]
        username.error_messages["required"] = _("Please enter your e-mail address.")
        username.error_messages["invalid"] = _(
            "Please enter a valid e-mail address, like name@example.com."
        )
        username.help_text = _(
            "We send your receipt and the link to your order here. Refunds for PromptPay "
            "payments also need it."
        )


class ShippingAddressForm(ThaiAddressForm):
    """The order's shipping address: the Thai address form (its model is the order's
    ShippingAddress)."""


class TaxInvoiceRequestForm(forms.Form):
    """The "I need a tax invoice" box on the preview page; the details form (``TaxInvoiceForm``,
    prefix ``tax``) is validated only when this box is ticked."""

    wants_tax_invoice = forms.BooleanField(
        label=_("I need a full tax invoice (ใบกำกับภาษีเต็มรูป)"), required=False
    )

    def __init__(self, data=None, shipping_address=None, **kwargs):
        super().__init__(data, **kwargs)
        self.details = TaxInvoiceForm(
            data if self.wanted(data) else None, prefix="tax", shipping_address=shipping_address
        )

    @staticmethod
    def wanted(data) -> bool:
        return bool(data) and data.get("wants_tax_invoice") in {"on", "true", "1", "True"}

    def is_valid(self):
        valid = super().is_valid()
        if self.cleaned_data.get("wants_tax_invoice"):
            valid = self.details.is_valid() and valid
        return valid

    def unsaved_invoice(self):
        """The tax-invoice request to save with the order (unsaved), or None."""
        if not self.cleaned_data.get("wants_tax_invoice"):
            return None
        return self.details.save(commit=False)
