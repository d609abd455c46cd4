"""Search and browse forms (replace Oscar's haystack forms under the same names).

Oscar's ``search_form`` context processor builds :class:`SearchForm` from
``request.GET`` on every page for the header search box, so it must stay a
cheap, unbound-safe form without database queries.

Facet choices travel in the query string under the facet's own name, one
parameter per chosen value (``?q=ผ้า&region=north&region=northeast&price=200-500``),
so a filtered page is a plain link that can be shared and bookmarked.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from search.backends.base import FACETS, PRICE_RANGES, SearchQuery

#: Facets whose values are database ids (anything else in the URL is ignored).
ID_FACETS = ("category", "village", "enterprise")
#: At most this many values of one facet are read from a URL (a hand-made URL
#: with thousands would only make a slow query).
MAX_VALUES = 30


class SearchInput(forms.TextInput):
    """An HTML5 search box."""

    input_type = "search"


class SearchForm(forms.Form):
    """Words to look for and the order of the results."""

    RELEVANCE = "relevance"
    NEWEST = "newest"
    PRICE_LOW_TO_HIGH = "price-asc"
    PRICE_HIGH_TO_LOW = "price-desc"
    SORT_BY_CHOICES = [
        (RELEVANCE, _("Relevance")),
        (NEWEST, _("Newest")),
        (PRICE_LOW_TO_HIGH, _("Price low to high")),
        (PRICE_HIGH_TO_LOW, _("Price high to low")),
    ]

    # tabindex 1: a tab from anywhere on the page lands in the search box (as in Oscar).
    q = forms.CharField(
        required=False,
        max_length=200,
        label=_("Search"),
        widget=SearchInput({"placeholder": _("Search"), "tabindex": "1", "class": "form-control"}),
    )
    sort_by = forms.ChoiceField(
        label=_("Sort by"), choices=SORT_BY_CHOICES, required=False, widget=forms.Select()
    )

    def query_text(self) -> str:
        """The words typed, or "" when the form is invalid."""
        return self.cleaned_data.get("q", "").strip() if self.is_valid() else ""

    def sort(self) -> str:
        """A sort :class:`~search.backends.base.SearchQuery` accepts (relevance by default)."""
        value = self.cleaned_data.get("sort_by") if self.is_valid() else ""
        return value or self.RELEVANCE

    def filters(self) -> dict[str, list[str]]:
        """Facet choices from the query string: {facet: values}, malformed values dropped."""
        chosen = {}
        for facet in FACETS:
            values = [value.strip() for value in self.data.getlist(facet)] if self.data else []
            kept = list(dict.fromkeys(v for v in values if valid_value(facet, v)))[:MAX_VALUES]
            if kept:
                chosen[facet] = kept
        return chosen

    def search_query(
        self, category_ids=(), offset=0, limit=20, facets=False, filters=None
    ) -> SearchQuery:
        """The backend query this form describes."""
        return SearchQuery(
            text=self.query_text(),
            category_ids=category_ids,
            sort=self.sort(),
            offset=offset,
            limit=limit,
            filters=self.filters() if filters is None else filters,
            facets=facets,
        )


def valid_value(facet: str, value: str) -> bool:
    """Whether ``value`` can be a value of ``facet`` (the backend is never sent junk)."""
    if not value or len(value) > 40:
        return False
    if facet in ID_FACETS:
        return value.isascii() and value.isdigit()
    if facet in ("civ", "in_stock"):
        return value in ("0", "1")
    if facet == "price":
        return value in PRICE_RANGES
    if facet == "province":
        return value.isascii() and value.isdigit() and len(value) == 2
    return value.isascii() and value.replace("_", "").replace("-", "").isalnum()


class BrowseCategoryForm(SearchForm):
    """The catalogue browse form: an empty query lists every product."""


class CategoryForm(BrowseCategoryForm):
    """The category page form: an empty query lists the category's products."""
