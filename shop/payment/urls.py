"""Payment URLs: the buyer's pages (under the language prefix, namespace ``payment``) and
Stripe's webhook (``webhook_urlpatterns``: a fixed path outside the language prefix)."""

from django.urls import path

from . import views

app_name = "payment"

urlpatterns = [
    path("<str:number>/", views.pay, name="pay"),
    path("<str:number>/card/", views.confirm_card, name="confirm-card"),
    path("<str:number>/return/", views.payment_return, name="return"),
    path("<str:number>/status/", views.status, name="status"),
    path("<str:number>/refund/", views.refund, name="refund"),
]

webhook_urlpatterns = [
    path("payments/stripe/webhook/", views.webhook, name="stripe-webhook"),
]
