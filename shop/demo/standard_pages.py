"""About, shipping, returns and privacy: plain pages under the home page, Thai and English.

They describe a demo marketplace honestly: nothing is sold or sent, the enterprises and
products are illustrative, and the returns policy is an example of what a community
marketplace would say, labelled as such. All four are translated (only a story stays
untranslated, see ``shop.demo.stories.UNTRANSLATED``).
"""

from shop.demo import ILLUSTRATIVE
from shop.demo.blocks import heading, paragraph

_DEMO_TH = "เว็บไซต์นี้เป็นเว็บไซต์สาธิต ไม่มีการขายหรือจัดส่งสินค้าจริง"
_DEMO_EN = "This is a demo site: nothing is really sold or sent."

STANDARD_PAGES = [
    {
        "slug": "about",
        "th": {
            "title": "เกี่ยวกับเรา",
            "intro": "ตลาดชุมชนเป็นเว็บไซต์สาธิตของตลาดออนไลน์สำหรับสินค้าจากวิสาหกิจชุมชนไทย",
            "body": [
                heading("ตลาดนี้คืออะไร"),
                paragraph(
                    "ตลาดชุมชนรวมสินค้าจากวิสาหกิจชุมชนห้าประเภทที่ผู้ขายสินค้า OTOP คุ้นเคย "
                    "(อาหาร เครื่องดื่ม ผ้าและเครื่องแต่งกาย ของใช้ ของตกแต่ง และของที่ระลึก "
                    "และสมุนไพรที่ไม่ใช่อาหาร) พร้อมเรื่องราวของหมู่บ้านที่ผลิต",
                    "สินค้าแต่ละชิ้นแสดงใบรับรองที่เจ้าหน้าที่ตรวจสอบแล้ว เช่น มาตรฐานผลิตภัณฑ์ชุมชน "
                    "(มผช.) เครื่องหมาย อย. และสิ่งบ่งชี้ทางภูมิศาสตร์ (GI)",
                ),
                heading("หมู่บ้านอุตสาหกรรมสร้างสรรค์ (CIV)"),
                paragraph(
                    "CIV เป็นชื่อที่กรมส่งเสริมอุตสาหกรรม (ดีพร้อม) ให้กับหมู่บ้าน ไม่ใช่กับสินค้า: "
                    "ชุมชนที่ผสมทุนทางวัฒนธรรมกับการออกแบบ เพื่อการท่องเที่ยว ของที่ระลึก และบริการ"
                ),
                heading("ข้อมูลในเว็บไซต์นี้"),
                paragraph(
                    "หมู่บ้านเป็นสถานที่จริง และข้อเท็จจริงของหมู่บ้านมาจากแหล่งข้อมูลสาธารณะ "
                    "ส่วนวิสาหกิจชุมชน สินค้า ราคา เลขที่ใบรับรอง และภาพ เป็นตัวอย่างประกอบ "
                    f"{ILLUSTRATIVE}",
                    f"{_DEMO_TH} และไม่ใช่บริการอย่างเป็นทางการของหน่วยงานรัฐ",
                ),
            ],
        },
        "en": {
            "title": "About us",
            "intro": "Chumchon Market is a demo of an online marketplace for products of "
                     "Thai community enterprises.",
            "body": [
                heading("What this market is"),
                paragraph(
                    "Chumchon Market brings together community enterprises' products in the "
                    "five types OTOP sellers know (food; beverages; textiles and apparel; "
                    "household goods, decoration and souvenirs; herbal products other than "
                    "food) with the stories of the villages that make them.",
                    "Each product shows the certifications staff have checked, such as the "
                    "Thai Community Product Standard (มผช.), the Thai FDA number (อย.) and "
                    "geographical indications (GI).",
                ),
                heading("Creative Industry Villages (CIV)"),
                paragraph(
                    "CIV is a label the Department of Industrial Promotion (DIP, DIPROM) "
                    "gives to a village, not to a product: communities that combine "
                    "cultural capital and design for tourism, souvenirs and services."
                ),
                heading("What is real here"),
                paragraph(
                    "The villages are real places, and their facts come from public sources. "
                    "The community enterprises, products, prices, certificate numbers and "
                    f"pictures are illustrative {ILLUSTRATIVE}.",
                    f"{_DEMO_EN} It is not an official government service.",
                ),
            ],
        },
    },
    {
        "slug": "shipping",
        "th": {
            "title": "การจัดส่ง",
            "intro": "วิสาหกิจชุมชนแต่ละแห่งแพ็กและส่งสินค้าของตนเอง",
            "body": [
                heading("ใครส่ง และส่งอย่างไร"),
                paragraph(
                    "ผู้ขายส่งพัสดุทางไปรษณีย์ไทย (EMS หรือลงทะเบียน) หรือบริษัทขนส่งเอกชน "
                    "เช่น Flash, J&amp;T, Kerry และ Ninja Van "
                    "เลขพัสดุของไปรษณีย์ไทยมีรูปแบบเช่น EF123456789TH",
                    "ค่าจัดส่งแสดงในขั้นตอนชำระเงินก่อนยืนยันคำสั่งซื้อ ราคาสินค้ารวมภาษีมูลค่าเพิ่มแล้ว",
                ),
                heading("สินค้าที่ทำตามสั่ง"),
                paragraph(
                    "ผ้าทอและงานฝีมือบางชิ้นทำเมื่อมีคำสั่งซื้อ หน้าสินค้าบอกว่าใช้เวลาผลิตกี่วันก่อนจัดส่ง"
                ),
                paragraph(f"<em>{_DEMO_TH}</em>"),
            ],
        },
        "en": {
            "title": "Shipping",
            "intro": "Each community enterprise packs and sends its own parcels.",
            "body": [
                heading("Who sends it, and how"),
                paragraph(
                    "Sellers send parcels with Thailand Post (EMS or registered mail) or a "
                    "private courier such as Flash, J&amp;T, Kerry or Ninja Van. Thailand Post "
                    "tracking numbers look like EF123456789TH.",
                    "Shipping costs are shown at checkout, before you confirm the order. "
                    "Prices include VAT.",
                ),
                heading("Made to order"),
                paragraph(
                    "Some woven cloth and crafts are made once you order them; the product "
                    "page says how many days they take before they are sent."
                ),
                paragraph(f"<em>{_DEMO_EN}</em>"),
            ],
        },
    },
    {
        "slug": "returns",
        "th": {
            "title": "การคืนสินค้า",
            "intro": f"นโยบายตัวอย่างของตลาดชุมชน {ILLUSTRATIVE}",
            "body": [
                heading("เมื่อสินค้าไม่ตรงตามที่สั่ง"),
                paragraph(
                    "หากสินค้าเสียหายระหว่างขนส่งหรือไม่ตรงกับที่ลงขาย "
                    "แจ้งเราที่ help@chumchon.test (ที่อยู่สาธิต) ภายใน 7 วันหลังได้รับสินค้า "
                    "พร้อมเลขที่คำสั่งซื้อและภาพถ่าย",
                    "อาหาร เครื่องดื่ม และสมุนไพรที่เปิดแล้ว รวมถึงสินค้าที่ทำตามสั่ง "
                    "คืนได้เฉพาะเมื่อชำรุดหรือไม่ตรงกับที่ลงขาย",
                ),
                heading("การคืนเงิน"),
                paragraph("เงินคืนกลับไปยังช่องทางที่ชำระ เช่น พร้อมเพย์หรือบัตร"),
                paragraph(f"<em>นโยบายนี้เป็นตัวอย่างประกอบ {_DEMO_TH}</em>"),
            ],
        },
        "en": {
            "title": "Returns",
            "intro": f"An example policy for Chumchon Market {ILLUSTRATIVE}.",
            "body": [
                heading("When a product is not what you ordered"),
                paragraph(
                    "If a product arrives damaged or is not as listed, write to "
                    "help@chumchon.test (a demo address) within 7 days of receiving it, with "
                    "the order number and a photo.",
                    "Opened food, drinks and herbal products, and anything made to order, "
                    "can be returned only if faulty or not as listed.",
                ),
                heading("Refunds"),
                paragraph("Refunds go back the way you paid, such as PromptPay or card."),
                paragraph(f"<em>This policy is an illustrative example. {_DEMO_EN}</em>"),
            ],
        },
    },
    {
        "slug": "privacy",
        "th": {
            "title": "นโยบายความเป็นส่วนตัว",
            "intro": "ข้อมูลส่วนบุคคลที่เราเก็บ เหตุผล และสิทธิของคุณตามพระราชบัญญัติคุ้มครอง"
                     "ข้อมูลส่วนบุคคล พ.ศ. 2562 (PDPA)",
            "body": [
                heading("ข้อมูลที่เราเก็บ"),
                paragraph(
                    "ชื่อ อีเมล หมายเลขโทรศัพท์ ที่อยู่จัดส่ง และประวัติคำสั่งซื้อ "
                    "เพื่อรับคำสั่งซื้อ จัดส่งสินค้า และออกใบกำกับภาษีเมื่อคุณขอ",
                    "เราส่งชื่อ ที่อยู่ และโทรศัพท์ให้วิสาหกิจชุมชนผู้ขายเท่าที่จำเป็นต่อการจัดส่ง "
                    "และไม่ขายข้อมูลของคุณให้ผู้อื่น",
                ),
                heading("สิทธิของคุณ"),
                paragraph(
                    "ตาม PDPA คุณขอเข้าถึง แก้ไข ลบ หรือขอรับสำเนาข้อมูลของคุณ คัดค้านหรือขอให้ระงับ"
                    "การใช้ข้อมูล และถอนความยินยอมได้ ติดต่อ privacy@chumchon.test (ที่อยู่สาธิต)"
                ),
                paragraph(
                    f"<em>{_DEMO_TH} อย่าใส่ข้อมูลส่วนบุคคลจริง ข้อมูลในเว็บไซต์สาธิตอาจถูกลบได้ทุกเมื่อ</em>"
                ),
            ],
        },
        "en": {
            "title": "Privacy policy",
            "intro": "The personal data we keep, why, and your rights under Thailand's "
                     "Personal Data Protection Act B.E. 2562 (2019) (PDPA).",
            "body": [
                heading("What we keep"),
                paragraph(
                    "Your name, e-mail address, phone number, delivery address and order "
                    "history, to take your orders, deliver them and issue a tax invoice "
                    "when you ask for one.",
                    "We give the selling community enterprise your name, address and phone "
                    "number as far as delivery needs them, and we do not sell your data to "
                    "anyone.",
                ),
                heading("Your rights"),
                paragraph(
                    "Under the PDPA you may ask to see, correct, delete or receive a copy of "
                    "your data, object to or restrict its use, and withdraw your consent. "
                    "Write to privacy@chumchon.test (a demo address)."
                ),
                paragraph(
                    f"<em>{_DEMO_EN} Do not enter real personal data; data on this demo "
                    "site may be deleted at any time.</em>"
                ),
            ],
        },
    },
]
