"""Site search over pages: villages and stories beside the products, in the reader's language.

Pages are built here with small local helpers (published through revisions, so the
signals run and the English fallback aliases exist, as in the admin).
"""

from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import RichText

from cms import page_search
from cms.models import (
    HomePage,
    PageSearchEntry,
    StoryIndexPage,
    StoryPage,
    VillageIndexPage,
    VillagePage,
)
from cms.templatetags import page_search_tags
from search.backends import get_backend, reset_backends
from search.documents import indexable_products
from tests.i18n.html import soup
from tests.search.factories import EnterpriseFactory, make_many_products, make_product
from tests.search.test_views import QUERY_BUDGET

pytestmark = pytest.mark.django_db

# -- given: a small site, built and published as an editor would ------------------


def publish(page):
    """Publish ``page`` through a revision (signals, English alias) and reload it."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def english(page):
    """The English version (alias or translation) of a Thai page."""
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code="en")


def translate(page, **fields):
    """Turn the English alias of a Thai page into a real translation, publish it."""
    alias = english(page)
    ConvertAliasPageAction(alias).execute(skip_permission_checks=True)
    translation_ = type(page).objects.get(pk=alias.pk)
    for name, value in fields.items():
        setattr(translation_, name, value)
    return publish(translation_)


def paragraph(html):
    return ("paragraph", RichText(html))


@pytest.fixture(autouse=True)
def thai_first():
    """Start in Thai (a request to /en/... leaves English active in the thread)."""
    with translation.override("th"):
        yield


@pytest.fixture
def site(db, settings):
    """Home page as the default site's root, with a village index and a story index."""
    settings.SHOP_SEARCH_BACKEND = "database"
    settings.SHOP_SEARCH_REALTIME = False
    reset_backends()
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()  # Wagtail's welcome page (and its Site)
    home = root.add_child(instance=HomePage(title="ตลาดชุมชน", slug="home"))
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Chumchon"
    )
    villages = publish(home.add_child(instance=VillageIndexPage(title="หมู่บ้าน", slug="villages")))
    stories = publish(home.add_child(instance=StoryIndexPage(title="เรื่องเล่า", slug="stories")))
    yield SimpleNamespace(home=home, villages=villages, stories=stories)
    reset_backends()


def add_village(site, **fields):
    defaults = {
        "title": "เกาะเกร็ด",
        "title_en": "Ko Kret",
        "slug": "ko-kret",
        "tambon": "เกาะเกร็ด",
        "amphoe": "ปากเกร็ด",
        "changwat": "นนทบุรี",
        "changwat_en": "Nonthaburi",
        "intro": "เกาะกลางแม่น้ำเจ้าพระยา ชุมชนชาวมอญ",
        "body": [
            ("heading", {"text": "หม้อน้ำลายวิจิตร", "size": "h2"}),
            paragraph("<p>ชาวมอญบนเกาะทำ<b>เครื่องปั้นดินเผา</b>สืบต่อกันมา</p>"),
        ],
    }
    return publish(site.villages.add_child(instance=VillagePage(**{**defaults, **fields})))


def add_story(site, villages=(), **fields):
    defaults = {
        "title": "ช่างปั้นหม้อ",
        "slug": "potter",
        "kind": StoryPage.Kind.MAKER,
        "intro": "เรื่องของช่างปั้นรุ่นที่สาม",
        "body": [paragraph("<p>เธอเรียนการปั้นจากแม่ตั้งแต่เด็ก</p>")],
    }
    story = site.stories.add_child(instance=StoryPage(**{**defaults, **fields}))
    story.villages.set(villages)
    return publish(story)


def found(text, language="th"):
    return [entry.page_id for entry in page_search.search_pages(text, language)]


def index_products():
    get_backend("database").rebuild(indexable_products())


# -- finding pages ------------------------------------------------------------------


def test_a_thai_subword_of_the_village_story_finds_the_village(site):
    # Given Ko Kret, whose story mentions its pottery (เครื่องปั้นดินเผา), and another village
    ko_kret = add_village(site)
    add_village(site, title="บ้านเขว้า", title_en="Ban Khwao", slug="ban-khwao", tambon="",
                amphoe="", changwat="ชัยภูมิ", intro="ผ้าไหมมัดหมี่", body=[])  # fmt: skip
    # When a buyer types a piece of a word, or part of the village's name
    # Then Ko Kret is found, and only it
    assert found("ดินเผา") == [ko_kret.pk]
    assert found("เกร็ด") == [ko_kret.pk]
    assert found("นนทบุรี มอญ") == [ko_kret.pk]


def test_every_query_word_must_match(site):
    add_village(site)
    assert found("ดินเผา ผ้าไหม") == []


def test_an_english_query_finds_the_english_page(site):
    # Given a Thai village (its English page is the fallback alias)
    ko_kret = add_village(site)
    ko_kret_en = english(ko_kret)
    # When a buyer reading in English searches by its English name and province
    results = page_search.search_pages("ko kret nonthaburi", "en")
    # Then the English page is found, shown by its English name and province
    assert [entry.page_id for entry in results] == [ko_kret_en.pk]
    assert (results[0].title, results[0].place) == ("Ko Kret", "Nonthaburi")
    assert results[0].page.url == "/en/villages/ko-kret/"


def test_story_text_and_its_villages_find_the_story(site):
    # Given a maker story linked to Ko Kret, whose body is about learning from her mother
    ko_kret = add_village(site)
    story = add_story(site, villages=[ko_kret])
    # Then a word of its body finds it; the linked village's name finds village and story
    assert found("เรียน") == [story.pk]
    assert found("ช่างปั้น") == [story.pk]
    assert found("เกาะเกร็ด") == [ko_kret.pk, story.pk]


def test_title_words_rank_above_body_words_and_villages_above_stories(site):
    # Given a story that names Ko Kret in its title, and one that only mentions it
    ko_kret = add_village(site)
    mentions = add_story(site, title="ตลาดน้ำวันหยุด", slug="market",
                         body=[paragraph("<p>แวะเกาะเกร็ดก่อนกลับบ้าน</p>")])  # fmt: skip
    titled = add_story(site, title="ของฝากเกาะเกร็ด", slug="souvenirs", body=[])
    # When searching for Ko Kret
    # Then title matches come first (the village before the story), then the body match
    assert found("เกาะเกร็ด") == [ko_kret.pk, titled.pk, mentions.pk]


def test_a_page_of_the_other_language_is_not_shown(site):
    # Given a story translated into English (its alias converted and rewritten)
    story = add_story(site)
    story_en = translate(
        story, title="The potter of Ko Kret", intro="A third-generation potter", body=[]
    )
    # Then each language finds its own page only
    assert found("potter", "en") == [story_en.pk]
    assert found("potter", "th") == []
    assert found("ช่างปั้น", "th") == [story.pk]
    assert found("ช่างปั้น", "en") == []


def test_a_translated_village_is_found_by_its_thai_name_in_english(site):
    # Given Ko Kret translated into English
    ko_kret = add_village(site)
    ko_kret_en = translate(ko_kret, title="Ko Kret Island", intro="A Mon island", body=[])
    # Then an English reader typing its Thai name finds the English page
    assert found("เกาะเกร็ด", "en") == [ko_kret_en.pk]
    # and still does when the Thai page is renamed
    ko_kret.title = "เกาะเกร็ดนนท์"
    publish(ko_kret)
    assert found("เกาะเกร็ดนนท์", "en") == [ko_kret_en.pk]


def test_unpublished_and_deleted_pages_disappear(site):
    # Given a village and a story, found in Thai and English
    ko_kret = add_village(site)
    story = add_story(site, title="ช่างปั้นเกาะเกร็ด")
    assert found("เกาะเกร็ด") == [ko_kret.pk, story.pk]
    assert len(found("เกาะเกร็ด", "en")) == 2
    # When the village is unpublished and the story deleted
    ko_kret.unpublish()
    story.delete()
    # Then neither is found, in either language, and their entries are gone
    assert found("เกาะเกร็ด") == []
    assert found("เกาะเกร็ด", "en") == []
    assert not PageSearchEntry.objects.exists()


def test_a_republished_village_name_updates_the_stories_that_name_it(site):
    # Given a story linked to a village
    ko_kret = add_village(site)
    story = add_story(site, villages=[ko_kret])
    # When the village is renamed and republished
    ko_kret.title = "เกาะเกร็ดนนท์"
    publish(ko_kret)
    # Then the story is found by the new name
    assert story.pk in found("เกาะเกร็ดนนท์")


def test_pages_behind_a_view_restriction_are_not_shown(site):
    ko_kret = add_village(site)
    PageViewRestriction.objects.create(
        page=site.villages, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert found("เกาะเกร็ด") == []
    assert found("เกาะเกร็ด", "en") == [english(ko_kret).pk]  # the English tree is not locked


def test_text_without_words_finds_nothing_without_asking_the_database(site):
    add_village(site)
    page_search.search_pages("เกาะ")  # load the vocabulary
    with CaptureQueriesContext(connection) as queries:
        assert page_search.search_pages("!!! ...") == []
        assert page_search.search_pages("") == []
    assert len(queries) == 0


def test_an_indexing_error_never_fails_a_publication(site, monkeypatch, caplog):
    # Given the index cannot be written
    def broken(page):
        raise RuntimeError("index is broken")

    monkeypatch.setattr(page_search, "build_entry", broken)
    # When a village is published
    ko_kret = add_village(site)
    # Then it is live, and the failure is in the log
    assert ko_kret.live
    assert "Could not index page" in caplog.text


def test_rebuild_command_indexes_every_live_page_in_every_language(site, capsys):
    # Given pages whose entries were lost
    ko_kret = add_village(site)
    add_story(site, villages=[ko_kret])
    PageSearchEntry.objects.all().delete()
    # When the command runs (twice: it is idempotent)
    call_command("search_pages_rebuild", "--no-progress")
    call_command("search_pages_rebuild", "--no-progress")
    # Then the Thai pages and their English aliases are found again
    assert "Indexed 4 pages in" in capsys.readouterr().out
    assert found("ดินเผา") == [ko_kret.pk]
    assert found("ดินเผา", "en") == [english(ko_kret).pk]


# -- the search results page ------------------------------------------------------


def test_search_page_shows_matching_villages_beside_the_products(client, site):
    # Given Ko Kret, its enterprise and a pot it sells
    ko_kret = add_village(site)
    add_story(site, villages=[ko_kret])
    pot = make_product("หม้อน้ำดินเผา", enterprise=EnterpriseFactory(village=ko_kret))
    index_products()
    # When a buyer searches for pottery
    page = soup(client.get(reverse("search:search"), {"q": "ดินเผา"}))
    # Then the product is listed, and the village beside it, linked, with its province
    assert page.select_one(f'a[href="{pot.get_absolute_url()}"]') is not None
    section = page.select_one("aside #page-results")
    assert section is not None
    village = section.select_one(".page-result-village")
    assert village.select_one("a")["href"] == "/villages/ko-kret/"
    assert village.select_one("a").get_text(strip=True) == "เกาะเกร็ด"
    assert village.select_one(".page-result-place").get_text(strip=True) == "นนทบุรี"
    assert "ชุมชนชาวมอญ" in village.select_one(".page-result-summary").get_text()


def test_search_page_without_products_still_shows_the_pages(client, site):
    # Given a story, and no product about it
    add_village(site)
    story = add_story(site)
    index_products()
    # When the buyer reads in English and searches a word only the story has
    with translation.override("en"):
        url = reverse("search:search")
    response = client.get(url, {"q": "ช่างปั้น"})
    page = soup(response)
    # Then the main column says so and lists the story (the English fallback page)
    assert response.context["results"] == []
    assert page.select_one(".no-products") is not None
    links = [a["href"] for a in page.select("#page-results .page-result-title")]
    assert links == ["/en/stories/potter/"]
    assert url.startswith("/en/") and english(story).url == "/en/stories/potter/"


def test_page_titles_and_summaries_are_escaped(client, site):
    # Given a village whose name and introduction hold markup
    add_village(site, title="<script>alert(1)</script>เกาะเกร็ด",
                intro='<img src=x onerror="alert(2)">ชุมชนชาวมอญ')  # fmt: skip
    # When it is found by the site search
    page = soup(client.get(reverse("search:search"), {"q": "เกร็ด"}))
    # Then the markup is shown as text, never run
    result = page.select_one("#page-results .page-result-village")
    assert result.select_one("a").get_text() == "<script>alert(1)</script>เกาะเกร็ด"
    assert result.select("script, img") == []
    assert "<script>alert(1)" not in str(page.select_one("#page-results"))


def test_search_page_with_pages_stays_within_the_query_budget(
    client, site, monkeypatch, django_assert_max_num_queries
):
    """Pages cost one query, whatever their number (and Wagtail's site lookup is avoided)."""
    # Given 40 matching products and more matching pages than are shown
    ko_kret = add_village(site)
    for n in range(8):
        add_story(site, title=f"ผ้าไหมเรื่องที่ {n}", slug=f"silk-{n}", villages=[ko_kret])
    make_many_products(40, enterprise=EnterpriseFactory(village=ko_kret))
    index_products()
    url, params = reverse("search:search"), {"q": "ผ้าไหม"}
    client.get(url, params)  # warm-up: thumbnails, site root paths, vocabulary
    with monkeypatch.context() as patched, CaptureQueriesContext(connection) as products_only:
        patched.setattr(page_search_tags, "search_pages", lambda *args: [])
        client.get(url, params)
    # When the page is shown with its pages
    with django_assert_max_num_queries(min(len(products_only) + 1, QUERY_BUDGET)):
        page = soup(client.get(url, params))
    # Then it shows a page of products and six pages, within one query more
    assert len(page.select("ol .product_pod")) == 20
    assert len(page.select("aside #page-results .page-result")) == page_search.PAGES_IN_RESULTS
