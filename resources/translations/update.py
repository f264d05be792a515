"""Rebuild the Dutch translation: extract with pyside6-lupdate, fill from nl.py, compile with lrelease.

Run from the repository root: ``.venv/bin/python resources/translations/update.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from nl import COMMON, NL  # noqa: E402

TS = HERE / "naast_nl.ts"
QM = HERE / "naast_nl.qm"


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def fill(ts: Path) -> tuple[int, list[str]]:
    tree = ET.parse(ts)
    missing: list[str] = []
    done = 0
    seen = {c.findtext("name") for c in tree.getroot().findall("context")}
    for name in NL:  # contexts whose texts all go through a helper lupdate cannot see
        if name not in seen:
            context = ET.SubElement(tree.getroot(), "context")
            ET.SubElement(context, "name").text = name
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        table = NL.get(name, {})
        known = {m.findtext("source") for m in context.findall("message")}
        for source in table:  # texts passed to tr() as variables: lupdate cannot see them
            if source not in known:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation")
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            text = table.get(source, COMMON.get(source))
            translation = message.find("translation")
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "desktop" / "gui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete"], check=True)
    done, missing = fill(TS)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    print(f"{done} texts translated; {len(missing)} missing")
    for line in missing:
        print("  missing:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
