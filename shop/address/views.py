"""JSON look-ups for the address cascade (province → district → subdistrict, postcode).

The answers come from ``geothai`` in memory: no database query, the same answer for
every buyer, so they are cacheable by browsers and proxies for a day. Names are in
the active language (the URL's language prefix); both names are always included.
A code that names no area answers 400 with a readable message (not 404: the flatpage
and Wagtail redirect middlewares would query the database for every 404).
"""

from __future__ import annotations

import re

from django.db import transaction
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from shop.address import thai

#: Seconds browsers and shared caches may keep an answer (the data changes only
#: when the geothai package is upgraded).
MAX_AGE = 24 * 60 * 60


def _language() -> str:
    return "en" if (get_language() or "").startswith("en") else "th"


def _answer(payload: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})
    if status == 200:
        patch_cache_control(response, public=True, max_age=MAX_AGE)
    else:
        patch_cache_control(response, no_cache=True)
    response["Content-Language"] = _language()
    return response


def _area(area: thai.Area, language: str) -> dict:
    item = {
        "code": area.code,
        "name": area.name(language),
        "name_th": area.name_th,
        "name_en": area.name_en,
    }
    if area.postcodes:
        item["postcodes"] = list(area.postcodes)
    return item


def _labels(province_code: str, language: str) -> dict:
    words = thai.words(province_code, language)
    return {"district": words["district"], "subdistrict": words["subdistrict"]}


@transaction.non_atomic_requests
@require_GET
def provinces(request):
    language = _language()
    return _answer({"provinces": [_area(p, language) for p in thai.provinces(language)]})


@transaction.non_atomic_requests
@require_GET
def districts(request):
    code = request.GET.get("province", "")
    language = _language()
    if thai.province(code) is None:
        return _answer({"error": _("Choose a province from the list.")}, status=400)
    return _answer(
        {
            "province": code,
            "bangkok": thai.is_bangkok(code),
            "words": _labels(code, language),
            "districts": [_area(d, language) for d in thai.districts(code, language)],
        }
    )


@transaction.non_atomic_requests
@require_GET
def subdistricts(request):
    code = request.GET.get("district", "")
    language = _language()
    if thai.district(code) is None:
        return _answer({"error": _("Choose a district from the list.")}, status=400)
    return _answer(
        {
            "district": code,
            "province": code[:2],
            "words": _labels(code[:2], language),
            "subdistricts": [_area(s, language) for s in thai.subdistricts(code, language)],
        }
    )


@transaction.non_atomic_requests
@require_GET
def postcode(request, code):
    language = _language()
    if not re.fullmatch(r"\d{5}", code):
        return _answer({"error": _("A Thai postcode has 5 digits, e.g. 10200.")}, status=400)
    found = thai.candidates(code)
    if not found:
        return _answer(
            {"error": _("No Thai area has the postcode %(postcode)s.") % {"postcode": code}},
            status=400,
        )
    return _answer(
        {
            "postcode": code,
            "candidates": [
                {
                    "province": _area(c.province, language),
                    "district": _area(c.district, language),
                    "subdistrict": _area(c.subdistrict, language),
                }
                for c in found
            ],
        }
    )
