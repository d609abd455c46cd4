"""Thai administrative divisions for addresses, read from ``geothai`` (PyPI).

``geothai`` ships every province (จังหวัด, changwat), district (อำเภอ/เขต, amphoe/khet)
and subdistrict (ตำบล/แขวง, tambon/khwaeng) with DOPA codes (Department of Provincial
Administration: 2-digit province, 4-digit district, 6-digit subdistrict) and Thailand
Post postcodes. Nothing here is typed by hand; this module only orders, names and
cross-checks what the package holds, and caches the expensive parts.

Bangkok (province code "10") is administered in เขต (khet) and แขวง (khwaeng); every
other province in อำเภอ (amphoe) and ตำบล (tambon). Addresses use those words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geothai

#: DOPA code of Bangkok (กรุงเทพมหานคร), the one province with เขต/แขวง.
BANGKOK = "10"

#: The words put before each level's name, by language: (subdistrict, district, province).
_WORDS = {
    ("th", True): ("แขวง", "เขต", ""),
    ("th", False): ("ตำบล", "อำเภอ", "จังหวัด"),
    ("en", True): ("Khwaeng", "Khet", ""),
    ("en", False): ("Tambon", "Amphoe", ""),
}


@dataclass(frozen=True)
class Area:
    """One province, district or subdistrict, as the address form and endpoints show it."""

    code: str
    name_th: str
    name_en: str
    #: Postcodes (subdistricts only; most have one, a few have two or three).
    postcodes: tuple[str, ...] = ()

    def name(self, language: str = "th") -> str:
        return self.name_en if (language or "").startswith("en") else self.name_th


def _language(language: str | None) -> str:
    return "en" if (language or "").startswith("en") else "th"


def _bare_district_name(name_th: str) -> str:
    """geothai writes Bangkok's districts with the word เขต in the name: keep the name."""
    return name_th.removeprefix("เขต") if name_th.startswith("เขต") else name_th


def _sorted(areas, language: str) -> tuple[Area, ...]:
    """Areas in the order a reader of ``language`` looks for them: Thai dictionary order
    (PyThaiNLP's collation, which skips leading vowels) or English alphabetical."""
    if language == "en":
        return tuple(sorted(areas, key=lambda area: area.name_en.casefold()))
    from pythainlp.util import collate

    by_name = {area.name_th: area for area in areas}
    if len(by_name) != len(areas):  # two areas with one Thai name: keep both, by code
        return tuple(sorted(areas, key=lambda area: (area.name_th, area.code)))
    return tuple(by_name[name] for name in collate(list(by_name)))


@lru_cache(maxsize=4)
def provinces(language: str = "th") -> tuple[Area, ...]:
    """All 77 provinces, in name order for ``language``."""
    areas = [Area(p.code, p.name_th, p.name_en) for p in geothai.provinces()]
    return _sorted(areas, _language(language))


@lru_cache(maxsize=256)
def districts(province_code: str, language: str = "th") -> tuple[Area, ...]:
    """The districts of one province (empty for an unknown code), in name order."""
    areas = [
        Area(d.code, _bare_district_name(d.name_th), d.name_en)
        for d in geothai.districts(province_code or "")
    ]
    return _sorted(areas, _language(language))


@lru_cache(maxsize=2048)
def subdistricts(district_code: str, language: str = "th") -> tuple[Area, ...]:
    """The subdistricts of one district (empty for an unknown code), in name order."""
    areas = [
        Area(s.code, s.name_th, s.name_en, tuple(s.postal_codes))
        for s in geothai.subdistricts(district_code or "")
    ]
    return _sorted(areas, _language(language))


def province(code: str) -> Area | None:
    found = geothai.province(code or "")
    return Area(found.code, found.name_th, found.name_en) if found else None


def district(code: str) -> Area | None:
    found = geothai.district(code or "")
    if found is None:
        return None
    return Area(found.code, _bare_district_name(found.name_th), found.name_en)


def subdistrict(code: str) -> Area | None:
    found = geothai.subdistrict(code or "")
    if found is None:
        return None
    return Area(found.code, found.name_th, found.name_en, tuple(found.postal_codes))


def postcodes(subdistrict_code: str) -> tuple[str, ...]:
    """The postcodes of a subdistrict (usually one)."""
    found = subdistrict(subdistrict_code)
    return found.postcodes if found else ()


def postcode_of(subdistrict_code: str) -> str:
    """The postcode to fill in for a subdistrict: "" when it has none or several."""
    codes = postcodes(subdistrict_code)
    return codes[0] if len(codes) == 1 else ""


@dataclass(frozen=True)
class Candidate:
    """One subdistrict a typed postcode may mean, with its district and province."""

    province: Area
    district: Area
    subdistrict: Area


@lru_cache(maxsize=1024)
def candidates(postcode: str) -> tuple[Candidate, ...]:
    """Every subdistrict a postcode covers (one postcode may span several subdistricts,
    districts and even provinces), ordered by DOPA code."""
    found = geothai.by_postal_code((postcode or "").strip())
    return tuple(
        Candidate(province(s.province_code), district(s.district_code), subdistrict(s.code))
        for s in sorted(found, key=lambda s: s.code)
    )


def is_bangkok(province_code: str) -> bool:
    return province_code == BANGKOK


def words(province_code: str, language: str = "th") -> dict[str, str]:
    """The words for this province's levels: แขวง/เขต (Khwaeng/Khet) in Bangkok,
    ตำบล/อำเภอ/จังหวัด (Tambon/Amphoe) elsewhere."""
    subdistrict_word, district_word, province_word = _WORDS[
        (_language(language), is_bangkok(province_code))
    ]
    return {"subdistrict": subdistrict_word, "district": district_word, "province": province_word}


def _with_word(word: str, name: str, language: str) -> str:
    if not word:
        return name
    return f"{word}{name}" if language == "th" else f"{word} {name}"


def area_lines(subdistrict_code: str, language: str = "th") -> tuple[str, str, str] | None:
    """(subdistrict, district, province) with their words, e.g. ("แขวงคลองเตยเหนือ",
    "เขตวัฒนา", "กรุงเทพมหานคร") or ("Tambon Ko Tao", "Amphoe Ko Pha-ngan", "Surat
    Thani"); None for an unknown code."""
    language = _language(language)
    found = geothai.subdistrict(subdistrict_code or "")
    if found is None:
        return None
    chosen = (subdistrict(found.code), district(found.district_code), province(found.province_code))
    levels = words(found.province_code, language)
    return (
        _with_word(levels["subdistrict"], chosen[0].name(language), language),
        _with_word(levels["district"], chosen[1].name(language), language),
        _with_word(levels["province"], chosen[2].name(language), language),
    )


def named(level: str, code: str, language: str = "th") -> str:
    """One area's name with its word, as messages and labels write it: "เขตวัฒนา",
    "Amphoe Ko Pha-ngan", "จังหวัดสุราษฎร์ธานี", "Bangkok" ("" for an unknown code)."""
    language = _language(language)
    area = {"province": province, "district": district, "subdistrict": subdistrict}[level](code)
    if area is None:
        return ""
    return _with_word(words(code[:2], language)[level], area.name(language), language)
