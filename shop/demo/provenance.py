"""What each demo product is made of, how to care for it, how long it takes and what it weighs.

Values are plausible but illustrative. ``weight_grams`` is the shipping weight,
packaging included; ``size`` is the packed size in cm (length, width, height) and
is given for non-food goods only. Keyed by UPC (see ``shop.demo.products``).
"""

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Provenance:
    short: str
    short_en: str
    materials: str
    materials_en: str
    weight_grams: int
    care: str = ""
    care_en: str = ""
    production_days: int | None = None
    made_to_order: bool = False
    #: Days from order to shipping; required when ``made_to_order``.
    lead_time_days: int | None = None
    #: (length, width, height) in cm, packed.
    size: tuple[str, str, str] | None = None


# --- care instructions -------------------------------------------------------------------

SILK_CARE = (
    "ซักแห้ง หรือซักมือในน้ำเย็นกับแชมพูอ่อน ไม่ขยี้ ไม่บิด ผึ่งในที่ร่ม "
    "รีดด้วยไฟอ่อนโดยมีผ้ารอง"
)
SILK_CARE_EN = (
    "Dry-clean, or hand-wash in cold water with a mild shampoo; do not rub or wring. Dry in "
    "the shade and iron on low heat through a cloth."
)
COTTON_CARE = "ซักมือหรือซักเครื่องโหมดถนอมผ้าในน้ำเย็น ไม่ใช้น้ำยาฟอกขาว ผึ่งในที่ร่ม"
COTTON_CARE_EN = (
    "Hand-wash or machine-wash on a gentle cycle in cold water; no bleach. Dry in the shade."
)
INDIGO_CARE = f"ซักแยกในช่วงแรกเพราะสีครามอาจตกเล็กน้อย {COTTON_CARE}"
INDIGO_CARE_EN = f"Wash separately at first, as indigo may bleed a little. {COTTON_CARE_EN}"
MUD_CARE = f"ผ้าหมักโคลนอาจมีกลิ่นดินอ่อน ๆ ในช่วงแรก ซักแยก {COTTON_CARE}"
MUD_CARE_EN = (
    f"Mud-fermented cloth may smell faintly of earth at first; wash separately. {COTTON_CARE_EN}"
)
POTTERY_CARE = (
    "เช็ดฝุ่นด้วยแปรงขนนุ่มหรือผ้าแห้ง ระวังการกระแทก ดินเผาไม่เคลือบซึมน้ำได้ "
    "ไม่ควรใส่อาหาร"
)
POTTERY_CARE_EN = (
    "Dust with a soft brush or a dry cloth and avoid knocks. Unglazed terracotta is porous: "
    "not for food."
)
LAMP_CARE = f"{POTTERY_CARE} ใช้หลอด LED ที่ไม่ร้อน ถอดปลั๊กก่อนทำความสะอาด"
LAMP_CARE_EN = f"{POTTERY_CARE_EN} Use a cool LED bulb and unplug before cleaning."
TOY_CARE = "เช็ดด้วยผ้าแห้ง เก็บให้พ้นความชื้น ไม่เหมาะสำหรับเด็กอายุต่ำกว่า 3 ปี (มีชิ้นส่วนเล็ก)"
TOY_CARE_EN = "Wipe with a dry cloth and keep dry. Not for children under 3 (small parts)."
FOOD_CARE = "เก็บในที่แห้งและเย็น ปิดถุงให้สนิทหลังเปิด"
FOOD_CARE_EN = "Keep cool and dry; close the bag tightly after opening."
HERBAL_CARE = "เก็บในที่แห้ง พ้นแสงแดด ใช้ภายนอกเท่านั้น"
HERBAL_CARE_EN = "Keep dry and out of the sun. For external use only."


def _family(base, overrides):
    """{upc: Provenance} for products that share ``base`` except for a few fields."""
    return {upc: replace(base, **changes) for upc, changes in overrides.items()}


_KHAO_TANG = Provenance(
    "ข้าวตังกรอบทอดใหม่จากบ้านศาลาดิน", "Freshly fried crispy rice from Ban Sala Din",
    "ข้าวหอมมะลิ น้ำมันรำข้าว เกลือ", "Hom mali rice, rice-bran oil, salt",
    weight_grams=150, care=FOOD_CARE, care_en=FOOD_CARE_EN, production_days=2,
)
_KLUAY_CHAP = Provenance(
    "กล้วยฉาบกรอบจากสวนบ้านเขว้า", "Crisp banana chips from Ban Khwao gardens",
    "กล้วยน้ำว้าดิบ น้ำตาลทราย น้ำมันปาล์ม", "Unripe namwa banana, sugar, palm oil",
    weight_grams=100, care=FOOD_CARE, care_en=FOOD_CARE_EN, production_days=1,
)
_KEROPOK = Provenance(
    "ข้าวเกรียบปลาแบบภาคใต้จากเกาะยอ", "Southern-style fish crackers from Koh Yo",
    "เนื้อปลา แป้งสาคู เกลือ น้ำตาล", "Fish, sago flour, salt, sugar",
    weight_grams=200, care=FOOD_CARE, care_en=FOOD_CARE_EN, production_days=3,
)
_RICE = Provenance(
    "ข้าวอินทรีย์จากเกษตรกรออนใต้", "Organic rice from On Tai farmers",
    "ข้าวกล้องหอมมะลิอินทรีย์ 100%", "100% organic hom mali brown rice",
    weight_grams=1050, care=FOOD_CARE, care_en=FOOD_CARE_EN,
)
_TEA = Provenance(
    "ชาสมุนไพรอบแห้งจากออนใต้", "Dried herbal tea from On Tai",
    "ตะไคร้อบแห้ง 100%", "100% dried lemongrass",
    weight_grams=60, care=FOOD_CARE, care_en=FOOD_CARE_EN, production_days=3,
)
_PRAEWA = Provenance(
    "ผ้าไหมแพรวาทอมือ ลายขิดจกจากบ้านโพน", "Hand-woven Praewa silk from Ban Phon",
    "ไหมไทยพื้นบ้าน 100% ย้อมสีธรรมชาติ", "100% Thai native silk, natural dyes",
    weight_grams=250, care=SILK_CARE, care_en=SILK_CARE_EN,
    production_days=25, made_to_order=True, lead_time_days=30, size=("35", "25", "4"),
)
_MUDMEE = Provenance(
    "ผ้าไหมมัดหมี่ทอมือ สำหรับตัดชุด", "Hand-woven mudmee silk for tailoring",
    "ไหมไทย 100% ย้อมสีเคมีที่ได้มาตรฐาน", "100% Thai silk, standard-grade dyes",
    weight_grams=350, care=SILK_CARE, care_en=SILK_CARE_EN,
    production_days=14, size=("40", "30", "5"),
)
_SCARF = Provenance(
    "ผ้าพันคอฝ้ายทอมือ ลายดอกกระเจียว", "Hand-woven cotton scarf with a Siam-tulip motif",
    "ฝ้าย 100%", "100% cotton",
    weight_grams=120, care=COTTON_CARE, care_en=COTTON_CARE_EN,
    production_days=4, size=("30", "20", "3"),
)
_SHIRT = Provenance(
    "เสื้อผ้าฝ้ายทอมือย้อมครามธรรมชาติ", "Hand-woven cotton shirt dyed with natural indigo",
    "ผ้าฝ้ายทอมือ 100% ย้อมครามธรรมชาติ กระดุมกะลามะพร้าว",
    "100% hand-woven cotton, natural indigo dye, coconut-shell buttons",
    weight_grams=300, care=INDIGO_CARE, care_en=INDIGO_CARE_EN,
    production_days=7, size=("35", "28", "4"),
)
_MUD = Provenance(
    "ผ้าฝ้ายหมักโคลนและด้นมือจากบ้านนาต้นจั่น", "Mud-fermented, hand-stitched cotton",
    "ผ้าฝ้ายทอมือ หมักโคลน ด้ายฝ้ายสำหรับด้นมือ",
    "Hand-woven cotton fermented in mud, cotton stitching thread",
    weight_grams=400, care=MUD_CARE, care_en=MUD_CARE_EN,
    production_days=10, size=("40", "30", "5"),
)
_KOH_YO = Provenance(
    "ผ้าฝ้ายทอมือจากเกาะยอ", "Hand-woven cotton from Koh Yo",
    "ฝ้าย 100%", "100% cotton",
    weight_grams=350, care=COTTON_CARE, care_en=COTTON_CARE_EN,
    production_days=5, size=("35", "25", "5"),
)
_DOLL = Provenance(
    "ตุ๊กตาบาร์โหนไม้ ของเล่นพื้นบ้านทำมือ", "Hand-made wooden bar-flip folk toy",
    "ไม้เนื้ออ่อน เศษผ้าฝ้าย ด้าย สีน้ำ", "Softwood, cotton offcuts, thread, water-based paint",
    weight_grams=150, care=TOY_CARE, care_en=TOY_CARE_EN,
    production_days=2, size=("20", "12", "30"),
)
_KO_KRET = Provenance(
    "ดินเผาแกะสลักลายมอญจากเกาะเกร็ด", "Mon-style carved terracotta from Ko Kret",
    "ดินเหนียวเกาะเกร็ด เผาไม่เคลือบ", "Ko Kret clay, fired unglazed",
    weight_grams=900, care=POTTERY_CARE, care_en=POTTERY_CARE_EN,
    production_days=10, size=("18", "18", "28"),
)
_BAN_CHIANG = Provenance(
    "เครื่องปั้นดินเผาเขียนสีจำลองลายบ้านเชียง", "Painted replica of Ban Chiang pottery",
    "ดินเหนียว สีฝุ่นแดงจากธรรมชาติ", "Clay, natural red-ochre paint",
    weight_grams=900, care=POTTERY_CARE, care_en=POTTERY_CARE_EN,
    production_days=7, size=("20", "20", "25"),
)
_HERBAL = Provenance(
    "ลูกประคบสมุนไพรห่อผ้าจากออนใต้", "Cloth-wrapped herbal compress ball from On Tai",
    "ไพล ขมิ้นชัน ตะไคร้ ใบมะขาม การบูร ผ้าฝ้ายดิบ",
    "Plai, turmeric, lemongrass, tamarind leaves, camphor, raw cotton",
    weight_grams=180, care=HERBAL_CARE, care_en=HERBAL_CARE_EN,
    production_days=1, size=("12", "10", "15"),
)

PROVENANCE: dict[str, Provenance] = {
    # food
    **_family(_KHAO_TANG, {
        "DEMO-0101": {},
        "DEMO-0102": {"materials": "ข้าวหอมมะลิ น้ำมันรำข้าว หมูหยอง น้ำตาล เกลือ",
                      "materials_en": "Hom mali rice, rice-bran oil, pork floss, sugar, salt"},
        "DEMO-0103": {"materials": "ข้าวหอมมะลิ น้ำมันรำข้าว ผงปรุงรสต้มยำ",
                      "materials_en": "Hom mali rice, rice-bran oil, tom yum seasoning"},
        "DEMO-0104": {"materials": "ข้าวหอมมะลิ ข้าวไรซ์เบอร์รี่ งาดำ ลูกเดือย น้ำมันรำข้าว",
                      "materials_en": "Hom mali and riceberry rice, black sesame, Job's tears, "
                                      "rice-bran oil"},
        "DEMO-0105": {"weight_grams": 560},
        "DEMO-0113": {"short": "ข้าวตังผสมสมุนไพร สูตรของกลุ่มคนรุ่นใหม่",
                      "short_en": "Crispy rice with herbs, a young makers' recipe",
                      "materials": "ข้าวหอมมะลิ ใบมะกรูด ตะไคร้ น้ำมันรำข้าว เกลือ",
                      "materials_en": "Hom mali rice, kaffir-lime leaf, lemongrass, "
                                      "rice-bran oil, salt"},
    }),
    **_family(_KLUAY_CHAP, {
        "DEMO-0106": {},
        "DEMO-0107": {"materials": "กล้วยน้ำว้าดิบ เกลือ น้ำมันปาล์ม",
                      "materials_en": "Unripe namwa banana, salt, palm oil"},
        "DEMO-0108": {"weight_grams": 540},
    }),
    **_family(_KEROPOK, {
        "DEMO-0109": {},
        "DEMO-0110": {"short": "แผ่นข้าวเกรียบปลาดิบ ทอดเองที่บ้าน",
                      "short_en": "Uncooked fish-cracker slices to fry at home",
                      "weight_grams": 250, "production_days": 4},
    }),
    **_family(_RICE, {
        "DEMO-0111": {},
        "DEMO-0112": {"materials": "ข้าวเหนียวดำอินทรีย์ 100%",
                      "materials_en": "100% organic black sticky rice"},
    }),
    # beverages
    **_family(_TEA, {
        "DEMO-0201": {},
        "DEMO-0202": {"short": "ดอกอัญชันอบแห้ง ชงได้ชาสีน้ำเงิน",
                      "short_en": "Dried butterfly pea flowers for a blue tea",
                      "materials": "ดอกอัญชันอบแห้ง 100%",
                      "materials_en": "100% dried butterfly pea flowers", "weight_grams": 50},
        "DEMO-0203": {"short": "ขิงผงชงดื่ม หอมร้อน", "short_en": "Warming instant ginger drink",
                      "materials": "ขิงแก่ 40% น้ำตาลทราย 60%",
                      "materials_en": "Mature ginger 40%, sugar 60%", "weight_grams": 200},
        "DEMO-0204": {"short": "ชาใบหม่อนจากหมู่บ้านทอผ้าไหม",
                      "short_en": "Mulberry leaf tea from a silk-weaving village",
                      "materials": "ใบหม่อนอบแห้ง 100%",
                      "materials_en": "100% dried mulberry leaves", "weight_grams": 80},
        "DEMO-0205": {"short": "น้ำกระเจี๊ยบเข้มข้น ผสมน้ำก่อนดื่ม",
                      "short_en": "Roselle concentrate to dilute",
                      "materials": "น้ำกระเจี๊ยบ น้ำตาลทราย เกลือเล็กน้อย",
                      "materials_en": "Roselle extract, sugar, a little salt",
                      "weight_grams": 650, "production_days": 2},
        "DEMO-0206": {"short": "ใบเตยหอมอบแห้ง ชงกับน้ำร้อน",
                      "short_en": "Dried pandan leaves to steep",
                      "materials": "ใบเตยหอมอบแห้ง 100%",
                      "materials_en": "100% dried pandan leaves", "weight_grams": 50},
    }),
    # textiles
    **_family(_PRAEWA, {
        "DEMO-0301": {}, "DEMO-0302": {}, "DEMO-0303": {},
        "DEMO-0304": {"short": "ผ้าพันคอไหมแพรวาทอมือจากบ้านโพน",
                      "short_en": "Hand-woven Praewa silk scarf from Ban Phon",
                      "weight_grams": 120, "production_days": 14, "lead_time_days": 21,
                      "size": ("30", "20", "3")},
    }),
    **_family(_MUDMEE, {
        "DEMO-0305": {}, "DEMO-0306": {}, "DEMO-0307": {},
        "DEMO-0308": {"weight_grams": 650, "production_days": 30, "made_to_order": True,
                      "lead_time_days": 45, "size": ("40", "30", "8")},
    }),
    **_family(_SCARF, {"DEMO-0309": {}, "DEMO-0310": {}}),
    **_family(_SHIRT, {
        "DEMO-0311": {}, "DEMO-0312": {"weight_grams": 320}, "DEMO-0313": {"weight_grams": 340},
        "DEMO-0314": {"short": "ผ้าฝ้ายย้อมครามทอมือ ยาว 2 เมตร",
                      "short_en": "Hand-woven indigo cotton, 2 m length",
                      "materials": "ฝ้าย 100% ย้อมครามธรรมชาติ",
                      "materials_en": "100% cotton, natural indigo dye",
                      "weight_grams": 400, "production_days": 15, "made_to_order": True,
                      "lead_time_days": 20},
    }),
    **_family(_MUD, {
        "DEMO-0315": {},
        "DEMO-0316": {"short": "กระเป๋าผ้าหมักโคลนด้นมือ", "short_en": "Mud-cloth tote bag",
                      "weight_grams": 250, "production_days": 3, "size": ("38", "32", "3")},
        "DEMO-0317": {"short": "ผ้าพันคอผ้าหมักโคลน", "short_en": "Mud-fermented cloth scarf",
                      "weight_grams": 150, "production_days": 4, "size": ("30", "20", "3")},
    }),
    **_family(_KOH_YO, {
        "DEMO-0318": {"short": "ผ้าโสร่งฝ้ายทอมือจากเกาะยอ",
                      "short_en": "Hand-woven cotton sarong from Koh Yo"},
        "DEMO-0319": {"short": "ผ้าขาวม้าฝ้ายทอมือลายตาราง",
                      "short_en": "Hand-woven checked cotton cloth", "weight_grams": 200,
                      "production_days": 3, "size": ("30", "25", "3")},
        "DEMO-0320": {"short": "ผ้าขาวม้าฝ้ายทอมือลายตาราง",
                      "short_en": "Hand-woven checked cotton cloth", "weight_grams": 200,
                      "production_days": 3, "size": ("30", "25", "3")},
    }),
    # household, decoration, souvenirs
    **_family(_DOLL, {
        "DEMO-0401": {},
        "DEMO-0402": {"weight_grams": 400, "production_days": 5, "size": ("30", "20", "30")},
        "DEMO-0403": {"weight_grams": 300, "production_days": 3, "size": ("25", "15", "45")},
    }),
    **_family(_KO_KRET, {
        "DEMO-0404": {"short": "โคมไฟดินเผาแกะสลักลายมอญ แสงลอดลาย",
                      "short_en": "Carved terracotta lamp that casts its pattern in light",
                      "materials": "ดินเหนียวเกาะเกร็ด เผาไม่เคลือบ ชุดขั้วหลอดไฟ E27 และสายไฟ",
                      "materials_en": "Ko Kret clay fired unglazed, E27 lamp holder and cord",
                      "care": LAMP_CARE, "care_en": LAMP_CARE_EN, "weight_grams": 1200,
                      "production_days": 14, "size": ("22", "22", "32")},
        "DEMO-0405": {},
        "DEMO-0406": {"weight_grams": 150, "production_days": 3, "size": ("10", "10", "12")},
        "DEMO-0407": {"weight_grams": 800, "size": ("16", "16", "30")},
    }),
    **_family(_BAN_CHIANG, {
        "DEMO-0408": {},
        "DEMO-0409": {"weight_grams": 2500, "production_days": 12, "size": ("32", "32", "40")},
        "DEMO-0410": {"short": "ที่รองแก้วดินเผาเขียนสีลายบ้านเชียง",
                      "short_en": "Painted terracotta coasters in Ban Chiang patterns",
                      "weight_grams": 600, "production_days": 4, "size": ("12", "12", "6")},
    }),
    # herbal, non-food
    **_family(_HERBAL, {
        "DEMO-0501": {},
        "DEMO-0502": {"weight_grams": 360, "size": ("22", "12", "15")},
        "DEMO-0503": {"short": "สบู่ก้อนผสมขมิ้น ทำมือ", "short_en": "Hand-made turmeric soap",
                      "materials": "น้ำมันมะพร้าว น้ำมันรำข้าว ขมิ้นชัน โซเดียมไฮดรอกไซด์",
                      "materials_en": "Coconut oil, rice-bran oil, turmeric, sodium hydroxide",
                      "weight_grams": 100, "production_days": 30, "size": ("9", "6", "3")},
        "DEMO-0504": {"short": "ยาหม่องไพลสำหรับนวดเบา ๆ",
                      "short_en": "Plai balm for gentle massage",
                      "materials": "ไพล ขี้ผึ้ง พาราฟิน เมนทอล การบูร",
                      "materials_en": "Plai, beeswax, paraffin, menthol, camphor",
                      "weight_grams": 30, "size": ("5", "5", "3")},
        "DEMO-0505": {"short": "ถุงหอมสมุนไพรแห้ง", "short_en": "Dried-herb scented sachet",
                      "materials": "ตะไคร้ ใบเตย ดอกมะลิแห้ง ผ้าฝ้าย",
                      "materials_en": "Lemongrass, pandan, dried jasmine, cotton cloth",
                      "weight_grams": 50, "size": ("12", "8", "3")},
        "DEMO-0506": {"short": "สเปรย์ตะไคร้หอมไล่ยุง", "short_en": "Citronella mosquito spray",
                      "materials": "น้ำมันตะไคร้หอม แอลกอฮอล์ น้ำ",
                      "materials_en": "Citronella oil, alcohol, water",
                      "care": "เก็บให้พ้นมือเด็กและเปลวไฟ ห้ามฉีดเข้าตา",
                      "care_en": "Keep away from children and flames; do not spray in the eyes.",
                      "weight_grams": 120, "size": ("4", "4", "15")},
    }),
}
