"""The three demo logins, the enterprise membership and the DIP staff group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import GroupPagePermission

from shop.demo.loaders.records import sync_fields
from shop.demo.users import DEMO_PASSWORD, DIP_STAFF_GROUP, MEMBER_ENTERPRISE, USERS

#: What DIP staff may do to the page tree below the home page.
DIP_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def load_users(enterprises, home, tally, progress):
    """Buyer, enterprise member and DIP staff; returns {key: User}."""
    users = {}
    for data in USERS:
        user = _user(data, is_staff=data["key"] == "dip", tally=tally)
        users[data["key"]] = user
        progress.update(1)
    _enterprise_member(users["enterprise"], enterprises[MEMBER_ENTERPRISE], tally)
    _dip_staff(users["dip"], home, tally)
    return users


def _user(data, is_staff, tally):
    """A login matched on e-mail (Oscar signs in by e-mail), falling back to username."""
    User = get_user_model()
    values = {
        "username": data["username"],
        "email": data["email"],
        "first_name": data["first_name"],
        "last_name": data["last_name"],
        "is_active": True,
        "is_staff": is_staff,
        "is_superuser": False,
    }
    user = (
        User.objects.filter(Q(email__iexact=data["email"]) | Q(username=data["username"]))
        .order_by("pk")
        .first()
    )
    if user is None:
        user = User(**values)
        user.set_password(DEMO_PASSWORD)
        user.save()
        tally.created += 1
        return user
    changed = sync_fields(user, values)
    if not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
        changed = True
    if changed:
        user.save()
        tally.updated += 1
    return user


#: DIP staff use Wagtail admin, and in Django admin they verify certifications and
#: approve or suspend community enterprises.
DIP_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("catalogue", "view_certification"),
    ("catalogue", "change_certification"),
    ("partner", "view_partner"),
    ("partner", "change_partner"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _enterprise_member(user, enterprise, tally):
    """Oscar's partner dashboard needs the membership and ``partner.dashboard_access``."""
    if not enterprise.users.filter(pk=user.pk).exists():
        enterprise.users.add(user)
        tally.created += 1
    access = _permission("partner", "dashboard_access")
    if not user.user_permissions.filter(pk=access.pk).exists():
        user.user_permissions.add(access)
        tally.created += 1


def _dip_staff(user, home, tally):
    """A group with Wagtail admin access and page rights from the home page down."""
    group, created = Group.objects.get_or_create(name=DIP_STAFF_GROUP)
    tally.created += int(created)
    for app_label, codename in DIP_MODEL_PERMISSIONS:
        permission = _permission(app_label, codename)
        if not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            tally.created += 1
    for codename in DIP_PAGE_PERMISSIONS:
        _, created = GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=_permission("wagtailcore", codename)
        )
        tally.created += int(created)
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
        tally.created += 1
