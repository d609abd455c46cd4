"""Template helpers for Thai/English pages: localised fields, the language switcher,
Buddhist-era dates and sanitised seller HTML.

Load with ``{% load shop_tags %}``.
"""

import datetime

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import formats, timezone, translation
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

from shop.localised import localised as _localised
from shop.sanitise import clean_seller_html, looks_like_html

register = template.Library()

#: พ.ศ. (Buddhist era) = ค.ศ. (Common era) + 543.
BUDDHIST_ERA_OFFSET = 543
#: OTOP Product Champion ratings go from one to five stars.
OTOP_MAX_STARS = 5

THAI_MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
THAI_MONTHS_LONG = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip



@register.filter
def localised(obj, field):
    """``{{ village|localised:"known_for" }}``: the English ``<field>_en`` on English
    pages when it is filled in, else the Thai ``<field>``."""
    if obj is None:
        return ""
    return _localised(obj, field)


def _home_url(language):
    with translation.override(language):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def translated_url(context, language):
    """The current page's URL in ``language`` (query string kept).

    ``{% translated_url "en" %}`` on ``/shop/catalogue/`` gives ``/en/shop/catalogue/``.
    A path that cannot be translated (a 404 page, say) leads to that language's home page.
    """
    request = context.get("request")
    if request is None:
        return _home_url(language)
    current = request.get_full_path()
    url = translate_url(current, language)
    if url == current and language != translation.get_language():
        return _home_url(language)
    return url


@register.simple_tag
def home_url():
    """The Wagtail home page in the active language: ``/`` (Thai) or ``/en/``."""
    return _home_url(translation.get_language())


@register.simple_tag(takes_context=True)
def other_languages(context):
    """``{% other_languages as languages %}``: every language but the active one, each a
    dict with ``code``, ``name_local``, ``url`` (this page in that language) and ``next``
    (what to post to Django's ``set_language`` view to land on ``url``).

    ``next`` is this page's *default-language* (Thai) URL, not ``url``: ``set_language``
    runs unprefixed, so in Thai, and translates ``next`` itself. Given ``/en/...`` it would
    resolve it as a Wagtail page path ``en/...`` (the catch-all) and send the buyer to
    ``/en/en/...``; given the Thai URL it translates correctly to every language.
    """
    current = translation.get_language()
    next_url = translated_url(context, settings.LANGUAGE_CODE)
    languages = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        info = translation.get_language_info(code)
        languages.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": translated_url(context, code),
                "next": next_url,
            }
        )
    return languages


@register.simple_tag
def product_enterprise(product):
    """``{% product_enterprise product as enterprise %}``: the community enterprise
    making ``product``; a variant without one of its own takes its parent's."""
    if product is None:
        return None
    if product.enterprise_id:
        return product.enterprise
    if product.parent_id and product.parent.enterprise_id:
        return product.parent.enterprise
    return None


@register.simple_tag
def product_tiles(products):
    """``{% product_tiles products as tiles %}``: the same products reloaded with what a
    product tile reads (stock, enterprise, images, variants) in a fixed number of
    queries, for lists Oscar loads one by one (recently viewed products)."""
    from search.views.base import load_products

    return load_products([product.pk for product in products])


@register.filter
def stars(level):
    """``{{ 3|stars }}``: ``★★★☆☆`` for an OTOP star level out of five."""
    try:
        level = max(0, min(int(level), OTOP_MAX_STARS))
    except (TypeError, ValueError):
        return ""
    return "★" * level + "☆" * (OTOP_MAX_STARS - level)


@register.filter(expects_localtime=True)
def buddhist_date(value, style="short"):
    """A date for the reader: ``26 พ.ย. 2569`` on Thai pages (Buddhist era),
    ``26 Nov 2026`` on English ones. ``{{ d|buddhist_date:"long" }}`` spells the month."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        value = value.date()
    if not isinstance(value, datetime.date):
        return ""
    long = style == "long"
    if translation.get_language() == "th":
        months = THAI_MONTHS_LONG if long else THAI_MONTHS_SHORT
        return f"{value.day} {months[value.month - 1]} {value.year + BUDDHIST_ERA_OFFSET}"
    return formats.date_format(value, "j F Y" if long else "j M Y")


@register.filter
def sanitise_html(value):
    """Seller-provided text made safe to show: HTML is cleaned to a small allowlist;
    plain text keeps its paragraphs and line breaks."""
    if not value:
        return ""
    text = str(value).strip()
    if not looks_like_html(text):
        return mark_safe(linebreaks(text, autoescape=True))  # noqa: S308 - escaped
    cleaned = clean_seller_html(text)
    return mark_safe(cleaned)  # noqa: S308 - cleaned by nh3 above
