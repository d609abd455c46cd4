"""``manage.py search_rebuild`` and ``manage.py search_retry``."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from search.backends import get_backend
from search.backends.base import SearchQuery
from search.indexing import record_failure
from search.models import IndexBacklog
from search.suggestions import build_entries

from .factories import index_products, make_category, make_product

pytestmark = pytest.mark.django_db

SUMMARY = re.compile(
    r"^Indexed (\d+) products \(\d+ products/s\) "
    r"and (\d+) suggestions into ([a-z+ ]+) in [\d.]+ s$",
    re.MULTILINE,
)
RETRIED = re.compile(r"^Retried (\d+) products: (\d+) indexed, (\d+) still failing$", re.MULTILINE)


def run(command, *args, **options):
    out = StringIO()
    call_command(command, *args, "--no-progress", stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


def rebuild(*args, **options):
    return run("search_rebuild", *args, **options)


def retry(*args):
    return RETRIED.search(run("search_retry", *args)).groups()


def a_minute_later():
    IndexBacklog.objects.update(due_at=timezone.now() - timedelta(seconds=1))


# -- search_rebuild ---------------------------------------------------------------------


def test_rebuild_indexes_every_browsable_product_and_suggestion_and_says_so(backend):
    # Given
    make_category("ผ้าทอมือ", "Handwoven")
    make_product("ผ้าไหมแพรวา")
    make_product("ผ้าฝ้ายย้อมคราม")
    make_product("ของที่ซ่อนไว้", is_public=False)
    # When
    output = rebuild("--backend", backend.name)
    # Then: products, and the products', category's and villages' suggestions
    summary = SUMMARY.search(output)
    assert summary is not None, output
    products, suggestions, names = summary.groups()
    assert (products, names) == ("2", backend.name)
    assert int(suggestions) == len(list(build_entries())) >= 3
    assert backend.search(SearchQuery(text="ผ้า")).total == 2
    labels = {s.label for s in backend.suggest("ผ้า", limit=20)}
    assert labels == {"ผ้าทอมือ", "ผ้าไหมแพรวา", "ผ้าฝ้ายย้อมคราม"}


def test_rebuild_is_idempotent(backend):
    make_product("ผ้าไหมแพรวา")
    rebuild("--backend", backend.name)
    rebuild("--backend", backend.name)
    assert backend.search(SearchQuery()).total == 1
    assert [s.label for s in backend.suggest("ผ้าไหม")] == ["ผ้าไหมแพรวา"]


def test_rebuild_replaces_stale_suggestions(backend):
    # Given: a product renamed and another deleted while realtime indexing was off
    renamed = make_product("ผ้าไหมแพรวา")
    deleted = make_product("ผ้าไหมมัดหมี่")
    rebuild("--backend", backend.name)
    renamed.title = "ผ้าไหมลายลูกแก้ว"
    renamed.save()
    deleted.delete()
    # When
    rebuild("--backend", backend.name)
    # Then
    assert [s.label for s in backend.suggest("ผ้าไหม")] == ["ผ้าไหมลายลูกแก้ว"]


def test_rebuild_without_option_covers_the_configured_backend_and_the_fallback(backend):
    make_product("ผ้าไหมแพรวา")
    output = rebuild()
    expected = "database" if backend.name == "database" else "elasticsearch + database"
    assert SUMMARY.search(output).group(3) == expected


def test_rebuild_settles_the_backlog_it_made_current(backend):
    # Given: a product its backend failed to index
    product = make_product("ผ้าไหมแพรวา")
    record_failure(backend.name, [product.pk], RuntimeError("down"))
    # When
    rebuild("--backend", backend.name)
    # Then
    assert not IndexBacklog.objects.exists()
    assert backend.search(SearchQuery(text="แพรวา")).ids == [product.pk]


def test_a_product_saved_during_a_rebuild_is_written_again_after_it(backend):
    # Given
    product = make_product("ผ้าไหมแพรวา")

    def meanwhile(count):
        # A buyer-visible edit lands after the rebuild read the product.
        product.title = "ผ้าไหมลายลูกแก้ว"
        product.save()

    # When
    rebuild("--backend", backend.name, progress=meanwhile)
    # Then: the new index has the edit
    assert backend.search(SearchQuery(text="ลูกแก้ว")).ids == [product.pk]
    assert [s.label for s in backend.suggest("ผ้าไหม")] == ["ผ้าไหมลายลูกแก้ว"]


@pytest.mark.elasticsearch
def test_searches_keep_answering_from_the_old_index_during_a_rebuild(search_settings):
    # Given: an index with one product, and a second product not indexed yet
    search_settings.SHOP_SEARCH_BACKEND = "elasticsearch"
    engine = get_backend("elasticsearch")
    old = make_product("ผ้าไหมแพรวา")
    try:
        rebuild("--backend", "elasticsearch")
        new = make_product("ผ้าไหมมัดหมี่")
        seen = []

        def searching(count):
            seen.append(engine.search(SearchQuery(text="ผ้าไหม")).ids)

        # When: searching while the rebuild writes
        rebuild("--backend", "elasticsearch", progress=searching)
        # Then: mid-rebuild the old index answered in full; afterwards the new one
        assert seen == [[old.pk]]
        assert sorted(engine.search(SearchQuery(text="ผ้าไหม")).ids) == sorted([old.pk, new.pk])
    finally:
        engine.clear()


# -- search_retry ---------------------------------------------------------------------


def test_retry_with_an_empty_backlog_says_so(backend):
    assert retry() == ("0", "0", "0")


def test_retry_indexes_due_products_and_removes_deleted_ones(backend):
    # Given: one product the backend missed, one it has but which was deleted since
    missed = make_product("ผ้าไหมแพรวา")
    gone = make_product("ผ้าไหมมัดหมี่")
    index_products(backend, gone)
    gone_id = gone.pk
    gone.delete()
    record_failure(backend.name, [missed.pk, gone_id], RuntimeError("down"))
    # When: the back-off has not run out
    # Then: nothing is retried (unless asked to)
    assert retry() == ("0", "0", "0")
    # When: a minute later
    a_minute_later()
    # Then
    assert retry() == ("2", "2", "0")
    assert not IndexBacklog.objects.exists()
    assert backend.search(SearchQuery(text="ผ้าไหม")).ids == [missed.pk]
    assert [s.label for s in backend.suggest("ผ้าไหม")] == ["ผ้าไหมแพรวา"]


def test_retry_all_ignores_the_back_off(backend):
    missed = make_product("ผ้าไหมแพรวา")
    record_failure(backend.name, [missed.pk], RuntimeError("down"))
    assert retry("--all") == ("1", "1", "0")
    assert backend.search(SearchQuery(text="แพรวา")).ids == [missed.pk]


def test_retry_leaves_alone_a_backend_the_site_no_longer_uses(backend):
    record_failure("someengine", [1], RuntimeError("down"))
    a_minute_later()
    assert retry() == ("0", "0", "0")
    assert IndexBacklog.objects.filter(backend="someengine").exists()


@pytest.mark.elasticsearch
def test_retry_while_elasticsearch_is_still_down_counts_an_attempt_more(
    search_settings, unreachable_url
):
    # Given: a product Elasticsearch missed
    search_settings.SHOP_SEARCH_BACKEND = "elasticsearch"
    real_url = search_settings.SHOP_ELASTICSEARCH_URL
    search_settings.SHOP_ELASTICSEARCH_URL = unreachable_url
    product = make_product("ผ้าไหมแพรวา")
    record_failure("elasticsearch", [product.pk], RuntimeError("down"))
    # When: retried while it is still down
    assert retry("--all") == ("1", "0", "1")
    # Then: one attempt more, a longer wait
    entry = IndexBacklog.objects.get()
    assert entry.attempts == 2
    assert entry.due_at - timezone.now() > timedelta(seconds=110)
    # When: it is back
    search_settings.SHOP_ELASTICSEARCH_URL = real_url
    engine = get_backend("elasticsearch")
    try:
        assert retry("--all") == ("1", "1", "0")
        assert engine.search(SearchQuery(text="แพรวา")).ids == [product.pk]
    finally:
        engine.clear()
