"""What the catalogue, category and search pages share: ask a backend, load one page.

The backend returns the ids of one page in rank order and the total; the
products of that page are then loaded with one batched queryset (prefetches
included) and put back in rank order. Django's paginator gets a
:class:`ResultWindow` that knows the total but holds only this page, so a page
costs two backend queries plus a fixed number of product queries however big
the catalogue is.

When the configured engine is unreachable the page is answered by the
database backend, and the failure goes to the log rather than to the buyer.

The first page search also asks for facet counts (one more backend query on
the database backend); the side column labels them from
:mod:`search.labels`, cached, so they cost no query when warm. A search that
finds nothing is never a dead end: a did-you-mean link, a "clear filters"
link, and popular products (today's featured collections, else the most
boosted products in stock) are shown instead.
"""

from __future__ import annotations

import logging
import math
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.views.generic import ListView
from oscar.core.loading import get_model

from search.backends import FALLBACK, SearchUnavailable, get_backend
from search.backends.base import FACETS, SearchQuery, SearchResults, Suggestion
from search.forms import SearchForm
from search.indexing import load_catalogue_words
from search.labels import FACET_TITLES, FacetLabeler
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


def run_suggest(prefix: str, limit: int = 8) -> list[Suggestion]:
    """Autocomplete from the configured backend, or from the database when it is down."""
    backend = get_backend()
    try:
        return backend.suggest(prefix, limit)
    except SearchUnavailable as exc:
        if backend.name == FALLBACK:
            raise
        logger.warning(
            "search backend %s unavailable, suggesting from %s: %s", backend.name, FALLBACK, exc
        )
        return get_backend(FALLBACK).suggest(prefix, limit)


#: How many products the "no results" page offers instead.
POPULAR_PRODUCTS = 8


def featured_product_ids(limit: int = POPULAR_PRODUCTS) -> list[int]:
    """Products of today's featured collections that can be bought, in curated order
    (one query)."""
    from cms.models import CollectionPage
    from cms.models.collections import CollectionProduct
    from cms.sections import available_products

    rows = (
        CollectionProduct.objects.filter(
            page__in=CollectionPage.objects.live().featured_now(),
            product__in=available_products(),
        )
        .order_by("page__path", "sort_order", "pk")
        .values_list("product_id", flat=True)[: limit * 4]
    )
    return list(dict.fromkeys(rows))[:limit]


def popular_products(limit: int = POPULAR_PRODUCTS) -> tuple[str, list]:
    """What to offer when a search finds nothing: ("featured" | "popular", products).

    Today's featured CIV collections first (DIP chose them); otherwise the
    backend's own browse order for products in stock: curator boost, then newest.
    """
    ids = featured_product_ids(limit)
    if ids:
        return "featured", load_products(ids)
    results = run_search(SearchQuery(filters={"in_stock": ["1"]}, limit=limit))
    return "popular", load_products(results.ids)


def query_string(params: dict[str, list[str]]) -> str:
    """"?a=1&a=2" for {"a": ["1", "2"]} (empty values dropped), or "?" for nothing."""
    pairs = [(key, value) for key, values in params.items() for value in values if value]
    return "?" + urlencode(pairs)


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
    #: Query string keys that are not facet choices and survive "clear filters".
    kept_params = ("q", "sort_by")

    def get(self, request, *args, **kwargs):
        self.form = self.get_form()
        return super().get(request, *args, **kwargs)

    def get_form(self):
        return self.form_class(self.request.GET)

    def get_paginate_by(self, queryset):
        """Read at request time, so a deployment (or a test) can change the page size."""
        return settings.OSCAR_PRODUCTS_PER_PAGE

    def get_queryset(self):
        """Pages are built by :meth:`paginate_queryset`; there is no queryset to list."""
        return []

    def get_category_ids(self) -> list[int]:
        return []

    def has_query(self) -> bool:
        """Whether to ask the backend at all (the search page needs words)."""
        return True

    def build_query(self, offset: int, limit: int, facets: bool = False) -> SearchQuery:
        return self.form.search_query(
            category_ids=self.get_category_ids(), offset=offset, limit=limit, facets=facets
        )

    def paginate_queryset(self, queryset, page_size):
        number = self._page_number(page_size)
        offset = (number - 1) * page_size
        if self.has_query():
            self.search_query = self.build_query(offset, page_size, facets=True)
            self.results = run_search(self.search_query)
        else:
            self.search_query = None
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
        context.update(self.facet_context())
        if not self.results.total:
            context.update(self.no_results_context())
        return context

    # -- facets ----------------------------------------------------------------

    def current_params(self) -> dict[str, list[str]]:
        """The query string as {key: values}, without the page number (a new
        choice starts again at page 1)."""
        return {
            key: self.request.GET.getlist(key)
            for key in self.request.GET
            if key != self.page_kwarg
        }

    def url_with(self, **changes) -> str:
        """The current URL (no page number) with some keys replaced (None removes)."""
        params = self.current_params()
        for key, values in changes.items():
            if values is None:
                params.pop(key, None)
            else:
                params[key] = list(values)
        return query_string(params)

    def chosen_filters(self) -> dict[str, tuple[str, ...]]:
        return dict(self.search_query.filters) if self.search_query is not None else {}

    def category_option_shown(self, value: str, chosen: tuple, labeler: FacetLabeler) -> bool:
        """Which categories the category facet lists: the top level and the
        children of chosen categories (search and browse pages). A category page
        overrides this to list its children."""
        row = labeler.category(value)
        if row is None:
            return False
        return row["depth"] == 1 or row["parent"] in chosen

    def facet_groups(self, labeler: FacetLabeler) -> list[dict]:
        """The side column's facets: a title, options with counts, links to toggle
        each option and to clear the facet. Facets with nothing to offer are left out."""
        counts = self.results.facets or {}
        chosen_all = self.chosen_filters()
        groups = []
        for facet in FACETS:
            chosen = chosen_all.get(facet, ())
            options = []
            for value, count in counts.get(facet, []):
                value = str(value)
                if facet == "category" and value not in chosen:
                    if not self.category_option_shown(value, chosen, labeler):
                        continue
                is_chosen = value in chosen
                values = [v for v in chosen if v != value] if is_chosen else [*chosen, value]
                options.append(
                    {
                        "value": value,
                        "label": labeler.label(facet, value),
                        "count": count,
                        "chosen": is_chosen,
                        "url": self.url_with(**{facet: values}),
                    }
                )
            if not options:
                continue
            groups.append(
                {
                    "name": facet,
                    "title": FACET_TITLES[facet],
                    "options": options,
                    "chosen": bool(chosen),
                    "clear_url": self.url_with(**{facet: None}),
                }
            )
        return groups

    def facet_context(self) -> dict:
        chosen_all = self.chosen_filters()
        labeler = FacetLabeler()
        chips = [
            {
                "facet": facet,
                "title": FACET_TITLES[facet],
                "label": labeler.label(facet, value),
                "url": self.url_with(**{facet: [v for v in values if v != value]}),
            }
            for facet, values in chosen_all.items()
            for value in values
        ]
        kept = {key: self.request.GET.getlist(key) for key in self.kept_params}
        hidden = [
            (key, value)
            for key, values in self.current_params().items()
            if key != "sort_by"
            for value in values
        ]
        return {
            "facet_groups": self.facet_groups(labeler),
            "chosen_filters": chips,
            "has_filters": bool(chips),
            "clear_filters_url": query_string(kept),
            "sort_hidden_params": hidden,
        }

    # -- no results ------------------------------------------------------------

    def no_results_context(self) -> dict:
        """Did-you-mean, "clear filters" and popular products for a page with nothing."""
        context = {}
        suggestion = self.results.suggestion if self.has_query() else ""
        if suggestion:
            context["suggestion"] = suggestion
            context["suggestion_url"] = self.url_with(q=[suggestion])
        kind, products = popular_products()
        context["popular_kind"] = kind
        context["popular_products"] = products
        return context

    @property
    def menu_categories(self) -> list:
        """Categories of the side column (loaded once per request)."""
        if not hasattr(self, "_menu_categories"):
            self._menu_categories = menu_categories()
        return self._menu_categories
