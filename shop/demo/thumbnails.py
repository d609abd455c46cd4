"""The thumbnail sizes the storefront asks sorl-thumbnail for, and a way to pre-build them.

KEEP IN SYNC WITH THE THEME. Each entry mirrors one
``{% oscar_thumbnail image.original "<geometry>" <options> %}`` call in Oscar's
templates (.venv/.../oscar/templates/oscar/) or ours (themes/<theme>/templates/).
Geometry and options must match exactly, or the cache key differs and the page
view renders its own thumbnail. tests/demo/test_thumbnails.py fails when a
template uses a size that is missing here.
"""

from oscar.core.thumbnails import get_thumbnailer

#: (geometry, options) exactly as the templates pass them.
THUMBNAIL_SPECS = [
    # catalogue/partials/product.html (product lists), catalogue/reviews/review_product.html
    ("x155", {"upscale": False}),
    # catalogue/partials/gallery.html: the main product image on the detail page
    ("440x400", {"upscale": False}),
    # catalogue/partials/gallery.html: the strip of small images (products with several)
    ("65x55", {"crop": "center"}),
    # basket/partials/basket_content.html, basket_quick.html, checkout/checkout.html,
    # customer/wishlists/wishlists_detail.html
    ("100x100", {"upscale": False}),
    # checkout/thank_you.html, forms/widgets/image_input_widget.html
    ("200x200", {"upscale": False}),
    # dashboard/catalogue/product_row_image.html
    ("70x70", {"upscale": False}),
]


def generate_thumbnails(source, specs=THUMBNAIL_SPECS):
    """Build (or find in sorl's cache) every thumbnail of one image; returns them."""
    thumbnailer = get_thumbnailer()
    # Oscar's thumbnailer pops "size" from the options, so each call gets a fresh dict.
    return [thumbnailer.generate_thumbnail(source, size=geometry, **options)
            for geometry, options in specs]
