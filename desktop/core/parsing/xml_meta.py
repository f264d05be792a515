"""KOOP ``metadata.xml`` (``<metadata name="…" content="…"/>``) to the fields Naast keeps."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from naast.core.parsing.dates import parse_date

_MULTI = {"OVERHEIDop.indiener": "askers", "OVERHEIDop.ontvanger": "addressees"}
_SINGLE = {
    "DC.identifier": "identifier",
    "DC.title": "title",
    "OVERHEIDop.vraagnummer": "kenmerk",
    "OVERHEIDop.vergaderjaar": "vergaderjaar",
}
_DATES = {"OVERHEIDop.datumIndiening": "date_submitted", "OVERHEIDop.datumOntvangst": "date_received"}


def read_metadata_file(path: Path) -> dict[str, str]:
    """The fields of a metadata.xml; an unreadable or unsafe file gives nothing."""
    try:
        root = SafeET.fromstring(
            path.read_bytes(), forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except (OSError, ParseError, DefusedXmlException):
        return {}
    return read_meta_elements(root)


def read_meta_elements(root: Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for elem in root.iter():
        name, content = elem.get("name"), elem.get("content")
        if not name or content is None:
            continue
        content = content.strip()
        if name in _MULTI:
            multi.setdefault(_MULTI[name], []).append(content)
        elif name in _SINGLE:
            meta.setdefault(_SINGLE[name], _vergaderjaar(content) if "vergaderjaar" in name else content)
        elif name in _DATES:
            meta.setdefault(_DATES[name], parse_date(content) or "")
        elif name == "OVERHEIDop.aanhangselNummer":
            meta.setdefault("aanhangsel_number", _aanhangsel(content))
        elif name == "OVERHEIDop.publicationName":
            meta.setdefault("meta:publicationName", content)
            if "zonder antwoord" in content.lower():
                meta["doc_type"] = "questions"
        else:
            meta.setdefault(f"meta:{name}", content)
    for key, values in multi.items():
        meta[key] = "|".join(values)
    return meta


def _vergaderjaar(value: str) -> str:
    match = re.search(r"(\d{4})\s*[–/-]?\s*(\d{2,4})", value)
    if not match:
        return value
    first, second = match.group(1), match.group(2)
    return f"{first}-{first[:2] + second if len(second) == 2 else second}"


def _aanhangsel(value: str) -> str:
    """ "242501244" (VVVVNNNNN) -> "1244"; a plain number stays as it is."""
    if re.fullmatch(r"\d{9}", value):
        return str(int(value[4:]))
    return value
