# PostgreSQL only (like the search_vector column and its GIN index of 0001, these are
# invisible to the ORM and nothing on SQLite).
#
# 1. search_vector is kept inside the document row. A document's tsvector is some
#    3.5 kB of Thai lexemes that pglz cannot compress, so with the default EXTENDED
#    storage every vector lived in the TOAST table and every `@@` (the match, then
#    four per query word for the score) fetched it back from there: 3-4 extra buffer
#    reads and a copy per row and per test. MAIN keeps it in the heap row (the term
#    columns, never read by searches, go to TOAST instead); a vector too large for a
#    page is still moved out. Existing rows are rewritten once to take the new
#    storage (the next search_rebuild would do the same).
#
# 2. A covering index of the facet columns: browsing without words counts facets over
#    the whole catalogue, one pass per facet, and with the vectors in the rows the
#    table is some 5,000 pages at 10,000 products; the index is ~100 pages and serves
#    those passes as index-only scans (once vacuumed: search_rebuild vacuums after
#    committing).

from django.db import migrations

TABLE = "search_productdocument"
FACETS_INDEX = "search_doc_facets_idx"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN search_vector SET STORAGE MAIN")
    # `|| ''` makes a new value, which is stored under the new rule.
    schema_editor.execute(f"UPDATE {TABLE} SET search_vector = search_vector || ''::tsvector")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {FACETS_INDEX} ON {TABLE} "
        "(region, province_code, in_stock, price) "
        "INCLUDE (product_id, village_id, enterprise_id, is_civ)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {FACETS_INDEX}")
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN search_vector SET STORAGE EXTENDED")


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0003_sort_index"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
