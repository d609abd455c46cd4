"""The Wagtail pages of the demo: the home page, the village index and nine real villages.

Every fact in a village's fields and story comes from the project's domain notes
(DOMAIN.md). Where the notes give no subdistrict, district or postcode the field
stays empty rather than guessed. The enterprises shown on a village page are
invented, and each story says so.
"""

from shop.demo import ILLUSTRATIVE

#: Django's Site and Wagtail's default Site both answer at this address.
SITE = {"name": "Chumchon Market", "hostname": "127.0.0.1", "port": 8000}

HOME = {
    "slug": "home",
    "title": "ตลาดชุมชน",
    "intro": "สินค้าจากวิสาหกิจชุมชนไทย — เว็บไซต์สาธิต ร้านค้าและสินค้าเป็นตัวอย่างประกอบ",
    "intro_en": (
        "Products from Thai community enterprises — a demo site: "
        "the enterprises and products are illustrative."
    ),
}

VILLAGE_INDEX = {"slug": "villages", "title": "หมู่บ้าน"}

_DEMO_NOTE_TH = (
    f"<p>กลุ่มวิสาหกิจชุมชนและสินค้าที่แสดงในหน้านี้เป็นข้อมูลสาธิต {ILLUSTRATIVE}</p>"
)
_DEMO_NOTE_EN = (
    f"<p>The community enterprises and products shown on this page are demo data "
    f"{ILLUSTRATIVE}.</p>"
)
_CIV_TH = (
    "<p>ในปี 2560 (2017) กรมส่งเสริมอุตสาหกรรม (ดีพร้อม) ระบุให้เป็นหนึ่งในหมู่บ้านนำร่อง"
    "ของหมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV) ชุมชนที่ผสมทุนทางวัฒนธรรมกับการออกแบบ"
    "เพื่อการท่องเที่ยว ของที่ระลึก และบริการ</p>"
)
_CIV_EN = (
    "<p>In 2017 the Department of Industrial Promotion (DIP, DIPROM) named it one of the "
    "pilot Creative Industry Villages (CIV): communities that combine cultural capital and "
    "design for tourism, souvenirs and services.</p>"
)


def _story(body_th, body_en, civ=False):
    """A village story: its facts, the CIV paragraph when it applies, the demo note."""
    return (
        f"<p>{body_th}</p>" + (_CIV_TH if civ else "") + _DEMO_NOTE_TH,
        f"<p>{body_en}</p>" + (_CIV_EN if civ else "") + _DEMO_NOTE_EN,
    )


def _village(slug, title, title_en, amphoe, changwat, changwat_en, postcode, is_civ,
             known_for, known_for_en, body_th, body_en):
    story, story_en = _story(body_th, body_en, civ=is_civ)
    return {
        "slug": slug,
        "title": title,
        "title_en": title_en,
        "tambon": "",
        "amphoe": amphoe,
        "changwat": changwat,
        "changwat_en": changwat_en,
        "postcode": postcode,
        "is_civ": is_civ,
        "known_for": known_for,
        "known_for_en": known_for_en,
        "story": story,
        "story_en": story_en,
    }


VILLAGES = [
    _village(
        "ban-na-ton-chan", "บ้านนาต้นจั่น", "Ban Na Ton Chan",
        "ศรีสัชนาลัย", "สุโขทัย", "Sukhothai", "64130", True,
        "ตุ๊กตาบาร์โหน ผ้าหมักโคลนและผ้าด้นมือ โฮมสเตย์",
        "Bar-flip toy dolls (ตุ๊กตาบาร์โหน), mud-fermented and hand-stitched cloth, homestays",
        "บ้านนาต้นจั่น อำเภอศรีสัชนาลัย จังหวัดสุโขทัย ขึ้นชื่อเรื่องตุ๊กตาบาร์โหน "
        "ผ้าหมักโคลนและผ้าเย็บด้นมือ และโฮมสเตย์",
        "Ban Na Ton Chan, in Si Satchanalai district of Sukhothai, is known for its "
        "bar-flip toy dolls, its mud-fermented and hand-stitched cloth, and its homestays.",
    ),
    _village(
        "ko-kret", "เกาะเกร็ด", "Ko Kret",
        "ปากเกร็ด", "นนทบุรี", "Nonthaburi", "11120", True,
        "เครื่องปั้นดินเผาแกะสลักแบบมอญ (สิ่งบ่งชี้ทางภูมิศาสตร์ GI)",
        "Mon-style carved terracotta (geographical indication, GI)",
        "เกาะเกร็ด อำเภอปากเกร็ด จังหวัดนนทบุรี ขึ้นชื่อเรื่องเครื่องปั้นดินเผาแกะสลักแบบมอญ "
        "เครื่องปั้นดินเผาเกาะเกร็ดได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) "
        "กับกรมทรัพย์สินทางปัญญา",
        "Ko Kret, in Pak Kret district of Nonthaburi, is known for Mon-style carved "
        "terracotta. Ko Kret pottery is a geographical indication (GI) registered with the "
        "Department of Intellectual Property.",
    ),
    _village(
        "ban-chiang", "บ้านเชียง", "Ban Chiang",
        "หนองหาน", "อุดรธานี", "Udon Thani", "", True,
        "เครื่องปั้นดินเผาเขียนสีจำลอง ผ้าย้อมคราม",
        "Painted-pottery replicas, indigo-dyed cloth",
        "บ้านเชียง อำเภอหนองหาน จังหวัดอุดรธานี ขึ้นชื่อเรื่องเครื่องปั้นดินเผาเขียนสีจำลอง"
        "และผ้าย้อมคราม",
        "Ban Chiang, in Nong Han district of Udon Thani, is known for replicas of painted "
        "pottery and for indigo-dyed cloth.",
    ),
    _village(
        "ban-sala-din", "บ้านศาลาดิน", "Ban Sala Din",
        "พุทธมณฑล", "นครปฐม", "Nakhon Pathom", "73170", True,
        "ข้าวตัง",
        "Crispy rice (ข้าวตัง)",
        "บ้านศาลาดิน อำเภอพุทธมณฑล จังหวัดนครปฐม ขึ้นชื่อเรื่องข้าวตัง",
        "Ban Sala Din, in Phutthamonthon district of Nakhon Pathom, is known for khao tang, "
        "crispy rice.",
    ),
    _village(
        "on-tai", "ออนใต้", "On Tai",
        "สันกำแพง", "เชียงใหม่", "Chiang Mai", "50130", True,
        "การท่องเที่ยวชุมชน สมุนไพรและผลผลิตอินทรีย์",
        "Community tourism, herbal and organic produce",
        "ออนใต้ อำเภอสันกำแพง จังหวัดเชียงใหม่ ขึ้นชื่อเรื่องการท่องเที่ยวโดยชุมชน "
        "สมุนไพร และผลผลิตอินทรีย์",
        "On Tai, in San Kamphaeng district of Chiang Mai, is known for community-based "
        "tourism and for herbal and organic produce.",
    ),
    _village(
        "huai-yai-jiw", "ห้วยยายจิ๋ว", "Huai Yai Jiw",
        "เทพสถิต", "ชัยภูมิ", "Chaiyaphum", "36230", False,
        "ชุมชนต้นแบบของกรมส่งเสริมอุตสาหกรรม (ดีพร้อม)",
        "A DIP model community (the Huai Yai Jiw model)",
        "ห้วยยายจิ๋ว อำเภอเทพสถิต จังหวัดชัยภูมิ เป็นชุมชนต้นแบบที่แผนปี 2564 (2021) "
        "ของกรมส่งเสริมอุตสาหกรรมสำหรับวิสาหกิจชุมชนยกเป็นตัวอย่าง (ห้วยยายจิ๋วโมเดล) "
        "ในแนวทางการหาตลาดสำหรับวิถีชีวิตใหม่ ยังไม่ได้ยืนยันว่าเป็นหมู่บ้าน CIV "
        "สินค้าของชุมชนในเว็บไซต์นี้ทั้งหมดเป็นตัวอย่างประกอบ",
        "Huai Yai Jiw, in Thep Sathit district of Chaiyaphum, is the model community that "
        "DIP's 2021 plan for community enterprises names (the Huai Yai Jiw model) among its "
        "projects for markets of the new normal. Whether it is a Creative Industry Village "
        "is not confirmed. All of its products on this site are illustrative.",
    ),
    _village(
        "ban-phon", "บ้านโพน", "Ban Phon",
        "คำม่วง", "กาฬสินธุ์", "Kalasin", "46180", False,
        "ผ้าไหมแพรวา (สิ่งบ่งชี้ทางภูมิศาสตร์ GI)",
        "Praewa silk (geographical indication, GI)",
        "บ้านโพน อำเภอคำม่วง จังหวัดกาฬสินธุ์ ขึ้นชื่อเรื่องผ้าไหมแพรวา "
        "ผ้าไหมแพรวากาฬสินธุ์ได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) "
        "กับกรมทรัพย์สินทางปัญญา",
        "Ban Phon, in Kham Muang district of Kalasin, is known for Praewa silk. Praewa "
        "Kalasin silk is a geographical indication (GI) registered with the Department of "
        "Intellectual Property.",
    ),
    _village(
        "ban-khwao", "บ้านเขว้า", "Ban Khwao",
        "", "ชัยภูมิ", "Chaiyaphum", "36170", False,
        "ผ้าไหมมัดหมี่ กล้วยฉาบ",
        "Mudmee silk; glazed banana chips",
        "บ้านเขว้า จังหวัดชัยภูมิ ขึ้นชื่อเรื่องผ้าไหมมัดหมี่และกล้วยฉาบ",
        "Ban Khwao, in Chaiyaphum, is known for mudmee silk and for glazed banana chips.",
    ),
    _village(
        "koh-yo", "เกาะยอ", "Koh Yo",
        "เมืองสงขลา", "สงขลา", "Songkhla", "", False,
        "ผ้าฝ้ายทอมือ",
        "Hand-woven cotton",
        "เกาะยอ อำเภอเมืองสงขลา จังหวัดสงขลา ขึ้นชื่อเรื่องผ้าฝ้ายทอมือ "
        "แหล่งข้อมูลของกรมส่งเสริมอุตสาหกรรมระบุเกาะยอเป็นเป้าหมายหมู่บ้าน CIV ปี 2561 (2018) "
        "ซึ่งเรายังไม่ได้ยืนยันว่าได้เข้าร่วมแล้ว",
        "Koh Yo, in Mueang Songkhla district of Songkhla, is known for hand-woven cotton. "
        "A DIP source lists it as a 2018 target for the Creative Industry Village programme; "
        "we have not confirmed that it joined.",
    ),
]
