"""What the catalogue, category and search pages share: ask a backend, load one page.

The backend returns the ids of one page in rank order and the total; the
products of that page are then loaded with one batched queryset (prefetches
included) and put back in rank order. Django's paginator gets a
:class:`ResultWindow` that knows the total but holds only this page, so a page
costs two backend queries plus a fixed number of product queries however big
the catalogue is.

When the configured engine is unreachable the page is answered by the
database backend, and the failure goes to the log rather than to the buyer.
"""

from __future__ import annotations

import logging
import math

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.views.generic import ListView
from oscar.core.loading import get_model

from search.backends import FALLBACK, SearchUnavailable, get_backend
from search.backends.base import SearchQuery, SearchResults
from search.forms import SearchForm
from search.indexing import load_catalogue_words
from search.views.categories import annotated_tree, menu_categories

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def listing_queryset():
    """Products ready to render as tiles: 3 queries for a page, 5 when it holds parents.

    Oscar's ``base_queryset()`` keeps its product class join and its "has
    options" annotations (the tile's basket form needs no option rows then),
    but its prefetches are replaced: stock records come with their enterprise
    and village joined, and Django refuses a second, different prefetch of a
    relation already prefetched. Variants are fetched by :func:`load_products`
    for parent products only.
    """
    stockrecords = StockRecord.objects.select_related("partner__village")
    return (
        Product.objects.base_queryset()
        .prefetch_related(None)
        .prefetch_related(Prefetch("stockrecords", queryset=stockrecords), "images")
    )


def load_products(ids: list[int]) -> list:
    """The browsable products with these ids, in the same order (stale ids dropped)."""
    if not ids:
        return []
    by_id = {product.pk: product for product in listing_queryset().browsable().filter(pk__in=ids)}
    products = [by_id[pk] for pk in ids if pk in by_id]
    parents = [product for product in products if product.is_parent]
    if parents:
        # What Oscar's strategy reads for a parent's price: its public variants' stock.
        children = Product.objects.public().prefetch_related("stockrecords")
        prefetch_related_objects(
            parents,
            Prefetch("children", queryset=children, to_attr="_prefetched_public_children"),
        )
    return products


def run_search(query: SearchQuery) -> SearchResults:
    """Ask the configured backend; if it is unreachable, ask the database backend.

    The first search of a process loads the catalogue's names into the Thai
    segmenter, so queries are cut into words as the index was.
    """
    if query.has_text:
        load_catalogue_words()
    backend = get_backend()
    try:
        return backend.search(query)
    except SearchUnavailable as exc:
        if backend.name == FALLBACK:
            raise
        logger.warning(
            "search backend %s unavailable, answering from %s: %s", backend.name, FALLBACK, exc
        )
        return get_backend(FALLBACK).search(query)


class ResultWindow:
    """One page of products standing in for the whole result list in a Paginator."""

    def __init__(self, total: int, offset: int, products: list):
        self.total = total
        self.offset = offset
        self.products = products

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key):
        if isinstance(key, slice) and (key.start or 0) == self.offset:
            return self.products
        raise IndexError("only the page that was searched for is loaded")


class SearchListView(ListView):
    """A product list page answered by the search backend, paginated and sortable."""

    form_class = SearchForm
    paginate_by = settings.OSCAR_PRODUCTS_PER_PAGE
    context_object_name = "products"
    #: Whether the page shows the category tree in its side column.
    show_category_tree = True

    def get(self, request, *args, **kwargs):
        self.form = self.get_form()
        return super().get(request, *args, **kwargs)

    def get_form(self):
        return self.form_class(self.request.GET)

    def get_queryset(self):
        """Pages are built by :meth:`paginate_queryset`; there is no queryset to list."""
        return []

    def get_category_ids(self) -> list[int]:
        return []

    def has_query(self) -> bool:
        """Whether to ask the backend at all (the search page needs words)."""
        return True

    def build_query(self, offset: int, limit: int) -> SearchQuery:
        return self.form.search_query(
            category_ids=self.get_category_ids(), offset=offset, limit=limit
        )

    def paginate_queryset(self, queryset, page_size):
        number = self._page_number(page_size)
        offset = (number - 1) * page_size
        if self.has_query():
            self.results = run_search(self.build_query(offset, page_size))
        else:
            self.results = SearchResults()
        products = load_products(self.results.ids)
        paginator = Paginator(ResultWindow(self.results.total, offset, products), page_size)
        try:
            page = paginator.page(number)
        except InvalidPage as exc:
            raise Http404(str(exc)) from exc
        return paginator, page, page.object_list, page.has_other_pages()

    def _page_number(self, page_size: int) -> int:
        value = self.request.GET.get(self.page_kwarg) or self.kwargs.get(self.page_kwarg) or 1
        if value == "last":
            total = run_search(self.build_query(0, 0)).total if self.has_query() else 0
            return max(1, math.ceil(total / page_size))
        try:
            number = int(value)
        except (TypeError, ValueError) as exc:
            raise Http404("page is not a number") from exc
        if number < 1:
            raise Http404("page is less than 1")
        return number

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["query"] = self.form.query_text()
        context["page"] = context["page_obj"]
        context["search_backend"] = self.results.backend
        if self.show_category_tree:
            context["tree_categories"] = annotated_tree(self.menu_categories)
        return context

    @property
    def menu_categories(self) -> list:
        """Categories of the side column (loaded once per request)."""
        if not hasattr(self, "_menu_categories"):
            self._menu_categories = menu_categories()
        return self._menu_categories
