"""{% postal_lines address as lines %}: an address's lines in Thai postal order, in the
page's language (Thai words on Thai pages, Khwaeng/Khet/Tambon/Amphoe on English ones)."""

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def postal_lines(address) -> list[str]:
    if address is None:
        return []
    if hasattr(address, "postal_lines") and getattr(address, "subdistrict_code", ""):
        return address.postal_lines(get_language() or "th")
    return list(address.active_address_fields())
