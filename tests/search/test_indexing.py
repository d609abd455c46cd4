"""Model changes reach the index and the autocomplete after commit, in one batch per
transaction, and never break a save; a backend that fails catches up through the backlog."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from search import tasks
from search.backends import get_backend
from search.backends.base import SearchQuery
from search.backends.database import DatabaseBackend
from search.documents import indexable_products
from search.indexing import backoff, record_failure, update_products
from search.models import IndexBacklog, ProductDocument

from .factories import (
    Certification,
    EnterpriseFactory,
    StockRecord,
    certify,
    make_category,
    make_many_products,
    make_product,
    make_village,
)

pytestmark = pytest.mark.django_db


class CountingDatabaseBackend(DatabaseBackend):
    """The database backend, counting its ``index`` calls: how many bulk writes a
    batch of changes costs (registered by dotted path in SHOP_SEARCH_BACKEND)."""

    name = "counting"
    calls: list[int] = []

    def index(self, products):
        products = list(products)
        type(self).calls.append(len(products))
        return super().index(products)


class DiskFullBackend(DatabaseBackend):
    """The database backend on a full disk while ``SHOP_TEST_DISK_FULL`` is set: every
    write fails, as a real engine's would."""

    name = "diskfull"
    #: Ids of the products written while there was space.
    written: list[int] = []

    def index(self, products):
        if getattr(django_settings, "SHOP_TEST_DISK_FULL", False):
            raise OSError("No space left on device")
        products = list(products)
        type(self).written += [product.pk for product in products]
        return super().index(products)


COUNTING = f"{__name__}.CountingDatabaseBackend"
DISK_FULL = f"{__name__}.DiskFullBackend"


@pytest.fixture
def realtime(search_settings):
    """Realtime indexing on, into the database backend."""
    search_settings.SHOP_SEARCH_REALTIME = True
    search_settings.SHOP_SEARCH_BACKEND = "database"
    return search_settings


@pytest.fixture
def realtime_backend(backend, search_settings):
    """Realtime indexing on, into the backend under test (and the database fallback)."""
    search_settings.SHOP_SEARCH_REALTIME = True
    return backend


@pytest.fixture
def enqueued(monkeypatch):
    """Record the batches handed to the task queue (and still run them)."""
    batches = []
    task = tasks.index_products_task

    class Recorder:
        def enqueue(self, ids):
            batches.append(sorted(ids))
            return task.enqueue(ids)

    monkeypatch.setattr(tasks, "index_products_task", Recorder())
    return batches


def found(text="", backend="database", **kwargs):
    return get_backend(backend).search(SearchQuery(text=text, **kwargs)).ids


def suggested(prefix, backend="database", kind="product"):
    return [s.label for s in get_backend(backend).suggest(prefix, limit=20) if s.kind == kind]


def a_minute_later():
    """Let the back-off of every backlog entry run out."""
    IndexBacklog.objects.update(due_at=timezone.now() - timedelta(seconds=1))


# -- after commit, in one batch ----------------------------------------------------------


def test_a_new_product_is_searchable_once_its_transaction_commits(
    realtime, django_capture_on_commit_callbacks
):
    # When
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("ตะกร้าหวายสาน")
        # Then: nothing before the commit
        assert not ProductDocument.objects.exists()
        assert suggested("ตะกร้า") == []
    assert found("หวาย") == [product.pk]
    assert suggested("ตะกร้า") == ["ตะกร้าหวายสาน"]


def test_changes_in_one_transaction_are_indexed_in_one_batch(
    realtime, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = make_product("หมวกสานใบลาน")
        second = make_product("กระเป๋าสานกระจูด")
    assert enqueued == [sorted([first.pk, second.pk])]


def test_a_hundred_stock_changes_in_one_transaction_make_one_index_call(
    realtime, django_capture_on_commit_callbacks
):
    # Given: 100 products indexed, a backend that counts its writes
    products = make_many_products(100)
    realtime.SHOP_SEARCH_BACKEND = COUNTING
    get_backend(COUNTING).rebuild([])
    CountingDatabaseBackend.calls = []
    # When: a stock import reprices all of them in one transaction
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for n, stockrecord in enumerate(StockRecord.objects.filter(product__in=products)):
            stockrecord.price = Decimal(1000 - n)
            stockrecord.save()
    # Then: one write of the 100 products, and the new prices are searchable
    assert CountingDatabaseBackend.calls == [100]
    cheapest = found(sort="price-asc", limit=1, backend=COUNTING)
    assert ProductDocument.objects.get(pk=cheapest[0]).price == Decimal(901)


@pytest.mark.elasticsearch
def test_a_hundred_stock_changes_make_one_elasticsearch_bulk_request(
    search_settings, django_capture_on_commit_callbacks
):
    # Given: 100 products in Elasticsearch
    search_settings.SHOP_SEARCH_BACKEND = "elasticsearch"
    engine = get_backend("elasticsearch")
    products = make_many_products(100)
    engine.rebuild(indexable_products())
    search_settings.SHOP_SEARCH_REALTIME = True

    def bulk_requests():
        stats = engine.client.indices.stats(index=engine.alias, metric="bulk")
        return stats["_all"]["primaries"]["bulk"]["total_operations"]

    before = bulk_requests()
    try:
        # When: all 100 are repriced in one transaction
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            for n, stockrecord in enumerate(StockRecord.objects.filter(product__in=products)):
                stockrecord.price = Decimal(1000 - n)
                stockrecord.save()
        # Then: Elasticsearch received one bulk request, with the new prices
        assert bulk_requests() - before == 1
        ranked = engine.search(SearchQuery(sort="price-asc", limit=100)).ids
        by_new_price = sorted(products, key=lambda p: -p.pk)
        assert ranked == [p.pk for p in by_new_price]
    finally:
        engine.clear()


def test_a_rolled_back_transaction_indexes_nothing(
    realtime, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            make_product("สินค้าที่ไม่ได้บันทึก")
            raise RuntimeError("rollback")
        kept = make_product("ผ้าซิ่นตีนจก")
    assert enqueued == [[kept.pk]]
    assert found() == [kept.pk]


def test_a_rolled_back_transaction_reaches_no_backend(
    realtime_backend, django_capture_on_commit_callbacks
):
    # Given: an indexed product
    with django_capture_on_commit_callbacks(execute=True):
        kept = make_product("ผ้าซิ่นตีนจก", price="300.00")
    # When: a transaction adds a product and reprices the first, then rolls back
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            make_product("ผ้าซิ่นที่ไม่ได้บันทึก")
            stockrecord = kept.stockrecords.get()
            stockrecord.price = Decimal("5.00")
            stockrecord.save()
            raise RuntimeError("rollback")
    # Then: neither change reached the backend under test nor the fallback
    for name in {realtime_backend.name, "database"}:
        assert found("ผ้าซิ่น", backend=name) == [kept.pk]
        assert found(filters={"price": ["0-200"]}, backend=name) == []
        assert found(filters={"price": ["200-500"]}, backend=name) == [kept.pk]


def test_nothing_is_indexed_when_realtime_indexing_is_off(
    search_settings, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_product("ผ้าไหม")
    assert enqueued == []


# -- what changes reach the index --------------------------------------------------------


def test_price_enterprise_and_category_changes_are_reindexed(
    realtime, django_capture_on_commit_callbacks
):
    # Given
    enterprise = EnterpriseFactory(name="กลุ่มจักสานบ้านโพน")
    baskets = make_category("เครื่องจักสาน", "Basketry")
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("กระติ๊บข้าว", price="150.00", enterprise=enterprise)
    # When: the price changes, the enterprise is renamed, the product is categorised
    with django_capture_on_commit_callbacks(execute=True):
        stockrecord = product.stockrecords.get()
        stockrecord.price = "95.00"
        stockrecord.save()
        enterprise.name = "กลุ่มแม่บ้านเกษตรกร"
        enterprise.save()
        product.categories.add(baskets)
    # Then
    document = ProductDocument.objects.get(pk=product.pk)
    assert str(document.price) == "95.00"
    assert found("เกษตรกร") == [product.pk]
    assert found(category_ids=[baskets.pk]) == [product.pk]
    # When: the category is renamed
    with django_capture_on_commit_callbacks(execute=True):
        baskets.name = "งานหวาย"
        baskets.save()
    # Then
    assert found("งานหวาย") == [product.pk]


def test_a_suspended_enterprise_takes_its_products_out_of_search(
    realtime, django_capture_on_commit_callbacks
):
    enterprise = EnterpriseFactory(name="กลุ่มทอผ้าบ้านนาต้นจั่น")
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("ผ้าซิ่นตีนจกนาต้นจั่น", enterprise=enterprise)
    assert found("ตีนจก") == [product.pk]
    with django_capture_on_commit_callbacks(execute=True):
        enterprise.status = "suspended"
        enterprise.save()
    assert found("ตีนจก") == []
    assert suggested("ผ้าซิ่น") == []


def test_certification_verification_and_removal_are_reindexed(
    realtime, django_capture_on_commit_callbacks
):
    # Given: a product with a certification waiting for DIP staff
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("ข้าวกล้องหอมมะลิอินทรีย์")
        organic = certify(product, Certification.Kind.ORGANIC, status="pending")
    assert found(filters={"certification": ["organic"]}) == []
    # When: DIP staff verify it
    staff = get_user_model().objects.create_user("dip", "dip@example.com", "x")
    with django_capture_on_commit_callbacks(execute=True):
        organic.verify(staff, Certification.Status.VERIFIED)
    # Then: buyers can filter by it
    assert found(filters={"certification": ["organic"]}) == [product.pk]
    # When: it is removed
    with django_capture_on_commit_callbacks(execute=True):
        organic.delete()
    # Then
    assert found(filters={"certification": ["organic"]}) == []


def test_a_curator_boost_reorders_the_browse(realtime, django_capture_on_commit_callbacks):
    # Given: two products, the newer first
    with django_capture_on_commit_callbacks(execute=True):
        older = make_product("หมอนขิดลายดอกแก้ว")
        newer = make_product("หมอนขวานผ้าขิด")
    assert found() == [newer.pk, older.pk]
    # When: DIP lifts the older one
    with django_capture_on_commit_callbacks(execute=True):
        older.priority = 5
        older.save()
    # Then
    assert found() == [older.pk, newer.pk]


def test_village_changes_are_reindexed(realtime, django_capture_on_commit_callbacks):
    # Given: a product of an enterprise in a village
    with django_capture_on_commit_callbacks(execute=True):
        village = make_village("บ้านหนองบัวทดสอบ", "Nong Bua", changwat="สกลนคร")
        enterprise = EnterpriseFactory(village=village)
        product = make_product("ผ้าย้อมครามหนองบัว", enterprise=enterprise)
    assert found(filters={"civ": ["1"]}) == []
    # When: the village is renamed and joins the CIV programme
    with django_capture_on_commit_callbacks(execute=True):
        village.title = "บ้านดอนกอย"
        village.is_civ = True
        village.save()
    # Then
    assert found("ดอนกอย") == [product.pk]
    assert found(filters={"civ": ["1"]}) == [product.pk]
    assert suggested("บ้านดอน", kind="village") == ["บ้านดอนกอย"]


def test_a_variant_change_reindexes_its_parent(realtime, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        parent = make_product("เสื้อม่อฮ่อม", price=None, structure="parent")
        make_product("", price="520.00", structure="child", parent=parent)
    assert found("ม่อฮ่อม") == [parent.pk]
    assert str(ProductDocument.objects.get(pk=parent.pk).price) == "520.00"


def test_deleted_and_hidden_products_leave_the_index(realtime, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        deleted = make_product("โคมไฟไม้ไผ่")
        hidden = make_product("โคมไฟกระดาษสา")
    assert sorted(suggested("โคมไฟ")) == ["โคมไฟกระดาษสา", "โคมไฟไม้ไผ่"]
    with django_capture_on_commit_callbacks(execute=True):
        deleted.delete()
        hidden.is_public = False
        hidden.save()
    assert found("โคมไฟ") == []
    assert suggested("โคมไฟ") == []


# -- autocomplete upkeep ------------------------------------------------------------------


def test_autocomplete_follows_product_category_and_village_changes(
    realtime_backend, django_capture_on_commit_callbacks
):
    name = realtime_backend.name
    # Given: a category, a village and a product, created in one transaction
    with django_capture_on_commit_callbacks(execute=True):
        category = make_category("เครื่องปั้นดินเผา", "Pottery")
        village = make_village("บ้านเชียงเครือ", "Chiang Khruea", changwat="สกลนคร")
        product = make_product("แจกันดินเผาลายคราม", enterprise=EnterpriseFactory(village=village))
    for backend in {name, "database"}:
        assert suggested("เครื่องปั้น", backend, "category") == ["เครื่องปั้นดินเผา"]
        assert suggested("บ้านเชียง", backend, "village") == ["บ้านเชียงเครือ"]
        assert suggested("แจกัน", backend) == ["แจกันดินเผาลายคราม"]
    # When: all three are renamed
    with django_capture_on_commit_callbacks(execute=True):
        category.name = "งานดินเผา"
        category.save()
        village.title = "บ้านโพนสวรรค์"
        village.save()
        product.title = "โอ่งดินเผา"
        product.save()
    # Then: the old names are gone, the new ones suggested
    for backend in {name, "database"}:
        assert suggested("เครื่องปั้น", backend, "category") == []
        assert suggested("งานดิน", backend, "category") == ["งานดินเผา"]
        assert suggested("บ้านเชียง", backend, "village") == []
        assert suggested("บ้านโพน", backend, "village") == ["บ้านโพนสวรรค์"]
        assert suggested("แจกัน", backend) == []
        assert suggested("โอ่ง", backend) == ["โอ่งดินเผา"]
    # When: the category is deleted, the village unpublished
    with django_capture_on_commit_callbacks(execute=True):
        category.delete()
        village.unpublish()
    # Then
    for backend in {name, "database"}:
        assert suggested("งานดิน", backend, "category") == []
        assert suggested("บ้านโพน", backend, "village") == []


# -- failures: logged, never breaking a save, retried ---------------------------------


def test_an_indexing_failure_is_logged_backlogged_and_never_breaks_the_save(
    realtime, caplog, django_capture_on_commit_callbacks
):
    # Given: a configured backend whose disk is full
    realtime.SHOP_SEARCH_BACKEND = DISK_FULL
    realtime.SHOP_TEST_DISK_FULL = True
    # When
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("ผ้าห่มนวม")
    # Then: the product is saved, the failure logged and in the backlog
    assert product.pk is not None
    assert "could not index products" in caplog.text
    assert "No space left on device" in caplog.text
    entry = IndexBacklog.objects.get()
    assert (entry.backend, entry.product_id, entry.attempts) == ("diskfull", product.pk, 1)
    assert "No space left on device" in entry.last_error
    # and the fallback, which works, has it
    assert found("ผ้าห่ม") == [product.pk]


def test_the_backlog_backs_off_exponentially_up_to_an_hour():
    minutes = [backoff(attempts).total_seconds() / 60 for attempts in range(1, 10)]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_a_product_failing_again_waits_longer(realtime, django_capture_on_commit_callbacks):
    realtime.SHOP_SEARCH_BACKEND = DISK_FULL
    realtime.SHOP_TEST_DISK_FULL = True
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("ผ้าห่มนวม")
    with django_capture_on_commit_callbacks(execute=True):
        product.title = "ผ้าห่มนวมใยฝ้าย"
        product.save()
    entry = IndexBacklog.objects.get()
    assert entry.attempts == 2
    wait = entry.due_at - timezone.now()
    assert timedelta(seconds=110) < wait <= timedelta(minutes=2)


def test_a_successful_run_retries_the_due_backlog(realtime, django_capture_on_commit_callbacks):
    # Given: a product the configured backend missed while its disk was full
    realtime.SHOP_SEARCH_BACKEND = DISK_FULL
    realtime.SHOP_TEST_DISK_FULL = True
    DiskFullBackend.written = []
    with django_capture_on_commit_callbacks(execute=True):
        missed = make_product("ผ้าห่มนวม")
    assert DiskFullBackend.written == []
    # When: space is freed, but the back-off has not run out
    realtime.SHOP_TEST_DISK_FULL = False
    with django_capture_on_commit_callbacks(execute=True):
        first = make_product("หมอนฟักทอง")
    # Then: the entry waits
    assert DiskFullBackend.written == [first.pk]
    assert IndexBacklog.objects.filter(product_id=missed.pk).exists()
    # When: a minute later, another change is indexed
    a_minute_later()
    with django_capture_on_commit_callbacks(execute=True):
        second = make_product("หมอนอิงผ้าขิด")
    # Then: the backlog was retried right after it
    assert DiskFullBackend.written == [first.pk, second.pk, missed.pk]
    assert not IndexBacklog.objects.exists()


def test_a_failure_in_a_broken_transaction_is_only_logged(caplog):
    # Given: a transaction a database error has broken
    with transaction.atomic():
        IndexBacklog.objects.create(backend="x", product_id=1, due_at=timezone.now())
        with pytest.raises(IntegrityError), transaction.atomic(savepoint=False):
            IndexBacklog.objects.create(backend="x", product_id=1, due_at=timezone.now())
        # When: a failure is to be recorded in it
        recorded = record_failure("database", [7], RuntimeError("server closed the connection"))
        # Then: nothing is written (it could not be), the failure is logged
        assert recorded == 0
        assert "transaction is broken" in caplog.text
    assert not IndexBacklog.objects.filter(product_id=7).exists()


def test_update_products_never_raises_on_unknown_ids(realtime):
    assert update_products([987654]) == 0
    assert not IndexBacklog.objects.exists()


# -- Elasticsearch down, then back -----------------------------------------------------


@pytest.mark.elasticsearch
def test_saving_while_elasticsearch_is_down_updates_the_database_and_backlogs_elasticsearch(
    search_settings, unreachable_url, caplog, django_capture_on_commit_callbacks
):
    # Given: Elasticsearch configured, but pointed at a closed port
    search_settings.SHOP_SEARCH_REALTIME = True
    search_settings.SHOP_SEARCH_BACKEND = "elasticsearch"
    real_url = search_settings.SHOP_ELASTICSEARCH_URL
    search_settings.SHOP_ELASTICSEARCH_URL = unreachable_url
    # When
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("น้ำพริกเผาสูตรโบราณ")
    # Then: the fallback has it; Elasticsearch owes it
    assert found("น้ำพริกเผา") == [product.pk]
    assert "elasticsearch unavailable" in caplog.text
    entry = IndexBacklog.objects.get()
    assert (entry.backend, entry.product_id, entry.attempts) == ("elasticsearch", product.pk, 1)
    assert unreachable_url in entry.last_error
    # When: Elasticsearch is back, and a minute later another product is saved
    search_settings.SHOP_ELASTICSEARCH_URL = real_url
    engine = get_backend("elasticsearch")
    try:
        a_minute_later()
        with django_capture_on_commit_callbacks(execute=True):
            other = make_product("น้ำพริกตาแดง")
        # Then: the backlog drained and both are in Elasticsearch
        assert not IndexBacklog.objects.exists()
        assert sorted(found("น้ำพริก", backend="elasticsearch")) == sorted([product.pk, other.pk])
    finally:
        engine.clear()


def test_category_names_are_learnt_by_their_parts_so_their_words_stay_findable(
    fresh_vocabulary,
):
    from search import analysis
    from search.indexing import category_words

    # "tea and herbal tea": both parts cut into known words, so nothing is learnt
    assert category_words("ชาและชาสมุนไพร") == []
    analysis.add_words(category_words("ชาและชาสมุนไพร"))
    assert {"ชา", "สมุนไพร"} <= set(analysis.tokens("ชาและชาสมุนไพร"))
    # a part the dictionary cannot cut (a made-up craft name) is learnt whole
    assert category_words("ผ้าทอ/ญาญ่าโค้ง") == ["ญาญ่าโค้ง"]
