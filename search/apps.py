"""The search app: Oscar's search fork (label ``search``), our backends and indexing."""

import oscar.apps.search.apps as apps
from django.urls import path


class SearchConfig(apps.SearchConfig):
    name = "search"

    def ready(self):
        super().ready()
        from search import labels, receivers
        from search.views import SuggestView

        self.suggest_view = SuggestView
        receivers.connect()
        labels.connect()

    def get_urls(self):
        """Oscar's search page plus the header box's autocomplete (``suggest/?q=``)."""
        urls = super().get_urls()
        urls.append(path("suggest/", self.suggest_view.as_view(), name="suggest"))
        return urls
