"""Address forms: the Thai address (address book and checkout) and the tax-invoice request.

``ThaiAddressForm`` renders province → district → subdistrict as selects whose choices
the server narrows from what the buyer has already chosen or typed (the postcode), so
the cascade works without JavaScript: each re-display offers the next level. With
JavaScript (static chumchon/js/thai-address.js) the same narrowing happens instantly
through the JSON endpoints in shop/address/views.py.

Oscar's customer views load ``address.forms.UserAddressForm``: defining it here gives
the address book the same fields as checkout.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.address import thai
from shop.address.validators import (
    HEAD_OFFICE_BRANCH,
    normalise_thai_mobile,
    validate_branch_number,
    validate_thai_mobile,
)

ShippingAddress = get_model("order", "ShippingAddress")
UserAddress = get_model("address", "UserAddress")
TaxInvoice = get_model("order", "TaxInvoice")

#: The address form's fields, in the order a Thai address is written (areas last).
THAI_ADDRESS_FIELDS = [
    "first_name",
    "last_name",
    "phone_number",
    "house_number",
    "moo",
    "village",
    "soi",
    "road",
    "postcode",
    "province_code",
    "district_code",
    "subdistrict_code",
    "notes",
]

#: Labels that follow the province's wording (Bangkok: เขต/แขวง, elsewhere อำเภอ/ตำบล).
_DISTRICT_LABELS = {
    None: _("District (amphoe/khet)"),
    True: _("District (khet)"),
    False: _("District (amphoe)"),
}
_SUBDISTRICT_LABELS = {
    None: _("Subdistrict (tambon/khwaeng)"),
    True: _("Subdistrict (khwaeng)"),
    False: _("Subdistrict (tambon)"),
}


def _required(message):
    return {"required": message}


class ThaiAddressForm(forms.ModelForm):
    """A Thai address: recipient, mobile number, street parts and the area cascade.

    A ModelForm for the order's ShippingAddress; subclass with another ``Meta.model``
    that mixes in ``ThaiAddressMixin`` (as :class:`UserAddressForm` does)."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=255,
        error_messages=_required(_("Enter the recipient's first name.")),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=255,
        error_messages=_required(_("Enter the recipient's last name.")),
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    phone_number = forms.CharField(
        label=_("Mobile phone number"),
        max_length=32,
        help_text=_("For the courier, e.g. 081 234 5678."),
        error_messages=_required(_("Enter a mobile phone number.")),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    house_number = forms.CharField(
        label=_("House number"),
        max_length=32,
        error_messages=_required(_("Enter the house number.")),
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=10,
        required=False,
        help_text=_(
            "Type it first to narrow the lists below, or leave it empty: "
            "it is filled in from the subdistrict."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "inputmode": "numeric", "maxlength": "5"}
        ),
    )
    province_code = forms.CharField(
        label=_("Province"),
        error_messages=_required(_("Choose the province.")),
        widget=forms.Select(),
    )
    district_code = forms.CharField(
        label=_DISTRICT_LABELS[None],
        error_messages=_required(_("Choose the district.")),
        widget=forms.Select(),
    )
    subdistrict_code = forms.CharField(
        label=_SUBDISTRICT_LABELS[None],
        error_messages=_required(_("Choose the subdistrict.")),
        widget=forms.Select(),
    )

    class Meta:
        model = ShippingAddress
        fields = THAI_ADDRESS_FIELDS
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        phone = getattr(self.instance, "phone_number", None)
        if phone and not self.is_bound and "phone_number" not in (kwargs.get("initial") or {}):
            self.initial["phone_number"] = normalise_thai_mobile(str(phone))
        self.narrow_choices()

    # -- the cascade ----------------------------------------------------------------

    def _value(self, name: str) -> str:
        """What the buyer has chosen or typed so far for ``name`` (bound data first)."""
        if self.is_bound:
            return (self.data.get(self.add_prefix(name)) or "").strip()
        value = self.initial.get(name, getattr(self.instance, name, ""))
        return str(value or "").strip()

    def narrow_choices(self) -> None:
        """Offer each level's choices from the levels above and the typed postcode."""
        language = "en" if (get_language() or "").startswith("en") else "th"
        province_code = self._value("province_code")
        district_code = self._value("district_code")
        postcode = re.sub(r"\s", "", self._value("postcode"))
        found = thai.candidates(postcode) if re.fullmatch(r"\d{5}", postcode) else ()
        in_postcode = {
            level: {getattr(c, level).code for c in found}
            for level in ("province", "district", "subdistrict")
        }

        provinces = thai.provinces(language)
        if found and province_code in in_postcode["province"] | {""}:
            provinces = [p for p in provinces if p.code in in_postcode["province"]]
        if not province_code and len(in_postcode["province"]) == 1:
            province_code = next(iter(in_postcode["province"]))

        districts = thai.districts(province_code, language) if thai.province(province_code) else ()
        if found and district_code in in_postcode["district"] | {""}:
            districts = [d for d in districts if d.code in in_postcode["district"]]
        if district_code and not district_code.startswith(province_code or "-"):
            district_code = ""
        if not district_code and len(in_postcode["district"]) == 1:
            district_code = next(iter(in_postcode["district"]))

        subdistricts = thai.subdistricts(district_code, language) if district_code else ()
        subdistrict_code = self._value("subdistrict_code")
        if found and subdistrict_code in in_postcode["subdistrict"] | {""}:
            subdistricts = [s for s in subdistricts if s.code in in_postcode["subdistrict"]]

        self._set_choices("province_code", provinces, _("Choose a province"))
        self._set_choices(
            "district_code",
            districts,
            _("Choose a district") if districts else _("Choose the province first"),
        )
        self._set_choices(
            "subdistrict_code",
            subdistricts,
            _("Choose a subdistrict") if subdistricts else _("Choose the district first"),
        )
        bangkok = thai.is_bangkok(province_code) if thai.province(province_code) else None
        self.fields["district_code"].label = _DISTRICT_LABELS[bangkok]
        self.fields["subdistrict_code"].label = _SUBDISTRICT_LABELS[bangkok]

    def _set_choices(self, name: str, areas, placeholder) -> None:
        choices = [("", placeholder)]
        for area in areas:
            label = area.name(get_language() or "th")
            if area.postcodes:
                label = f"{label} ({', '.join(area.postcodes)})"
            choices.append((area.code, label))
        self.fields[name].widget.choices = choices

    # -- cleaning ---------------------------------------------------------------------

    def clean_phone_number(self) -> str:
        """Stored in E.164 (+66812345678): the form Oscar's phone number field keeps."""
        value = self.cleaned_data["phone_number"]
        validate_thai_mobile(value)
        return "+66" + normalise_thai_mobile(value)[1:]

    def clean_postcode(self) -> str:
        return re.sub(r"\s", "", self.cleaned_data.get("postcode") or "")

    def clean(self):
        cleaned = super().clean()
        subdistrict = thai.subdistrict(cleaned.get("subdistrict_code") or "")
        if subdistrict and not cleaned.get("postcode") and "postcode" not in self.errors:
            if len(subdistrict.postcodes) == 1:
                cleaned["postcode"] = subdistrict.postcodes[0]
            elif subdistrict.postcodes:
                self.add_error(
                    "postcode",
                    _("%(subdistrict)s has more than one postcode: type yours (%(codes)s).")
                    % {
                        "subdistrict": thai.named(
                            "subdistrict", subdistrict.code, get_language() or "th"
                        ),
                        "codes": ", ".join(subdistrict.postcodes),
                    },
                )
        return cleaned


class UserAddressForm(ThaiAddressForm):
    """The address book's form (Oscar's customer:address-create/update use it)."""

    class Meta(ThaiAddressForm.Meta):
        model = UserAddress

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.user = user


class TaxInvoiceForm(forms.ModelForm):
    """Optional full tax invoice details (ใบกำกับภาษีเต็มรูป): name, tax id, branch, address.

    ``save(commit=False)`` then set ``order``; or call :meth:`save_for`."""

    HEAD_OFFICE = "head_office"
    BRANCH = "branch"

    name = forms.CharField(
        label=_("Name on the tax invoice"),
        max_length=255,
        error_messages=_required(_("Enter the name for the tax invoice.")),
    )
    tax_id = forms.CharField(
        label=_("Tax identification number"),
        max_length=20,
        help_text=_("13 digits, for a person their national ID number."),
        error_messages=_required(_("Enter the 13-digit tax identification number.")),
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    branch_type = forms.ChoiceField(
        label=_("Head office or branch"),
        choices=[(HEAD_OFFICE, _("Head office")), (BRANCH, _("Branch"))],
        initial=HEAD_OFFICE,
        widget=forms.RadioSelect,
    )
    branch_number = forms.CharField(
        label=_("Branch number"),
        max_length=5,
        required=False,
        help_text=_("5 digits, e.g. 00001."),
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    address = forms.CharField(
        label=_("Address on the tax invoice"),
        error_messages=_required(_("Enter the address for the tax invoice.")),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    class Meta:
        model = TaxInvoice
        fields = ["name", "tax_id", "address"]

    def __init__(self, *args, shipping_address=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["branch_type"] = (
                self.HEAD_OFFICE if self.instance.is_head_office else self.BRANCH
            )
            if not self.instance.is_head_office:
                self.initial["branch_number"] = self.instance.branch
        if shipping_address is not None and not self.initial.get("address"):
            self.initial["address"] = "\n".join(shipping_address.postal_lines()[1:])

    def clean_tax_id(self) -> str:
        return re.sub(r"[\s-]", "", self.cleaned_data["tax_id"])

    def clean(self):
        cleaned = super().clean()
        number = (cleaned.get("branch_number") or "").strip()
        if cleaned.get("branch_type") == self.BRANCH:
            if not number:
                self.add_error("branch_number", _("Enter the 5-digit branch number."))
            elif number == HEAD_OFFICE_BRANCH:
                self.add_error(
                    "branch_number",
                    _("00000 is the head office: choose “Head office” instead."),
                )
            else:
                try:
                    validate_branch_number(number)
                except forms.ValidationError as error:
                    self.add_error("branch_number", error)
                else:
                    self.instance.branch = number
        else:
            self.instance.branch = HEAD_OFFICE_BRANCH
        return cleaned

    @property
    def branch(self) -> str:
        """The cleaned branch ("00000" for the head office)."""
        return self.instance.branch

    def save_for(self, order):
        invoice = self.save(commit=False)
        invoice.order = order
        invoice.save()
        return invoice
