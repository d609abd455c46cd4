"""``manage.py search_bench`` (``make bench``) at a tiny size: it runs and prints its figures.

Timings are machine-dependent, so nothing here asserts a duration: only that every
figure and verdict of the table is there.
"""

import re
import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model

from .factories import EnterpriseFactory, make_category, make_product

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")

LATENCY = r"\d+\.\d / \d+\.\d"
VERDICT = r"(PASS|MISS)"


@pytest.fixture
def small_catalogue():
    """A few products for the synthetic catalogue to vary (the demo's role in `make bench`)."""
    silk = make_category("ผ้าไหม", "Silk")
    food = make_category("อาหาร", "Food")
    weavers = EnterpriseFactory(name="กลุ่มทอผ้าไหมบ้านทดสอบ", name_en="Test silk weavers")
    cooks = EnterpriseFactory(name="กลุ่มแม่บ้านทดสอบ", name_en="Test housewives")
    make_product(
        "ผ้าไหมมัดหมี่",
        title_en="Mudmee silk",
        price="2400",
        enterprise=weavers,
        categories=[silk],
        upc="DEMO-9001",
    )
    make_product(
        "ผ้าพันคอผ้าไหม",
        title_en="Silk scarf",
        price="450",
        enterprise=weavers,
        categories=[silk],
        upc="DEMO-9002",
    )
    make_product(
        "ข้าวตังกรอบ",
        title_en="Crispy rice crackers",
        price="79",
        enterprise=cooks,
        categories=[food],
        upc="DEMO-9003",
    )


def run_bench(*backends, index="chumchon-bench-test"):
    out = StringIO()
    call_command(
        "search_bench",
        "--in-place",
        "--sizes",
        "20",
        "40",
        "--searches",
        "3",
        "--warmup",
        "1",
        "--backends",
        *backends,
        "--index",
        index,
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


def row_pattern(backend: str, size: int) -> re.Pattern:
    return re.compile(
        rf"^{re.escape(backend)}\s+{size}\s+{LATENCY} {VERDICT}\s+{LATENCY} {VERDICT}\s+"
        rf"{LATENCY}( {VERDICT})?\s+\d+ {VERDICT}\s+\d+/\d+ {VERDICT}$",
        re.MULTILINE,
    )


def test_bench_prints_every_figure_and_target_for_the_database_backend(small_catalogue):
    # When
    output = run_bench("database")
    # Then one row per size, with latencies, rebuild rate and page queries, and the targets
    from django.db import connection

    for size in (20, 40):
        assert row_pattern(f"database ({connection.vendor})", size).search(output), output
    assert "Targets:" in output
    assert "rebuild >= 3000 products/s" in output
    # And the catalogue grew to the largest size with synthetic products
    assert Product.objects.count() == 40
    assert Product.objects.filter(upc__startswith="SYN-").count() == 37


@pytest.mark.elasticsearch
def test_bench_measures_elasticsearch_on_its_own_index(small_catalogue, search_settings):
    # When
    index = f"test-bench-{uuid.uuid4().hex[:12]}"
    output = run_bench("elasticsearch", index=index)
    # Then
    for size in (20, 40):
        assert row_pattern("elasticsearch", size).search(output), output
    assert "elasticsearch skipped" not in output
