"""The JSON look-ups the cascade script calls: answers, cache headers, no queries."""

import pytest

pytestmark = pytest.mark.django_db


def get_json(client, url, queries):
    with queries(0):
        response = client.get(url)
    return response, response.json()


def test_districts_of_a_province_in_thai_and_english(client, django_assert_num_queries):
    # when the script asks for Surat Thani's districts
    response, data = get_json(
        client, "/shop/address/districts/?province=84", django_assert_num_queries
    )
    # then they come in Thai, cacheable for a day, without touching the database
    assert response.status_code == 200
    assert "max-age=86400" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert data["bangkok"] is False
    assert data["words"] == {"district": "อำเภอ", "subdistrict": "ตำบล"}
    names = [d["name"] for d in data["districts"]]
    assert "เกาะพะงัน" in names and all(d["code"].startswith("84") for d in data["districts"])
    # and under /en/ in English
    _, english = get_json(
        client, "/en/shop/address/districts/?province=10", django_assert_num_queries
    )
    assert english["bangkok"] is True
    assert english["words"] == {"district": "Khet", "subdistrict": "Khwaeng"}
    assert "Vadhana" in [d["name"] for d in english["districts"]]


def test_subdistricts_come_with_their_postcodes(client, django_assert_num_queries):
    response, data = get_json(
        client, "/shop/address/subdistricts/?district=1039", django_assert_num_queries
    )
    assert response.status_code == 200
    by_code = {s["code"]: s for s in data["subdistricts"]}
    assert by_code["103901"]["name"] == "คลองเตยเหนือ"
    assert by_code["103903"]["postcodes"] == ["10110", "10260"]
    assert data["words"]["subdistrict"] == "แขวง"


def test_a_postcode_answers_every_area_it_covers(client, django_assert_num_queries):
    response, data = get_json(client, "/shop/address/postcode/10230/", django_assert_num_queries)
    assert response.status_code == 200
    districts = {c["district"]["code"] for c in data["candidates"]}
    assert districts == {"1005", "1027", "1038", "1043"}
    assert {c["province"]["name"] for c in data["candidates"]} == {"กรุงเทพมหานคร"}


def test_provinces_list_all_77(client, django_assert_num_queries):
    _, data = get_json(client, "/shop/address/provinces/", django_assert_num_queries)
    assert len(data["provinces"]) == 77


@pytest.mark.parametrize(
    "url, status, message",
    [
        ("/en/shop/address/districts/?province=99", 400, "Choose a province from the list."),
        ("/en/shop/address/districts/", 400, "Choose a province from the list."),
        ("/en/shop/address/subdistricts/?district=x", 400, "Choose a district from the list."),
        ("/en/shop/address/postcode/1020/", 400, "A Thai postcode has 5 digits, e.g. 10200."),
        ("/en/shop/address/postcode/99999/", 400, "No Thai area has the postcode 99999."),
        ("/shop/address/postcode/99999/", 400, "ไม่พบพื้นที่ใดในประเทศไทยที่ใช้รหัสไปรษณีย์ 99999"),
    ],
)
def test_bad_look_ups_answer_a_readable_error_that_is_not_cached(
    client, django_assert_num_queries, url, status, message
):
    response, data = get_json(client, url, django_assert_num_queries)
    assert response.status_code == status
    assert data == {"error": message}
    assert "no-cache" in response["Cache-Control"]
