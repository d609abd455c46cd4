"""Template helpers for Wagtail pages shown in either language.

``{% load cms_tags %}``: links across the Thai and English page trees, the content
pages of the menu and footer, CIV years in the reader's era, coordinates with links to
map sites, and a village's brand colour.
"""

import re
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from django import template
from django.utils import translation
from django.utils.html import format_html

from cms import navigation
from cms.translation import active_locale_id, in_active_language

register = template.Library()

#: พ.ศ. (Buddhist era) = ค.ศ. (Common era) + 543; the same rule as ``buddhist_date``.
BUDDHIST_ERA_OFFSET = 543
#: A brand colour as the page model validates it; checked again before it reaches CSS.
HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
#: Zoom level of the map sites the location links open.
MAP_ZOOM = 14


@register.filter(name="in_active_language")
def in_active_language_filter(page):
    """``{{ village|in_active_language }}``: the reader's-language version of a page (its
    live translation or English alias), else the page itself. Use it for every link to
    a page that may belong to the other language's tree: ``{% with v=village|in_active_language %}
    <a href="{% pageurl v %}">``.

    Remembered on the page object, so a page that shows the same village twice (a
    product's maker and its provenance) looks it up once."""
    if page is None:
        return None
    memo = page.__dict__.setdefault("_cms_in_language", {})
    wanted = active_locale_id()
    if wanted not in memo:
        memo[wanted] = in_active_language(page)
    return memo[wanted]


@register.simple_tag
def pages_in_active_language(pages):
    """``{% pages_in_active_language story_villages as villages %}``: like the
    ``in_active_language`` filter for a whole list, in one query."""
    from cms.sections import in_locale

    return in_locale(list(pages), active_locale_id())


@register.simple_tag(takes_context=True)
def site_links(context):
    """``{% site_links as cms_links %}``: the OTOP categories, the village, story and
    collection indexes and the standard pages (about, shipping…) of the reader's
    language, for the menu, the footer and breadcrumbs. Cached (see ``cms.navigation``),
    so it costs no query; read once per request however many templates ask."""
    language = translation.get_language()
    request = context.get("request")
    memo = getattr(request, "_cms_site_links", None) if request is not None else None
    if memo is not None and memo[0] == language:
        return memo[1]
    links = navigation.site_links(language)
    if request is not None:
        request._cms_site_links = (language, links)
    return links


@register.filter
def reader_year(year):
    """``{{ page.civ_year|reader_year }}``: ``พ.ศ. 2560`` on Thai pages, ``2017`` on English
    ones, for a year stored in the Common era."""
    if not year:
        return ""
    try:
        year = int(year)
    except (TypeError, ValueError):
        return ""
    if translation.get_language() == "th":
        return f"พ.ศ. {year + BUDDHIST_ERA_OFFSET}"
    return str(year)


def _decimal(value):
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _plain(number: Decimal) -> str:
    """``17.423100`` → ``17.4231``: enough digits for a map link, no trailing zeros."""
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


@register.simple_tag
def map_place(latitude, longitude):
    """``{% map_place lat lng as place %}``: how to show a point and where to look at it.

    ``place.label`` reads ``17.4231° N, 99.8085° E``; ``place.osm_url`` and
    ``place.google_url`` open it on OpenStreetMap and Google Maps. Nothing is loaded
    from those sites until the reader follows a link. None for missing or impossible
    coordinates.
    """
    lat, lng = _decimal(latitude), _decimal(longitude)
    if lat is None or lng is None or not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    # Compass letters as map sites and GPS devices print them, in either language.
    north_south = "N" if lat >= 0 else "S"
    east_west = "E" if lng >= 0 else "W"
    label = f"{abs(lat):.4f}° {north_south}, {abs(lng):.4f}° {east_west}"
    lat_text, lng_text = _plain(lat), _plain(lng)
    osm_query = urlencode({"mlat": lat_text, "mlon": lng_text})
    return {
        "label": label,
        "latitude": lat_text,
        "longitude": lng_text,
        "osm_url": (
            f"https://www.openstreetmap.org/?{osm_query}#map={MAP_ZOOM}/{lat_text}/{lng_text}"
        ),
        "google_url": "https://www.google.com/maps/search/?"
        + urlencode({"api": "1", "query": f"{lat_text},{lng_text}"}),
    }


@register.simple_tag
def brand_style(colour):
    """``<div {% brand_style page.brand_colour %}>``: a ``style`` attribute setting the
    ``--village-brand`` CSS property, only for a ``#RRGGBB`` colour; nothing otherwise."""
    if not isinstance(colour, str) or not HEX_COLOUR.fullmatch(colour):
        return ""
    return format_html('style="--village-brand: {}"', colour.lower())
