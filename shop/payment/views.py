"""Payment pages: pay one pending order, come back and wait, Stripe's webhook, refunds.

Guests reach an order's pages through the signed ``?t=`` link (``shop.order.links``);
signed-in buyers through their account. Nothing here marks an order paid except the
webhook: the return page only polls :func:`status`.
"""

import logging

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from oscar.core.loading import get_model

from shop.order import links
from shop.order import status as order_status

from . import services, stripe_api

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")


def _order_for(request, number):
    """The order the request may see, with its token (404 for anyone else)."""
    order = Order.objects.filter(number=number).select_related("user").first()
    token = request.GET.get("t") or request.POST.get("t")
    if order is None or not links.can_view(request, order, token):
        raise Http404
    return order, token


def _url(name, order, token) -> str:
    url = reverse(name, args=[order.number])
    return f"{url}?{urlencode({'t': token})}" if token else url


def qr_svg(data: str) -> str:
    """An inline SVG of the PromptPay payload (drawn here: no image loaded from Stripe)."""
    return segno.make(data, error="m").svg_inline(scale=6, border=2, title="PromptPay QR")


@require_GET
@transaction.non_atomic_requests
def pay(request, number):
    """The payment page: PromptPay QR first, then the card form (Stripe's Payment Element)."""
    order, token = _order_for(request, number)
    context = {
        "order": order,
        "token": token,
        "status_label": order_status.LABELS.get(order.status, order.status),
        "return_url": _url("payment:return", order, token),
        "deadline": services.deadline(order),
    }
    if order.status != order_status.PENDING_PAYMENT:
        return redirect(context["return_url"])
    if not services.is_payable(order):
        context["expired"] = True
        return render(request, "payment/pay.html", context)
    try:
        payment = services.ensure_intent(order)
    except stripe_api.PaymentError as exc:
        context["error"] = exc.message
        return render(request, "payment/pay.html", context, status=503)
    context.update(payment=payment, **_promptpay(order, payment))
    context.update(
        stripe_js_url=settings.STRIPE_JS_URL,
        publishable_key=settings.STRIPE_PUBLISHABLE_KEY,
        confirm_url=_url("payment:confirm-card", order, token),
        absolute_return_url=request.build_absolute_uri(context["return_url"]),
    )
    return render(request, "payment/pay.html", context)


def _promptpay(order, payment) -> dict:
    """The QR to show (the intent's current one, or a new one), or why there is none."""
    try:
        intent = stripe_api.retrieve_intent(payment.intent_id)
        qr = stripe_api.promptpay_qr(intent)
        if qr is None or (qr.expires_at and qr.expires_at <= timezone.now()):
            intent, qr = stripe_api.confirm_promptpay(payment.intent_id, order.email)
    except stripe_api.PaymentError as exc:
        return {"promptpay_error": exc.message}
    expires_at = min(filter(None, [qr.expires_at, services.deadline(order)]))
    return {"qr": qr, "qr_svg": mark_safe(qr_svg(qr.data)), "qr_expires_at": expires_at}


@require_POST
@transaction.non_atomic_requests
def confirm_card(request, number):
    """Confirm the order's intent with a card from localstripe's Stripe.js (JSON answer)."""
    order, token = _order_for(request, number)
    method = request.POST.get("payment_method", "")
    if not services.is_payable(order) or not method:
        return JsonResponse({"error": _("This order can no longer be paid.")}, status=409)
    try:
        payment = services.ensure_intent(order)
        try:
            intent = stripe_api.confirm_card(payment.intent_id, method)
        except (stripe_api.PaymentDeclined, stripe_api.StripeUnavailable):
            raise
        except stripe_api.PaymentError:
            # This intent cannot be confirmed again (a decline on localstripe): a new one.
            payment = services.replace_intent(order, payment)
            intent = stripe_api.confirm_card(payment.intent_id, method)
    except stripe_api.PaymentDeclined as exc:
        return JsonResponse({"error": str(exc.message)}, status=402)
    except stripe_api.PaymentError as exc:
        return JsonResponse({"error": str(exc.message)}, status=503)
    services.StripePayment.objects.filter(pk=payment.pk).update(status=intent.status)
    return JsonResponse(
        {
            "status": intent.status,
            "client_secret": payment.client_secret,
            "redirect": _url("payment:return", order, token),
        }
    )


@require_GET
def payment_return(request, number):
    """Where the buyer lands after paying: it polls :func:`status` until paid/failed."""
    order, token = _order_for(request, number)
    context = {
        "order": order,
        "token": token,
        "status_url": _url("payment:status", order, token),
        "pay_url": _url("payment:pay", order, token),
        **_status(order),
    }
    return render(request, "payment/return.html", context)


def _status(order) -> dict:
    payment = services.StripePayment.objects.filter(order=order).first()
    return {
        "status": order.status,
        "label": str(order_status.LABELS.get(order.status, order.status)),
        "paid": order.status in {order_status.PAID, order_status.REFUNDED},
        "payable": services.is_payable(order),
        "last_error": payment.last_error if payment else "",
    }


@require_GET
@transaction.non_atomic_requests
def status(request, number):
    """The order's payment state as JSON, for the return page's polling."""
    order, token = _order_for(request, number)
    data = _status(order)
    data["pay_url"] = _url("payment:pay", order, token)
    return JsonResponse(data)


@csrf_exempt
@require_POST
@transaction.non_atomic_requests
def webhook(request):
    """Stripe's webhook: forged or stale signatures get 400 and change nothing."""
    try:
        event = stripe_api.verify_event(request.body, request.headers.get("Stripe-Signature"))
    except stripe_api.InvalidSignature as exc:
        logger.warning("Stripe webhook rejected: %s", exc)
        return HttpResponseBadRequest("invalid signature")
    outcome = services.handle_event(event)
    logger.info("Stripe event %s %s: %s", event["id"], event["type"], outcome)
    return HttpResponse(outcome, content_type="text/plain")


@staff_member_required
@permission_required("order.change_order", raise_exception=True)
@require_POST
def refund(request, number):
    """DIP staff (staff with the right to change orders, as the dashboard's order page
    needs) refund a paid order in full from that page."""
    order = Order.objects.filter(number=number).first()
    if order is None:
        raise Http404
    try:
        services.refund_order(order, request.user)
    except ValueError:
        messages.error(request, _("Only a paid order can be refunded."))
    except stripe_api.PaymentError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Order %(number)s was refunded.") % {"number": number})
    return redirect("dashboard:order-detail", number=number)
