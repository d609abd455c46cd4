"""The address book: Oscar's UserAddress with the Thai address parts."""

from oscar.apps.address.abstract_models import AbstractUserAddress

from shop.address.abstract_models import ThaiAddressMixin


class UserAddress(ThaiAddressMixin, AbstractUserAddress):
    """A buyer's saved address (สมุดที่อยู่), offered again at checkout."""

    class Meta(AbstractUserAddress.Meta):
        app_label = "address"


from oscar.apps.address.models import *  # noqa: E402,F403
