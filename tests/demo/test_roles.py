"""The demo logins' roles in Wagtail: who drafts, who publishes, who cannot edit pages."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import GroupPagePermission

from cms.models import StoryPage

EDITORS, PUBLISHERS, STAFF = "DIP editors", "DIP publishers", "DIP staff"


def _user(email):
    return get_user_model().objects.get(email=email)


def _groups(user):
    return set(user.groups.values_list("name", flat=True))


@pytest.fixture
def story(demo):
    return StoryPage.objects.get(slug="carved-pottery-of-ko-kret", locale__language_code="th")


def test_each_login_is_in_the_groups_of_its_role(demo):
    # Given / When the demo logins are loaded
    # Then DIP staff edit and publish, the editor only edits, the others are in no CMS group
    assert _groups(_user("dip@chumchon.test")) == {STAFF, EDITORS, PUBLISHERS}
    assert _groups(_user("editor@chumchon.test")) == {EDITORS}
    assert _groups(_user("enterprise@chumchon.test")) == set()
    assert _groups(_user("buyer@chumchon.test")) == set()
    # And the DIP staff group keeps its shop rights but no page rights of its own
    assert not GroupPagePermission.objects.filter(group__name=STAFF).exists()
    assert _user("dip@chumchon.test").has_perm("catalogue.change_certification")


def test_the_editor_drafts_but_only_dip_staff_publish(demo, story):
    # Given a published story
    # When each login's rights on it are checked
    editor = story.permissions_for_user(_user("editor@chumchon.test"))
    dip = story.permissions_for_user(_user("dip@chumchon.test"))
    member = story.permissions_for_user(_user("enterprise@chumchon.test"))

    # Then the editor may edit it but not publish, DIP staff may both, the member neither
    assert editor.can_edit() and not editor.can_publish()
    assert dip.can_edit() and dip.can_publish()
    assert not member.can_edit() and not member.can_publish()


def test_the_editor_signs_in_to_the_cms_admin(demo, client):
    # Given the editor login
    client.force_login(_user("editor@chumchon.test"))

    # When the editor opens Wagtail admin
    response = client.get("/cms-admin/", HTTP_HOST="127.0.0.1:8000")

    # Then the dashboard opens; the enterprise member is sent away from it
    assert response.status_code == 200
    client.force_login(_user("enterprise@chumchon.test"))
    assert client.get("/cms-admin/", HTTP_HOST="127.0.0.1:8000").status_code == 302


def test_demo_logins_lists_the_editor(demo, capsys):
    # Given the demo data is loaded
    # When the logins are printed
    call_command("demo_logins")

    # Then the editor login is there with its role
    out = capsys.readouterr().out
    assert "editor@chumchon.test" in out and "DIP editor" in out
