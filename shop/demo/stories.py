"""Stories of the demo: two maker profiles and two pieces of news, in Thai and English.

The village facts in them come from DOMAIN.md. The groups they profile are the demo's
invented community enterprises (``shop.demo.enterprises``) and every story says so; no
real person is named and the quotes are generic lines labelled as illustrative.

One story, ``UNTRANSLATED``, deliberately has no English version: the English site
shows it through an alias of the Thai page, which demonstrates the fallback to Thai.
"""

from datetime import date

from shop.demo import ILLUSTRATIVE
from shop.demo.blocks import heading, image, paragraph, quote
from shop.demo.enterprises import STORY_NOTE_EN, STORY_NOTE_TH
from shop.demo.pictures import Picture

STORY_INDEX = {
    "slug": "stories",
    "th": {
        "title": "เรื่องราว",
        "intro": "เรื่องของผู้ผลิตและข่าวจากหมู่บ้าน กลุ่มผู้ผลิตในเรื่องเป็นตัวอย่างประกอบ",
    },
    "en": {
        "title": "Stories",
        "intro": "Maker profiles and news from the villages; the groups in them are illustrative.",
    },
}

#: Slug of the story kept in Thai only (the English site falls back to it).
UNTRANSLATED = "new-collection-chao-phraya-souvenirs"

PICTURES = [
    Picture("story-mud-fermented-cloth", "Weave, ferment, stitch", "ทอ หมัก ด้น",
            "check", "#6F5A40"),
    Picture("story-ko-kret-pottery", "Mon-style carved terracotta", "ดินเผาแกะสลักแบบมอญ",
            "pot", "#B5562B"),
]

_ILLUSTRATIVE_LINE_TH = "ข้อความตัวอย่างประกอบ ไม่ใช่คำพูดของบุคคลจริง"
_ILLUSTRATIVE_LINE_EN = "Illustrative line, not a quotation of a real person"
_NEWS_NOTE_TH = (
    f"ข่าวนี้เป็นข่าวสาธิตของเว็บไซต์ตัวอย่าง กลุ่มผู้ผลิตและสินค้าเป็นตัวอย่างประกอบ {ILLUSTRATIVE}"
)
_NEWS_NOTE_EN = (
    "This is demo news about this demo site; the groups and products are illustrative "
    f"{ILLUSTRATIVE}."
)
_CIV_PILOT_TH = (
    "ในปี 2560 (ค.ศ. 2017) กรมส่งเสริมอุตสาหกรรม (ดีพร้อม) ระบุให้เป็นหนึ่งในหมู่บ้านนำร่อง"
    "ของโครงการหมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV)"
)
_CIV_PILOT_EN = (
    "In 2017 the Department of Industrial Promotion (DIP) named it one of the pilot "
    "Creative Industry Villages (CIV)."
)

STORIES = [
    {
        "slug": "mud-fermented-cloth-of-ban-na-ton-chan",
        "kind": "maker",
        "date": date(2026, 3, 12),
        "hero": "story-mud-fermented-cloth",
        "villages": ["ban-na-ton-chan"],
        "enterprises": ["ban-na-ton-chan-cloth"],
        "th": {
            "title": "ทอ หมัก ด้น: กลุ่มผ้าหมักโคลนบ้านนาต้นจั่น",
            "intro": "ผ้าฝ้ายที่ทอ หมักโคลน และเย็บด้นมือ จากหมู่บ้านนำร่อง CIV ในจังหวัดสุโขทัย "
                     "(กลุ่มในเรื่องเป็นตัวอย่างประกอบ)",
            "body": [
                paragraph("บ้านนาต้นจั่น อำเภอศรีสัชนาลัย จังหวัดสุโขทัย ขึ้นชื่อเรื่องตุ๊กตาบาร์โหน "
                          f"ผ้าหมักโคลนและผ้าเย็บด้นมือ และโฮมสเตย์ {_CIV_PILOT_TH}"),
                heading("กลุ่มผู้ผลิต (ตัวอย่างประกอบ)"),
                paragraph("สมาชิกของกลุ่มผ้าทอหมักโคลนบ้านนาต้นจั่นในตลาดนี้ทอผ้าฝ้าย หมักโคลน "
                          "และเย็บด้นมือ แล้วขายให้นักท่องเที่ยวที่มาพักโฮมสเตย์ในหมู่บ้าน"),
                image("ban-na-ton-chan-gallery-2"),
                quote("ผ้าหนึ่งผืนผ่านหลายมือ ตั้งแต่ทอ หมัก จนถึงเย็บด้น", _ILLUSTRATIVE_LINE_TH),
                paragraph(f"<em>{STORY_NOTE_TH}</em>"),
            ],
        },
        "en": {
            "title": "Weave, ferment, stitch: Ban Na Ton Chan's mud-fermented cloth group",
            "intro": "Cotton woven, fermented in mud and stitched by hand in a CIV pilot "
                     "village of Sukhothai (the group in this story is illustrative).",
            "body": [
                paragraph("Ban Na Ton Chan, in Si Satchanalai district of Sukhothai, is known "
                          "for its bar-flip toy dolls, its mud-fermented and hand-stitched "
                          f"cloth, and its homestays. {_CIV_PILOT_EN}"),
                heading("The group (illustrative)"),
                paragraph("Members of the Ban Na Ton Chan Mud-Fermented Cloth Group on this "
                          "market weave cotton, ferment it in mud and stitch it by hand, "
                          "selling to visitors who stay in the village's homestays."),
                image("ban-na-ton-chan-gallery-2"),
                quote("One cloth passes through many hands: weaving, fermenting, stitching.",
                      _ILLUSTRATIVE_LINE_EN),
                paragraph(f"<em>{STORY_NOTE_EN}</em>"),
            ],
        },
    },
    {
        "slug": "carved-pottery-of-ko-kret",
        "kind": "maker",
        "date": date(2026, 5, 20),
        "hero": "story-ko-kret-pottery",
        "villages": ["ko-kret"],
        "enterprises": ["ko-kret-pottery"],
        "th": {
            "title": "ดินเผาแกะสลักแบบมอญ: กลุ่มช่างปั้นเกาะเกร็ด",
            "intro": "งานดินเผาแกะสลักที่เป็นสิ่งบ่งชี้ทางภูมิศาสตร์ จากเกาะในแม่น้ำเจ้าพระยา "
                     "(กลุ่มในเรื่องเป็นตัวอย่างประกอบ)",
            "body": [
                paragraph("เกาะเกร็ด อำเภอปากเกร็ด จังหวัดนนทบุรี ขึ้นชื่อเรื่องเครื่องปั้นดินเผาแกะสลัก"
                          f"แบบมอญ {_CIV_PILOT_TH}"),
                heading("สิ่งบ่งชี้ทางภูมิศาสตร์ (GI)"),
                paragraph("เครื่องปั้นดินเผาเกาะเกร็ดได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์กับ"
                          "กรมทรัพย์สินทางปัญญา ผู้ผลิตใช้เครื่องหมายได้เมื่อได้รับอนุญาต ซึ่งมีอายุ 2 ปี "
                          "หน้าสินค้าในตลาดนี้แสดงเลขที่และวันหมดอายุ (เลขที่ในเว็บไซต์สาธิตเป็นค่าตัวอย่าง)"),
                heading("กลุ่มผู้ผลิต (ตัวอย่างประกอบ)"),
                paragraph("ช่างปั้นและช่างแกะลายของกลุ่มเครื่องปั้นดินเผาแกะสลักเกาะเกร็ดในตลาดนี้ "
                          "ปั้น แกะ และเผาในเตาของกลุ่ม"),
                image("ko-kret-gallery-1"),
                paragraph(f"<em>{STORY_NOTE_TH}</em>"),
            ],
        },
        "en": {
            "title": "Mon-style carved terracotta: the potters of Ko Kret",
            "intro": "Carved terracotta with a geographical indication, from an island in the "
                     "Chao Phraya river (the group in this story is illustrative).",
            "body": [
                paragraph("Ko Kret, in Pak Kret district of Nonthaburi, is known for Mon-style "
                          f"carved terracotta. {_CIV_PILOT_EN}"),
                heading("A geographical indication (GI)"),
                paragraph("Ko Kret pottery is a geographical indication registered with the "
                          "Department of Intellectual Property. Makers may use the mark once "
                          "authorised, for two years at a time; product pages on this market "
                          "show the number and the expiry date (the numbers on this demo site "
                          "are demo values)."),
                heading("The group (illustrative)"),
                paragraph("The potters and carvers of the Ko Kret Carved Pottery Group on this "
                          "market throw, carve and fire their work in the group's kiln."),
                image("ko-kret-gallery-1"),
                paragraph(f"<em>{STORY_NOTE_EN}</em>"),
            ],
        },
    },
    {
        "slug": "new-collection-civ-hand-woven-cloth",
        "kind": "news",
        "date": date(2026, 1, 5),
        "hero": "collection-civ-hand-woven-cloth",
        "villages": ["ban-na-ton-chan", "ban-chiang"],
        "enterprises": ["ban-na-ton-chan-cloth", "ban-chiang-indigo"],
        "th": {
            "title": "คอลเลกชันใหม่: ผ้าทอมือจากหมู่บ้าน CIV",
            "intro": "ผ้าทอมือจากบ้านนาต้นจั่นและบ้านเชียง สองหมู่บ้านนำร่อง CIV ในคอลเลกชันเดียว "
                     "(ข่าวสาธิต)",
            "body": [
                paragraph("คอลเลกชันนี้รวมผ้าหมักโคลนและผ้าเย็บด้นมือจากบ้านนาต้นจั่น จังหวัดสุโขทัย "
                          "กับผ้าฝ้ายย้อมครามจากบ้านเชียง จังหวัดอุดรธานี ทั้งสองเป็นหมู่บ้านนำร่องของ"
                          "โครงการหมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV) ของกรมส่งเสริมอุตสาหกรรมในปี 2560"),
                heading("บนหน้าแรกถึงสิ้นปี 2570"),
                paragraph("คอลเลกชันแสดงบนหน้าแรกตั้งแต่ 1 มกราคม 2569 ถึง 31 ธันวาคม 2570 "
                          "สินค้าที่หมดแล้วจะไม่แสดงบนหน้าแรก"),
                image("collection-civ-hand-woven-cloth"),
                paragraph(f"<em>{_NEWS_NOTE_TH}</em>"),
            ],
        },
        "en": {
            "title": "New collection: hand-woven cloth from CIV villages",
            "intro": "Hand-woven cloth from Ban Na Ton Chan and Ban Chiang, two CIV pilot "
                     "villages, in one collection (demo news).",
            "body": [
                paragraph("The collection brings together mud-fermented, hand-stitched cloth "
                          "from Ban Na Ton Chan in Sukhothai and indigo-dyed cotton from Ban "
                          "Chiang in Udon Thani. Both were pilots of DIP's Creative Industry "
                          "Village (CIV) programme in 2017."),
                heading("On the home page until the end of 2027"),
                paragraph("The collection is on the home page from 1 January 2026 to "
                          "31 December 2027. Products that have sold out are left off the "
                          "home page."),
                image("collection-civ-hand-woven-cloth"),
                paragraph(f"<em>{_NEWS_NOTE_EN}</em>"),
            ],
        },
    },
    {
        # Deliberately untranslated: no "en" entry, so the English site shows this Thai page
        # through an alias (the fallback to Thai).
        "slug": UNTRANSLATED,
        "kind": "news",
        "date": date(2026, 2, 10),
        "hero": "collection-chao-phraya-souvenirs",
        "villages": ["ko-kret", "ban-sala-din"],
        "enterprises": ["ko-kret-pottery", "ban-sala-din-khao-tang"],
        "th": {
            "title": "คอลเลกชันใหม่: ของฝากจากลุ่มน้ำเจ้าพระยา",
            "intro": "ข้าวตังจากบ้านศาลาดินและดินเผาแกะสลักจากเกาะเกร็ด ในคอลเลกชันของฝาก "
                     "(ข่าวสาธิต)",
            "body": [
                paragraph("คอลเลกชันนี้รวมของฝากจากสองหมู่บ้านนำร่อง CIV ปี 2560 บนที่ราบลุ่ม"
                          "แม่น้ำเจ้าพระยา: ข้าวตังจากบ้านศาลาดิน จังหวัดนครปฐม และเครื่องปั้นดินเผา"
                          "แกะสลักแบบมอญจากเกาะเกร็ด เกาะในแม่น้ำเจ้าพระยา จังหวัดนนทบุรี"),
                image("collection-chao-phraya-souvenirs"),
                paragraph("<em>หน้านี้ตั้งใจไม่แปลเป็นภาษาอังกฤษ เพื่อสาธิตว่าเว็บไซต์ภาษาอังกฤษ"
                          "แสดงเนื้อหาภาษาไทยแทนเมื่อยังไม่มีคำแปล</em>"),
                paragraph(f"<em>{_NEWS_NOTE_TH}</em>"),
            ],
        },
        "en": None,
    },
]  # fmt: skip
