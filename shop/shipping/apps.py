import oscar.apps.shipping.apps as apps


class ShippingConfig(apps.ShippingConfig):
    name = "shop.shipping"

    def ready(self):
        super().ready()
        from shop.shipping import checks  # noqa: F401  (registers the rate-table check)
