"""The nine real villages of the demo, in Thai (the source) and English.

Every fact here comes from the project's domain notes (DOMAIN.md): name, district,
province, postcode, the CIV label and what the village is known for. Where the notes
give no subdistrict (tambon), district or postcode the field stays empty rather than
guessed. ``civ_year`` is 2017 for the 2017 CIV pilots the notes list, and empty
otherwise. Coordinates are given only for places whose location we are sure of, and
are approximate (a village centre, not an address); the rest stay empty.

The pictures, the logos and the brand colours are illustrative, and so are the
community enterprises the pages list (each page says so). The regional centre of each
village is an illustrative demo value too (see ``shop.demo.regional_centres``).
"""

from decimal import Decimal

from shop.demo import ILLUSTRATIVE
from shop.demo.blocks import heading, image, location, paragraph, quote
from shop.demo.pictures import LOGO, Picture

VILLAGE_INDEX = {
    "slug": "villages",
    "th": {
        "title": "หมู่บ้าน",
        "intro": "หมู่บ้านที่วิสาหกิจชุมชนในตลาดนี้ตั้งอยู่ หมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV) แสดงก่อน",
    },
    "en": {
        "title": "Villages",
        "intro": (
            "The villages the community enterprises on this market come from, Creative "
            "Industry Villages (CIV) first."
        ),
    },
}

#: Year (C.E.) of the CIV pilots DOMAIN.md lists.
CIV_PILOT_YEAR = 2017

_CIV_TH = (
    "ในปี 2560 (ค.ศ. 2017) กรมส่งเสริมอุตสาหกรรม (ดีพร้อม) ระบุให้เป็นหนึ่งในหมู่บ้านนำร่อง"
    "ของโครงการหมู่บ้านอุตสาหกรรมสร้างสรรค์ (Creative Industry Village, CIV) "
    "ชุมชนที่ผสมทุนทางวัฒนธรรมกับการออกแบบ เพื่อการท่องเที่ยว ของที่ระลึก และบริการ"
)
_CIV_EN = (
    "In 2017 the Department of Industrial Promotion (DIP, DIPROM) named it one of the "
    "pilot Creative Industry Villages (CIV): communities that combine cultural capital "
    "and design for tourism, souvenirs and services."
)
#: A generic line about CIV, not a quotation: its attribution says so.
_QUOTE_TH = quote(
    "ทุนทางวัฒนธรรมของชุมชนบวกกับการออกแบบ กลายเป็นของที่ระลึกและบริการที่เล่าเรื่องของหมู่บ้าน",
    "ข้อความตัวอย่างประกอบ ไม่ใช่คำพูดของบุคคลจริง",
)
_QUOTE_EN = quote(
    "A community's cultural capital, plus design, becomes souvenirs and services that "
    "tell the village's story.",
    "Illustrative line, not a quotation of a real person",
)
_DEMO_NOTE_TH = (
    "วิสาหกิจชุมชนและสินค้าที่แสดงในหน้านี้เป็นข้อมูลสาธิต ไม่ใช่กลุ่มที่มีอยู่จริง "
    f"ภาพในหน้านี้เป็นภาพวาดประกอบ ไม่ใช่ภาพถ่ายของหมู่บ้าน {ILLUSTRATIVE}"
)
_DEMO_NOTE_EN = (
    "The community enterprises and products shown on this page are demo data, not real "
    "groups. The pictures are drawings, not photographs of the village "
    f"{ILLUSTRATIVE}."
)

PICTURES = []


def _pictures(slug, title_en, title_th, colour, scene, gallery):
    """The logo, the scene in the body and the two gallery pictures of a village."""
    logo = Picture(f"{slug}-logo", f"{title_en} logo", title_th, LOGO, colour)
    scene = Picture(f"{slug}-scene", f"{title_en} village scene", title_th, scene, colour)
    shots = [
        Picture(f"{slug}-gallery-{number}", f"{title_en}: {label_en}", label_th, motif, accent)
        for number, (motif, accent, label_th, label_en) in enumerate(gallery, start=1)
    ]
    PICTURES.extend([logo, scene, *shots])
    captions = [
        f"{label_th} — ภาพประกอบ / {label_en} — illustrative image"
        for _motif, _accent, label_th, label_en in gallery
    ]
    return logo, scene, list(zip([shot.key for shot in shots], captions, strict=True))


def _body(lang, about, civ, scene, place, coordinates):
    """Heading, facts, CIV paragraph and quote, picture, demo note, location."""
    thai = lang == "th"
    blocks = [heading("เกี่ยวกับหมู่บ้าน" if thai else "About the village"), paragraph(*about)]
    if civ:
        blocks += [
            heading("หมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV)" if thai else "A Creative Industry Village"),
            paragraph(_CIV_TH if thai else _CIV_EN),
            _QUOTE_TH if thai else _QUOTE_EN,
        ]
    blocks += [
        image(scene.key),
        heading("วิสาหกิจชุมชนบนตลาดนี้" if thai else "Community enterprises on this market"),
        paragraph(_DEMO_NOTE_TH if thai else _DEMO_NOTE_EN),
    ]
    if coordinates:
        name = f"{place} (พิกัดโดยประมาณ)" if thai else f"{place} (approximate location)"
        blocks += [heading("ที่ตั้ง" if thai else "Where it is"), location(name, *coordinates)]
    return blocks


def _village(slug, title, title_en, amphoe, changwat, changwat_en, postcode, is_civ,
             known_for, known_for_en, intro, intro_en, *, colour, centre, scene="village",
             gallery=(), more=(), more_en=(), coordinates=None):
    logo, scene, gallery = _pictures(slug, title_en, title, colour, scene, gallery)
    return {
        "slug": slug,
        "shared": {
            "title_en": title_en,
            "tambon": "",
            "amphoe": amphoe,
            "changwat": changwat,
            "changwat_en": changwat_en,
            "postcode": postcode,
            "latitude": Decimal(coordinates[0]) if coordinates else None,
            "longitude": Decimal(coordinates[1]) if coordinates else None,
            "is_civ": is_civ,
            "civ_year": CIV_PILOT_YEAR if is_civ else None,
            "brand_colour": colour,
        },
        "centre": centre,
        "logo": logo.key,
        "gallery": gallery,
        "th": {
            "title": title,
            "known_for": known_for,
            "intro": intro,
            "body": _body("th", [intro, *more], is_civ, scene, title, coordinates),
        },
        "en": {
            "title": title_en,
            "known_for": known_for_en,
            "intro": intro_en,
            "body": _body("en", [intro_en, *more_en], is_civ, scene, title_en, coordinates),
        },
    }


_GI_TH = "ได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) กับกรมทรัพย์สินทางปัญญา"
_GI_EN = "is a geographical indication (GI) registered with the Department of Intellectual Property"

VILLAGES = [
    _village(
        "ban-na-ton-chan", "บ้านนาต้นจั่น", "Ban Na Ton Chan",
        "ศรีสัชนาลัย", "สุโขทัย", "Sukhothai", "64130", True,
        "ตุ๊กตาบาร์โหน ผ้าหมักโคลนและผ้าด้นมือ โฮมสเตย์",
        "Bar-flip toy dolls, mud-fermented and hand-stitched cloth, homestays",
        "หมู่บ้านในอำเภอศรีสัชนาลัย จังหวัดสุโขทัย ขึ้นชื่อเรื่องตุ๊กตาบาร์โหน "
        "ผ้าหมักโคลนและผ้าเย็บด้นมือ และโฮมสเตย์",
        "A village in Si Satchanalai district, Sukhothai, known for its bar-flip toy dolls "
        "(ตุ๊กตาบาร์โหน), its mud-fermented and hand-stitched cloth, and its homestays.",
        colour="#6F5A40", centre=1,
        gallery=[("toy", "#C0392B", "ตุ๊กตาบาร์โหน", "Bar-flip toy doll"),
                 ("check", "#6F5A40", "ผ้าหมักโคลน", "Mud-fermented cloth")],
        # Approximate: the village centre as a public community directory gives it.
        coordinates=("17.621", "99.824"),
    ),
    _village(
        "ko-kret", "เกาะเกร็ด", "Ko Kret",
        "ปากเกร็ด", "นนทบุรี", "Nonthaburi", "11120", True,
        "เครื่องปั้นดินเผาแกะสลักแบบมอญ (สิ่งบ่งชี้ทางภูมิศาสตร์ GI)",
        "Mon-style carved terracotta (geographical indication, GI)",
        "เกาะในแม่น้ำเจ้าพระยา อำเภอปากเกร็ด จังหวัดนนทบุรี ขึ้นชื่อเรื่องเครื่องปั้นดินเผาแกะสลักแบบมอญ",
        "An island in the Chao Phraya river, in Pak Kret district of Nonthaburi, known for "
        "Mon-style carved terracotta.",
        colour="#B5562B", centre=3, scene="island",
        gallery=[("pot", "#B5562B", "เครื่องปั้นดินเผาแกะสลัก", "Carved terracotta"),
                 ("ikat", "#8A3A1A", "ลายแกะแบบมอญ", "Mon-style carved pattern")],
        more=[f"เครื่องปั้นดินเผาเกาะเกร็ด{_GI_TH}"],
        more_en=[f"Ko Kret pottery {_GI_EN}."],
        coordinates=("13.912", "100.478"),  # approximate: the middle of the island
    ),
    _village(
        "ban-chiang", "บ้านเชียง", "Ban Chiang",
        "หนองหาน", "อุดรธานี", "Udon Thani", "", True,
        "เครื่องปั้นดินเผาเขียนสีจำลอง ผ้าย้อมคราม",
        "Painted-pottery replicas, indigo-dyed cloth",
        "หมู่บ้านในอำเภอหนองหาน จังหวัดอุดรธานี ขึ้นชื่อเรื่องเครื่องปั้นดินเผาเขียนสีจำลองและผ้าย้อมคราม",
        "A village in Nong Han district, Udon Thani, known for replicas of painted pottery "
        "and for indigo-dyed cloth.",
        colour="#A0402A", centre=2,
        gallery=[("pot", "#A0402A", "เครื่องปั้นดินเผาเขียนสีจำลอง", "Painted-pottery replica"),
                 ("ikat", "#1F2F6F", "ผ้าย้อมคราม", "Indigo-dyed cloth")],
        coordinates=("17.407", "103.241"),  # approximate: the archaeological site
    ),
    _village(
        "ban-sala-din", "บ้านศาลาดิน", "Ban Sala Din",
        "พุทธมณฑล", "นครปฐม", "Nakhon Pathom", "73170", True,
        "ข้าวตัง",
        "Crispy rice (khao tang)",
        "หมู่บ้านในอำเภอพุทธมณฑล จังหวัดนครปฐม ขึ้นชื่อเรื่องข้าวตัง",
        "A village in Phutthamonthon district, Nakhon Pathom, known for khao tang "
        "(ข้าวตัง), crispy rice.",
        colour="#E0B050", centre=3,
        gallery=[("crackers", "#E0B050", "ข้าวตัง", "Crispy rice"),
                 ("leaves", "#7A9A3A", "ต้นข้าว", "Rice plants")],
    ),
    _village(
        "on-tai", "ออนใต้", "On Tai",
        "สันกำแพง", "เชียงใหม่", "Chiang Mai", "50130", True,
        "การท่องเที่ยวชุมชน สมุนไพรและผลผลิตอินทรีย์",
        "Community tourism, herbal and organic produce",
        "ชุมชนในอำเภอสันกำแพง จังหวัดเชียงใหม่ ขึ้นชื่อเรื่องการท่องเที่ยวโดยชุมชน "
        "สมุนไพร และผลผลิตอินทรีย์",
        "A community in San Kamphaeng district, Chiang Mai, known for community-based "
        "tourism and for herbal and organic produce.",
        colour="#6A8A30", centre=1,
        gallery=[("leaves", "#6A8A30", "สมุนไพร", "Herbs"),
                 ("rings", "#8A9A40", "ผลผลิตอินทรีย์", "Organic produce")],
    ),
    _village(
        "huai-yai-jiw", "ห้วยยายจิ๋ว", "Huai Yai Jiw",
        "เทพสถิต", "ชัยภูมิ", "Chaiyaphum", "36230", False,
        "ชุมชนต้นแบบของกรมส่งเสริมอุตสาหกรรม (ดีพร้อม)",
        "A DIP model community (the Huai Yai Jiw model)",
        "ชุมชนในอำเภอเทพสถิต จังหวัดชัยภูมิ ที่กรมส่งเสริมอุตสาหกรรม (ดีพร้อม) ยกเป็นชุมชนต้นแบบ",
        "A community in Thep Sathit district, Chaiyaphum, that the Department of Industrial "
        "Promotion (DIP) holds up as a model.",
        colour="#D0608A", centre=2,
        gallery=[("ikat", "#D0608A", "ผ้าทอ (สินค้าตัวอย่าง)", "Woven cloth (illustrative)"),
                 ("leaves", "#8A6A30", "สมุนไพร (สินค้าตัวอย่าง)", "Herbal goods (illustrative)")],
        more=["แผนปี 2564 (ค.ศ. 2021) ของกรมส่งเสริมอุตสาหกรรมสำหรับวิสาหกิจชุมชนกล่าวถึง"
              "ห้วยยายจิ๋วโมเดลในแนวทางการหาตลาดสำหรับวิถีชีวิตใหม่ "
              "เรายังไม่ได้ยืนยันว่าเป็นหมู่บ้าน CIV สินค้าของชุมชนในเว็บไซต์นี้ทั้งหมดเป็นตัวอย่างประกอบ"],
        more_en=["DIP's 2021 plan for community enterprises names the Huai Yai Jiw model among "
                 "its approaches to markets for the new normal. We have not confirmed that it "
                 "is a Creative Industry Village. All of its products on this site are "
                 "illustrative."],
    ),
    _village(
        "ban-phon", "บ้านโพน", "Ban Phon",
        "คำม่วง", "กาฬสินธุ์", "Kalasin", "46180", False,
        "ผ้าไหมแพรวา (สิ่งบ่งชี้ทางภูมิศาสตร์ GI)",
        "Praewa silk (geographical indication, GI)",
        "หมู่บ้านในอำเภอคำม่วง จังหวัดกาฬสินธุ์ ขึ้นชื่อเรื่องผ้าไหมแพรวา",
        "A village in Kham Muang district, Kalasin, known for Praewa silk.",
        colour="#9B1B30", centre=2,
        gallery=[("ikat", "#9B1B30", "ผ้าไหมแพรวา", "Praewa silk"),
                 ("ikat", "#C8A040", "ลายผ้าแพรวา", "Praewa pattern")],
        more=[f"ผ้าไหมแพรวากาฬสินธุ์{_GI_TH}"],
        more_en=[f"Praewa Kalasin silk {_GI_EN}."],
    ),
    _village(
        "ban-khwao", "บ้านเขว้า", "Ban Khwao",
        "", "ชัยภูมิ", "Chaiyaphum", "36170", False,
        "ผ้าไหมมัดหมี่ กล้วยฉาบ",
        "Mudmee silk; glazed banana chips",
        "ชุมชนในจังหวัดชัยภูมิ ขึ้นชื่อเรื่องผ้าไหมมัดหมี่และกล้วยฉาบ",
        "A community in Chaiyaphum known for mudmee silk and for glazed banana chips "
        "(กล้วยฉาบ).",
        colour="#5A2A7A", centre=2,
        gallery=[("ikat", "#5A2A7A", "ผ้าไหมมัดหมี่", "Mudmee silk"),
                 ("crackers", "#D9A520", "กล้วยฉาบ", "Glazed banana chips")],
    ),
    _village(
        "koh-yo", "เกาะยอ", "Koh Yo",
        "เมืองสงขลา", "สงขลา", "Songkhla", "", False,
        "ผ้าฝ้ายทอมือ",
        "Hand-woven cotton",
        "เกาะในอำเภอเมืองสงขลา จังหวัดสงขลา ขึ้นชื่อเรื่องผ้าฝ้ายทอมือ",
        "An island in Mueang Songkhla district, Songkhla, known for hand-woven cotton.",
        colour="#2A5A8A", centre=4, scene="island",
        gallery=[("check", "#2A5A8A", "ผ้าฝ้ายทอมือ", "Hand-woven cotton"),
                 ("check", "#8A2A3A", "ผ้าลายตาราง", "Checked cotton")],
        more=["แหล่งข้อมูลของกรมส่งเสริมอุตสาหกรรมระบุเกาะยอเป็นเป้าหมายหมู่บ้าน CIV ปี 2561 "
              "(ค.ศ. 2018) ซึ่งเรายังไม่ได้ยืนยันว่าได้เข้าร่วมแล้ว"],
        more_en=["A DIP source lists Koh Yo as a 2018 target of the Creative Industry Village "
                 "programme; we have not confirmed that it joined."],
        coordinates=("7.150", "100.533"),  # approximate: the middle of the island
    ),
]  # fmt: skip
