"""The page tree: which page types editors may add where (``parent_page_types`` and
``subpage_types``), in the models and in the Wagtail admin's "Add child page" screen."""

import re

import pytest
from wagtail.models import Page

from cms.models import (
    CollectionIndexPage,
    CollectionPage,
    HomePage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
    VillageIndexPage,
    VillagePage,
)
from tests.cms.builders import (
    build_collection,
    build_home_page,
    build_standard_page,
    build_story,
    build_village,
    collection_index,
    story_index,
    village_index,
)

PAGE_TYPES = [
    HomePage,
    VillageIndexPage,
    VillagePage,
    StoryIndexPage,
    StoryPage,
    CollectionIndexPage,
    CollectionPage,
    StandardPage,
]

#: Parent -> the page types that may exist under it; every other type is refused.
TREE = {
    "root": {HomePage},
    "home": {VillageIndexPage, StoryIndexPage, CollectionIndexPage, StandardPage},
    "village index": {VillagePage},
    "village": set(),
    "story index": {StoryPage},
    "story": set(),
    "collection index": {CollectionPage},
    "collection": set(),
    "standard page": {StandardPage},
}


@pytest.fixture
def pages(db):
    """One published page of each type, by name."""
    home = build_home_page()
    return {
        "root": Page.get_first_root_node(),
        "home": home,
        "village index": village_index(home),
        "village": build_village(home),
        "story index": story_index(home),
        "story": build_story(home),
        "collection index": collection_index(home),
        "collection": build_collection(home),
        "standard page": build_standard_page(home),
    }


@pytest.mark.parametrize("parent_name", list(TREE))
def test_each_page_type_exists_only_under_its_parents(pages, parent_name):
    # given a page of each type
    parent = pages[parent_name]
    # when we ask which page types may exist under this one
    allowed = {model for model in PAGE_TYPES if model.can_exist_under(parent)}
    # then exactly the tree's types are allowed, every other one is refused
    assert allowed == TREE[parent_name]


def test_a_village_cannot_be_created_directly_under_the_home_page(pages):
    assert not VillagePage.can_create_at(pages["home"])
    assert VillagePage.can_create_at(pages["village index"])


def test_a_story_is_created_only_in_the_story_index(pages):
    assert StoryPage.can_create_at(pages["story index"])
    for parent in ("home", "village index", "collection index", "standard page"):
        assert not StoryPage.can_create_at(pages[parent]), parent


def test_a_story_cannot_be_moved_among_the_villages(pages):
    assert not pages["story"].can_move_to(pages["village index"])
    assert pages["story"].can_move_to(pages["story index"])


def test_a_home_page_has_one_index_of_each_kind_and_any_number_of_standard_pages(pages):
    # given a home page that already has its three indexes and an "about" page
    home = pages["home"]
    # then a second index of any kind is refused
    assert not VillageIndexPage.can_create_at(home)
    assert not StoryIndexPage.can_create_at(home)
    assert not CollectionIndexPage.can_create_at(home)
    # and more standard pages (shipping, returns, privacy) are allowed, also under "about"
    assert StandardPage.can_create_at(home)
    assert StandardPage.can_create_at(pages["standard page"])


def test_a_new_home_page_may_get_each_index_once(db):
    # given a home page with no children
    home = build_home_page()
    # then each index may be created
    for model in (VillageIndexPage, StoryIndexPage, CollectionIndexPage):
        assert model.can_create_at(home), model
    # when the village index exists, then only that one is refused
    village_index(home)
    assert not VillageIndexPage.can_create_at(home)
    assert StoryIndexPage.can_create_at(home)


# The admin's "Add child page" screen ------------------------------------------------

ADD_FORM = re.compile(r"/cms-admin/pages/add/(\w+)/(\w+)/(\d+)/")


def offered_page_types(client, parent):
    """The page types the admin offers under ``parent`` (following its redirect straight
    to the form when only one type is allowed)."""
    response = client.get(f"/cms-admin/pages/{parent.pk}/add_subpage/")
    if response.status_code == 302:
        links = [response["Location"]]
    else:
        assert response.status_code == 200
        links = ADD_FORM.findall(response.content.decode())
        links = [f"/cms-admin/pages/add/{app}/{model}/{pk}/" for app, model, pk in links]
    found = set()
    for link in links:
        app, model, pk = ADD_FORM.search(link).groups()
        assert int(pk) == parent.pk
        found.add(f"{app}.{model}")
    return found


def labels(models):
    return {model._meta.label_lower for model in models}


@pytest.mark.parametrize(
    "parent_name, offered",
    [
        ("home", {StandardPage}),  # the three indexes exist already
        ("village index", {VillagePage}),
        ("story index", {StoryPage}),
        ("collection index", {CollectionPage}),
        ("standard page", {StandardPage}),
    ],
)
def test_admin_offers_only_the_allowed_page_types(client, admin_user, pages, parent_name, offered):
    # given a superuser in the Wagtail admin
    client.force_login(admin_user)
    # when they choose "Add child page" under a page
    found = offered_page_types(client, pages[parent_name])
    # then only the page types the tree allows there are offered
    assert found == labels(offered)


def test_admin_offers_the_indexes_under_a_new_home_page(client, admin_user, db):
    client.force_login(admin_user)
    home = build_home_page()
    assert offered_page_types(client, home) == labels(
        [VillageIndexPage, StoryIndexPage, CollectionIndexPage, StandardPage]
    )


def test_admin_refuses_to_create_a_village_directly_under_the_home_page(client, admin_user, pages):
    # given a superuser who posts a village form addressed to the home page
    client.force_login(admin_user)
    response = client.post(
        f"/cms-admin/pages/add/cms/villagepage/{pages['home'].pk}/",
        {"title": "บ้านใหม่", "slug": "ban-mai", "changwat": "น่าน"},
    )
    # then the admin refuses it and no such village exists
    assert response.status_code in {302, 403}
    assert not VillagePage.objects.filter(slug="ban-mai").exists()
