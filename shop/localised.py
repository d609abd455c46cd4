"""Thai/English field pairs: the plain field holds Thai, ``<field>_en`` holds English."""

from django.utils import translation


def localised(obj, field):
    """Return ``obj.<field>_en`` on English pages when it is filled in, else ``obj.<field>``."""
    if translation.get_language() == "en":
        value = getattr(obj, f"{field}_en", "")
        if value:
            return value
    return getattr(obj, field, "")
