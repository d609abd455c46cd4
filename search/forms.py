"""Search and browse forms (replace Oscar's haystack forms under the same names).

Oscar's ``search_form`` context processor builds :class:`SearchForm` from
``request.GET`` on every page for the header search box, so it must stay a
cheap, unbound-safe form without database queries.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from search.backends.base import SearchQuery


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

    def search_query(self, category_ids=(), offset=0, limit=20) -> SearchQuery:
        """The backend query this form describes."""
        return SearchQuery(
            text=self.query_text(),
            category_ids=category_ids,
            sort=self.sort(),
            offset=offset,
            limit=limit,
        )


class BrowseCategoryForm(SearchForm):
    """The catalogue browse form: an empty query lists every product."""


class CategoryForm(BrowseCategoryForm):
    """The category page form: an empty query lists the category's products."""
