"""Suite-wide fixtures and the service gate.

Tests that need a real service carry a marker: ``postgres``, ``elasticsearch``
or ``browser``. When the service is missing they are skipped on a laptop and
listed loudly at the end of the run; under ``CI=true`` they fail instead.
"""

import os
import shutil
from functools import cache

import pytest
from django.conf import settings
from django.db import connection

CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = os.environ.get("SHOP_CHROMIUM", "/usr/bin/chromium")

_missing: dict[str, str] = {}
_skipped_tests: dict[str, int] = {}


@cache
def service_problem(name: str) -> str | None:
    """Why the named service cannot be used in this run, or None when it can."""
    if name == "postgres":
        if connection.vendor != "postgresql":
            return "DATABASE_URL does not point at PostgreSQL (running on SQLite)"
        return None
    if name == "elasticsearch":
        url = os.environ.get("ELASTICSEARCH_URL")
        if not url:
            return "ELASTICSEARCH_URL is not set"
        return _elasticsearch_problem(url)
    if name == "browser":
        if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
            return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
        return None
    raise ValueError(f"unknown service {name}")


def _elasticsearch_problem(url: str) -> str | None:
    # This ES distribution answers 405 to GET /, so ask the cluster health instead.
    import json
    import urllib.request

    health = url.rstrip("/") + "/_cluster/health?wait_for_status=yellow&timeout=10s"
    try:
        with urllib.request.urlopen(health, timeout=15) as response:
            status = json.load(response).get("status")
    except OSError as exc:
        return f"Elasticsearch at {url} did not answer: {exc}"
    if status not in {"green", "yellow"}:
        return f"Elasticsearch at {url} is {status}"
    return None


def require_service(name: str) -> None:
    """Skip (laptop) or fail (CI=true) the current test when ``name`` is unavailable."""
    problem = service_problem(name)
    if problem is None:
        return
    _missing[name] = problem
    _skipped_tests[name] = _skipped_tests.get(name, 0) + 1
    if CI:
        pytest.fail(f"{name} is required under CI=true: {problem}", pytrace=False)
    pytest.skip(f"{name} not available: {problem}")


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "es_restart: stops and starts the real Elasticsearch (SHOP_TEST_ES_CONTROL); "
        "runs after every other database test (before the transactional ones)",
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests that stop the shared Elasticsearch run after every other ordinary test, so
    none sees it down, but before the transactional ones (browser tests): pytest-django
    runs those last because each ends by emptying the database, migration data (Wagtail's
    root page, sites) included. A stable sort: every other test keeps its order."""

    def transactional(item) -> bool:
        marker = item.get_closest_marker("django_db")
        if marker is not None and marker.kwargs.get("transaction"):
            return True
        return bool({"transactional_db", "live_server"} & set(item.fixturenames))

    items.sort(
        key=lambda item: (transactional(item), item.get_closest_marker("es_restart") is not None)
    )
    # A transactional test without serialized_rollback ends with a flush that runs
    # post_migrate (content types and permissions made anew), and the next test that
    # restores the serialized migration data then collides with them (IntegrityError on
    # django_content_type). So every transactional test restores and keeps that data.
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is not None and marker.kwargs.get("transaction"):
            if not marker.kwargs.get("serialized_rollback"):
                item.add_marker(
                    pytest.mark.django_db(*marker.args, **marker.kwargs, serialized_rollback=True)
                )


def pytest_runtest_setup(item):
    for name in ("postgres", "elasticsearch", "browser"):
        if item.get_closest_marker(name):
            require_service(name)


#: Set by CI's second pass, which runs the database-backend tests on the embedded
#: default (SQLite FTS5) on purpose, with the service-backed tests deselected.
EMBEDDED_PASS = os.environ.get("SHOP_TEST_EMBEDDED", "") == "1"


def pytest_sessionstart(session):
    on_postgres = os.environ.get("DATABASE_URL", "").startswith(("postgres", "pgsql"))
    if CI and not EMBEDDED_PASS and not on_postgres:
        pytest.exit("CI=true needs DATABASE_URL pointing at PostgreSQL", returncode=3)


def pytest_terminal_summary(terminalreporter):
    tr = terminalreporter
    db = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    tr.write_sep("=", "services", bold=True)
    tr.write_line(f"database: {db}; search backend default: {settings.SHOP_SEARCH_BACKEND}")
    if not _missing:
        tr.write_line("every service-backed test ran against its real service")
        return
    for name, problem in sorted(_missing.items()):
        tr.write_line(
            f"!!! {_skipped_tests[name]} {name} test(s) did NOT run: {problem}",
            red=True,
            bold=True,
        )


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: menu and footer links (cms/navigation.py)
    cached by one test must not leak into the next."""
    from django.core.cache import cache as django_cache

    django_cache.clear()
    yield
    django_cache.clear()
