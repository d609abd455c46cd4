import oscar.apps.checkout.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CheckoutConfig(apps.CheckoutConfig):
    name = "shop.checkout"

    # pylint: disable=attribute-defined-outside-init
    def ready(self):
        super().ready()
        self.order_status_view = get_class("checkout.views", "OrderStatusView")

    def get_urls(self):
        #: An order's status page; guests open it with the signed link (?t=…).
        order_status = path(
            "order/<str:order_number>/",
            self.order_status_view.as_view(),
            name="order-status",
        )
        return super().get_urls() + self.post_process_urls([order_status])
