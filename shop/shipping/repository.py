"""Oscar's shipping repository: Thailand Post EMS and registered parcel, basket-wide."""

from oscar.apps.shipping.repository import Repository as CoreRepository

from shop.shipping.enterprise import group_basket, offered_services
from shop.shipping.methods import ThailandPost
from shop.shipping.rates import rate_table


class Repository(CoreRepository):
    """Offers each Thailand Post service at least one enterprise of the basket sends by
    (every service for an empty basket), EMS first. A method's charge is the sum of the
    enterprises' charges for that service."""

    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        services = rate_table().services
        groups = group_basket(basket) if basket.id else []
        if groups:
            offered = {code for group in groups for code in offered_services(group.partner)}
            services = [code for code in services if code in offered]
        return [ThailandPost(code) for code in services]
