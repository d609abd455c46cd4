"""Admin choosers: DIP curators pick catalogue products for collections by name or code."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ProductFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Thai or English title, UPC")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(
                Q(title__icontains=query) | Q(title_en__icontains=query) | Q(upc__iexact=query)
            )
        return objects


class ProductChooserMixin:
    filter_form_class = ProductFilterForm
    ordering = ["title", "pk"]

    def get_object_list(self):
        Product = get_model("catalogue", "Product")
        return Product.objects.browsable().select_related("enterprise")

    @property
    def columns(self):
        return super().columns + [
            Column("enterprise", label=_("Community enterprise"), accessor="enterprise"),
        ]


class ProductChooseView(ProductChooserMixin, ChooseView):
    pass


class ProductChooseResultsView(ProductChooserMixin, ChooseResultsView):
    pass


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    edit_item_text = _("Edit product")
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
    per_page = 20


product_chooser_viewset = ProductChooserViewSet("product_chooser")
