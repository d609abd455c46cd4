"""Template tags for the basket page grouped by community enterprise."""

from django import template

from shop.shipping.enterprise import group_basket

register = template.Library()


@register.simple_tag
def basket_groups(basket, formset=None):
    """The basket's enterprise groups, each with ``rows``: (form index, form, line) for
    its lines, so the page can keep Oscar's formset (and its remove/save links, which
    find a form by its index) while showing lines enterprise by enterprise. Lines no
    group holds come last in ``others``."""
    groups = group_basket(basket)
    forms = {}
    if formset is not None:
        for index, form in enumerate(formset.forms):
            forms[form.instance.pk] = (index, form)
    grouped = set()
    sections = []
    for group in groups:
        rows = []
        for line in group.lines:
            index, form = forms.get(line.pk, (None, None))
            rows.append({"index": index, "form": form, "line": line})
            grouped.add(line.pk)
        sections.append({"group": group, "rows": rows})
    others = [
        {"index": index, "form": form, "line": form.instance}
        for pk, (index, form) in forms.items()
        if pk not in grouped
    ]
    return {"sections": sections, "others": others}
