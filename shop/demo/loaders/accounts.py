"""The demo logins, the enterprise membership and the groups that give each its role."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import GroupPagePermission

from shop.demo.loaders.records import DemoDataError, sync_fields
from shop.demo.users import (
    DEMO_PASSWORD,
    DIP_EDITORS_GROUP,
    DIP_PUBLISHERS_GROUP,
    DIP_STAFF_GROUP,
    MEMBER_ENTERPRISE,
    USERS,
)

#: Groups whose membership the loader owns for the demo users.
MANAGED_GROUPS = [DIP_STAFF_GROUP, DIP_EDITORS_GROUP, DIP_PUBLISHERS_GROUP]

#: DIP staff use Wagtail admin, and in Django admin they verify certifications and
#: approve or suspend community enterprises. Page rights come from the editorial groups.
DIP_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("catalogue", "view_certification"),
    ("catalogue", "change_certification"),
    ("partner", "view_partner"),
    ("partner", "change_partner"),
    # Orders in Oscar's dashboard, and refunds through Stripe (shop/payment).
    ("order", "view_order"),
    ("order", "change_order"),
]


def load_users(enterprises, tally, progress):
    """Buyer, enterprise member, DIP staff and DIP editor; returns {key: User}."""
    groups = _groups(tally)
    users = {}
    for data in USERS:
        user = _user(data, tally)
        _memberships(user, [groups[name] for name in data["groups"]], groups.values(), tally)
        users[data["key"]] = user
        progress.update(1)
    _enterprise_member(users["enterprise"], enterprises[MEMBER_ENTERPRISE], tally)
    return users


def _user(data, tally):
    """A login matched on e-mail (Oscar signs in by e-mail), falling back to username."""
    User = get_user_model()
    values = {
        "username": data["username"],
        "email": data["email"],
        "first_name": data["first_name"],
        "last_name": data["last_name"],
        "is_active": True,
        "is_staff": data["is_staff"],
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


def _groups(tally):
    """{name: Group}: DIP staff (set up here) and the two editorial groups (a migration's)."""
    groups = {name: Group.objects.filter(name=name).first() for name in MANAGED_GROUPS}
    missing = [name for name in (DIP_EDITORS_GROUP, DIP_PUBLISHERS_GROUP) if not groups[name]]
    if missing:
        raise DemoDataError(
            f"Group(s) {', '.join(missing)} missing: run `manage.py migrate` first."
        )
    if groups[DIP_STAFF_GROUP] is None:
        groups[DIP_STAFF_GROUP] = Group.objects.create(name=DIP_STAFF_GROUP)
        tally.created += 1
    _dip_staff_permissions(groups[DIP_STAFF_GROUP], tally)
    return groups


def _dip_staff_permissions(group, tally):
    """Catalogue and enterprise rights only; drop page rights an earlier load gave."""
    for app_label, codename in DIP_MODEL_PERMISSIONS:
        permission = _permission(app_label, codename)
        if not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            tally.created += 1
    deleted, _ = GroupPagePermission.objects.filter(group=group).delete()
    tally.updated += deleted


def _memberships(user, wanted, managed, tally):
    """Put ``user`` in exactly the ``wanted`` groups among the ``managed`` ones."""
    current = set(user.groups.filter(pk__in=[group.pk for group in managed]))
    for group in set(wanted) - current:
        user.groups.add(group)
        tally.created += 1
    for group in current - set(wanted):
        user.groups.remove(group)
        tally.updated += 1


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
