"""Idempotent writes: find a row by its natural key, create it or bring it up to date."""

from dataclasses import dataclass


class DemoDataError(Exception):
    """The database holds something the loader will not overwrite."""


@dataclass
class Tally:
    """How many rows a load created and how many it changed."""

    created: int = 0
    updated: int = 0


def sync_fields(obj, values):
    """Set every differing attribute of ``obj`` from ``values``; True when any changed."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def upsert(queryset, lookup, values, tally, create_only=None, validate=False):
    """The row matching ``lookup``, created or updated so that it holds ``values``.

    ``create_only`` values are used when the row is new and never overwrite an
    existing row (e.g. stock levels a demo order may have changed). With ``validate``
    the row is checked with ``full_clean()`` before it is written.
    """
    obj = queryset.filter(**lookup).first()
    if obj is None:
        obj = queryset.model(**lookup, **values, **(create_only or {}))
        if validate:
            obj.full_clean()
        obj.save()
        tally.created += 1
    elif sync_fields(obj, values):
        if validate:
            obj.full_clean()
        obj.save()
        tally.updated += 1
    return obj
