"""The demo logins. They share one password because they are demo data only.

Roles in the CMS come from the groups ``cms/migrations/0003`` creates: "DIP editors"
draft pages and submit them for moderation; "DIP publishers" also publish. The DIP
staff login is in both (and in "DIP staff", which verifies certifications and approves
enterprises in the shop); the editor login is an editor only, so it shows the
moderation workflow. The enterprise member is in no CMS group: it cannot edit pages.
"""

#: Shared password of every demo account. Demo data only: never load it on a live site.
DEMO_PASSWORD = "chumchon-demo"

#: Partner code of the enterprise the enterprise member belongs to.
MEMBER_ENTERPRISE = "ban-phon-praewa-silk"

#: Name of the auth group for staff of the Department of Industrial Promotion.
DIP_STAFF_GROUP = "DIP staff"
#: Wagtail editorial groups (created by ``cms/migrations/0003``).
DIP_EDITORS_GROUP = "DIP editors"
DIP_PUBLISHERS_GROUP = "DIP publishers"

USERS = [
    {
        "key": "buyer",
        "email": "buyer@chumchon.test",
        "username": "buyer",
        "first_name": "ผู้ซื้อ",
        "last_name": "ทดลอง",
        "role": "Buyer",
        "sign_in": ["/shop/accounts/login/"],
        "is_staff": False,
        "groups": [],
    },
    {
        "key": "enterprise",
        "email": "enterprise@chumchon.test",
        "username": "enterprise",
        "first_name": "สมาชิกวิสาหกิจ",
        "last_name": "ทดลอง",
        "role": "Enterprise member (Ban Phon Praewa silk group)",
        "sign_in": ["/shop/accounts/login/", "/shop/dashboard/"],
        "is_staff": False,
        "groups": [],
    },
    {
        "key": "dip",
        "email": "dip@chumchon.test",
        "username": "dip",
        "first_name": "เจ้าหน้าที่ดีพร้อม",
        "last_name": "ทดลอง",
        "role": "DIP staff: verifies, edits and publishes pages",
        "sign_in": ["/cms-admin/", "/shop/dashboard/"],
        "is_staff": True,
        "groups": [DIP_STAFF_GROUP, DIP_EDITORS_GROUP, DIP_PUBLISHERS_GROUP],
    },
    {
        "key": "editor",
        "email": "editor@chumchon.test",
        "username": "editor",
        "first_name": "บรรณาธิการ",
        "last_name": "ทดลอง",
        "role": "DIP editor: drafts pages, submits them for moderation",
        "sign_in": ["/cms-admin/"],
        "is_staff": False,
        "groups": [DIP_EDITORS_GROUP],
    },
]
