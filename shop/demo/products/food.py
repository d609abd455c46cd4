"""อาหาร (food): crispy rice from Ban Sala Din, banana chips from Ban Khwao, and more."""

from decimal import Decimal as D

from shop.demo.enterprises import APPLIED_ENTERPRISE
from shop.demo.products.base import DemoProduct, variants

_KHAO_TANG_TH = (
    "ข้าวตังจากบ้านศาลาดิน อำเภอพุทธมณฑล จังหวัดนครปฐม หมู่บ้านที่ขึ้นชื่อเรื่องข้าวตัง "
    "ข้าวสุกตากให้แห้งเป็นแผ่นแล้วทอดจนกรอบ กินเป็นของว่างหรือกินคู่กับน้ำจิ้ม"
)
_KHAO_TANG_EN = (
    "Khao tang from Ban Sala Din in Phutthamonthon, Nakhon Pathom, a village known for its "
    "crispy rice. Cooked rice is dried into sheets and fried until crisp; eat it as a snack "
    "or with a dip."
)

KHAO_TANG = DemoProduct(
    upc="DEMO-0101", slug="khao-tang-crispy-rice-crackers", category="food/snacks",
    enterprise="ban-sala-din-khao-tang",
    title="ข้าวตังกรอบ บ้านศาลาดิน", title_en="Khao tang crispy rice crackers",
    price=D("79"), about=_KHAO_TANG_TH, about_en=_KHAO_TANG_EN, accent="#e0b050",
)

_KLUAY_CHAP_TH = (
    "กล้วยฉาบจากบ้านเขว้า จังหวัดชัยภูมิ ที่ขึ้นชื่อทั้งผ้าไหมมัดหมี่และกล้วยฉาบ "
    "กล้วยดิบฝานบาง ทอดจนกรอบ แล้วเคลือบน้ำตาล"
)
_KLUAY_CHAP_EN = (
    "Banana chips from Ban Khwao, Chaiyaphum, known for both mudmee silk and glazed banana "
    "chips. Thin slices of unripe banana are fried until crisp and glazed with sugar."
)

KLUAY_CHAP = DemoProduct(
    upc="DEMO-0106", slug="kluay-chap-glazed-banana-chips", category="food/snacks",
    enterprise="ban-khwao-farm-housewives",
    title="กล้วยฉาบหวาน บ้านเขว้า", title_en="Kluay chap glazed banana chips",
    price=D("45"), about=_KLUAY_CHAP_TH, about_en=_KLUAY_CHAP_EN, accent="#d9a520",
)

KEROPOK = DemoProduct(
    upc="DEMO-0109", slug="keropok-fish-crackers", category="food/snacks",
    enterprise="koh-yo-seafood",
    title="กรือโป๊ะ ข้าวเกรียบปลา เกาะยอ", title_en="Keropok fish crackers",
    price=D("85"),
    about=(
        "กรือโป๊ะ ข้าวเกรียบปลาแบบภาคใต้ ทอดกรอบพร้อมรับประทาน จากกลุ่มแม่บ้านบนเกาะยอ "
        "จังหวัดสงขลา เกาะที่ขึ้นชื่อเรื่องผ้าฝ้ายทอมือ สินค้าอาหารรายการนี้เป็นตัวอย่างประกอบ"
    ),
    about_en=(
        "Keropok, the fish crackers of southern Thailand, fried crisp and ready to eat, from "
        "a housewives' group on Koh Yo, Songkhla. Koh Yo is known for hand-woven cotton; this "
        "food listing is illustrative."
    ),
    accent="#c8a070",
)

ORGANIC_RICE_TH = (
    "ข้าวจากเกษตรกรในออนใต้ อำเภอสันกำแพง จังหวัดเชียงใหม่ ชุมชนที่ขึ้นชื่อเรื่องสมุนไพร"
    "และผลผลิตอินทรีย์ รายละเอียดการรับรองมาตรฐานอินทรีย์ของรายการนี้เป็นตัวอย่างประกอบ"
)
ORGANIC_RICE_EN = (
    "Rice from farmers in On Tai, San Kamphaeng, Chiang Mai, a community known for herbal "
    "and organic produce. The organic certification details of this listing are "
    "illustrative."
)

PRODUCTS = [
    KHAO_TANG,
    *variants(KHAO_TANG, [
        ("DEMO-0102", "pork-floss", "หน้าหมูหยอง", "topped with pork floss", "#c07840", "89"),
        ("DEMO-0103", "tom-yum", "รสต้มยำ", "tom yum flavour", "#d05030", None),
        ("DEMO-0104", "multigrain", "ธัญพืช", "multigrain", "#a08050", "89"),
        ("DEMO-0105", "family-pack", "แพ็กครอบครัว 500 กรัม", "family pack 500 g", "",
         "199"),
    ]),
    KLUAY_CHAP,
    *variants(KLUAY_CHAP, [
        ("DEMO-0108", "500g", "ถุงใหญ่ 500 กรัม", "500 g bag", "", "150"),
    ]),
    DemoProduct(
        upc="DEMO-0107", slug="kluay-chap-salted-banana-chips", category="food/snacks",
        enterprise="ban-khwao-farm-housewives",
        title="กล้วยฉาบเค็ม บ้านเขว้า", title_en="Kluay chap banana chips, lightly salted",
        price=D("45"),
        about=_KLUAY_CHAP_TH.replace("แล้วเคลือบน้ำตาล", "แล้วโรยเกลือเล็กน้อยแทนการเคลือบน้ำตาล"),
        about_en=_KLUAY_CHAP_EN.replace(
            "and glazed with sugar", "and lightly salted instead of glazed"
        ),
        accent="#c8b040",
    ),
    KEROPOK,
    DemoProduct(
        upc="DEMO-0110", slug="keropok-fish-crackers-uncooked", category="food/snacks",
        enterprise="koh-yo-seafood",
        title="กรือโป๊ะ ข้าวเกรียบปลา แผ่นดิบสำหรับทอดเอง",
        title_en="Keropok fish crackers, uncooked slices to fry at home",
        price=D("95"),
        about=(
            "ข้าวเกรียบปลาแบบแผ่นดิบ ตากแห้งแล้ว นำไปทอดในน้ำมันร้อนได้เองที่บ้าน "
            "จากกลุ่มแม่บ้านบนเกาะยอ จังหวัดสงขลา สินค้ารายการนี้เป็นตัวอย่างประกอบ"
        ),
        about_en=(
            "Dried, uncooked fish-cracker slices to fry in hot oil at home, from a "
            "housewives' group on Koh Yo, Songkhla. This listing is illustrative."
        ),
        accent="#b09070",
    ),
    DemoProduct(
        upc="DEMO-0111", slug="on-tai-organic-brown-rice-1kg", category="food/rice-grains",
        enterprise="on-tai-organic",
        title="ข้าวกล้องอินทรีย์ ออนใต้ 1 กก.", title_en="On Tai organic brown rice, 1 kg",
        price=D("95"), about=ORGANIC_RICE_TH, about_en=ORGANIC_RICE_EN, accent="#8a6a3a",
    ),
    DemoProduct(
        upc="DEMO-0112", slug="on-tai-organic-black-sticky-rice-1kg",
        category="food/rice-grains", enterprise="on-tai-organic",
        title="ข้าวเหนียวดำอินทรีย์ ออนใต้ 1 กก.",
        title_en="On Tai organic black sticky rice, 1 kg",
        price=D("110"), about=ORGANIC_RICE_TH, about_en=ORGANIC_RICE_EN, accent="#3a2a3a",
    ),
    # Its enterprise has only applied: buyers must not see this product.
    DemoProduct(
        upc="DEMO-0113", slug="ban-sala-din-herbal-khao-tang", category="food/snacks",
        enterprise=APPLIED_ENTERPRISE,
        title="ข้าวตังสมุนไพร กลุ่มคนรุ่นใหม่บ้านศาลาดิน",
        title_en="Herbal khao tang crispy rice (new applicant, hidden)",
        price=D("89"),
        about=(
            "ข้าวตังผสมใบมะกรูดและตะไคร้ จากกลุ่มคนรุ่นใหม่บ้านศาลาดินที่เพิ่งสมัครเข้าร่วมตลาด "
            "กลุ่มยังไม่ได้รับอนุมัติ สินค้านี้จึงไม่แสดงต่อผู้ซื้อ รายการนี้มีไว้สาธิตเรื่องนั้น"
        ),
        about_en=(
            "Crispy rice with kaffir-lime leaf and lemongrass from Ban Sala Din young makers, "
            "who have just applied to the market. Their enterprise is not approved yet, so "
            "buyers do not see this product: the listing is there to show that."
        ),
        accent="#7a9a3a",
    ),
]
