"""Community enterprises (วิสาหกิจชุมชน) of the demo: Oscar partners tied to a village.

The names follow the patterns real groups use ("กลุ่มทอผ้า…บ้าน…",
"วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรบ้าน…") but the groups themselves are invented;
no real person is named. ``code`` is the natural key the loader matches on.
"""

#: (code, Thai name, English name, village slug)
ENTERPRISES = [
    ("ban-phon-praewa-silk", "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
     "Ban Phon Praewa Silk Weaving Group", "ban-phon"),
    ("ban-khwao-mudmee-silk", "กลุ่มทอผ้าไหมมัดหมี่บ้านเขว้า",
     "Ban Khwao Mudmee Silk Weaving Group", "ban-khwao"),
    ("ban-khwao-farm-housewives", "วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรบ้านเขว้า",
     "Ban Khwao Farm Housewives Community Enterprise", "ban-khwao"),
    ("ban-na-ton-chan-cloth", "กลุ่มผ้าทอหมักโคลนบ้านนาต้นจั่น",
     "Ban Na Ton Chan Mud-Fermented Cloth Group", "ban-na-ton-chan"),
    ("ban-na-ton-chan-dolls", "กลุ่มตุ๊กตาบาร์โหนบ้านนาต้นจั่น",
     "Ban Na Ton Chan Bar-Flip Doll Group", "ban-na-ton-chan"),
    ("ko-kret-pottery", "กลุ่มเครื่องปั้นดินเผาแกะสลักเกาะเกร็ด",
     "Ko Kret Carved Pottery Group", "ko-kret"),
    ("ban-chiang-pottery", "กลุ่มเครื่องปั้นดินเผาเขียนสีบ้านเชียง",
     "Ban Chiang Painted Pottery Group", "ban-chiang"),
    ("ban-chiang-indigo", "กลุ่มผ้าฝ้ายย้อมครามบ้านเชียง",
     "Ban Chiang Indigo Cotton Group", "ban-chiang"),
    ("ban-sala-din-khao-tang", "วิสาหกิจชุมชนข้าวตังบ้านศาลาดิน",
     "Ban Sala Din Crispy Rice Community Enterprise", "ban-sala-din"),
    ("on-tai-organic", "วิสาหกิจชุมชนเกษตรอินทรีย์ออนใต้",
     "On Tai Organic Farming Community Enterprise", "on-tai"),
    ("on-tai-herbal", "วิสาหกิจชุมชนสมุนไพรออนใต้",
     "On Tai Herbal Community Enterprise", "on-tai"),
    ("huai-yai-jiw", "วิสาหกิจชุมชนบ้านห้วยยายจิ๋ว",
     "Huai Yai Jiw Community Enterprise", "huai-yai-jiw"),
    ("koh-yo-cotton", "กลุ่มทอผ้าฝ้ายเกาะยอ",
     "Koh Yo Cotton Weaving Group", "koh-yo"),
    ("koh-yo-seafood", "วิสาหกิจชุมชนกลุ่มแม่บ้านแปรรูปอาหารทะเลเกาะยอ",
     "Koh Yo Seafood Processing Housewives Community Enterprise", "koh-yo"),
]
