"""DIP regional industrial promotion centres (ศูนย์ส่งเสริมอุตสาหกรรมภาค), as demo values.

DIP runs regional centres that support the villages of their provinces, but we have not
verified their numbering, seats or which centre covers which province. So these four are
illustrative stand-ins, one per part of the country the demo villages are in, and each
name says "(ตัวอย่าง) / (illustrative)"; seat and website stay empty. ``number`` is the
natural key the loader matches on.
"""

CENTRES = [
    {
        "number": number,
        "name": f"ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ {number} (ตัวอย่าง)",
        "name_en": f"DIP Regional Industrial Promotion Centre {number} (illustrative)",
        "province": "",
        "website": "",
    }
    for number in (1, 2, 3, 4)
]
# 1: the northern villages, 2: the north-eastern ones, 3: the central ones, 4: the southern
# one; each village names its centre in ``shop.demo.villages`` (``"centre"``).
