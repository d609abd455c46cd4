"""สมุนไพรที่ไม่ใช่อาหาร (herbal non-food): compress balls, soap, balm, spray."""

from decimal import Decimal as D

from shop.demo.products.base import DemoProduct

_ON_TAI_TH = (
    "จากออนใต้ อำเภอสันกำแพง จังหวัดเชียงใหม่ ชุมชนที่ขึ้นชื่อเรื่องการท่องเที่ยวโดยชุมชน"
    "และสมุนไพร สูตรสมุนไพรของรายการนี้เป็นตัวอย่างประกอบ"
)
_ON_TAI_EN = (
    "From On Tai, San Kamphaeng, Chiang Mai, known for community tourism and herbal "
    "produce. The herb mix of this listing is illustrative."
)
_COSMETIC_TH = "เครื่องสำอางลักษณะนี้ต้องมีเลขที่ใบรับจดแจ้ง เลขในข้อมูลสาธิตไม่ใช่เลขจริง"
_COSMETIC_EN = (
    "Cosmetics like this carry a Thai FDA notification number; any number in demo data is "
    "not real."
)
_HERBAL = "herbal-non-food"

PRODUCTS = [
    DemoProduct(
        upc="DEMO-0501", slug="on-tai-herbal-compress-ball", category=_HERBAL,
        enterprise="on-tai-herbal",
        title="ลูกประคบสมุนไพร ออนใต้", title_en="On Tai herbal compress ball (luk prakop)",
        price=D("89"),
        about=f"ลูกประคบสมุนไพรห่อผ้า นึ่งให้อุ่นแล้วประคบตามร่างกาย {_ON_TAI_TH}",
        about_en=(
            f"A cloth-wrapped ball of herbs to steam warm and press on tired muscles. {_ON_TAI_EN}"
        ),
        accent="#8a9a40",
    ),
    DemoProduct(
        upc="DEMO-0502", slug="on-tai-herbal-compress-balls-pack-of-2", category=_HERBAL,
        enterprise="on-tai-herbal",
        title="ลูกประคบสมุนไพร ออนใต้ แพ็กคู่", title_en="On Tai herbal compress balls, pack of 2",
        price=D("159"),
        about=f"ลูกประคบสมุนไพรห่อผ้า 2 ลูก นึ่งให้อุ่นแล้วประคบตามร่างกาย {_ON_TAI_TH}",
        about_en=(
            "Two cloth-wrapped herbal balls to steam warm and press on tired muscles. "
            f"{_ON_TAI_EN}"
        ),
        accent="#7a8a30",
    ),
    DemoProduct(
        upc="DEMO-0503", slug="on-tai-turmeric-herbal-soap", category=_HERBAL,
        enterprise="on-tai-herbal",
        title="สบู่สมุนไพรขมิ้น ออนใต้", title_en="On Tai turmeric herbal soap",
        price=D("60"),
        about=f"สบู่ก้อนผสมขมิ้น {_ON_TAI_TH} {_COSMETIC_TH}",
        about_en=f"A bar of soap made with turmeric. {_ON_TAI_EN} {_COSMETIC_EN}",
        accent="#e0a020",
    ),
    DemoProduct(
        upc="DEMO-0504", slug="on-tai-plai-herbal-balm", category=_HERBAL,
        enterprise="on-tai-herbal",
        title="ยาหม่องสมุนไพรไพล ออนใต้", title_en="On Tai plai herbal balm",
        price=D("50"),
        about=f"ยาหม่องผสมไพล ใช้ทานวดเบา ๆ {_ON_TAI_TH}",
        about_en=f"A balm made with plai (cassumunar ginger) for gentle massage. {_ON_TAI_EN}",
        accent="#c0a030",
    ),
    DemoProduct(
        upc="DEMO-0505", slug="on-tai-herbal-scented-sachet", category=_HERBAL,
        enterprise="on-tai-herbal",
        title="ถุงหอมสมุนไพร ออนใต้", title_en="On Tai herbal scented sachet",
        price=D("59"),
        about=f"ถุงผ้าบรรจุสมุนไพรแห้งกลิ่นหอม ใช้วางในตู้เสื้อผ้าหรือในรถ {_ON_TAI_TH}",
        about_en=f"A cloth sachet of fragrant dried herbs for a wardrobe or a car. {_ON_TAI_EN}",
        accent="#9a6aa0",
    ),
    DemoProduct(
        upc="DEMO-0506", slug="huai-yai-jiw-citronella-spray", category=_HERBAL,
        enterprise="huai-yai-jiw",
        title="สเปรย์ตะไคร้หอมไล่ยุง", title_en="Citronella mosquito-repellent spray",
        price=D("95"),
        about=(
            "สเปรย์ตะไคร้หอมสำหรับไล่ยุง จากชุมชนห้วยยายจิ๋ว อำเภอเทพสถิต จังหวัดชัยภูมิ "
            "ชุมชนต้นแบบของกรมส่งเสริมอุตสาหกรรม สินค้ารายการนี้เป็นตัวอย่างประกอบ"
        ),
        about_en=(
            "A citronella spray to keep mosquitoes away, from Huai Yai Jiw, Thep Sathit, "
            "Chaiyaphum, DIP's model community. This product is illustrative."
        ),
        accent="#6aa040",
    ),
]
