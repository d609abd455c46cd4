"""Thai and English text analysis shared by indexing and queries."""

import pytest

from search import analysis


@pytest.fixture
def fresh_vocabulary():
    """Words learnt in a test do not leak into the next ones."""
    analysis.forget_words()
    yield
    analysis.forget_words()


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
