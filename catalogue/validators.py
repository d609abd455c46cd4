"""Validators for certification numbers, Thai tax ids and colours.

Where an issuing agency publishes a number format we check it; where it does not
(GI, Halal, Organic, GMP, other) any non-empty number is accepted.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

#: Thai FDA food registration number (เลขสารบบอาหาร, อย.): 13 digits, XX-X-XXXXX-X-XXXX.
FDA_FOOD_NUMBER = re.compile(r"^\d{2}-\d-\d{5}-\d-\d{4}$")
#: Thai Community Product Standard (มผช., TCPS) number: "มผช. NNN/25xx" (Buddhist era year).
TCPS_NUMBER = re.compile(r"^มผช\.?\s?\d{1,4}/25\d{2}$")
#: Cosmetic notification number (เลขที่ใบรับจดแจ้ง): 10 digits, XX-X-XXXXXXX.
COSMETIC_NUMBER = re.compile(r"^\d{2}-\d-\d{7}$")

validate_hex_colour = RegexValidator(
    r"^#[0-9A-Fa-f]{6}$", _("Enter a colour as # followed by six hexadecimal digits, e.g. #1F3A5F.")
)


def normalise_fda_food_number(value: str) -> str:
    """Accept the 13 digits with or without dashes and return the dashed form."""
    digits = re.sub(r"[\s-]", "", value or "")
    if re.fullmatch(r"\d{13}", digits):
        return f"{digits[:2]}-{digits[2]}-{digits[3:8]}-{digits[8]}-{digits[9:]}"
    return value


def validate_certification_number(kind: str, number: str) -> None:
    """Raise ValidationError when ``number`` does not fit the format of ``kind``."""
    number = (number or "").strip()
    if not number:
        raise ValidationError(_("Enter the certificate number."))
    if kind == "fda_food" and not FDA_FOOD_NUMBER.match(normalise_fda_food_number(number)):
        raise ValidationError(
            _("A Thai FDA (อย.) food number has 13 digits, written XX-X-XXXXX-X-XXXX.")
        )
    if kind == "tcps" and not TCPS_NUMBER.match(number):
        raise ValidationError(
            _("A Thai Community Product Standard number looks like “มผช. 12/2565”.")
        )
    if kind == "cosmetic" and not COSMETIC_NUMBER.match(number):
        raise ValidationError(
            _("A cosmetic notification number has 10 digits, written XX-X-XXXXXXX.")
        )


def validate_thai_tax_id(value: str) -> None:
    """A 13-digit Thai tax id (เลขประจำตัวผู้เสียภาษี) with a valid check digit."""
    digits = re.sub(r"[\s-]", "", value or "")
    if not re.fullmatch(r"\d{13}", digits):
        raise ValidationError(_("A Thai tax id has 13 digits."))
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    if (11 - total % 11) % 10 != int(digits[12]):
        raise ValidationError(_("This tax id's check digit is wrong; please check the number."))
