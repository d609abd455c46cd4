"""Products as search documents."""

import multiprocessing
from collections import Counter
from decimal import Decimal

import pytest

from search import analysis, vocabulary
from search.documents import (
    Product,
    build_documents,
    document_batches,
    indexable_products,
    indexable_rows,
    load_rows,
    plain_text,
    products_for_indexing,
)

from .factories import EnterpriseFactory, VillageFactory, make_category, make_product

pytestmark = pytest.mark.django_db


def document_of(product):
    return build_documents(indexable_products().filter(pk=product.pk))[0]


def test_document_holds_place_enterprise_price_and_analysed_terms():
    # Given
    village = VillageFactory(
        title="บ้านเขว้า",
        title_en="Ban Khwao",
        changwat="ชัยภูมิ",
        changwat_en="Chaiyaphum",
        is_civ=True,
    )
    enterprise = EnterpriseFactory(name="กลุ่มทอผ้าไหมบ้านเขว้า", village=village)
    textiles = make_category("ผ้า", "Textiles")
    silk = make_category("ผ้าไหม", "Silk", parent=textiles)
    product = make_product(
        "ผ้าไหมมัดหมี่",
        title_en="Mudmee silk",
        description="<p>ทอมือ &amp; ย้อมสีธรรมชาติ</p>",
        price="1250.50",
        enterprise=enterprise,
        categories=[silk],
    )
    # When
    doc = document_of(product)
    # Then
    assert doc["id"] == product.pk
    assert doc["category_ids"] == sorted([textiles.pk, silk.pk])
    assert doc["enterprise_id"] == enterprise.pk
    assert doc["village_id"] == village.pk
    assert (doc["province"], doc["province_en"], doc["is_civ"]) == ("ชัยภูมิ", "Chaiyaphum", True)
    assert doc["price"] == Decimal("1250.50")
    assert doc["in_stock"] is True
    assert doc["description"] == "ทอมือ & ย้อมสีธรรมชาติ"
    assert doc["title_terms"].split() == ["ผ้าไหม", "มัดหมี่", "mudmee", "silk"]
    assert {"บ้านเขว้า", "ชัยภูมิ", "chaiyaphum", "textiles"} <= set(doc["body_terms"].split())
    assert {"ไหม", "มัด", "หมี่"} <= set(doc["subword_terms"].split())


def test_out_of_stock_and_unpriced_products():
    sold_out = make_product("ผ้าขาวม้า", num_in_stock=0)
    unpriced = make_product("ตัวอย่างสินค้า", price=None)
    assert document_of(sold_out)["in_stock"] is False
    doc = document_of(unpriced)
    assert (doc["price"], doc["in_stock"]) == (None, False)
    # still the enterprise's product, from its village, for the facets
    assert doc["enterprise_id"] == unpriced.enterprise_id is not None


def test_only_public_standalone_and_parent_products_get_documents():
    public = make_product("ผ้าไหม")
    hidden = make_product("ผ้าฝ้าย", is_public=False)
    parent = make_product("เสื้อย้อมคราม", price=None, structure="parent")
    child = make_product("", price="300.00", structure="child", parent=parent)
    ids = [public.pk, hidden.pk, parent.pk, child.pk]
    queryset = products_for_indexing(Product.objects.filter(pk__in=ids))
    docs = {doc["id"]: doc for doc in build_documents(queryset)}
    assert set(docs) == {public.pk, parent.pk}
    assert docs[parent.pk]["price"] == Decimal("300.00")


def test_plain_text_drops_tags_and_entities():
    assert plain_text("<h2>ผ้า</h2>\n<p>ไหม&nbsp;แท้ <script>x</script></p>") == "ผ้า ไหม แท้"
    # Paragraphs and line breaks keep words apart; a script is not text a buyer reads.
    assert plain_text("<p>silk</p><p>scarf</p>cotton<br>bag") == "silk scarf cotton bag"
    assert plain_text(None) == ""


def _catalogue():
    """Products whose documents share text: two enterprises in two villages, variants
    priced by their public children, descriptions repeated across products."""
    village = VillageFactory(title="บ้านเขว้า", title_en="Ban Khwao", changwat="ชัยภูมิ")
    other = VillageFactory(title="เกาะเกร็ด", title_en="Ko Kret", changwat="นนทบุรี")
    weavers = EnterpriseFactory(name="กลุ่มทอผ้าไหมบ้านเขว้า", village=village)
    potters = EnterpriseFactory(name="กลุ่มเครื่องปั้นดินเผาเกาะเกร็ด", village=other)
    silk = make_category("ผ้าไหม", "Silk")
    pots = make_category("เครื่องปั้นดินเผา", "Pottery")
    products = []
    for n in range(6):
        products.append(
            make_product(
                f"ผ้าไหมมัดหมี่ลายที่ {n}",
                title_en=f"Mudmee silk pattern {n}",
                description="<p>ทอมือ ย้อมคราม</p><p>silk scarves</p>",
                price=f"{900 + n}.00",
                enterprise=weavers,
                categories=[silk],
            )
        )
        products.append(
            make_product(
                f"แจกันดินเผา {n}",
                title_en=f"Terracotta vase {n}",
                description="ปั้นมือ เผาด้วยเตาฟืน" if n % 2 else "<b>ดินเผา</b>เกาะเกร็ด",
                price=None,
                enterprise=potters,
                categories=[pots],
                structure="parent",
            )
        )
        make_product("", price=f"{300 + n}.00", structure="child", parent=products[-1])
    return products


def test_rows_by_id_range_are_the_rows_by_id_list():
    # Given products with variants between the indexable ones
    products = _catalogue()
    ids = sorted(p.pk for p in products)
    # When a rebuild reads them by the range of their ids
    by_range = load_rows(ids, span=(ids[0], ids[-1]))
    # Then it reads exactly what reading them one by one gives: no variant rows,
    # parents priced by their children
    assert by_range == load_rows(ids)
    assert [row.pk for row in by_range] == ids
    parent = next(row for row in by_range if row.title.startswith("แจกัน"))
    assert parent.stock and all(price is not None for price, _ in parent.stock)


def test_documents_built_by_worker_processes_are_the_same_as_built_here():
    # Given a catalogue of several batches
    products = _catalogue()
    rows = list(indexable_rows(batch_size=4))
    assert len(rows) == len(products) == 12

    def built(workers):
        analysis._forget_memo()  # each way starts from nothing remembered
        batches, processes = [], set()
        for batch in document_batches(rows, 4, count_terms=True, workers=workers):
            batches.append(batch)
            processes.update(child.pid for child in multiprocessing.active_children())
        assert len(processes) == (workers if workers > 1 else 0)
        return (
            [read for read, _, _ in batches],
            [doc for _, docs, _ in batches for doc in docs],
            sum((terms for _, _, terms in batches), Counter()),
        )

    # When the documents are built in two forked worker processes and here
    reads, in_workers, counted = built(workers=2)
    _, here, _ = built(workers=1)
    # Then they are identical, in order, and the term counts are the documents' own
    assert reads == [4, 4, 4]
    assert in_workers == here
    assert [doc["id"] for doc in here] == [row.pk for row in rows]
    assert counted == vocabulary.terms_of(here)
    assert counted["ผ้าไหม"] == 6  # in the six silk products, once each
