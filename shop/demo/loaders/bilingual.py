"""Write a demo page in Thai (the source tree) and give it a real English translation.

The Wagtail way (see ``cms/translation.py``): publishing the Thai page creates an English
*alias* of it; to translate, the alias is converted into an ordinary page ("Convert to
ordinary page" in the admin, ``ConvertAliasPageAction`` here), its English fields are
set and it is published. A page whose ``english`` is None stays an alias, which is how
the English site falls back to the Thai text.

Only the Thai page carries shared data (a village's coordinates, a collection's
products, a story's villages): ``cms.translation`` copies it to the English page on
every publication. Everything is compared before it is written, so a second load
publishes nothing.
"""

import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.fields import StreamField
from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.translation import ensure_translations

#: Block ids are derived from the page and the block's position, so they are stable.
BLOCK_IDS = uuid.UUID("6f1c4b0e-2d4a-4f55-9c61-5a0d9a3f7e21")
ENGLISH = "en"


def stream(blocks, key, images):
    """Raw StreamField data for ``blocks`` (see ``shop.demo.blocks``), with stable ids and
    picture keys replaced by the ids of their ``images``."""
    raw = []
    for position, block in enumerate(blocks):
        value = block["value"]
        if block["type"] == "image":
            value = {**value, "image": images[value["image"]].pk}
        block_id = str(uuid.uuid5(BLOCK_IDS, f"{key}:{position}"))
        raw.append({"type": block["type"], "value": value, "id": block_id})
    return raw


def words(values, key, images):
    """A page's text fields, with its ``body`` blocks turned into raw StreamField data;
    None stays None (a page left untranslated)."""
    if values is None:
        return None
    values = dict(values)
    if "body" in values:
        values["body"] = stream(values["body"], key, images)
    return values


def write_page(parent, model, slug, thai, english, tally, children=None, links=None):
    """The published Thai page ``slug`` under ``parent``, and its English version.

    ``thai`` and ``english`` map field names to values (StreamFields as raw data, see
    :func:`stream`); ``children`` maps an inline relation to its rows (dicts, in order);
    ``links`` maps a many-to-many field to the objects it holds. Returns the Thai page.

    Publishing and translating save each page several times, so Wagtail's reference
    index is not updated on every save (``disable_reference_index_auto_update``) but
    once per page at the end.
    """
    with disable_reference_index_auto_update():
        page, written = _write_thai(parent, model, slug, thai, children or {}, links or {},
                                    tally)
        aliases = ensure_translations(page)  # only when an earlier load left none
        tally.created += len(aliases)
        if english is not None:
            written = translate(page, english, tally) or written
    if written or aliases:
        for version in page.get_translations(inclusive=True).specific():
            ReferenceIndex.create_or_update_for_object(version)
    return page


def _write_thai(parent, model, slug, values, children, links, tally):
    """(page, whether it was written): the Thai page, created or brought up to date."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug)
        _sync_fields(page, values)
        _sync_children(page, children)
        parent.add_child(instance=page)
        _sync_links(page, links)
        page.save_revision().publish()
        tally.created += 1
        return page, True
    changed = _sync_fields(page, values)
    changed = _sync_children(page, children) or changed
    changed = _sync_links(page, links) or changed
    if changed or not page.live:
        page.save_revision().publish()
        tally.updated += 1
        return page, True
    return page, False


def translate(page, values, tally):
    """Turn the English alias of ``page`` into a real translation holding ``values``;
    True when the English page was written."""
    english = page.get_translation(Locale.objects.get(language_code=ENGLISH)).specific
    converted = english.alias_of_id is not None
    if converted:
        english = ConvertAliasPageAction(english).execute(skip_permission_checks=True)
    changed = _sync_fields(english, values)
    if converted or changed or not english.live:
        english.save_revision().publish()
        tally.created += int(converted)
        tally.updated += int(not converted)
        return True
    return False


def _sync_fields(page, values):
    """Set the fields that differ; StreamFields are compared as stored JSON."""
    changed = False
    for name, value in values.items():
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            current = getattr(page, name)
            current = _json(current.get_prep_value() if current is not None else [])
            if current == _json(value):
                continue
        elif field.is_relation:  # a foreign key, given as the object
            name, value = field.attname, getattr(value, "pk", None)
            if getattr(page, name) == value:
                continue
        elif getattr(page, name) == value:
            continue
        setattr(page, name, value)
        changed = True
    return changed


def _json(data):
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def _sync_children(page, children):
    """Replace an inline relation (an Orderable) when its rows or their order differ."""
    changed = False
    for name, rows in children.items():
        manager = getattr(page, name)
        model = manager.model
        current = [
            {key: getattr(child, key) for key in rows[0]} if rows else {}
            for child in manager.all().order_by("sort_order", "pk")
        ] if page.pk else None
        if current == rows:
            continue
        setattr(page, name, [model(sort_order=order, **row) for order, row in enumerate(rows)])
        changed = True
    return changed


def _sync_links(page, links):
    """Set a many-to-many field (ParentalManyToManyField) when its members differ."""
    changed = False
    for name, objects in links.items():
        wanted = {obj.pk for obj in objects}
        if {obj.pk for obj in getattr(page, name).all()} == wanted:
            continue
        setattr(page, name, list(objects))
        changed = True
    return changed
