"""English locale, and the DIP editorial roles with their moderation workflow.

* "DIP editors" write and revise villages, stories, collections and standard pages in
  both languages, upload images and documents, and submit pages for moderation; they
  cannot publish.
* "DIP publishers" do the same and publish: the "DIP publishing" workflow, assigned to
  the whole site, asks a DIP publisher to approve every submitted page.

Permissions are created here when they do not exist yet (Django makes them only after
all migrations run), exactly as Wagtail's own migrations do.
"""

from django.db import migrations

EDITORS = "DIP editors"
PUBLISHERS = "DIP publishers"
TASK = "DIP publishers approval"
WORKFLOW = "DIP publishing"

#: (app label, model, codename, name) given to both groups.
SHARED_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("simple_translation", "simpletranslation", "submit_translation", "Can submit translations"),
    ("cms", "regionalcentre", "add_regionalcentre", "Can add DIP regional centre"),
    ("cms", "regionalcentre", "change_regionalcentre", "Can change DIP regional centre"),
]
#: Page permissions on the root page, so on every page of every locale.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    PUBLISHERS: ["add_page", "change_page", "lock_page", "unlock_page", "publish_page"],
}
#: Collection permissions on the root collection, for images and documents.
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]


def _permission(apps, app_label, model, codename, name=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": name or codename.replace("_", " ").capitalize()},
    )
    return permission


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ContentType = apps.get_model("contenttypes", "ContentType")

    Locale.objects.get_or_create(language_code="th")
    Locale.objects.get_or_create(language_code="en")

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    publishers, _ = Group.objects.get_or_create(name=PUBLISHERS)
    groups = {EDITORS: editors, PUBLISHERS: publishers}
    shared = [_permission(apps, *spec) for spec in SHARED_PERMISSIONS]
    for group in groups.values():
        group.permissions.add(*shared)
    publishers.permissions.add(
        _permission(apps, "cms", "regionalcentre", "delete_regionalcentre",
                    "Can delete DIP regional centre")
    )  # fmt: skip

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        for name, codenames in PAGE_PERMISSIONS.items():
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=groups[name],
                    page=root,
                    permission=_permission(apps, "wagtailcore", "page", codename),
                )
    collection = Collection.objects.filter(depth=1).order_by("path").first()
    if collection is not None:
        for app_label, model, codenames in COLLECTION_PERMISSIONS:
            for codename in codenames:
                permission = _permission(apps, app_label, model, codename)
                for group in groups.values():
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=collection, permission=permission
                    )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([publishers])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow.objects.filter(name=WORKFLOW).delete()
    GroupApprovalTask.objects.filter(name=TASK).delete()
    Group.objects.filter(name__in=[EDITORS, PUBLISHERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_villages_stories_collections"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
