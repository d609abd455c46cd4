"""The site and its home page, in Thai (the source) and English."""

#: Django's Site and Wagtail's default Site both answer at this address.
SITE = {"name": "Chumchon Market", "hostname": "127.0.0.1", "port": 8000}

HOME = {
    "slug": "home",
    "th": {
        "title": "ตลาดชุมชน",
        "intro": (
            "สินค้าและเรื่องราวจากวิสาหกิจชุมชนไทย — เว็บไซต์สาธิต "
            "ร้านค้าและสินค้าเป็นตัวอย่างประกอบ"
        ),
    },
    "en": {
        "title": "Chumchon Market",
        "intro": (
            "Products and stories from Thai community enterprises — a demo site: the "
            "enterprises and products are illustrative."
        ),
    },
    #: Slugs of the villages the home page features, in this order: four 2017 CIV pilots.
    "featured_villages": ["ban-na-ton-chan", "ko-kret", "ban-chiang", "on-tai"],
}
