import oscar.apps.catalogue.apps as apps


class CatalogueConfig(apps.CatalogueConfig):
    name = 'catalogue'

    def ready(self):
        # Oscar's ready() imports oscar.apps.catalogue.receivers (a relative import
        # inside Oscar's package); ours are a separate module, connected here.
        super().ready()
        from catalogue import receivers

        receivers.connect()

    def get_urls(self):
        """Oscar's catalogue URLs plus a community enterprise's page."""
        from django.urls import path
        from oscar.core.loading import get_class

        enterprise_view = get_class("catalogue.views", "EnterpriseDetailView")
        return super().get_urls() + self.post_process_urls(
            [path("enterprises/<slug:code>/", enterprise_view.as_view(), name="enterprise")]
        )
