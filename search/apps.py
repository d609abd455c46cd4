"""The search app: Oscar's search fork (label ``search``), our backends and indexing."""

import oscar.apps.search.apps as apps


class SearchConfig(apps.SearchConfig):
    name = "search"

    def ready(self):
        super().ready()
        from search import receivers

        receivers.connect()
