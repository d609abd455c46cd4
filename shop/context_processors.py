from django.conf import settings


def shop(request):
    """Values every page template needs (language switcher, theme)."""
    return {
        "SHOP_LANGUAGES": settings.LANGUAGES,
        "SHOP_THEME": settings.SHOP_THEME,
    }
