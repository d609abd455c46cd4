"""Thai and English text analysis shared by indexing and queries."""

import pytest

from search import analysis


def test_custom_dictionary_keeps_village_names_whole():
    # Given PyThaiNLP alone cuts บ้านเขว้า into บ้าน / เข / ว้า
    # When / Then: our word list keeps it one word
    assert analysis.tokens("ผ้าไหมมัดหมี่บ้านเขว้า") == ["ผ้าไหม", "มัดหมี่", "บ้านเขว้า"]
    assert "ห้วยยายจิ๋ว" in analysis.tokens("ข้าวตังห้วยยายจิ๋ว")


def test_tokens_are_normalised_and_lower_case_without_punctuation():
    words = ["hand", "woven", "silk", "cafe", "100"]
    assert analysis.tokens("Hand-woven SILK, café 100%!") == words
    # Thai digits become Arabic; ฯ and ๆ are not words; doubled vowels are repaired
    assert analysis.tokens("ราคา ๑๒๐ บาท") == ["ราคา", "120", "บาท"]
    assert analysis.tokens("กรุงเทพฯ ดีๆ") == ["กรุงเทพ", "ดี"]
    assert analysis.tokens("เเพรวา") == analysis.tokens("แพรวา")
    assert analysis.tokens("") == analysis.tokens("  ...  ") == []


def test_mixed_scripts_are_split_between_thai_and_latin():
    assert analysis.tokens("OTOP5ดาว") == ["otop5", "ดาว"]


def test_subwords_of_a_thai_compound_follow_complete_segmentations():
    pieces = analysis.subwords(["ผ้าไหมมัดหมี่"])
    assert {"ผ้า", "ไหม", "มัด", "หมี่"} <= set(pieces)
    # ไห ("jar") is a dictionary word inside ไหม, but no segmentation of ผ้าไหม uses it
    assert "ไห" not in pieces
    assert "ผ้าไหมมัดหมี่" not in pieces


def test_subwords_include_what_the_default_dictionary_would_cut():
    # A process that never learnt บ้านเขว้า would query บ้าน + เข + ว้า: still a match
    assert {"บ้าน", "เข", "ว้า"} <= set(analysis.subwords(["บ้านเขว้า"]))


def test_subwords_of_latin_words_are_light_stems():
    assert analysis.subwords(["scarves", "bowls", "baskets", "boxes", "silk"]) == [
        "scarve",
        "bowl",
        "basket",
        "box",
        "silk",
    ]
    assert analysis.stem("glass") == "glass"
    assert analysis.stem("berries") == "berry"
    assert analysis.stem("gps") == "gps"


def test_query_terms_pair_each_word_with_its_subword_form():
    terms = analysis.query_terms("ผ้าไหม Scarves ผ้าไหม")
    assert terms == [
        analysis.QueryTerm(exact="ผ้าไหม", subword="ผ้าไหม", fuzzy=1),
        analysis.QueryTerm(exact="scarves", subword="scarve", fuzzy=1),
    ]


def test_a_thai_typo_stays_one_query_word_that_may_be_two_edits_away():
    # ผ้าขาวม้ (last vowel missing) would cut into ผ้า ขาว ม้; ม้ is no word
    assert analysis.query_terms("ผ้าขาวม้") == [
        analysis.QueryTerm(exact="ผ้าขาวม้", subword="ผ้าขาวม้", fuzzy=2)
    ]
    # a correctly spelt compound still cuts into known words
    assert [t.exact for t in analysis.query_terms("ลำไยอบแห้ง")] == ["ลำไย", "อบ", "แห้ง"]


def test_synonyms_link_thai_words_and_their_romanisations_both_ways():
    assert "silk" in analysis.synonyms(analysis.tokens("ผ้าไหม"))
    assert "mudmee" in analysis.synonyms(["มัดหมี่"])
    assert "มัดหมี่" in analysis.synonyms(["mudmee"])
    # a member of several words counts when its words come in a row
    assert "ข้าวแต๋น" in analysis.synonyms(analysis.tokens("Crispy rice crackers"))
    assert "ข้าวแต๋น" not in analysis.synonyms(analysis.tokens("crackers of rice"))
    # and Thai members segment as one word
    assert analysis.tokens("ผ้าขาวม้าลายตาราง")[0] == "ผ้าขาวม้า"


def test_add_words_teaches_the_segmenter_catalogue_names(fresh_vocabulary):
    # Given a village name the dictionaries do not know
    name = "บ้านนาโพธิ์กลาง"
    before = analysis.tokens(name)
    # When
    added = analysis.add_words([f"หมู่บ้าน {name}", "a very long enterprise name"])
    # Then
    assert added >= 1
    assert analysis.tokens(name) == [name] != before
    assert name in analysis.extra_words()


def test_add_words_skips_phrases_too_long_to_be_words(fresh_vocabulary):
    assert analysis.add_words(["วิสาหกิจชุมชนกลุ่มทอผ้าไหมบ้านดอนแดงหมู่ที่สาม"]) == 0


@pytest.mark.parametrize(
    ("thai", "english"),
    [("มัดหมี่", "mudmee"), ("แพรวา", "praewa"), ("ไหม", "silk"), ("คราม", "indigo")],
)
def test_craft_words_and_their_romanisations_lead_to_each_other(thai, english):
    # Given a text mentioning the Thai word, or the English one
    # Then each brings the other among its synonyms (what the index stores as pieces)
    assert english in analysis.synonyms(analysis.tokens(thai))
    assert thai in analysis.synonyms(analysis.tokens(english.upper()))


def test_otop_is_linked_to_its_thai_names():
    assert {"โอทอป", "หนึ่งตำบลหนึ่งผลิตภัณฑ์"} <= set(analysis.synonyms(["otop"]))
    assert "otop" in analysis.synonyms(analysis.tokens("สินค้าโอทอป"))
    # a synonym is never the word itself
    assert "otop" not in analysis.synonyms(["otop"])


def test_synonyms_are_data_read_from_the_synonyms_file():
    # Every group of data/synonyms.txt is reachable from each of its members
    groups = [
        [member.strip() for member in line.split("#", 1)[0].split(",") if member.strip()]
        for line in analysis.SYNONYMS_FILE.read_text(encoding="utf-8").splitlines()
    ]
    groups = [group for group in groups if len(group) > 1]
    assert len(groups) >= 20
    for group in groups:
        first, *others = group
        found = set(analysis.synonyms(analysis.tokens(first)))
        for other in others:
            assert set(analysis.tokens(other)) <= found | set(analysis.tokens(first)), other


def test_a_thai_query_with_a_dropped_vowel_stays_whole_for_typo_tolerance():
    # ผ้าขาวม้ misses the final า: kept as one word, which may be two edits away
    assert analysis.query_words("ผ้าขาวม้") == ["ผ้าขาวม้"]
    assert analysis.max_edits("ผ้าขาวม้") == 2
    # with English around it, only the Thai run is kept whole
    assert analysis.query_words("silk ผ้าขาวม้ scarf") == ["silk", "ผ้าขาวม้", "scarf"]
    # a correctly spelt compound is cut into words, each matched on its own
    assert analysis.query_words("ผ้าขาวม้าลายตาราง") == ["ผ้าขาวม้า", "ลาย", "ตาราง"]


def test_typo_tolerance_grows_with_the_word_length_in_characters():
    assert [analysis.max_edits(word) for word in ("tea", "teak", "handmde", "handmade")] == [
        0,
        1,
        1,
        2,
    ]
    # Thai counts code points (vowels and tone marks are characters): ไหม is 3, no typo
    assert analysis.max_edits("ไหม") == 0
    assert analysis.max_edits("คราม") == 1
    # numbers are never fuzzy: 1200 must not find 1300
    assert analysis.max_edits("1200") == 0
    assert [term.fuzzy for term in analysis.query_terms("tea teak")] == [0, 1]


def test_query_terms_are_capped_and_deduplicated():
    text = " ".join(f"word{n}" for n in range(40)) + " word1"
    terms = analysis.query_terms(text)
    assert len(terms) == analysis.MAX_QUERY_TERMS
    assert len({term.exact for term in terms}) == len(terms)
    assert analysis.query_terms("!!! ...") == []


def test_provinces_are_known_by_thai_and_english_names_and_codes():
    from search import regions

    assert len(regions.provinces()) == 77
    assert regions.province_code("นนทบุรี") == "12"
    assert regions.province_code("จังหวัดนนทบุรี") == "12"
    assert regions.province_code("Nonthaburi") == "12"
    assert regions.province_code("", "Buri Ram") == regions.province_code("บุรีรัมย์") == "31"
    assert regions.province_code("กรุงเทพฯ") == regions.province_code("Bangkok") == "10"
    assert regions.province_code("Atlantis") == ""
    assert regions.province_name("50") == "เชียงใหม่"
    assert regions.province_name("50", "en") == "Chiang Mai"
    assert regions.province_name("") == ""


def test_every_province_has_one_of_six_regions():
    from collections import Counter

    from search import regions

    counts = Counter(regions.region_of(p.code) for p in regions.provinces())
    assert counts == {
        "north": 9,
        "northeast": 20,
        "central": 22,
        "east": 7,
        "west": 5,
        "south": 14,
    }
    assert list(regions.REGIONS) == ["north", "northeast", "central", "east", "west", "south"]
    assert regions.region_of("12") == "central"
    assert regions.region_of("31") == "northeast"
    assert regions.region_of("50") == "north"
    assert regions.region_of("") == ""


@pytest.mark.parametrize(
    "groups",
    [
        # a synonym in one group that is a word of another is not added again
        [("ผ้าไหมมัดหมี่ ทอมือ", "Mudmee silk"), ("SKU-1",), ("ผ้าไหม", "Silk", "ชัยภูมิ")],
        # groups repeating each other's words and pieces, an empty group, empty parts
        [("ผ้าคราม", ""), (), ("indigo scarves", "ผ้าพันคอ ผ้าคราม"), ("",)],
        # a part starting with a dangling Thai mark is analysed with its neighbours
        [("ผ้าขาวม้า",), ("\u0e49ไหม", "silk")],
    ],
)
def test_groups_are_analysed_as_their_parts_together(groups):
    parts = [part for group in groups for part in group]
    analysis._forget_memo()
    together = analysis.analyse_parts(parts)
    analysis._forget_memo()
    assert analysis.analyse_groups(groups) == together
    # and again from what is now remembered
    assert analysis.analyse_groups(groups) == together
