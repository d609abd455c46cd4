"""Demo product listings, one module per OTOP category."""

from shop.demo.products import beverages, food, herbal, household, textiles
from shop.demo.products.base import DemoProduct

#: Every demo product, in UPC order.
PRODUCTS: list[DemoProduct] = sorted(
    [
        *food.PRODUCTS,
        *beverages.PRODUCTS,
        *textiles.PRODUCTS,
        *household.PRODUCTS,
        *herbal.PRODUCTS,
    ],
    key=lambda product: product.upc,
)

__all__ = ["DemoProduct", "PRODUCTS"]
