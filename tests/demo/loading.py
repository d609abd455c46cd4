"""Run ``load_demo_data`` the way the tests need it: small images, summary parsed."""

import io
import re
from dataclasses import dataclass

from django.core.management import call_command

#: Small cards keep the tests fast; the layout scales with the size.
TEST_IMAGE_SIZE = 160

SUMMARY = re.compile(r"created (?P<created>\d+), updated (?P<updated>\d+)\)$")


@dataclass
class LoadRun:
    """One run of ``load_demo_data``: its summary line and what it changed."""

    summary: str
    created: int
    updated: int


def load_demo_data():
    out = io.StringIO()
    call_command("load_demo_data", image_size=TEST_IMAGE_SIZE, verbosity=0, stdout=out)
    summary = out.getvalue().strip()
    match = SUMMARY.search(summary)
    assert match, summary
    return LoadRun(summary, int(match["created"]), int(match["updated"]))
