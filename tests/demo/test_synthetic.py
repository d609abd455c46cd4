"""``load_demo_data --products N``: a large, varied, clearly marked synthetic catalogue."""

import io
import re
from decimal import Decimal

from django.core.management import call_command
from oscar.core.loading import get_model

from search.backends import get_backend
from search.backends.base import PRICE_RANGES, SearchQuery
from search.documents import indexable_products
from shop.demo.synthetic import UPC_PREFIX, load_synthetic
from tests.demo.loading import TEST_IMAGE_SIZE

Certification = get_model("catalogue", "Certification")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

SUMMARY = re.compile(r"^Synthetic catalogue: created (\d+) products .* (\d+) products in all$",
                     re.MULTILINE)


def _synthetic():
    return Product.objects.filter(upc__startswith=UPC_PREFIX)


def test_products_option_grows_the_catalogue_to_n_products_once(demo, settings):
    # Given the demo catalogue
    settings.SHOP_SEARCH_REALTIME = True
    demo_count = Product.objects.count()
    target = demo_count + 40
    # When
    first, second = io.StringIO(), io.StringIO()
    call_command("load_demo_data", image_size=TEST_IMAGE_SIZE, products=target, stdout=first)
    call_command("load_demo_data", image_size=TEST_IMAGE_SIZE, products=target, stdout=second)
    # Then the first run fills up to N in all and says how to index them; the second adds none
    assert SUMMARY.search(first.getvalue()).groups() == ("40", str(target))
    assert "search_rebuild" in first.getvalue()
    assert SUMMARY.search(second.getvalue()).groups() == ("0", str(target))
    assert Product.objects.count() == target
    assert _synthetic().count() == 40


def test_a_larger_size_adds_the_same_products_a_direct_load_would(demo):
    # Given a synthetic catalogue of some size
    base = Product.objects.count()
    load_synthetic(base + 10)
    first_ten = list(_synthetic().order_by("upc").values_list("upc", "title", "title_en"))
    # When it grows
    summary = load_synthetic(base + 25)
    # Then only the missing products are added; the existing ones stay as they were
    assert (summary.created, summary.synthetic, summary.total) == (15, 25, base + 25)
    assert list(_synthetic().order_by("upc").values_list("upc", "title", "title_en"))[:10] == (
        first_ten
    )
    # And a smaller size never deletes anything
    assert load_synthetic(base).created == 0
    assert _synthetic().count() == 25


def test_synthetic_products_vary_like_a_real_catalogue(demo):
    # When
    load_synthetic(Product.objects.count() + 400)
    # Then they are browsable variations of demo products, marked as synthetic, without images
    products = _synthetic()
    assert products.count() == 400
    assert indexable_products().filter(upc__startswith=UPC_PREFIX).count() == 400
    assert not ProductImage.objects.filter(product__in=products).exists()
    sample = products.order_by("upc").first()
    assert sample.upc == "SYN-000001"
    assert "สินค้าสังเคราะห์" in sample.description
    assert "Synthetic listing" in sample.description_en
    demo_titles = Product.objects.filter(upc__startswith="DEMO-").values_list("title", flat=True)
    assert any(sample.title.startswith(title) for title in demo_titles)
    assert products.values("title").distinct().count() > 300
    assert products.values("enterprise").distinct().count() >= 10
    # Prices over every price range, stock from sold out up, some made to order and boosted
    records = StockRecord.objects.filter(product__in=products)
    for low, high in PRICE_RANGES.values():
        in_range = records.filter(price__gte=Decimal(low))
        if high is not None:
            in_range = in_range.filter(price__lt=Decimal(high))
        assert in_range.exists(), (low, high)
    assert records.filter(num_in_stock=0).count() >= 10
    assert records.filter(num_in_stock__gt=0).count() >= 300
    assert products.filter(made_to_order=True, lead_time_days__isnull=False).exists()
    assert products.filter(priority__gt=0).exists()
    assert products.filter(priority=0).count() > 300
    # Certifications of several kinds, most of them shown to buyers
    certifications = Certification.objects.filter(product__in=products)
    assert certifications.values("kind").distinct().count() >= 5
    assert certifications.shown_to_buyers().count() > certifications.count() // 2


def test_synthetic_products_are_found_only_after_a_rebuild(demo, settings):
    # Given realtime indexing on, as on a running site
    settings.SHOP_SEARCH_REALTIME = True
    settings.SHOP_SEARCH_BACKEND = "database"
    call_command("search_rebuild", backend="database", no_progress=True, stdout=io.StringIO(),
                 stderr=io.StringIO())
    backend = get_backend("database")
    # When
    load_synthetic(Product.objects.count() + 30)
    # Then the load itself indexed nothing (bulk inserts, realtime off) ...
    assert backend.search(SearchQuery(text="synthetic")).total == 0
    # ... and a rebuild makes them searchable by their own words
    call_command("search_rebuild", backend="database", no_progress=True, stdout=io.StringIO(),
                 stderr=io.StringIO())
    assert backend.search(SearchQuery(text="synthetic")).total == 30
    assert backend.search(SearchQuery(text="สินค้าสังเคราะห์")).total == 30
