"""ของใช้/ของตกแต่ง/ของที่ระลึก (household, decoration, souvenirs): dolls and pottery."""

from decimal import Decimal as D

from shop.demo.products.base import DemoProduct

_DOLL_TH = (
    "ตุ๊กตาบาร์โหน ของเล่นพื้นบ้านที่ตุ๊กตาหมุนตีลังกาบนราว ผลงานขึ้นชื่อของบ้านนาต้นจั่น "
    "อำเภอศรีสัชนาลัย จังหวัดสุโขทัย หมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV)"
)
_DOLL_EN = (
    "Tukata bar-no, the folk toy whose doll flips over its bar, is what Ban Na Ton Chan in "
    "Si Satchanalai, Sukhothai, a Creative Industry Village, is known for."
)
_KO_KRET_TH = (
    "เครื่องปั้นดินเผาแกะสลักแบบมอญจากเกาะเกร็ด อำเภอปากเกร็ด จังหวัดนนทบุรี "
    "เครื่องปั้นดินเผาเกาะเกร็ดได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI)"
)
_KO_KRET_EN = (
    "Mon-style carved terracotta from Ko Kret, Pak Kret, Nonthaburi. Ko Kret pottery is a "
    "registered geographical indication (GI)."
)
_BAN_CHIANG_TH = (
    "เครื่องปั้นดินเผาเขียนสีจำลองจากบ้านเชียง อำเภอหนองหาน จังหวัดอุดรธานี "
    "ทำตามแบบภาชนะเขียนสีโบราณของบ้านเชียง เป็นของจำลองเพื่อการตกแต่ง ไม่ใช่โบราณวัตถุ"
)
_BAN_CHIANG_EN = (
    "A painted-pottery replica from Ban Chiang, Nong Han, Udon Thani, modelled on the "
    "ancient painted pottery of Ban Chiang. A decorative replica, not an antiquity."
)

_TOYS = "household-decor-souvenirs/toys-souvenirs"
_POTTERY = "household-decor-souvenirs/pottery"

PRODUCTS = [
    DemoProduct(
        upc="DEMO-0401", slug="bar-flip-toy-doll", category=_TOYS,
        enterprise="ban-na-ton-chan-dolls",
        title="ตุ๊กตาบาร์โหน บ้านนาต้นจั่น", title_en="Tukata bar-no bar-flip toy doll",
        price=D("180"), about=_DOLL_TH, about_en=_DOLL_EN, accent="#c0392b",
    ),
    DemoProduct(
        upc="DEMO-0402", slug="bar-flip-toy-dolls-set-of-3", category=_TOYS,
        enterprise="ban-na-ton-chan-dolls",
        title="ตุ๊กตาบาร์โหน ชุด 3 ตัว", title_en="Tukata bar-no bar-flip toy dolls, set of 3",
        price=D("500"), about=_DOLL_TH, about_en=_DOLL_EN, accent="#2e86c1",
    ),
    DemoProduct(
        upc="DEMO-0403", slug="bar-flip-toy-doll-large", category=_TOYS,
        enterprise="ban-na-ton-chan-dolls",
        title="ตุ๊กตาบาร์โหน ขนาดใหญ่", title_en="Tukata bar-no bar-flip toy doll, large",
        price=D("290"), about=_DOLL_TH, about_en=_DOLL_EN, accent="#27ae60",
    ),
    DemoProduct(
        upc="DEMO-0404", slug="ko-kret-carved-terracotta-lamp", category=_POTTERY,
        enterprise="ko-kret-pottery",
        title="โคมไฟดินเผาแกะสลักลายมอญ เกาะเกร็ด", title_en="Ko Kret carved terracotta lamp",
        price=D("690"), about=f"โคมไฟ{_KO_KRET_TH}", about_en=f"A lamp of {_KO_KRET_EN}",
        accent="#b5562b",
    ),
    DemoProduct(
        upc="DEMO-0405", slug="ko-kret-carved-terracotta-water-jar-small",
        category=_POTTERY, enterprise="ko-kret-pottery",
        title="คนโทดินเผาแกะสลัก เกาะเกร็ด ขนาดเล็ก",
        title_en="Ko Kret carved terracotta water jar (khon tho), small",
        price=D("390"), about=f"คนโท{_KO_KRET_TH}",
        about_en=f"A small khon tho water jar of {_KO_KRET_EN}", accent="#a04a24",
    ),
    DemoProduct(
        upc="DEMO-0406", slug="ko-kret-miniature-carved-terracotta-pot", category=_POTTERY,
        enterprise="ko-kret-pottery",
        title="ดินเผาจิ๋วแกะสลัก เกาะเกร็ด", title_en="Ko Kret miniature carved terracotta pot",
        price=D("290"), about=f"ของที่ระลึกขนาดจิ๋ว งาน{_KO_KRET_TH}",
        about_en=f"A miniature souvenir pot of {_KO_KRET_EN}", accent="#c46a3a",
    ),
    DemoProduct(
        upc="DEMO-0407", slug="ko-kret-carved-terracotta-vase", category=_POTTERY,
        enterprise="ko-kret-pottery",
        title="แจกันดินเผาแกะสลัก เกาะเกร็ด", title_en="Ko Kret carved terracotta vase",
        price=D("450"), about=f"แจกัน{_KO_KRET_TH}", about_en=f"A vase of {_KO_KRET_EN}",
        accent="#94431f",
    ),
    DemoProduct(
        upc="DEMO-0408", slug="ban-chiang-painted-pottery-replica", category=_POTTERY,
        enterprise="ban-chiang-pottery",
        title="ไหดินเผาเขียนสีลายบ้านเชียง (จำลอง)",
        title_en="Ban Chiang painted-pottery replica",
        price=D("450"), about=_BAN_CHIANG_TH, about_en=_BAN_CHIANG_EN, accent="#a0402a",
    ),
    DemoProduct(
        upc="DEMO-0409", slug="ban-chiang-painted-pottery-replica-large", category=_POTTERY,
        enterprise="ban-chiang-pottery",
        title="ไหดินเผาเขียนสีลายบ้านเชียง (จำลอง) ขนาดใหญ่",
        title_en="Ban Chiang painted-pottery replica, large",
        price=D("950"), about=_BAN_CHIANG_TH, about_en=_BAN_CHIANG_EN, accent="#8a3020",
    ),
    DemoProduct(
        upc="DEMO-0410", slug="ban-chiang-painted-terracotta-coasters", category=_POTTERY,
        enterprise="ban-chiang-pottery",
        title="ที่รองแก้วดินเผาเขียนสีลายบ้านเชียง ชุด 4 ชิ้น",
        title_en="Ban Chiang painted terracotta coasters, set of 4",
        price=D("220"),
        about=(
            "ที่รองแก้วดินเผาเขียนสีตามลวดลายเครื่องปั้นดินเผาบ้านเชียง "
            "จากบ้านเชียง อำเภอหนองหาน จังหวัดอุดรธานี ลวดลายเป็นตัวอย่างประกอบ"
        ),
        about_en=(
            "Terracotta coasters painted after the patterns of Ban Chiang pottery, from Ban "
            "Chiang, Nong Han, Udon Thani. The patterns are illustrative."
        ),
        accent="#b04a30",
    ),
]
