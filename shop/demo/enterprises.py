"""Community enterprises (วิสาหกิจชุมชน) of the demo: Oscar partners tied to a village.

The names follow the patterns real groups use ("กลุ่มทอผ้า…บ้าน…",
"วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรบ้าน…") but the groups themselves are invented;
no real person is named. Registration numbers start with "DEMO-", phone numbers,
e-mail addresses (``@chumchon.test``), LINE ids and the one tax id are invented too.
``code`` is the natural key the loader matches on.
"""

from dataclasses import dataclass
from decimal import Decimal

from shop.demo import ILLUSTRATIVE

#: Every demo enterprise has the same invented contact, so no real person is named.
CONTACT_NAME = "ผู้ประสานงานกลุ่ม (ตัวอย่าง) / Group coordinator (demo)"
#: Platform commission of every demo enterprise, percent.
COMMISSION_RATE = Decimal("10.00")

STORY_NOTE_TH = f"เรื่องราวนี้เขียนขึ้นเพื่อการสาธิต กลุ่มนี้ไม่มีอยู่จริง {ILLUSTRATIVE}"
STORY_NOTE_EN = f"This story was written for the demo; the group is invented {ILLUSTRATIVE}."


@dataclass(frozen=True)
class DemoEnterprise:
    code: str
    name: str
    name_en: str
    #: Slug of the village page (see ``shop.demo.villages``).
    village: str
    #: Serial used in the invented registration number, phone and LINE id.
    serial: int
    members_count: int
    brand_colour: str
    #: One or two sentences each; the loader adds the "illustrative" note.
    story: str
    story_en: str
    status: str = "approved"
    vat_registered: bool = False
    tax_id: str = ""

    @property
    def registration_number(self):
        return f"DEMO-{self.serial:04d}"

    @property
    def phone(self):
        return f"080-000-{self.serial:04d}"

    @property
    def email(self):
        return f"{self.code}@chumchon.test"

    @property
    def line_id(self):
        return f"demo-{self.code}"

    @property
    def monogram(self):
        """Two capitals for the logo, from the English name's first two words."""
        words = [word for word in self.name_en.replace("-", " ").split() if word[0].isalpha()]
        return "".join(word[0] for word in words[:2]).upper()

    @property
    def full_story(self):
        return f"<p>{self.story}</p><p><em>{STORY_NOTE_TH}</em></p>"

    @property
    def full_story_en(self):
        return f"<p>{self.story_en}</p><p><em>{STORY_NOTE_EN}</em></p>"


#: Code of the enterprise that has applied but is not approved yet: its product stays
#: hidden from buyers, which is what the demo shows with it.
APPLIED_ENTERPRISE = "ban-sala-din-young-makers"

ENTERPRISES = [
    DemoEnterprise(
        "ban-phon-praewa-silk", "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        "Ban Phon Praewa Silk Weaving Group", "ban-phon", 1, 48, "#9B1B30",
        "สมาชิกส่วนใหญ่เป็นช่างทอหญิงที่ทอผ้าไหมแพรวาด้วยกี่พื้นบ้านที่บ้าน "
        "ผ้าแต่ละผืนใช้เวลาหลายสัปดาห์ จึงรับทำตามสั่งเป็นส่วนใหญ่",
        "Most members are women who weave Praewa silk on home looms. A piece takes weeks, "
        "so most are made to order.",
        vat_registered=True, tax_id="0994000123451",
    ),
    DemoEnterprise(
        "ban-khwao-mudmee-silk", "กลุ่มทอผ้าไหมมัดหมี่บ้านเขว้า",
        "Ban Khwao Mudmee Silk Weaving Group", "ban-khwao", 2, 35, "#5A2A7A",
        "ช่างทอมัดหมี่และย้อมเส้นไหมเองในกลุ่ม แบ่งงานกันตั้งแต่มัดลายจนถึงทอ",
        "Members tie, dye and weave the silk themselves, sharing the work from tying the "
        "pattern to weaving.",
    ),
    DemoEnterprise(
        "ban-khwao-farm-housewives", "วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรบ้านเขว้า",
        "Ban Khwao Farm Housewives Community Enterprise", "ban-khwao", 3, 22, "#D9A520",
        "กลุ่มแม่บ้านแปรรูปกล้วยและใบหม่อนจากสวนของสมาชิกเป็นของว่างและชา",
        "A housewives' group that turns bananas and mulberry leaves from members' gardens "
        "into snacks and tea.",
    ),
    DemoEnterprise(
        "ban-na-ton-chan-cloth", "กลุ่มผ้าทอหมักโคลนบ้านนาต้นจั่น",
        "Ban Na Ton Chan Mud-Fermented Cloth Group", "ban-na-ton-chan", 4, 30, "#6F5A40",
        "สมาชิกทอผ้าฝ้าย หมักโคลน และเย็บด้นมือ ขายให้นักท่องเที่ยวที่มาพักโฮมสเตย์ในหมู่บ้าน",
        "Members weave cotton, ferment it in mud and hand-stitch it, selling to visitors who "
        "stay in the village's homestays.",
    ),
    DemoEnterprise(
        "ban-na-ton-chan-dolls", "กลุ่มตุ๊กตาบาร์โหนบ้านนาต้นจั่น",
        "Ban Na Ton Chan Bar-Flip Doll Group", "ban-na-ton-chan", 5, 15, "#C0392B",
        "ผู้สูงอายุและคนรุ่นใหม่ในหมู่บ้านทำตุ๊กตาบาร์โหนจากไม้และเศษผ้าด้วยกัน",
        "Older and younger villagers make bar-flip dolls together from wood and cloth "
        "offcuts.",
    ),
    DemoEnterprise(
        "ko-kret-pottery", "กลุ่มเครื่องปั้นดินเผาแกะสลักเกาะเกร็ด",
        "Ko Kret Carved Pottery Group", "ko-kret", 6, 26, "#B5562B",
        "ช่างปั้นและช่างแกะลายสืบทอดงานดินเผาแบบมอญ ปั้น แกะ และเผาในเตาของกลุ่ม",
        "Potters and carvers carry on Mon-style terracotta: they throw, carve and fire in "
        "the group's kiln.",
    ),
    DemoEnterprise(
        "ban-chiang-pottery", "กลุ่มเครื่องปั้นดินเผาเขียนสีบ้านเชียง",
        "Ban Chiang Painted Pottery Group", "ban-chiang", 7, 18, "#A0402A",
        "สมาชิกปั้นและเขียนสีภาชนะจำลองตามลายโบราณของบ้านเชียงเป็นของที่ระลึก",
        "Members make and paint replicas of Ban Chiang's ancient pottery as souvenirs.",
    ),
    DemoEnterprise(
        "ban-chiang-indigo", "กลุ่มผ้าฝ้ายย้อมครามบ้านเชียง",
        "Ban Chiang Indigo Cotton Group", "ban-chiang", 8, 24, "#1F2F6F",
        "กลุ่มปลูกคราม ก่อหม้อนิล ย้อม และทอผ้าฝ้ายเอง แล้วตัดเย็บเป็นเสื้อ",
        "The group grows indigo, keeps its own dye vats, dyes and weaves cotton, and sews "
        "shirts.",
    ),
    DemoEnterprise(
        "ban-sala-din-khao-tang", "วิสาหกิจชุมชนข้าวตังบ้านศาลาดิน",
        "Ban Sala Din Crispy Rice Community Enterprise", "ban-sala-din", 9, 40, "#E0B050",
        "สมาชิกทำข้าวตังจากข้าวหอมมะลิในโรงเรือนของกลุ่ม ตากแดดและทอดใหม่ทุกสัปดาห์",
        "Members make crispy rice from hom mali rice in the group's workshop, sun-drying and "
        "frying fresh every week.",
    ),
    DemoEnterprise(
        "on-tai-organic", "วิสาหกิจชุมชนเกษตรอินทรีย์ออนใต้",
        "On Tai Organic Farming Community Enterprise", "on-tai", 10, 55, "#6A8A30",
        "เกษตรกรสมาชิกปลูกข้าวและสมุนไพรแบบอินทรีย์ และต้อนรับนักท่องเที่ยวเชิงเกษตร",
        "Member farmers grow rice and herbs organically and welcome farm visitors.",
    ),
    DemoEnterprise(
        "on-tai-herbal", "วิสาหกิจชุมชนสมุนไพรออนใต้",
        "On Tai Herbal Community Enterprise", "on-tai", 11, 20, "#8A9A40",
        "กลุ่มแปรรูปสมุนไพรจากแปลงของสมาชิกเป็นลูกประคบ สบู่ และยาหม่อง",
        "The group turns herbs from members' plots into compress balls, soap and balm.",
    ),
    DemoEnterprise(
        "huai-yai-jiw", "วิสาหกิจชุมชนบ้านห้วยยายจิ๋ว",
        "Huai Yai Jiw Community Enterprise", "huai-yai-jiw", 12, 60, "#D0608A",
        "ชุมชนต้นแบบที่สมาชิกหลายกลุ่มอาชีพร่วมกันผลิตผ้าทอ เครื่องดื่ม และสมุนไพร",
        "A model community whose occupational groups together make woven cloth, drinks and "
        "herbal goods.",
    ),
    DemoEnterprise(
        "koh-yo-cotton", "กลุ่มทอผ้าฝ้ายเกาะยอ",
        "Koh Yo Cotton Weaving Group", "koh-yo", 13, 28, "#2A5A8A",
        "ช่างทอบนเกาะยอทอผ้าฝ้ายลายตารางและผ้าโสร่งด้วยกี่กระตุก",
        "Weavers on Koh Yo make checked cotton and sarongs on fly-shuttle looms.",
    ),
    DemoEnterprise(
        "koh-yo-seafood", "วิสาหกิจชุมชนกลุ่มแม่บ้านแปรรูปอาหารทะเลเกาะยอ",
        "Koh Yo Seafood Processing Housewives Community Enterprise", "koh-yo", 14, 32,
        "#C8A070",
        "แม่บ้านชาวประมงแปรรูปปลาจากเรือประมงพื้นบ้านเป็นกรือโป๊ะ",
        "Fishing families' housewives turn the catch of small local boats into keropok.",
    ),
    DemoEnterprise(
        APPLIED_ENTERPRISE, "กลุ่มแปรรูปข้าวตังคนรุ่นใหม่บ้านศาลาดิน (สมัครใหม่)",
        "Ban Sala Din Young Makers (new applicant)", "ban-sala-din", 15, 12, "#7A9A3A",
        "กลุ่มคนรุ่นใหม่ที่เพิ่งสมัครเข้าร่วมตลาด ยังรอเจ้าหน้าที่ตรวจสอบ "
        "สินค้าของกลุ่มจึงยังไม่แสดงต่อผู้ซื้อ",
        "Young people who have just applied to join the market. DIP staff have not approved "
        "them yet, so buyers do not see their product: this enterprise shows that.",
        status="applied",
    ),
]
