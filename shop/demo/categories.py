"""The five OTOP product types as Oscar's root categories, with a few sub-categories.

``code`` (Oscar's unique category code) is the natural key: the full slug path.
Parents come before their children.
"""

#: (code, parent code or None, slug, Thai name, English name)
CATEGORIES = [
    ("food", None, "food", "อาหาร", "Food"),
    ("food/snacks", "food", "snacks", "ขนมและของว่าง", "Snacks"),
    ("food/rice-grains", "food", "rice-grains", "ข้าวและธัญพืช", "Rice and grains"),
    ("beverages", None, "beverages", "เครื่องดื่ม", "Beverages"),
    ("beverages/tea", "beverages", "tea", "ชาและชาสมุนไพร", "Tea and herbal tea"),
    ("textiles-apparel", None, "textiles-apparel", "ผ้าและเครื่องแต่งกาย",
     "Textiles and apparel"),
    ("textiles-apparel/silk", "textiles-apparel", "silk", "ผ้าไหม", "Silk"),
    ("textiles-apparel/cotton", "textiles-apparel", "cotton", "ผ้าฝ้าย", "Cotton"),
    ("household-decor-souvenirs", None, "household-decor-souvenirs",
     "ของใช้/ของตกแต่ง/ของที่ระลึก", "Household, decoration and souvenirs"),
    ("household-decor-souvenirs/pottery", "household-decor-souvenirs", "pottery",
     "เครื่องปั้นดินเผา", "Pottery"),
    ("household-decor-souvenirs/toys-souvenirs", "household-decor-souvenirs",
     "toys-souvenirs", "ของเล่นและของที่ระลึก", "Toys and souvenirs"),
    ("herbal-non-food", None, "herbal-non-food", "สมุนไพรที่ไม่ใช่อาหาร",
     "Herbal products (non-food)"),
]

#: The five OTOP root categories, by code.
OTOP_ROOTS = [code for code, parent, *_ in CATEGORIES if parent is None]

#: Oscar product class every demo product belongs to.
PRODUCT_CLASS = {
    "slug": "community-product",
    "name": "สินค้าชุมชน",
    "requires_shipping": True,
    "track_stock": True,
}
