"""DIP-curated collections of the demo, in Thai and English.

Two collections are featured on the home page and one is not any more, to show the
featured window at work. The windows are fixed dates, not "today ± n days", so that a
second load changes nothing: ``FEATURED_FROM``..``FEATURED_UNTIL`` (1 January 2026 to
31 December 2027, both included) contains the day the demo was written and the two
years after it. After 2027 the featured collections leave the home page by themselves,
exactly as an editor's would; move the dates on to bring them back.

The products are the demo's own (``shop.demo.products``), chosen because they fit: cloth
hand-woven in CIV pilot villages, and souvenirs from the two CIV pilots on the lower
Chao Phraya plain. The curator's notes are illustrative.
"""

from datetime import date

from shop.demo import ILLUSTRATIVE
from shop.demo.blocks import heading, image, paragraph
from shop.demo.pictures import Picture

FEATURED_FROM = date(2026, 1, 1)
FEATURED_UNTIL = date(2027, 12, 31)

COLLECTION_INDEX = {
    "slug": "collections",
    "th": {
        "title": "คอลเลกชัน",
        "intro": "สินค้าและหมู่บ้านที่คัดสรรเป็นชุด จากหมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV) และชุมชนอื่น",
    },
    "en": {
        "title": "Collections",
        "intro": "Products and villages chosen together, from Creative Industry Villages "
                 "(CIV) and other communities.",
    },
}

PICTURES = [
    Picture("collection-civ-hand-woven-cloth", "Hand-woven cloth from CIV villages",
            "ผ้าทอมือจากหมู่บ้าน CIV", "ikat", "#6F5A40"),
    Picture("collection-chao-phraya-souvenirs", "Souvenirs from the Chao Phraya basin",
            "ของฝากจากลุ่มน้ำเจ้าพระยา", "pot", "#B5562B"),
    Picture("collection-isan-silk-2025", "Isan silk, 2025", "ผ้าไหมอีสาน 2568", "ikat", "#9B1B30"),
]

_NOTE_TH = f"ร้านค้า สินค้า และหมายเหตุของผู้คัดสรรเป็นตัวอย่างประกอบ {ILLUSTRATIVE}"
_NOTE_EN = f"The enterprises, products and curator's notes are illustrative {ILLUSTRATIVE}."


def _body(lang, text, picture):
    thai = lang == "th"
    return [
        heading("ทำไมเลือกชุดนี้" if thai else "Why these"),
        paragraph(text),
        image(picture),
        paragraph(f"<em>{_NOTE_TH if thai else _NOTE_EN}</em>"),
    ]


COLLECTIONS = [
    {
        "slug": "civ-hand-woven-cloth",
        "hero": "collection-civ-hand-woven-cloth",
        "featured": True,
        "featured_from": FEATURED_FROM,
        "featured_until": FEATURED_UNTIL,
        "villages": ["ban-na-ton-chan", "ban-chiang"],
        #: (product UPC, curator's note): cloth and what is sewn from it.
        "products": [
            ("DEMO-0315", "ทอ หมักโคลน และเย็บด้นมือในหมู่บ้าน / Woven, mud-fermented and "
                          "hand-stitched in the village"),
            ("DEMO-0314", "ฝ้ายทอมือย้อมคราม / Hand-woven cotton dyed with indigo"),
            ("DEMO-0317", "ผ้าหมักโคลนผืนเล็ก / A smaller piece of mud-fermented cloth"),
            ("DEMO-0311", "ตัดเย็บจากผ้าย้อมครามของกลุ่ม / Sewn from the group's indigo cloth"),
            ("DEMO-0316", ""),
        ],
        "th": {
            "title": "ผ้าทอมือจากหมู่บ้าน CIV",
            "intro": "ผ้าหมักโคลนจากบ้านนาต้นจั่นและผ้าย้อมครามจากบ้านเชียง สองหมู่บ้านนำร่อง CIV ปี 2560",
            "body": _body(
                "th",
                "บ้านนาต้นจั่น จังหวัดสุโขทัย ขึ้นชื่อเรื่องผ้าหมักโคลนและผ้าเย็บด้นมือ "
                "บ้านเชียง จังหวัดอุดรธานี ขึ้นชื่อเรื่องผ้าย้อมคราม ทั้งสองเป็นหมู่บ้านนำร่องของ"
                "โครงการหมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV) ในปี 2560",
                "ban-chiang-gallery-2",
            ),
        },
        "en": {
            "title": "Hand-woven cloth from CIV villages",
            "intro": "Mud-fermented cloth from Ban Na Ton Chan and indigo cotton from Ban "
                     "Chiang, two 2017 CIV pilot villages.",
            "body": _body(
                "en",
                "Ban Na Ton Chan in Sukhothai is known for mud-fermented and hand-stitched "
                "cloth; Ban Chiang in Udon Thani for indigo-dyed cloth. Both were pilots of "
                "the Creative Industry Village (CIV) programme in 2017.",
                "ban-chiang-gallery-2",
            ),
        },
    },
    {
        "slug": "chao-phraya-souvenirs",
        "hero": "collection-chao-phraya-souvenirs",
        "featured": True,
        "featured_from": FEATURED_FROM,
        "featured_until": FEATURED_UNTIL,
        "villages": ["ko-kret", "ban-sala-din"],
        "products": [
            ("DEMO-0101", "ข้าวตัง ของขึ้นชื่อของบ้านศาลาดิน / Khao tang, what Ban Sala Din is "
                          "known for"),
            ("DEMO-0406", "ของฝากชิ้นเล็ก ใส่กระเป๋าได้ / A small souvenir that fits in a bag"),
            ("DEMO-0404", "ดินเผาแกะสลักแบบมอญ สิ่งบ่งชี้ทางภูมิศาสตร์ / Mon-style carved "
                          "terracotta, a geographical indication"),
            ("DEMO-0102", ""),
            ("DEMO-0407", ""),
        ],
        "th": {
            "title": "ของฝากจากลุ่มน้ำเจ้าพระยา",
            "intro": "ข้าวตังจากบ้านศาลาดินและดินเผาแกะสลักจากเกาะเกร็ด",
            "body": _body(
                "th",
                "เกาะเกร็ดเป็นเกาะในแม่น้ำเจ้าพระยา จังหวัดนนทบุรี ขึ้นชื่อเรื่องเครื่องปั้นดินเผา"
                "แกะสลักแบบมอญ บ้านศาลาดิน จังหวัดนครปฐม บนที่ราบลุ่มเจ้าพระยาตอนล่าง "
                "ขึ้นชื่อเรื่องข้าวตัง ทั้งสองเป็นหมู่บ้านนำร่อง CIV ปี 2560",
                "ban-sala-din-gallery-1",
            ),
        },
        "en": {
            "title": "Souvenirs from the Chao Phraya basin",
            "intro": "Crispy rice from Ban Sala Din and carved terracotta from Ko Kret.",
            "body": _body(
                "en",
                "Ko Kret, an island in the Chao Phraya river in Nonthaburi, is known for "
                "Mon-style carved terracotta; Ban Sala Din in Nakhon Pathom, on the lower "
                "Chao Phraya plain, for khao tang crispy rice. Both were 2017 CIV pilots.",
                "ban-sala-din-gallery-1",
            ),
        },
    },
    {
        # Featured, but its window ended on 31 December 2025: it has left the home page by
        # itself and is still listed on the collection index.
        "slug": "isan-silk-2025",
        "hero": "collection-isan-silk-2025",
        "featured": True,
        "featured_from": date(2025, 6, 1),
        "featured_until": date(2025, 12, 31),
        "villages": ["ban-phon", "ban-khwao"],
        "products": [
            ("DEMO-0301", "ผ้าไหมแพรวากาฬสินธุ์ สิ่งบ่งชี้ทางภูมิศาสตร์ / Praewa Kalasin silk, a "
                          "geographical indication"),
            ("DEMO-0305", ""),
            ("DEMO-0304", ""),
            ("DEMO-0308", ""),
        ],
        "th": {
            "title": "ผ้าไหมอีสาน (มิถุนายน–ธันวาคม 2568)",
            "intro": "ผ้าไหมแพรวาจากบ้านโพนและผ้าไหมมัดหมี่จากบ้านเขว้า คอลเลกชันที่หมดช่วงแสดงบนหน้าแรกแล้ว",
            "body": _body(
                "th",
                "บ้านโพน จังหวัดกาฬสินธุ์ ขึ้นชื่อเรื่องผ้าไหมแพรวา บ้านเขว้า จังหวัดชัยภูมิ "
                "ขึ้นชื่อเรื่องผ้าไหมมัดหมี่ คอลเลกชันนี้แสดงบนหน้าแรกถึง 31 ธันวาคม 2568",
                "ban-phon-gallery-1",
            ),
        },
        "en": {
            "title": "Isan silk (June–December 2025)",
            "intro": "Praewa silk from Ban Phon and mudmee silk from Ban Khwao: a collection "
                     "whose time on the home page is over.",
            "body": _body(
                "en",
                "Ban Phon in Kalasin is known for Praewa silk, Ban Khwao in Chaiyaphum for "
                "mudmee silk. This collection was on the home page until 31 December 2025.",
                "ban-phon-gallery-1",
            ),
        },
    },
]  # fmt: skip
