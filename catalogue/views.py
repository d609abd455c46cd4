"""Catalogue views: the product page with its provenance, and a community enterprise's page.

Buyers see only what :meth:`Product.is_visible_to_buyers` allows (public products of
approved enterprises); staff see everything, so they can check a page before approval.
Lists of product tiles are loaded with the search views' prefetches, so a page costs the
same few queries whatever the number of products.
"""

from django.core.paginator import InvalidPage, Paginator
from django.db import transaction
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.views.generic import ListView
from oscar.apps.catalogue.views import *  # noqa: F403
from oscar.apps.catalogue.views import ProductDetailView as CoreProductDetailView
from oscar.core.loading import get_model

from search.views.base import listing_queryset

Product = get_model("catalogue", "Product")
Certification = get_model("catalogue", "Certification")
Partner = get_model("partner", "Partner")

#: Product tiles on an enterprise's page and on a village page.
PRODUCTS_PER_PAGE = 20


def tile_queryset():
    """Browsable products with what a product tile reads: the search views' listing
    prefetches (stock with enterprise and village, images, "has options") plus the
    public variants and their stock that a parent's price comes from."""
    children = Product.objects.public().prefetch_related("stockrecords")
    return (
        listing_queryset()
        .browsable()
        .prefetch_related(
            Prefetch("children", queryset=children, to_attr="_prefetched_public_children")
        )
    )


def paginate_products(queryset, page_number, per_page=PRODUCTS_PER_PAGE, strict=False):
    """One page of ``queryset`` (from :func:`tile_queryset`): a count and the page's
    products with their prefetches, however many products there are.

    With ``strict`` an invalid page raises ``InvalidPage`` (ListView's rule, a 404);
    otherwise the nearest valid page is shown.
    """
    paginator = Paginator(queryset, per_page)
    page = paginator.page(page_number) if strict else paginator.get_page(page_number)
    page.object_list = list(page.object_list)
    return paginator, page


def buyer_can_see(product, user) -> bool:
    """A product page is shown to staff always, to buyers only when the product (for a
    variant: the variant and its parent) is visible to buyers."""
    if user.is_staff:
        return True
    if product.is_child:
        return bool(product.is_public) and product.parent.is_visible_to_buyers()
    return product.is_visible_to_buyers()


#: Read-only pages need no transaction around the request (ATOMIC_REQUESTS would add a
#: BEGIN and COMMIT, or two savepoints, to each view).
read_only = method_decorator(transaction.non_atomic_requests, name="dispatch")


@read_only
class ProductDetailView(CoreProductDetailView):
    """Oscar's product page, hidden from buyers unless the enterprise is approved, and
    loaded with its provenance (enterprise, village) and shown certifications at once."""

    def get_queryset(self):
        """Oscar's product queryset ("has options" annotations, product class) with the
        enterprise and village joined, and the shown certifications as ``badges``."""
        badges = Certification.objects.shown_to_buyers()
        return (
            Product.objects.base_queryset()
            .prefetch_related(None)
            .select_related(
                "enterprise__village", "parent__product_class", "parent__enterprise__village"
            )
            .prefetch_related(
                Prefetch("certifications", queryset=badges, to_attr="badges"),
                "images",
                "stockrecords",
                "parent__images",
            )
        )

    def get_object(self, queryset=None):
        if hasattr(self, "object"):
            return self.object
        product = super().get_object(queryset)
        if product.is_parent:
            # What the variants list and Oscar's parent pricing read: public variants
            # with their stock.
            children = Product.objects.public().prefetch_related("stockrecords")
            prefetch_related_objects(
                [product],
                Prefetch("children", queryset=children, to_attr="_prefetched_public_children"),
            )
        return product

    def is_viewable(self, product, request):
        return buyer_can_see(product, request.user)


@read_only
class EnterpriseDetailView(ListView):
    """A community enterprise: its story, logo, members, village and products."""

    template_name = "oscar/catalogue/enterprise_detail.html"
    context_object_name = "products"
    paginate_by = PRODUCTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.enterprise = self.get_enterprise()
        return super().get(request, *args, **kwargs)

    def get_enterprise(self):
        enterprise = get_object_or_404(
            Partner.objects.select_related("village"), code=self.kwargs["code"]
        )
        if not (enterprise.is_approved or self.request.user.is_staff):
            raise Http404()
        return enterprise

    def get_queryset(self):
        return tile_queryset().filter(enterprise=self.enterprise).order_by("-date_created", "-pk")

    def paginate_queryset(self, queryset, page_size):
        number = self.request.GET.get(self.page_kwarg) or 1
        try:
            paginator, page = paginate_products(queryset, number, page_size, strict=True)
        except InvalidPage as exc:
            raise Http404(str(exc)) from exc
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["enterprise"] = self.enterprise
        context["village"] = self.enterprise.village
        return context
