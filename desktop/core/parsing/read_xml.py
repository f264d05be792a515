"""Official KOOP XML of Kamervragen (``kamervragen`` and the older ``vraagdoc``), safely parsed.

defusedxml refuses entity declarations and external references, so no file is read and no
network is used. The elements become paragraph lines; ``nr`` elements become header lines
("Vraag 5, 6"); ``noot`` bodies become footnotes at their exact place. ``metadata.xml`` beside
the file (or ``<name>.metadata.xml``) adds the official metadata.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from naast.core.errors import ImportFailed
from naast.core.parsing.dates import parse_date
from naast.core.parsing.source import RawDocument, note_ref
from naast.core.parsing.xml_meta import read_meta_elements, read_metadata_file

_BLOCKS = {"al", "tekstregel", "kop", "titel", "tussenkop", "omschr", "ondertekening", "functie", "naam"}
# Elements that are a line of their own only where they stand alone (a signature's functie and
# naam, a kop's titel); inside a paragraph with text around them they are inline.
_INLINE_CAPABLE = {"naam", "functie", "titel"}
# The older schema prints the answer line (reactie/omschr) and the toelicht between or after the
# questions and answers; they are read first, as the current schema's kamervraagomschrijvingen.
_VRAAGDOC_HEAD = {"omschr", "toelicht"}
_SKIP = {"metadata", "meta", "noot", "kamervraagnummer"}


def parse_xml_bytes(data: bytes, name: str) -> Element:
    try:
        return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ImportFailed(
            name, "the XML declares entities or external references, which Naast refuses"
        ) from exc
    except ParseError as exc:
        raise ImportFailed(name, f"the XML is not well-formed ({exc})") from exc


def read_xml(data: bytes, path: Path) -> RawDocument:
    name = str(path)
    root = parse_xml_bytes(data, name)
    reader = _Reader()
    reader.meta.update(_root_attributes(root))
    if _tag(root) == "vraagdoc":
        reader.read_first(root, _VRAAGDOC_HEAD)
    reader.walk(root)
    if not any(line.strip() for line in reader.lines):
        raise ImportFailed(name, "the XML holds no text of a parliamentary document")
    for candidate in (path.with_name("metadata.xml"), path.with_name(f"{path.stem}.metadata.xml")):
        if candidate.exists() and candidate != path:
            reader.meta.update(read_metadata_file(candidate))
    return RawDocument(
        pages=[reader.lines], source_format="xml", paragraph_lines=True, notes=reader.notes, meta=reader.meta
    )


def _tag(elem: Element) -> str:
    return elem.tag.rsplit("}", 1)[-1] if isinstance(elem.tag, str) else ""


class _Reader:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.notes: dict[str, str] = {}
        self.meta: dict[str, str] = {}
        self.counts = {"vraag": 0, "antwoord": 0}
        self.done: set[int] = set()

    def read_first(self, root: Element, tags: set[str]) -> None:
        for elem in root.iter():
            if _tag(elem) in tags and id(elem) not in self.done:
                self.walk(elem)
                self._add("")
                self.done.update(id(e) for e in elem.iter())

    def walk(self, elem: Element) -> None:
        if self.done and id(elem) in self.done:
            return
        tag = _tag(elem)
        if tag == "metadata" or tag == "meta":
            self.meta.update(read_meta_elements(elem))
            return
        if tag == "kamervraagnummer":
            self._number(elem)
            return
        if tag in ("vraag", "antwoord") and self._is_qa(elem):
            self._qa(elem, tag)
            return
        if tag == "kamervraagomschrijving":
            self._description(elem)
            return
        if tag in _BLOCKS or tag == "li":
            self._block(elem)
            return
        if tag in ("row",):
            self._add(" | ".join(self.inline(cell) for cell in elem))
            return
        for child in elem:
            self.walk(child)

    def _is_qa(self, elem: Element) -> bool:
        return any(_tag(child) in ("al", "nr", "lijst", "vraagnummer") for child in elem)

    def _qa(self, elem: Element, tag: str) -> None:
        self.counts[tag] += 1
        word = "Vraag" if tag == "vraag" else "Antwoord"
        label = None
        for child in elem:
            if _tag(child) in ("nr", "vraagnummer"):
                label = self.inline(child)
        if not label or not re.search(r"[A-Za-z]", label):
            label = f"{word} {label or self.counts[tag]}"
        self._add("")
        self._add(label)
        for child in elem:
            if _tag(child) not in ("nr", "vraagnummer"):
                self.walk(child)

    def _description(self, elem: Element) -> None:
        kind = elem.get("type", "")
        for datum in elem.iter():
            if _tag(datum) == "datum" and datum.get("isodatum"):
                key = "date_received" if kind == "antwoord" else "date_submitted"
                self.meta.setdefault(key, parse_date(datum.get("isodatum", "")) or "")
        self._add(self.inline(elem))
        self._add("")

    def _number(self, elem: Element) -> None:
        value = self.inline(elem).strip()
        if re.fullmatch(r"\d{4}Z\d{5}", value):
            self.meta.setdefault("kenmerk", value)
        elif value:
            self.meta.setdefault("meta:kamervraagnummer", value)

    def _block(self, elem: Element) -> None:
        if _tag(elem) == "li":
            number = next((self.inline(c) for c in elem if _tag(c) == "li.nr"), "")
            parts = [self.inline(c) for c in elem if _tag(c) != "li.nr"]
            self._add(" ".join(p for p in [number, *parts] if p))
            return
        mixed = _has_text(elem)  # text beside the children: a paragraph, its naam/functie inline
        parts: list[str] = [elem.text or ""]
        for child in elem:
            tag = _tag(child)
            if tag in ("lijst", "table") or (tag in _BLOCKS and not (mixed and tag in _INLINE_CAPABLE)):
                self._add("".join(parts))
                parts = []
                self.walk(child)
            else:
                parts.append(self._inline_child(child))
            parts.append(child.tail or "")
        self._add("".join(parts))

    def _add(self, line: str) -> None:
        line = re.sub(r"\s+", " ", line).strip()
        if line or (self.lines and self.lines[-1]):
            self.lines.append(line)

    def inline(self, elem: Element) -> str:
        parts: list[str] = [elem.text or ""]
        for child in elem:
            parts.append(self._inline_child(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def _inline_child(self, child: Element) -> str:
        tag = _tag(child)
        if tag == "noot":
            return self._note(child)
        if tag == "br":
            return " "
        return "" if tag in _SKIP else self.inline(child)

    def _note(self, elem: Element) -> str:
        marker = ""
        body: list[str] = []
        for child in elem:
            if _tag(child) == "noot.nr":
                marker = self.inline(child).strip()
            else:
                body.append(self.inline(child).strip())
        marker = marker or str(len(self.notes) + 1)
        self.notes.setdefault(marker, re.sub(r"\s+", " ", " ".join(body)).strip())
        return note_ref(marker)


def _has_text(elem: Element) -> bool:
    return bool((elem.text or "").strip()) or any((child.tail or "").strip() for child in elem)


def _root_attributes(root: Element) -> dict[str, str]:
    """Attributes some collections put on a wrapper element (identifier, indiener …)."""
    meta: dict[str, str] = {}
    for key, value in root.attrib.items():
        key = key.rsplit("}", 1)[-1]
        if key == "identifier":
            meta["identifier"] = value
        elif key == "vergaderjaar":
            meta["vergaderjaar"] = value
        elif key == "indiener":
            meta["askers"] = value
        elif key == "ontvanger":
            meta["addressees"] = value
        else:
            meta[f"meta:{key}"] = value
    return meta
