"""Checkout views (fork of Oscar's ``checkout.views``).

The steps are Oscar's: gateway (sign in, or a guest's e-mail) → shipping address →
shipping method → preview → place order. What differs:

- no payment is taken here: "place order" writes the order as *pending payment*
  (its stock allocated, see shop/order/allocation.py) and sends the buyer to the
  payment page (``payment:pay``); Stripe's webhook marks it paid later;
- the preview shows each enterprise's part (shipping, lead time, VAT) and takes an
  optional tax-invoice request;
- a line that ran out while the buyer was checking out sends them back to the basket
  with a message naming it and what is left; basket and address are kept;
- a double-click on "place order" places one order: the basket row is locked, and a
  second submission of an already placed basket goes to that order's payment page.
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils import translation
from django.views import generic
from oscar.apps.checkout import views as core
from oscar.core.loading import get_model

from shop.checkout.forms import TaxInvoiceRequestForm
from shop.checkout.links import payment_url
from shop.checkout.models import OrderLanguage
from shop.order import links, status
from shop.order.allocation import OutOfStock
from shop.order.parts import order_parts

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")

logger = logging.getLogger("shop.checkout")


class ShippingAddressView(core.ShippingAddressView):
    """Oscar's step (address book for signed-in buyers, the Thai form for a new address);
    a saved address that is not the buyer's is a 404, not a server error."""

    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated and "address_id" in request.POST:
            address = get_object_or_404(
                UserAddress, pk=request.POST["address_id"], user=request.user
            )
            if request.POST.get("action") == "ship_to":
                self.checkout_session.ship_to_user_address(address)
                return redirect(self.get_success_url())
        return super().post(request, *args, **kwargs)


class ShippingMethodView(core.ShippingMethodView):
    """Oscar's step, showing what each enterprise charges for each Thailand Post service."""

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        basket = self.request.basket
        ctx["method_groups"] = [
            (
                method,
                method.groups(basket) if hasattr(method, "groups") else [],
                method.calculate(basket).incl_tax,
            )
            for method in self._methods
        ]
        return ctx


class PaymentMethodView(core.PaymentMethodView):
    """Payment is chosen on the payment page, after the order is placed: go to preview."""

    success_url = reverse_lazy("checkout:preview")


class PaymentDetailsView(core.PaymentDetailsView):
    """Preview and "place order" (Oscar's payment-details view without payment)."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and request.POST.get("action") == "place_order":
            placed = self.just_placed_order(request)
            if placed is not None:
                return redirect(payment_url(placed))
        return super().dispatch(request, *args, **kwargs)

    def just_placed_order(self, request):
        """The pending order this session placed when its basket is gone: a second click
        on "place order" that arrives after the first one finished."""
        order_id = request.session.get("checkout_order_id")
        if not order_id or not request.basket.is_empty:
            return None
        return Order.objects.filter(pk=order_id, status=status.PENDING_PAYMENT).first()

    def get(self, request, *args, **kwargs):
        if not self.preview:
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx.setdefault(
            "invoice_form", TaxInvoiceRequestForm(shipping_address=ctx.get("shipping_address"))
        )
        method = ctx.get("shipping_method")
        if method is not None and hasattr(method, "groups"):
            ctx["enterprise_groups"] = method.groups(ctx["basket"])
        return ctx

    def handle_place_order_submission(self, request):
        invoice_form = TaxInvoiceRequestForm(
            request.POST, shipping_address=self.get_shipping_address(request.basket)
        )
        if not invoice_form.is_valid():
            return self.render_preview(
                request,
                invoice_form=invoice_form,
                error=translation.gettext("Please check the tax-invoice details below."),
            )
        with transaction.atomic():
            # One submission per basket: a concurrent second click waits here for the
            # first to commit, then finds the basket submitted.
            basket = Basket._default_manager.select_for_update().get(pk=request.basket.pk)
            if basket.status != Basket.OPEN:
                placed = Order.objects.filter(basket_id=basket.pk).first()
                return redirect(payment_url(placed) if placed else "basket:summary")
            submission = self.build_submission()
            submission["order_kwargs"]["tax_invoice"] = invoice_form.unsaved_invoice()
            return self.submit(**submission)

    def handle_payment(self, order_number, total, **kwargs):
        """Nothing is charged before the order exists: the payment page takes payment."""

    def handle_order_placement(
        self,
        order_number,
        user,
        basket,
        shipping_address,
        shipping_method,
        shipping_charge,
        billing_address,
        order_total,
        surcharges=None,
        **kwargs,
    ):
        try:
            # The shipping address and the address-book entry are written before
            # Oscar's order transaction: undo them too when a line is out of stock.
            with transaction.atomic():
                order = self.place_order(
                    order_number=order_number,
                    user=user,
                    basket=basket,
                    shipping_address=shipping_address,
                    shipping_method=shipping_method,
                    shipping_charge=shipping_charge,
                    order_total=order_total,
                    billing_address=billing_address,
                    surcharges=surcharges,
                    **kwargs,
                )
                OrderLanguage.objects.create(order=order, language=current_language())
                basket.submit()
        except OutOfStock as problem:
            logger.info("Order #%s not placed: %s", order_number, problem)
            self.restore_frozen_basket()
            messages.error(self.request, problem.message)
            return redirect("basket:summary")
        return self.handle_successful_order(order)

    def send_order_placed_email(self, order):
        """No e-mail yet: the confirmation goes out when the payment succeeds
        (shop.order.notifications.send_confirmation, called by the payment webhook)."""

    def handle_successful_order(self, order):
        self.placed_order = order
        return super().handle_successful_order(order)

    def get_success_url(self):
        return payment_url(self.placed_order)


def current_language() -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    return translation.get_supported_language_variant(language)


class OrderStatusView(generic.DetailView):
    """An order's state and each enterprise's part, with a link to pay while it is
    pending. Open to its buyer, staff, and anyone with the order's signed link (guests
    get it in the redirect after placing the order and in the confirmation e-mail).
    A missing order and a forged link are both 404: order numbers are not disclosed."""

    template_name = "oscar/checkout/order_status.html"
    context_object_name = "order"

    def get_object(self, queryset=None):
        order = (
            Order.objects.select_related("shipping_address", "user")
            .filter(number=self.kwargs["order_number"])
            .first()
        )
        if order is None or not links.can_view(self.request, order, self.request.GET.get("t")):
            raise Http404("No such order")
        return order

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        order = self.object
        ctx["parts"] = order_parts(order)
        ctx["status_label"] = status.LABELS.get(order.status, order.status)
        ctx["is_pending"] = order.status == status.PENDING_PAYMENT
        token = self.request.GET.get("t") or None
        if token and links.number_from(token) != order.number:
            token = None
        ctx["pay_url"] = payment_url(order, token) if ctx["is_pending"] else None
        return ctx
