"""The three demo logins. They share one password because they are demo data only."""

#: Shared password of every demo account. Demo data only: never load it on a live site.
DEMO_PASSWORD = "chumchon-demo"

#: Partner code of the enterprise the enterprise member belongs to.
MEMBER_ENTERPRISE = "ban-phon-praewa-silk"

#: Name of the auth group for staff of the Department of Industrial Promotion.
DIP_STAFF_GROUP = "DIP staff"

USERS = [
    {
        "key": "buyer",
        "email": "buyer@chumchon.test",
        "username": "buyer",
        "first_name": "ผู้ซื้อ",
        "last_name": "ทดลอง",
        "role": "Buyer",
        "sign_in": ["/shop/accounts/login/"],
    },
    {
        "key": "enterprise",
        "email": "enterprise@chumchon.test",
        "username": "enterprise",
        "first_name": "สมาชิกวิสาหกิจ",
        "last_name": "ทดลอง",
        "role": "Enterprise member (Ban Phon Praewa silk group)",
        "sign_in": ["/shop/accounts/login/", "/shop/dashboard/"],
    },
    {
        "key": "dip",
        "email": "dip@chumchon.test",
        "username": "dip",
        "first_name": "เจ้าหน้าที่ดีพร้อม",
        "last_name": "ทดลอง",
        "role": "DIP staff",
        "sign_in": ["/cms-admin/", "/shop/dashboard/"],
    },
]
