"""The category tree of the browse pages' side column, in one query.

Oscar's ``{% category_tree %}`` tag costs two queries (menu exclusions, then
the tree) and the category page's breadcrumbs a third (ancestors). Here one
query loads the browsable categories; the menu tree, in the shape of Oscar's
annotated list (so its template markup works unchanged), and the current
category's ancestors both come from it.
"""

from django.urls import reverse
from oscar.core.loading import get_model
from oscar.templatetags.category_tags import CheapCategoryInfo

Category = get_model("catalogue", "Category")


def menu_categories() -> list:
    """Browsable categories in tree order, without those excluded from menus (and below)."""
    categories = list(Category.objects.browsable().order_by("path"))
    excluded = tuple(c.path for c in categories if c.exclude_from_menu)
    if excluded:
        categories = [c for c in categories if not c.path.startswith(excluded)]
    return categories


def annotated_tree(categories: list) -> list[CheapCategoryInfo]:
    """Oscar's annotated list (url, has_children, num_to_close, level) for tree-ordered rows."""
    if not categories:
        return []
    start_depth = min(c.depth for c in categories)
    full_slugs: dict[str, str] = {}
    tree = []
    for position, category in enumerate(categories):
        parent_slug = full_slugs.get(category.path[: -Category.steplen])
        full_slug = f"{parent_slug}/{category.slug}" if parent_slug else category.slug
        full_slugs[category.path] = full_slug
        following = categories[position + 1] if position + 1 < len(categories) else None
        next_depth = following.depth if following is not None else start_depth
        url = reverse("catalogue:category", kwargs={"category_slug": full_slug, "pk": category.pk})
        tree.append(
            CheapCategoryInfo(
                category,
                url=url,
                has_children=next_depth > category.depth,
                num_to_close=list(range(max(0, category.depth - next_depth))),
                level=category.depth - start_depth,
            )
        )
    return tree


def ancestors_from(categories: list, category) -> list:
    """``category``'s ancestors, root first, taken from already loaded categories."""
    by_path = {c.path: c for c in categories}
    paths = [
        category.path[:end] for end in range(Category.steplen, len(category.path), Category.steplen)
    ]
    if all(path in by_path for path in paths):
        return [by_path[path] for path in paths]
    return list(category.get_ancestors())  # an ancestor hidden from menus: ask the database
