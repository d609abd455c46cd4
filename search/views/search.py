"""The search results page (``/shop/search/?q=...``)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from oscar.apps.search.signals import user_search

from search.forms import SearchForm
from search.views.base import SearchListView


class FacetedSearchView(SearchListView):
    """Products matching the words typed; Oscar's search app looks this name up.

    An empty query shows no results rather than the whole catalogue.
    """

    form_class = SearchForm
    template_name = "oscar/search/results.html"
    context_object_name = "results"
    show_category_tree = False

    def dispatch(self, request, *args, **kwargs):
        # Let analytics and other apps hook in, as Oscar's view does.
        user_search.send(
            sender=self,
            session=request.session,
            user=request.user,
            query=request.GET.get("q", ""),
        )
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # An invalid page number: back to the first page of the same search.
            messages.error(request, _("The given page number was invalid."))
            params = {key: value for key, value in request.GET.items() if key != self.page_kwarg}
            return redirect(f"{request.path}?{urlencode(params)}")

    def has_query(self) -> bool:
        return bool(self.form.query_text())
