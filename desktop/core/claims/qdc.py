"""REFI-QDA codebook exchange (``.qdc``, namespace ``urn:QDA-XML:codebook:1.0``).

Topics become codes (nested as in the tree) named by their English label; the Dutch label and the
CAP code go into the description, so another tool shows them and Naast reads them back. The stance
scale becomes a non-codable code "Stance" whose children are the stances.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from desktop.core.claims.codebook import (
    SHAPES,
    Codebook,
    CodebookError,
    StanceSpec,
    TopicSpec,
    check_colour,
)

NAMESPACE = "urn:QDA-XML:codebook:1.0"
STANCE_ROOT = "Stance"
_NS = {"q": NAMESPACE}
_GUIDS = uuid.UUID("6f0a3d2e-4b1c-5e7f-9a8b-1c2d3e4f5a6b")  # namespace for stable guids
_DESCRIPTION = re.compile(r"^(nl|code|shape|stance): (.*)$")


def to_qdc(codebook: Codebook) -> str:
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}CodeBook", {"origin": "Naast"})
    codes = ET.SubElement(root, f"{{{NAMESPACE}}}Codes")
    for topic in codebook.topics:
        _topic_element(codes, topic, "topic")
    if codebook.stances:
        scale = _code(codes, "stance-scale", STANCE_ROOT, None, codable=False)
        for stance in codebook.stances:
            lines = [f"nl: {stance.label_nl}", f"stance: {stance.code}", f"shape: {stance.shape}"]
            _code(scale, f"stance/{stance.code}", stance.label_en, stance.colour, lines=lines)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _code(
    parent: ET.Element,
    path: str,
    name: str,
    colour: str | None,
    *,
    codable: bool = True,
    lines: list[str] | None = None,
) -> ET.Element:
    attributes = {
        "guid": str(uuid.uuid5(_GUIDS, path)),
        "name": name,
        "isCodable": "true" if codable else "false",
    }
    if colour:
        attributes["color"] = colour
    element = ET.SubElement(parent, f"{{{NAMESPACE}}}Code", attributes)
    if lines:
        ET.SubElement(element, f"{{{NAMESPACE}}}Description").text = "\n".join(lines)
    return element


def _topic_element(parent: ET.Element, topic: TopicSpec, path: str) -> None:
    path = f"{path}/{topic.code or topic.label_en}"
    lines = [f"nl: {topic.label_nl}"] + ([f"code: {topic.code}"] if topic.code else [])
    element = _code(parent, path, topic.label_en, topic.colour, lines=lines)
    for child in topic.children:
        _topic_element(element, child, path)


def from_qdc(text: str) -> Codebook:
    try:
        root = SafeET.fromstring(text, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise CodebookError(f"this is not a readable REFI-QDA codebook ({exc})") from exc
    if root.tag != f"{{{NAMESPACE}}}CodeBook":
        raise CodebookError("this is not a REFI-QDA codebook (no CodeBook element)")
    topics: list[TopicSpec] = []
    stances: list[StanceSpec] = []
    for code in root.findall("q:Codes/q:Code", _NS):
        if code.get("name") == STANCE_ROOT and code.get("isCodable") == "false":
            stances.extend(_stance(child) for child in code.findall("q:Code", _NS))
        else:
            topics.append(_topic(code))
    return Codebook(tuple(topics), tuple(stances))


def _fields(code: ET.Element) -> dict[str, str]:
    description = code.findtext("q:Description", default="", namespaces=_NS)
    found = {}
    for line in description.splitlines():
        match = _DESCRIPTION.match(line.strip())
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def _colour(code: ET.Element) -> str:
    try:
        return check_colour(code.get("color") or "#E0E0E0")
    except CodebookError:
        return "#E0E0E0"


def _topic(code: ET.Element) -> TopicSpec:
    fields = _fields(code)
    name = (code.get("name") or "").strip()
    if not name:
        raise CodebookError("a code in the codebook has no name")
    children = tuple(_topic(child) for child in code.findall("q:Code", _NS))
    return TopicSpec(name, fields.get("nl", name), _colour(code), fields.get("code"), children)


def _stance(code: ET.Element) -> StanceSpec:
    fields = _fields(code)
    name = (code.get("name") or "").strip()
    shape = fields.get("shape", "circle")
    return StanceSpec(
        code=fields.get("stance", name.casefold()),
        label_en=name,
        label_nl=fields.get("nl", name),
        colour=_colour(code),
        shape=shape if shape in SHAPES else "circle",
    )
