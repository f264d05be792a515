"""Undo and redo labels in the UI's language.

Commands label themselves in English in the core (``Import 3 claims from coding.csv``). A label
without variable parts is translated as it stands; one with them is matched against the
templates below, whose ``%1``, ``%2`` … stand for the variable parts, and the template is
translated (context ``CommandLabels``) with the parts put back. The templates follow the
``label`` properties of the commands in ``naast.core``; a test checks that every command label
the tests make is translated.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

#: Most specific first: the first template that matches the whole label is used.
TEMPLATES = (
    "Import of %1 documents",
    "Import 1 claim and update %1 from %2",
    "Import %1 claims and update %2 from %3",
    "Import 1 claim from %1",
    "Import %1 claims from %2",
    "Fix the claimant of 1 claim",
    "Fix the claimant of %1 claims",
    "Settle: keep %1's coding",
    "Re-import %1",
    "Import %1",
    "Delete %1",
    "Merge %1",
    "Fetch %1",
    "Add topic %1",
    "Add stance %1",
    "Load %1",
)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", template)
    return re.compile("".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts) + "$")


def translated(label: str, *, context: str = "MainWindow") -> str:
    """``label`` in the UI's language (as it is when no translation is known)."""
    whole = QCoreApplication.translate(context, label)
    if whole != label:
        return whole
    for template in TEMPLATES:
        found = _pattern(template).match(label)
        if found is None:
            continue
        text = QCoreApplication.translate("CommandLabels", template)
        for number, part in enumerate(found.groups(), start=1):
            text = text.replace(f"%{number}", part)
        return text
    return label
