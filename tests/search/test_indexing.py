"""Model changes reach the index after commit, in one batch, and never break a save."""

import pytest
from django.db import transaction

from search import tasks
from search.backends import get_backend
from search.backends.base import SearchQuery
from search.backends.database import DatabaseBackend
from search.models import ProductDocument

from .factories import EnterpriseFactory, make_category, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def realtime(search_settings):
    """Realtime indexing on, into the database backend."""
    search_settings.SHOP_SEARCH_REALTIME = True
    search_settings.SHOP_SEARCH_BACKEND = "database"
    return search_settings


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


def found(text="", **kwargs):
    return get_backend("database").search(SearchQuery(text=text, **kwargs)).ids


def test_a_new_product_is_searchable_once_its_transaction_commits(
    realtime, django_capture_on_commit_callbacks
):
    # When
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        product = make_product("ตะกร้าหวายสาน")
        # Then: nothing before the commit
        assert not ProductDocument.objects.exists()
    assert len(callbacks) == 1
    assert found("หวาย") == [product.pk]


def test_changes_in_one_transaction_are_indexed_in_one_batch(
    realtime, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = make_product("หมวกสานใบลาน")
        second = make_product("กระเป๋าสานกระจูด")
    assert enqueued == [sorted([first.pk, second.pk])]


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


def test_nothing_is_indexed_when_realtime_indexing_is_off(
    search_settings, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_product("ผ้าไหม")
    assert enqueued == []


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
    with django_capture_on_commit_callbacks(execute=True):
        deleted.delete()
        hidden.is_public = False
        hidden.save()
    assert found("โคมไฟ") == []


def test_an_indexing_failure_is_logged_and_never_breaks_the_save(
    realtime, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    # Given a backend that fails
    def broken(self, products):
        raise RuntimeError("disk full")

    monkeypatch.setattr(DatabaseBackend, "index", broken)
    # When
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("ผ้าห่มนวม")
    # Then: the product is saved and the failure logged
    assert product.pk is not None
    assert "could not index products" in caplog.text
    assert "disk full" in caplog.text


def test_saving_while_elasticsearch_is_down_still_updates_the_database_index(
    realtime, unreachable_url, caplog, django_capture_on_commit_callbacks
):
    # Given
    realtime.SHOP_SEARCH_BACKEND = "elasticsearch"
    realtime.SHOP_ELASTICSEARCH_URL = unreachable_url
    # When
    with django_capture_on_commit_callbacks(execute=True):
        product = make_product("น้ำพริกเผาสูตรโบราณ")
    # Then
    assert found("น้ำพริกเผา") == [product.pk]
    assert "elasticsearch unavailable" in caplog.text
