"""Products as search documents."""

from decimal import Decimal

import pytest

from search.documents import (
    Product,
    build_documents,
    indexable_products,
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
