"""Oscar's default pricing strategy, without its per-line queries on the basket.

Oscar's ``Default`` strategy prices a basket line by looking its product's stock
records up again (one query per line, twice on the basket page: once for the basket,
once for the template tag) and reads each product's class for the stock policy (one
more query per line). Here a line is priced from the stock record it was added with
(already loaded with the line) and product classes come from one query per request.
Prices are unchanged: VAT-inclusive, no tax added (docs/checkout.md).
"""

from oscar.apps.partner.strategy import Default as CoreDefault
from oscar.apps.partner.strategy import Selector as CoreSelector
from oscar.core.loading import get_model


class Default(CoreDefault):
    _product_classes = None

    def fetch_for_line(self, line, stockrecord=None):
        product = line.product
        self._prime_product_class(product)
        if stockrecord is None and line.stockrecord_id is not None:
            stockrecord = line.stockrecord
        return self.fetch_for_product(product, stockrecord)

    def _prime_product_class(self, product):
        """Give a standalone or parent product its class from the per-request cache."""
        class_id = product.product_class_id
        if class_id is None or type(product).product_class.is_cached(product):
            return
        if self._product_classes is None:
            ProductClass = get_model("catalogue", "ProductClass")
            self._product_classes = ProductClass.objects.in_bulk()
        product_class = self._product_classes.get(class_id)
        if product_class is not None:
            product.product_class = product_class


class Selector(CoreSelector):
    def strategy(self, request=None, user=None, **kwargs):
        return Default(request)
