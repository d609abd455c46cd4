"""ผ้าและเครื่องแต่งกาย (textiles and apparel): Praewa and mudmee silk, indigo and woven cotton."""

from decimal import Decimal as D

from shop.demo.products.base import DemoProduct, variants

PRAEWA_SHAWL = DemoProduct(
    upc="DEMO-0301", slug="praewa-silk-shawl", category="textiles-apparel/silk",
    enterprise="ban-phon-praewa-silk",
    title="ผ้าไหมแพรวา ผ้าสไบ", title_en="Praewa silk shawl",
    price=D("4500"),
    about=(
        "ผ้าไหมแพรวาทอมือจากบ้านโพน อำเภอคำม่วง จังหวัดกาฬสินธุ์ "
        "ผ้าไหมแพรวากาฬสินธุ์ได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) "
        "ผืนนี้เป็นผ้าสไบ สีและลวดลายเป็นตัวอย่างประกอบ"
    ),
    about_en=(
        "Hand-woven Praewa silk from Ban Phon, Kham Muang district, Kalasin. Praewa Kalasin "
        "silk is a registered geographical indication (GI). This piece is a shawl; its "
        "colours and pattern are illustrative."
    ),
)

MUDMEE = DemoProduct(
    upc="DEMO-0305", slug="ban-khwao-mudmee-silk-2m", category="textiles-apparel/silk",
    enterprise="ban-khwao-mudmee-silk",
    title="ผ้าไหมมัดหมี่บ้านเขว้า 2 เมตร", title_en="Ban Khwao mudmee silk, 2 m",
    price=D("2400"),
    about=(
        "ผ้าไหมมัดหมี่ทอมือจากบ้านเขว้า จังหวัดชัยภูมิ มัดหมี่คือการมัดย้อมเส้นไหม"
        "ให้เป็นลวดลายก่อนนำไปทอ ผืนยาว 2 เมตร สำหรับตัดชุด"
    ),
    about_en=(
        "Hand-woven mudmee silk from Ban Khwao, Chaiyaphum. Mudmee is ikat: the silk threads "
        "are tie-dyed into the pattern before weaving. A 2 m length for tailoring."
    ),
)

SIAM_TULIP_SCARF = DemoProduct(
    upc="DEMO-0309", slug="siam-tulip-cotton-scarf", category="textiles-apparel/cotton",
    enterprise="huai-yai-jiw",
    title="ผ้าพันคอฝ้ายทอมือ ลายดอกกระเจียว",
    title_en="Hand-woven cotton scarf, Siam-tulip motif",
    price=D("450"),
    about=(
        "ผ้าพันคอผ้าฝ้ายทอมือ ลายดอกกระเจียว จากชุมชนห้วยยายจิ๋ว อำเภอเทพสถิต จังหวัดชัยภูมิ "
        "ชุมชนต้นแบบของกรมส่งเสริมอุตสาหกรรม (ดีพร้อม) ลวดลายและสินค้านี้เป็นตัวอย่างประกอบ"
    ),
    about_en=(
        "A hand-woven cotton scarf with a Siam-tulip (krachiao) motif from Huai Yai Jiw, "
        "Thep Sathit, Chaiyaphum, DIP's model community. The product and its motif are "
        "illustrative."
    ),
)

INDIGO_SHIRT = DemoProduct(
    upc="DEMO-0311", slug="ban-chiang-indigo-cotton-shirt", category="textiles-apparel/cotton",
    enterprise="ban-chiang-indigo",
    title="เสื้อผ้าฝ้ายย้อมคราม บ้านเชียง", title_en="Ban Chiang indigo-dyed cotton shirt",
    price=D("1290"),
    about=(
        "เสื้อผ้าฝ้ายย้อมครามจากบ้านเชียง อำเภอหนองหาน จังหวัดอุดรธานี "
        "ชุมชนที่ขึ้นชื่อเรื่องผ้าย้อมครามและเครื่องปั้นดินเผาเขียนสีจำลอง "
        "สีครามอาจตกเล็กน้อยในการซักครั้งแรก ควรซักแยก"
    ),
    about_en=(
        "An indigo-dyed cotton shirt from Ban Chiang, Nong Han, Udon Thani, known for indigo "
        "cloth and painted-pottery replicas. Indigo may bleed a little in the first washes, "
        "so wash it separately."
    ),
    accent="#1f2f6f",
)

MUD_CLOTH = DemoProduct(
    upc="DEMO-0315", slug="mud-fermented-hand-stitched-cloth", category="textiles-apparel",
    enterprise="ban-na-ton-chan-cloth",
    title="ผ้าทอหมักโคลนด้นมือ บ้านนาต้นจั่น",
    title_en="Ban Na Ton Chan mud-fermented, hand-stitched cloth",
    price=D("890"),
    about=(
        "ผ้าทอมือที่ผ่านการหมักโคลนและเย็บด้นมือ จากบ้านนาต้นจั่น อำเภอศรีสัชนาลัย จังหวัดสุโขทัย "
        "หมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV) ที่ขึ้นชื่อเรื่องตุ๊กตาบาร์โหน ผ้าหมักโคลน และโฮมสเตย์"
    ),
    about_en=(
        "Hand-woven cloth, fermented in mud and hand-stitched, from Ban Na Ton Chan, Si "
        "Satchanalai, Sukhothai: a Creative Industry Village known for bar-flip dolls, "
        "mud-fermented cloth and homestays."
    ),
    accent="#6f5a40",
)

KOH_YO_TH = (
    "ผ้าฝ้ายทอมือจากเกาะยอ อำเภอเมืองสงขลา จังหวัดสงขลา ชุมชนที่ขึ้นชื่อเรื่องผ้าฝ้ายทอมือ "
    "สีและลวดลายเป็นตัวอย่างประกอบ"
)
KOH_YO_EN = (
    "Hand-woven cotton from Koh Yo, Mueang Songkhla, an island known for its hand-woven "
    "cotton. Colours and pattern are illustrative."
)

PHA_KHAO_MA = DemoProduct(
    upc="DEMO-0319", slug="koh-yo-pha-khao-ma", category="textiles-apparel/cotton",
    enterprise="koh-yo-cotton",
    title="ผ้าขาวม้าฝ้ายทอมือเกาะยอ ลายตาราง",
    title_en="Koh Yo hand-woven cotton pha khao ma (checked cloth)",
    price=D("250"),
    motif="check",
    about=f"ผ้าขาวม้า ผ้าอเนกประสงค์ใช้ได้ทั้งนุ่ง คาดเอว และเช็ดตัว {KOH_YO_TH}",
    about_en=(
        "Pha khao ma, the all-purpose checked cloth worn as a wrap, a sash or a towel. "
        f"{KOH_YO_EN}"
    ),
)

PRODUCTS = [
    *variants(PRAEWA_SHAWL, [
        ("DEMO-0301", "lac-red", "สีแดงครั่ง", "lac red", "#9b1b30", None),
        ("DEMO-0302", "golden-yellow", "สีเหลืองทอง", "golden yellow", "#d4a017", None),
        ("DEMO-0303", "deep-blue", "สีน้ำเงิน", "deep blue", "#1f3a7a", None),
    ]),
    DemoProduct(
        upc="DEMO-0304", slug="praewa-silk-scarf", category="textiles-apparel/silk",
        enterprise="ban-phon-praewa-silk",
        title="ผ้าไหมแพรวา ผ้าพันคอ", title_en="Praewa silk scarf",
        price=D("1800"), about=PRAEWA_SHAWL.about, about_en=PRAEWA_SHAWL.about_en,
        accent="#7a1f5a",
    ),
    *variants(MUDMEE, [
        ("DEMO-0305", "red", "สีแดง", "red", "#a3232f", None),
        ("DEMO-0306", "blue", "สีน้ำเงิน", "blue", "#23408f", None),
        ("DEMO-0307", "green", "สีเขียว", "green", "#2f6f3a", None),
    ]),
    DemoProduct(
        upc="DEMO-0308", slug="ban-khwao-mudmee-silk-4m-purple",
        category="textiles-apparel/silk", enterprise="ban-khwao-mudmee-silk",
        title="ผ้าไหมมัดหมี่บ้านเขว้า 4 เมตร สีม่วง", title_en="Ban Khwao mudmee silk, 4 m, purple",
        price=D("4800"), about=MUDMEE.about.replace("2 เมตร", "4 เมตร"),
        about_en=MUDMEE.about_en.replace("2 m", "4 m"), accent="#5a2a7a",
    ),
    *variants(SIAM_TULIP_SCARF, [
        ("DEMO-0309", "pink", "สีชมพู", "pink", "#d0608a", None),
        ("DEMO-0310", "natural-white", "สีขาวธรรมชาติ", "natural white", "#e8e0cc", None),
    ]),
    *variants(INDIGO_SHIRT, [
        ("DEMO-0311", "size-m", "ไซซ์ M", "size M", "", None),
        ("DEMO-0312", "size-l", "ไซซ์ L", "size L", "", None),
        ("DEMO-0313", "size-xl", "ไซซ์ XL", "size XL", "", None),
    ]),
    DemoProduct(
        upc="DEMO-0314", slug="ban-chiang-indigo-cotton-cloth-2m",
        category="textiles-apparel/cotton", enterprise="ban-chiang-indigo",
        title="ผ้าฝ้ายย้อมครามทอมือ บ้านเชียง 2 เมตร",
        title_en="Ban Chiang hand-woven indigo cotton, 2 m",
        price=D("690"),
        about=(
            "ผ้าฝ้ายทอมือย้อมครามจากบ้านเชียง อำเภอหนองหาน จังหวัดอุดรธานี ผืนยาว 2 เมตร "
            "สำหรับตัดเสื้อผ้าหรือทำของใช้ สีครามอาจตกเล็กน้อยในการซักครั้งแรก ควรซักแยก"
        ),
        about_en=(
            "Hand-woven, indigo-dyed cotton from Ban Chiang, Nong Han, Udon Thani: a 2 m "
            "length for tailoring or crafts. Indigo may bleed a little in the first washes, "
            "so wash it separately."
        ),
        accent="#23306a",
    ),
    MUD_CLOTH,
    DemoProduct(
        upc="DEMO-0316", slug="mud-fermented-cloth-tote-bag", category="textiles-apparel",
        enterprise="ban-na-ton-chan-cloth",
        title="กระเป๋าผ้าหมักโคลนด้นมือ บ้านนาต้นจั่น",
        title_en="Tote bag of mud-fermented, hand-stitched cloth",
        price=D("350"), about=MUD_CLOTH.about, about_en=MUD_CLOTH.about_en, accent="#5a4a30",
    ),
    DemoProduct(
        upc="DEMO-0317", slug="mud-fermented-cloth-scarf", category="textiles-apparel",
        enterprise="ban-na-ton-chan-cloth",
        title="ผ้าพันคอผ้าหมักโคลน บ้านนาต้นจั่น", title_en="Mud-fermented cloth scarf",
        price=D("390"), about=MUD_CLOTH.about, about_en=MUD_CLOTH.about_en, accent="#7a6a50",
    ),
    DemoProduct(
        upc="DEMO-0318", slug="koh-yo-cotton-sarong", category="textiles-apparel/cotton",
        enterprise="koh-yo-cotton",
        title="ผ้าโสร่งฝ้ายทอมือเกาะยอ", title_en="Koh Yo hand-woven cotton sarong",
        price=D("590"),
        motif="check",
        about=f"ผ้าโสร่งผ้าฝ้ายทอมือ {KOH_YO_TH}",
        about_en=f"A hand-woven cotton sarong. {KOH_YO_EN}",
        accent="#2a5a8a",
    ),
    *variants(PHA_KHAO_MA, [
        ("DEMO-0319", "red", "สีแดง", "red check", "#b02a2a", None),
        ("DEMO-0320", "blue", "สีน้ำเงิน", "blue check", "#2a4ab0", None),
    ]),
]
