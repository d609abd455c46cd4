"""เครื่องดื่ม (beverages): herbal teas and drinks from On Tai, Ban Khwao and Huai Yai Jiw."""

from decimal import Decimal as D

from shop.demo.products.base import DemoProduct

_ON_TAI_TH = (
    "จากออนใต้ อำเภอสันกำแพง จังหวัดเชียงใหม่ ชุมชนที่ขึ้นชื่อเรื่องการท่องเที่ยวโดยชุมชน "
    "สมุนไพร และผลผลิตอินทรีย์ สูตรและส่วนผสมของรายการนี้เป็นตัวอย่างประกอบ"
)
_ON_TAI_EN = (
    "From On Tai, San Kamphaeng, Chiang Mai, known for community tourism and for herbal and "
    "organic produce. The recipe and ingredients of this listing are illustrative."
)
_HUAI_YAI_JIW_TH = (
    "จากชุมชนห้วยยายจิ๋ว อำเภอเทพสถิต จังหวัดชัยภูมิ ชุมชนต้นแบบของกรมส่งเสริมอุตสาหกรรม "
    "สินค้ารายการนี้เป็นตัวอย่างประกอบ"
)
_HUAI_YAI_JIW_EN = (
    "From Huai Yai Jiw, Thep Sathit, Chaiyaphum, DIP's model community. This product is "
    "illustrative."
)

PRODUCTS = [
    DemoProduct(
        upc="DEMO-0201", slug="on-tai-lemongrass-tea-20-bags", category="beverages/tea",
        enterprise="on-tai-organic",
        title="ชาตะไคร้ ออนใต้ 20 ซอง", title_en="On Tai lemongrass tea, 20 bags",
        price=D("80"),
        about=f"ชาตะไคร้อบแห้งบรรจุซอง ชงกับน้ำร้อน {_ON_TAI_TH}",
        about_en=f"Dried lemongrass in tea bags; steep in hot water. {_ON_TAI_EN}",
        accent="#9ab040",
    ),
    DemoProduct(
        upc="DEMO-0202", slug="on-tai-butterfly-pea-flower-tea", category="beverages/tea",
        enterprise="on-tai-organic",
        title="ชาดอกอัญชันอบแห้ง ออนใต้", title_en="On Tai dried butterfly pea flower tea",
        price=D("90"),
        about=f"ดอกอัญชันอบแห้ง ชงแล้วได้น้ำสีน้ำเงิน บีบมะนาวแล้วเปลี่ยนเป็นสีม่วง {_ON_TAI_TH}",
        about_en=(
            "Dried butterfly pea flowers that brew a blue tea, turning purple with a squeeze "
            f"of lime. {_ON_TAI_EN}"
        ),
        accent="#3050b0",
    ),
    DemoProduct(
        upc="DEMO-0203", slug="on-tai-instant-ginger-drink", category="beverages",
        enterprise="on-tai-organic",
        title="เครื่องดื่มขิงผงสำเร็จรูป ออนใต้", title_en="On Tai instant ginger drink",
        price=D("85"),
        about=f"ขิงผงชนิดชงดื่ม ละลายในน้ำร้อน {_ON_TAI_TH}",
        about_en=f"Powdered ginger drink; dissolve in hot water. {_ON_TAI_EN}",
        accent="#d0a040",
    ),
    DemoProduct(
        upc="DEMO-0204", slug="ban-khwao-mulberry-leaf-tea", category="beverages/tea",
        enterprise="ban-khwao-farm-housewives",
        title="ชาใบหม่อน บ้านเขว้า", title_en="Ban Khwao mulberry leaf tea",
        price=D("120"),
        about=(
            "ชาใบหม่อนอบแห้ง ใบหม่อนเป็นอาหารของหนอนไหม พืชคุ้นเคยของหมู่บ้านทอผ้าไหม "
            "อย่างบ้านเขว้า จังหวัดชัยภูมิ สินค้ารายการนี้เป็นตัวอย่างประกอบ"
        ),
        about_en=(
            "Dried mulberry leaf tea. Mulberry leaves feed silkworms, so the plant is familiar "
            "in silk-weaving villages such as Ban Khwao, Chaiyaphum. This product is "
            "illustrative."
        ),
        accent="#507a30",
    ),
    DemoProduct(
        upc="DEMO-0205", slug="huai-yai-jiw-roselle-drink-concentrate",
        category="beverages", enterprise="huai-yai-jiw",
        title="น้ำกระเจี๊ยบเข้มข้น 500 มล.", title_en="Roselle drink concentrate, 500 ml",
        price=D("60"),
        about=f"น้ำกระเจี๊ยบชนิดเข้มข้น ผสมน้ำเย็นก่อนดื่ม {_HUAI_YAI_JIW_TH}",
        about_en=f"Roselle concentrate; dilute with cold water. {_HUAI_YAI_JIW_EN}",
        accent="#a02040",
    ),
    DemoProduct(
        upc="DEMO-0206", slug="huai-yai-jiw-pandan-tea", category="beverages/tea",
        enterprise="huai-yai-jiw",
        title="ชาใบเตยหอม", title_en="Pandan leaf tea",
        price=D("70"),
        about=f"ใบเตยหอมอบแห้ง ชงกับน้ำร้อน กลิ่นหอมอ่อน ๆ {_HUAI_YAI_JIW_TH}",
        about_en=f"Dried pandan leaves with a gentle scent; steep in hot water. {_HUAI_YAI_JIW_EN}",
        accent="#3a9a50",
    ),
]
