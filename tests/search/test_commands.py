"""``manage.py search_rebuild``."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from search.backends.base import SearchQuery

from .factories import make_product

pytestmark = pytest.mark.django_db

SUMMARY = re.compile(
    r"^Indexed (\d+) products in [\d.]+ s \(\d+ products/s\) into ([a-z+ ]+)$", re.MULTILINE
)


def rebuild(*args):
    out = StringIO()
    call_command("search_rebuild", *args, "--no-progress", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_rebuild_indexes_every_browsable_product_and_says_so(backend):
    # Given
    make_product("ผ้าไหมแพรวา")
    make_product("ผ้าฝ้ายย้อมคราม")
    make_product("ของที่ซ่อนไว้", is_public=False)
    # When
    output = rebuild("--backend", backend.name)
    # Then
    summary = SUMMARY.search(output)
    assert summary is not None, output
    assert summary.groups() == ("2", backend.name)
    assert backend.search(SearchQuery(text="ผ้า")).total == 2


def test_rebuild_is_idempotent(backend):
    make_product("ผ้าไหมแพรวา")
    rebuild("--backend", backend.name)
    rebuild("--backend", backend.name)
    assert backend.search(SearchQuery()).total == 1


def test_rebuild_without_option_covers_the_configured_backend_and_the_fallback(backend):
    make_product("ผ้าไหมแพรวา")
    output = rebuild()
    expected = "database" if backend.name == "database" else "elasticsearch + database"
    assert SUMMARY.search(output).group(2) == expected
