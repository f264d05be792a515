"""REFI-QDA codebook exchange (``.qdc``, namespace ``urn:QDA-XML:codebook:1.0``; ATLAS.ti 9's ``0:4`` too).

Topics become codes (nested as in the tree) named by their English label, with their colour and
their definition as the code's ``Description`` — what other tools show as its memo. The stance
scale becomes a non-codable code "Stance" whose children are the stances.

Naast's own metadata (the Dutch label, the CAP code, a stance's code and shape) travels in a
processing instruction ``<?naast {...}?>`` inside the code: the official schemas allow no foreign
attributes or elements (no ``xsd:anyAttribute``), so a namespaced attribute would make the file
invalid, while a processing instruction is the XML way to carry application data that schema
validation and other readers pass over. Codebooks Naast wrote before (metadata as "nl: …" lines
in the description) are still read.

The same code elements are used inside a ``.qdpx`` project (``naast.core.exchange``).
"""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from naast.core.claims.codebook import (
    SHAPES,
    Codebook,
    CodebookError,
    StanceSpec,
    TopicSpec,
    check_colour,
)

NAMESPACE = "urn:QDA-XML:codebook:1.0"
#: Namespaces of codebooks Naast reads: the standard's and ATLAS.ti 9's pre-release one.
NAMESPACES = (NAMESPACE, "urn:QDA-XML:codebook:0:4")
STANCE_ROOT = "Stance"
PI_TARGET = "naast"
_GUIDS = uuid.UUID("6f0a3d2e-4b1c-5e7f-9a8b-1c2d3e4f5a6b")  # namespace for stable guids
_LEGACY_LINE = re.compile(r"^(nl|code|shape|stance): (.*)$")


@dataclass(frozen=True, slots=True)
class CodeTarget:
    """What a code of a REFI-QDA file stands for in Naast: a topic (by its path) or a stance."""

    kind: str  # topic | stance
    path: tuple[TopicSpec, ...] = ()  # the topic and its ancestors, from the top
    stance: str | None = None  # the stance's code


def code_guid(path: str) -> str:
    """A stable guid for a code: the same codebook gives the same guids in every export."""
    return str(uuid.uuid5(_GUIDS, path))


def topic_path_key(topic: TopicSpec) -> str:
    return topic.code or topic.label_en


def to_qdc(codebook: Codebook) -> str:
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}CodeBook", {"origin": "Naast"})
    add_codes(ET.SubElement(root, f"{{{NAMESPACE}}}Codes"), codebook, NAMESPACE)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def add_codes(codes: ET.Element, codebook: Codebook, namespace: str) -> dict[str, str]:
    """Add the codebook's codes under ``codes``; returns each code's guid by its path key
    (``topic/9/930`` for a topic, ``stance/supports`` for a stance)."""
    guids: dict[str, str] = {}
    for topic in codebook.topics:
        _topic_element(codes, topic, "topic", namespace, guids)
    if codebook.stances:
        scale = _code(codes, "stance-scale", STANCE_ROOT, None, namespace, codable=False)
        for stance in codebook.stances:
            meta = {"nl": stance.label_nl, "stance": stance.code, "shape": stance.shape}
            path = f"stance/{stance.code}"
            guids[path] = _code(scale, path, stance.label_en, stance.colour, namespace, meta=meta).get(
                "guid", ""
            )
    return guids


def _code(
    parent: ET.Element,
    path: str,
    name: str,
    colour: str | None,
    namespace: str,
    *,
    codable: bool = True,
    meta: dict[str, str] | None = None,
    description: str = "",
) -> ET.Element:
    attributes = {"guid": code_guid(path), "name": name, "isCodable": "true" if codable else "false"}
    if colour:
        attributes["color"] = colour
    element = ET.SubElement(parent, f"{{{namespace}}}Code", attributes)
    if meta:
        text = json.dumps(meta, ensure_ascii=False).replace(">", "\\u003e")
        element.append(ET.ProcessingInstruction(PI_TARGET, text))
    if description:
        ET.SubElement(element, f"{{{namespace}}}Description").text = description
    return element


def _topic_element(
    parent: ET.Element, topic: TopicSpec, path: str, namespace: str, guids: dict[str, str]
) -> None:
    path = f"{path}/{topic_path_key(topic)}"
    meta = {"nl": topic.label_nl} | ({"code": topic.code} if topic.code else {})
    element = _code(
        parent, path, topic.label_en, topic.colour, namespace, meta=meta, description=topic.description
    )
    guids[path] = element.get("guid", "")
    for child in topic.children:
        _topic_element(element, child, path, namespace, guids)


def parse_xml(text: str, what: str) -> ET.Element:
    """Parse untrusted XML safely (no DTDs, no entities), keeping processing instructions."""
    try:
        parser = SafeET.DefusedXMLParser(target=ET.TreeBuilder(insert_pis=True), forbid_dtd=True)
        parser.feed(text)
        return parser.close()
    except (ET.ParseError, DefusedXmlException) as exc:
        raise CodebookError(f"this is not a readable {what} ({exc})") from exc


def from_qdc(text: str) -> Codebook:
    root = parse_xml(text, "REFI-QDA codebook")
    namespace = next((ns for ns in NAMESPACES if root.tag == f"{{{ns}}}CodeBook"), None)
    if namespace is None:
        raise CodebookError("this is not a REFI-QDA codebook (no CodeBook element)")
    codes = root.find(f"{{{namespace}}}Codes")
    return read_codes(codes, namespace)[0] if codes is not None else Codebook()


def read_codes(codes: ET.Element, namespace: str) -> tuple[Codebook, dict[str, CodeTarget]]:
    """The codebook under a ``Codes`` element, and what each code's guid stands for."""
    targets: dict[str, CodeTarget] = {}
    topics: list[TopicSpec] = []
    stances: list[StanceSpec] = []
    for code in codes.findall(f"{{{namespace}}}Code"):
        if (code.get("name") or "").strip() == STANCE_ROOT and code.get("isCodable") in ("false", "0"):
            for child in code.findall(f"{{{namespace}}}Code"):
                stance = _stance(child, namespace)
                stances.append(stance)
                targets[child.get("guid", "")] = CodeTarget("stance", stance=stance.code)
        else:
            topics.append(_topic(code, namespace, (), targets))
    return Codebook(tuple(topics), tuple(stances)), targets


def _fields(code: ET.Element, namespace: str) -> tuple[dict[str, str], str]:
    """Naast's metadata of a code, and its description."""
    fields: dict[str, str] = {}
    for child in code:
        if child.tag is ET.ProcessingInstruction and (child.text or "").startswith(PI_TARGET + " "):
            try:
                data = json.loads(child.text[len(PI_TARGET) + 1 :])
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict):
                fields.update({str(k): str(v) for k, v in data.items()})
    description = (code.findtext(f"{{{namespace}}}Description") or "").strip()
    legacy = [_LEGACY_LINE.match(line.strip()) for line in description.splitlines()]
    if legacy and all(legacy):
        fields = {m.group(1): m.group(2).strip() for m in legacy if m} | fields
        description = ""
    return fields, description


def _colour(code: ET.Element) -> str:
    colour = code.get("color") or "#E0E0E0"
    if re.fullmatch(r"#[0-9A-Fa-f]{3}", colour):
        colour = "#" + "".join(c * 2 for c in colour[1:])
    try:
        return check_colour(colour)
    except CodebookError:
        return "#E0E0E0"


def _topic(
    code: ET.Element, namespace: str, above: tuple[TopicSpec, ...], targets: dict[str, CodeTarget]
) -> TopicSpec:
    fields, description = _fields(code, namespace)
    name = (code.get("name") or "").strip()
    if not name:
        raise CodebookError("a code in the codebook has no name")
    spec = TopicSpec(name, fields.get("nl", name), _colour(code), fields.get("code"), (), description)
    children = tuple(
        _topic(child, namespace, (*above, spec), targets) for child in code.findall(f"{{{namespace}}}Code")
    )
    full = TopicSpec(spec.label_en, spec.label_nl, spec.colour, spec.code, children, description)
    targets[code.get("guid", "")] = CodeTarget("topic", path=(*above, spec))
    return full


def _stance(code: ET.Element, namespace: str) -> StanceSpec:
    fields, _description = _fields(code, namespace)
    name = (code.get("name") or "").strip()
    shape = fields.get("shape", "circle")
    return StanceSpec(
        code=fields.get("stance", name.casefold()),
        label_en=name,
        label_nl=fields.get("nl", name),
        colour=_colour(code),
        shape=shape if shape in SHAPES else "circle",
    )
