from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """Wagtail pages: home, villages (and later stories, collections, standard pages)."""

    name = "cms"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.AutoField"
