"""Catalogue browse and category pages, answered by the search backend.

They replace Oscar's haystack views of the same names and keep their
behaviour: an invalid page number redirects to the first page with a message;
a category is fetched by primary key, redirected to its canonical URL when the
slug changed, and hidden (404) when not public except from staff.
"""

from urllib.parse import unquote

from django.contrib import messages
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from search.forms import BrowseCategoryForm, CategoryForm
from search.views.base import SearchListView
from search.views.categories import ancestors_from

Category = get_model("catalogue", "Category")


class CatalogueView(SearchListView):
    """Every browsable product, newest first unless another order is chosen."""

    form_class = BrowseCategoryForm
    template_name = "oscar/catalogue/browse.html"
    enforce_paths = True

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            messages.error(request, _("The given page number was invalid."))
            return redirect("catalogue:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = _("All products")
        return context


class ProductCategoryView(SearchListView):
    """The products of one category and of all categories below it."""

    form_class = CategoryForm
    template_name = "oscar/catalogue/category.html"
    enforce_paths = True

    def get(self, request, *args, **kwargs):
        self.category = self.get_category()
        if not self.is_viewable(self.category, request):
            raise Http404()
        potential_redirect = self.redirect_if_necessary(request.path, self.category)
        if potential_redirect is not None:
            return potential_redirect
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            messages.error(request, _("The given page number was invalid."))
            return redirect(self.category.get_absolute_url())

    def get_category(self):
        return get_object_or_404(Category, pk=self.kwargs["pk"])

    def is_viewable(self, category, request):
        return category.is_public or request.user.is_staff

    def redirect_if_necessary(self, current_path, category):
        if self.enforce_paths:
            # Categories are fetched by primary key so slugs may change; redirect old ones.
            expected_path = category.get_absolute_url()
            if unquote(expected_path) != unquote(current_path):
                return HttpResponsePermanentRedirect(expected_path)
        return None

    def get_category_ids(self):
        # Documents list every ancestor of their categories, so the category's id
        # alone selects its products and its descendants' products.
        return [self.category.pk]

    def category_option_shown(self, value, chosen, labeler):
        """The category facet of a category page lists its children (and theirs once
        chosen): the page already narrows to this category, so its siblings and the
        top level would only offer a way out (the side column's tree does that)."""
        row = labeler.category(value)
        if row is None:
            return False
        return row["parent"] == str(self.category.pk) or row["parent"] in chosen

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["category_ancestors"] = ancestors_from(self.menu_categories, self.category)
        return context
