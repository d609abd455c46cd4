"""Who may do what in the CMS: "DIP editors" write drafts and submit them, "DIP
publishers" approve and publish them, community enterprise members stay out.

The groups, their page permissions and the "DIP publishing" workflow come from
cms/migrations/0003, so they exist in every database without demo data.
"""

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import StoryPage, VillagePage
from tests.cms.builders import build_story, english, story_index, village_index

ADMIN = "/cms-admin/"


def village_form(**fields):
    """The POST data of the admin's "New village" form."""
    values = {
        "title": "บ้านดอนกอย",
        "slug": "ban-don-koi",
        "title_en": "Ban Don Koi",
        "intro": "หมู่บ้านผ้าย้อมคราม",
        "known_for": "ผ้าย้อมคราม",
        "body": streamfield([("paragraph", rich_text("<p>ชาวบ้านปลูกครามเอง</p>"))]),
        "gallery_images": inline_formset([]),
        "comments": inline_formset([]),
        "tambon": "ดอนกอย",
        "amphoe": "พรรณานิคม",
        "changwat": "สกลนคร",
        "changwat_en": "Sakon Nakhon",
        "postcode": "47130",
        "latitude": "17.355800",
        "longitude": "103.850000",
        "is_civ": "on",
        "civ_year": "2019",
        "dip_centre": "",
        "logo": "",
        "brand_colour": "#1F3A93",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    values.update(fields)
    return nested_form_data(values)


def add_village(client, index, action=None):
    """Post the "New village" form under ``index`` with the button ``action`` pressed
    (``None``: "Save draft"). Returns the response and the village, if one was created."""
    data = village_form()
    if action:
        data[action] = action
    response = client.post(f"{ADMIN}pages/add/cms/villagepage/{index.pk}/", data)
    return response, VillagePage.objects.filter(slug="ban-don-koi").first()


@pytest.fixture
def enterprise_member(storefront, django_user_model):
    """A community enterprise's member, with Oscar's partner dashboard access."""
    user = django_user_model.objects.create_user(
        username="member", email="member@chumchon.test", password="secret"
    )
    storefront["enterprise"].users.add(user)
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    return user


# DIP editors -----------------------------------------------------------------------


def test_a_dip_editor_can_open_the_cms_admin(client, storefront, dip_editor):
    client.force_login(dip_editor)
    assert client.get(ADMIN).status_code == 200


def test_a_dip_editor_may_write_but_not_publish(storefront, dip_editor):
    village = storefront["village"]
    permissions = village.permissions_for_user(dip_editor)
    assert permissions.can_edit()
    assert village_index(storefront["home"]).permissions_for_user(dip_editor).can_add_subpage()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()
    # also in the English tree
    assert english(village).permissions_for_user(dip_editor).can_edit()
    assert not english(village).permissions_for_user(dip_editor).can_publish()


def test_a_dip_editor_creates_a_village_draft_in_the_admin(client, storefront, dip_editor):
    # given a DIP editor in the admin
    client.force_login(dip_editor)
    # when they fill in a new village and save a draft
    response, village = add_village(client, village_index(storefront["home"]))
    # then the village exists as a draft with what they typed, not on the site
    assert response.status_code == 302, response.content.decode()[:2000]
    assert village is not None
    assert not village.live
    draft = village.get_latest_revision_as_object()
    assert draft.changwat_en == "Sakon Nakhon"
    assert (str(draft.latitude), draft.civ_year) == ("17.355800", 2019)
    assert client.get("/villages/ban-don-koi/").status_code == 404


def test_a_dip_editor_pressing_publish_does_not_put_the_page_online(client, storefront, dip_editor):
    client.force_login(dip_editor)
    _response, village = add_village(client, village_index(storefront["home"]), "action-publish")
    assert village is not None and not village.live
    assert client.get("/villages/ban-don-koi/").status_code == 404


def test_a_dip_editor_cannot_publish_an_edit_of_a_live_story(client, storefront, dip_editor):
    # given a live story
    story = build_story(storefront["home"])
    client.force_login(dip_editor)
    # when an editor changes its title and presses "Publish"
    edit = client.get(f"{ADMIN}pages/{story.pk}/edit/")
    assert edit.status_code == 200
    data = nested_form_data(
        {
            "title": "เรื่องที่ยังไม่อนุมัติ",
            "slug": story.slug,
            "kind": story.kind,
            "date": story.date.isoformat(),
            "intro": story.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    client.post(f"{ADMIN}pages/{story.pk}/edit/", data)
    # then the change is kept as a draft, and buyers still see the published title
    stored = StoryPage.objects.get(pk=story.pk)
    assert stored.get_latest_revision_as_object().title == "เรื่องที่ยังไม่อนุมัติ"
    assert stored.has_unpublished_changes
    assert stored.title == story.title
    assert story.title in client.get(story.url).content.decode()


def test_a_dip_editor_submits_a_village_for_moderation(client, storefront, dip_editor):
    # given a DIP editor
    client.force_login(dip_editor)
    # when they create a village with "Submit for moderation"
    response, village = add_village(client, village_index(storefront["home"]), "action-submit")
    # then it waits in the "DIP publishing" workflow, not yet online
    assert response.status_code == 302
    state = village.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "DIP publishing"
    assert state.current_task_state.task.name == "DIP publishers approval"
    assert not VillagePage.objects.get(pk=village.pk).live


def approve(client, page):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        f"{ADMIN}pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )


def test_a_dip_editor_cannot_approve_their_own_submission(client, storefront, dip_editor):
    client.force_login(dip_editor)
    _response, village = add_village(client, village_index(storefront["home"]), "action-submit")
    approve(client, village)
    assert not VillagePage.objects.get(pk=village.pk).live


# DIP publishers --------------------------------------------------------------------


def test_a_dip_publisher_may_publish(storefront, dip_publisher):
    permissions = storefront["village"].permissions_for_user(dip_publisher)
    assert permissions.can_edit() and permissions.can_publish()


def test_a_dip_publisher_approves_an_editors_village_and_it_goes_online_in_both_languages(
    client, storefront, dip_editor, dip_publisher
):
    # given a village an editor submitted for moderation
    client.force_login(dip_editor)
    _response, village = add_village(client, village_index(storefront["home"]), "action-submit")
    # when a DIP publisher approves it
    client.force_login(dip_publisher)
    approve(client, village)
    # then the village is online, in Thai and (falling back to Thai text) in English
    village = VillagePage.objects.get(pk=village.pk)
    assert village.live
    assert village.current_workflow_state is None
    assert "บ้านดอนกอย" in client.get("/villages/ban-don-koi/").content.decode()
    english_page = client.get("/en/villages/ban-don-koi/")
    assert english_page.status_code == 200
    assert "Ban Don Koi" in english_page.content.decode()


def test_a_dip_publisher_publishes_a_new_story_directly(client, storefront, dip_publisher):
    client.force_login(dip_publisher)
    index = story_index(storefront["home"])
    data = nested_form_data(
        {
            "title": "ตลาดนัดผ้าทอ",
            "slug": "cloth-fair",
            "kind": "news",
            "date": "2025-03-01",
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    client.post(f"{ADMIN}pages/add/cms/storypage/{index.pk}/", data)
    story = StoryPage.objects.get(slug="cloth-fair", locale__language_code="th")
    assert story.live
    assert client.get("/stories/cloth-fair/").status_code == 200


# Community enterprise members -------------------------------------------------------


def test_an_enterprise_member_is_turned_away_from_the_cms_admin(
    client, storefront, enterprise_member
):
    # given a member of a community enterprise, signed in
    client.force_login(enterprise_member)
    # when they open the CMS admin or a village's edit form
    for url in (ADMIN, f"{ADMIN}pages/{storefront['village'].pk}/edit/"):
        response = client.get(url)
        # then they are sent to the admin's sign-in page
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{ADMIN}login/"), url


def test_an_enterprise_member_cannot_edit_or_add_pages(storefront, enterprise_member):
    village = storefront["village"]
    assert not village.permissions_for_user(enterprise_member).can_edit()
    assert (
        not village_index(storefront["home"])
        .permissions_for_user(enterprise_member)
        .can_add_subpage()
    )
    assert not Page.get_first_root_node().permissions_for_user(enterprise_member).can_edit()


def test_an_enterprise_members_post_to_the_admin_changes_nothing(
    client, storefront, enterprise_member
):
    client.force_login(enterprise_member)
    _response, village = add_village(client, village_index(storefront["home"]), "action-publish")
    assert village is None
