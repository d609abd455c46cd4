"""The Thai address fields shared by the address book and the order's addresses.

A Thai address is written small to large: house number, หมู่ที่ (moo, village number),
village or building, ซอย (soi, lane), ถนน (road), then ตำบล/แขวง, อำเภอ/เขต, จังหวัด and
the postcode. We keep these as fields (areas as DOPA codes from ``geothai``) and fill
Oscar's own line1..line4/state/postcode/country from them on every save, so Oscar's
templates, dashboards, hashes and ``summary`` keep working and read in Thai postal order.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from shop.address import thai
from shop.address.validators import area_errors

#: How each part is introduced when written out, by language.
_PREFIXES = {
    "th": {"moo": "หมู่ ", "soi": "ซอย", "road": "ถนน"},
    "en": {"moo": "Moo ", "soi": "Soi ", "road": ""},
}
#: The fields Oscar's lines are written from.
THAI_PARTS = (
    "house_number",
    "moo",
    "village",
    "soi",
    "road",
    "subdistrict_code",
    "district_code",
    "province_code",
)
#: What people already type before a soi or road name (not doubled when written out).
_TYPED = {"soi": ("ซอย", "ซ.", "soi"), "road": ("ถนน", "ถ.", "road", "rd")}


def thailand():
    """Oscar's Country row for Thailand, created the first time an address needs it."""
    from oscar.core.loading import get_model

    country, _created = get_model("address", "Country")._default_manager.get_or_create(
        iso_3166_1_a2="TH",
        defaults={
            "iso_3166_1_a3": "THA",
            "iso_3166_1_numeric": "764",
            "printable_name": "Thailand",
            "name": "Kingdom of Thailand",
            "is_shipping_country": True,
        },
    )
    return country


class ThaiAddressMixin(models.Model):
    """Thai address parts; mix in before Oscar's abstract address class."""

    #: เลขที่ (house number), e.g. "99/1".
    house_number = models.CharField(_("House number"), max_length=32, blank=True)
    #: หมู่ที่ (moo): the village number within the subdistrict, rural addresses only.
    moo = models.CharField(_("Moo (village no.)"), max_length=8, blank=True)
    #: หมู่บ้าน / อาคาร: village, housing estate or building name (and floor/room).
    village = models.CharField(_("Village or building"), max_length=128, blank=True)
    #: ซอย (soi): the lane.
    soi = models.CharField(_("Soi (lane)"), max_length=128, blank=True)
    #: ถนน (thanon): the road.
    road = models.CharField(_("Road"), max_length=128, blank=True)
    #: DOPA 6-digit code of the ตำบล/แขวง (tambon/khwaeng).
    subdistrict_code = models.CharField(_("Subdistrict"), max_length=6, blank=True)
    #: DOPA 4-digit code of the อำเภอ/เขต (amphoe/khet).
    district_code = models.CharField(_("District"), max_length=4, blank=True)
    #: DOPA 2-digit code of the จังหวัด (changwat; "10" is Bangkok).
    province_code = models.CharField(_("Province"), max_length=2, blank=True, db_index=True)

    class Meta:
        abstract = True

    # -- Oscar hooks ---------------------------------------------------------------

    def save(self, *args, **kwargs):
        self.fill_oscar_lines()
        super().save(*args, **kwargs)
        self._saved_thai_parts = self._thai_parts()

    def clean(self):
        self.fill_oscar_lines()
        errors = area_errors(
            self.province_code, self.district_code, self.subdistrict_code, self.postcode
        )
        if errors:
            raise ValidationError(errors)
        super().clean()

    @classmethod
    def from_db(cls, db, field_names, values):
        """Remember the Thai parts as loaded (see :meth:`fill_oscar_lines`)."""
        instance = super().from_db(db, field_names, values)
        if set(THAI_PARTS) <= set(field_names):  # never load deferred fields here
            instance._saved_thai_parts = instance._thai_parts()
        return instance

    # -- writing the address out -------------------------------------------------

    def _part(self, name: str, language: str) -> str:
        value = (getattr(self, name) or "").strip()
        if not value:
            return ""
        if name in _TYPED and value.casefold().startswith(_TYPED[name]):
            return value
        prefix = _PREFIXES[language][name]
        if name == "road" and language == "en":
            return f"{value} Road"
        return f"{prefix}{value}"

    def street_lines(self, language: str = "th") -> tuple[str, str]:
        """(house number, moo and village; soi and road) in ``language``'s words."""
        language = "en" if language.startswith("en") else "th"
        first = " ".join(
            filter(None, [self.house_number.strip(), self._part("moo", language), self.village])
        )
        second = " ".join(filter(None, [self._part("soi", language), self._part("road", language)]))
        return first, second

    def _thai_parts(self) -> tuple:
        return tuple(getattr(self, name, "") for name in THAI_PARTS)

    def postal_lines(self, language: str = "th") -> list[str]:
        """The address as a parcel label shows it, one line per part, in Thai postal order
        (name, street, subdistrict and district, province and postcode)."""
        first, second = self.street_lines(language)
        areas = thai.area_lines(self.subdistrict_code, language) or ("", "", "")
        return [
            line
            for line in (
                self.join_fields(("first_name", "last_name"), separator=" "),
                first,
                second,
                " ".join(filter(None, areas[:2])),
                " ".join(filter(None, [areas[2], self.postcode])),
            )
            if line
        ]

    def fill_oscar_lines(self) -> None:
        """Fill Oscar's line1..line4/state/postcode/country from the Thai parts (Thai
        words): line1 house/moo/village, line2 soi/road, line3 subdistrict, line4
        district, state province. Addresses without a subdistrict are left alone, and
        so are the lines of a saved address whose Thai parts did not change (staff may
        correct a line in Oscar's dashboard, which edits the lines only)."""
        if not self.subdistrict_code:
            return
        if getattr(self, "_saved_thai_parts", None) == self._thai_parts() and self.line1:
            return
        areas = thai.area_lines(self.subdistrict_code, "th")
        if areas is None:
            return
        self.line1, self.line2 = self.street_lines("th")
        self.line3, self.line4, self.state = areas
        if not self.postcode:
            self.postcode = thai.postcode_of(self.subdistrict_code)
        if not self.country_id:
            self.country = thailand()
