"""The Thai catalogue (locale/th) is complete and compiled."""

import gettext
import re
from pathlib import Path

from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale" / "th" / "LC_MESSAGES"


def po_entries():
    """(flags, msgctxt, msgid, msgstr-or-msgstr[0]) of every live entry of django.po."""

    def unquote(line):
        body = line[line.index('"') + 1 : line.rindex('"')]
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), body)

    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        flags, fields, current = "", {}, None
        for line in block.splitlines():
            if line.startswith("#,"):
                flags += line
            elif line.startswith("#"):
                continue
            elif re.match(r"^(msgctxt|msgid|msgid_plural|msgstr(\[0\])?) ", line):
                current = line.split(" ", 1)[0]
                fields[current] = unquote(line)
            elif re.match(r"^msgstr\[\d+\] ", line):
                current = None
            elif line.startswith('"') and current:
                fields[current] += unquote(line)
        if fields.get("msgid"):
            msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
            yield flags, fields.get("msgctxt"), fields["msgid"], msgstr


def test_every_msgid_has_a_thai_translation():
    untranslated = [msgid for _flags, _ctx, msgid, msgstr in po_entries() if not msgstr]
    assert untranslated == [], "run `make messages` and translate these in locale/th"


def test_no_translation_is_fuzzy():
    fuzzy = [msgid for flags, _ctx, msgid, _msgstr in po_entries() if "fuzzy" in flags]
    assert fuzzy == [], "check and un-fuzzy these in locale/th/LC_MESSAGES/django.po"


def test_compiled_catalogue_matches_the_po_file():
    # given the compiled catalogue Django loads
    with open(LOCALE / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    # then it holds every translation of the .po file (compilemessages was run)
    stale = []
    for _flags, msgctxt, msgid, msgstr in po_entries():
        key = f"{msgctxt}\x04{msgid}" if msgctxt else msgid
        value = compiled.get(key, compiled.get((key, 0)))
        if value != msgstr:
            stale.append(msgid)
    assert stale == [], "run `make messages` (compilemessages) and commit django.mo"
