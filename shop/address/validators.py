"""Validation of Thai mobile numbers, address areas and tax-invoice branches.

Messages are gettext strings (Thai translations in the project's PO files) and name
the areas in the reader's language, so a buyer knows what to change.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from shop.address import thai

#: A Thai mobile number: 10 digits starting 06, 08 or 09 (e.g. 081 234 5678).
_MOBILE = re.compile(r"^0[689]\d{8}$")
#: Head office (สำนักงานใหญ่) in the Revenue Department's branch numbering.
HEAD_OFFICE_BRANCH = "00000"


def normalise_thai_mobile(value: str) -> str:
    """``value`` as 10 national digits: spaces, dashes, dots, brackets and a +66 / 66
    country prefix removed ("+66 81-234-5678" → "0812345678"). Invalid input comes back
    cleaned but unchecked; :func:`validate_thai_mobile` says what is wrong."""
    digits = re.sub(r"[\s\-.()]", "", str(value or ""))
    if digits.startswith("+66"):
        digits = "0" + digits[3:].removeprefix("0")
    elif digits.startswith("66") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


def validate_thai_mobile(value: str) -> None:
    """Raise ValidationError unless ``value`` is a Thai mobile number (10 digits starting
    06, 08 or 09, written with or without spaces, dashes or +66)."""
    digits = normalise_thai_mobile(value)
    if not digits:
        raise ValidationError(_("Enter a mobile phone number."), code="required")
    if not digits.isdigit():
        raise ValidationError(
            _("A mobile number has only digits (spaces, dashes and +66 are fine)."),
            code="not_digits",
        )
    if len(digits) != 10:
        raise ValidationError(
            _("A Thai mobile number has 10 digits, e.g. 081 234 5678."), code="length"
        )
    if not _MOBILE.match(digits):
        raise ValidationError(
            _("A Thai mobile number starts with 06, 08 or 09."), code="not_mobile"
        )


def validate_branch_number(value: str) -> None:
    """A branch number (เลขที่สาขา) is 5 digits; 00000 is the head office."""
    if not re.fullmatch(r"\d{5}", value or ""):
        raise ValidationError(_("A branch number has 5 digits, e.g. 00001."), code="branch_format")


def area_errors(
    province_code: str, district_code: str, subdistrict_code: str, postcode: str
) -> dict[str, str]:
    """Field name → message for every way these codes disagree with each other or with
    the Thai administrative divisions; empty when they are one real address."""
    language = get_language() or "th"
    errors: dict[str, str] = {}
    province = thai.province(province_code) if province_code else None
    district = thai.district(district_code) if district_code else None
    subdistrict = thai.subdistrict(subdistrict_code) if subdistrict_code else None
    if province_code and province is None:
        errors["province_code"] = _("Choose a province from the list.")
    if district_code and district is None:
        errors["district_code"] = _("Choose a district from the list.")
    elif district and province and not district.code.startswith(province.code):
        errors["district_code"] = _(
            "%(district)s is not in %(province)s: choose the district again."
        ) % {
            "district": thai.named("district", district.code, language),
            "province": thai.named("province", province.code, language),
        }
    if subdistrict_code and subdistrict is None:
        errors["subdistrict_code"] = _("Choose a subdistrict from the list.")
    elif subdistrict and district and not subdistrict.code.startswith(district.code):
        errors["subdistrict_code"] = _(
            "%(subdistrict)s is not in %(district)s: choose the subdistrict again."
        ) % {
            "subdistrict": thai.named("subdistrict", subdistrict.code, language),
            "district": thai.named("district", district.code, language),
        }
    if postcode and not re.fullmatch(r"\d{5}", postcode):
        errors["postcode"] = _("A Thai postcode has 5 digits, e.g. 10200.")
    elif postcode and subdistrict and "subdistrict_code" not in errors:
        if postcode not in subdistrict.postcodes:
            errors["postcode"] = _(
                "The postcode of %(subdistrict)s is %(expected)s, not %(postcode)s."
            ) % {
                "subdistrict": thai.named("subdistrict", subdistrict.code, language),
                "expected": ", ".join(subdistrict.postcodes),
                "postcode": postcode,
            }
    elif postcode and not thai.candidates(postcode):
        errors["postcode"] = _("No Thai area has the postcode %(postcode)s.") % {
            "postcode": postcode
        }
    return errors
