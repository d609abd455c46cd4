from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """Wagtail pages: home, villages, stories, collections and standard pages."""

    name = "cms"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.AutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale
        from wagtail.signals import page_published

        from cms import navigation, page_search, translation

        page_published.connect(translation.on_page_published, dispatch_uid="cms.translations")
        post_save.connect(translation.forget_locales, sender=Locale, dispatch_uid="cms.locale+")
        post_delete.connect(translation.forget_locales, sender=Locale, dispatch_uid="cms.locale-")
        page_search.connect_signals()
        navigation.connect_signals()
