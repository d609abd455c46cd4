"""Thai provinces and the six geographical regions, for the province/region facets.

Provinces come from ``geothai`` (DOPA codes and names, installed from PyPI);
regions follow the six-region grouping of the National Geographical Committee
(1977), the one Thai schools and the Royal Society use: 9 northern, 20
northeastern, 22 central (with Bangkok), 7 eastern, 5 western and 14 southern
provinces, keyed here by the first digits of the DOPA province code.
"""

from __future__ import annotations

from functools import cache

import geothai
from django.utils.translation import gettext_lazy as _

#: Region key -> label, in the order facets list them (north to south).
REGIONS = {
    "north": _("Northern"),
    "northeast": _("Northeastern"),
    "central": _("Central"),
    "east": _("Eastern"),
    "west": _("Western"),
    "south": _("Southern"),
}

#: DOPA province code -> region key.
REGION_OF_PROVINCE = {
    **dict.fromkeys(["50", "51", "52", "53", "54", "55", "56", "57", "58"], "north"),
    **dict.fromkeys([str(code) for code in range(30, 50)], "northeast"),
    **dict.fromkeys(
        ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "26"]
        + ["60", "61", "62", "64", "65", "66", "67", "72", "73", "74", "75"],
        "central",
    ),
    **dict.fromkeys(["20", "21", "22", "23", "24", "25", "27"], "east"),
    **dict.fromkeys(["63", "70", "71", "76", "77"], "west"),
    **dict.fromkeys(["80", "81", "82", "83", "84", "85", "86"], "south"),
    **dict.fromkeys(["90", "91", "92", "93", "94", "95", "96"], "south"),
}

#: Prefixes people write before a province name.
_PREFIXES = ("จังหวัด", "จ.", "changwat ", "province of ")


def provinces() -> list:
    """Every province (``geothai.Province``: code, name_th, name_en), by code."""
    return sorted(geothai.provinces(), key=lambda province: province.code)


@cache
def _by_name() -> dict[str, str]:
    names = {}
    for province in geothai.provinces():
        for name in (province.name_th, province.name_en):
            names[_key(name)] = province.code
    names[_key("กรุงเทพฯ")] = "10"
    names[_key("Krung Thep Maha Nakhon")] = "10"
    return names


def province_code(*names: str) -> str:
    """The DOPA code of the first of ``names`` that is a province (Thai or English,
    with or without "จังหวัด"), or "" when none is."""
    for name in names:
        code = _by_name().get(_key(name or ""))
        if code:
            return code
    return ""


def province_name(code: str, language: str = "th") -> str:
    """A province's name in ``language`` ("" for an unknown code)."""
    province = geothai.province(code) if code else None
    if province is None:
        return ""
    return province.name_en if language == "en" else province.name_th


def region_of(code: str) -> str:
    """The region key of a province code ("" when unknown)."""
    return REGION_OF_PROVINCE.get(code, "")


def _key(name: str) -> str:
    name = " ".join(name.lower().split())
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :].strip()
    return name.replace("-", " ").replace(" ", "")
