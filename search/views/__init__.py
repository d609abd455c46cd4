"""Views Oscar finds through ``get_class("search.views", ...)``.

``catalogue.views`` imports ``CatalogueView`` and ``ProductCategoryView`` from
here, and Oscar's search app config looks up ``FacetedSearchView``.
"""

from search.views.catalogue import CatalogueView, ProductCategoryView
from search.views.search import FacetedSearchView
from search.views.suggest import SuggestView

__all__ = ["CatalogueView", "FacetedSearchView", "ProductCategoryView", "SuggestView"]
