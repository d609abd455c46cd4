"""Look-ups over the geothai dataset: what the address lists and labels offer."""

from shop.address import thai


def test_every_province_of_thailand_is_offered():
    # when the province list is built, then all 77 provinces are there, each once
    provinces = thai.provinces("th")
    assert len(provinces) == 77
    assert len({p.code for p in provinces}) == 77
    assert "กรุงเทพมหานคร" in [p.name_th for p in provinces]
    assert "Bangkok" in [p.name_en for p in thai.provinces("en")]


def test_provinces_are_listed_in_the_readers_dictionary_order():
    # Thai readers look provinces up by Thai order (leading vowels skipped), English by A-Z
    thai_names = [p.name_th for p in thai.provinces("th")]
    assert thai_names[:2] == ["กระบี่", "กรุงเทพมหานคร"]
    assert thai_names.index("เชียงใหม่") < thai_names.index("ตาก")  # เชียงใหม่ files under ช
    english = [p.name_en for p in thai.provinces("en")]
    assert english == sorted(english, key=str.casefold)


def test_a_province_lists_only_its_own_districts_and_a_district_its_subdistricts():
    districts = thai.districts("84")  # Surat Thani
    assert districts and all(d.code.startswith("84") for d in districts)
    assert "เกาะพะงัน" in [d.name_th for d in districts]
    subdistricts = thai.subdistricts("8405")  # Ko Pha-ngan
    assert [s.name_en for s in subdistricts if s.code == "840503"] == ["Ko Tao"]
    assert all(s.code.startswith("8405") for s in subdistricts)


def test_unknown_codes_give_empty_lists_not_errors():
    assert thai.districts("99") == ()
    assert thai.subdistricts("9999") == ()
    assert thai.province("99") is None
    assert thai.candidates("00000") == ()


def test_bangkok_districts_are_named_without_the_word_khet_which_the_address_adds():
    # given Bangkok's district Vadhana (geothai stores "เขตวัฒนา")
    # then the list shows "วัฒนา" and the address line writes "เขตวัฒนา"
    assert "วัฒนา" in [d.name_th for d in thai.districts("10")]
    assert thai.area_lines("103901", "th") == ("แขวงคลองเตยเหนือ", "เขตวัฒนา", "กรุงเทพมหานคร")
    assert thai.area_lines("103901", "en") == (
        "Khwaeng Khlong Toei Nuea",
        "Khet Vadhana",
        "Bangkok",
    )


def test_other_provinces_use_tambon_amphoe_changwat():
    assert thai.area_lines("840503", "th") == ("ตำบลเกาะเต่า", "อำเภอเกาะพะงัน", "จังหวัดสุราษฎร์ธานี")
    assert thai.area_lines("840503", "en") == ("Tambon Ko Tao", "Amphoe Ko Pha-ngan", "Surat Thani")
    assert thai.words("10", "th") == {"subdistrict": "แขวง", "district": "เขต", "province": ""}
    assert thai.words("84", "en")["district"] == "Amphoe"


def test_a_subdistrict_gives_its_postcode():
    assert thai.postcode_of("840503") == "84360"
    # one with two postcodes is not guessed
    assert thai.postcodes("103903") == ("10110", "10260")
    assert thai.postcode_of("103903") == ""


def test_one_postcode_can_cover_several_subdistricts_and_districts():
    # given Bangkok's 10230, shared by four districts
    found = thai.candidates("10230")
    # then every subdistrict it covers is a candidate, each with its district and province
    assert len(found) > 4
    assert len({c.district.code for c in found}) == 4
    assert {c.province.code for c in found} == {"10"}
    assert all("10230" in c.subdistrict.postcodes for c in found)
