"""Writing a REFI-QDA project (``.qdpx``): ``project.qde`` (valid against the official
``Project.xsd``, namespace ``urn:QDA-XML:project:1.0``) and one ``sources/<guid>.txt`` per document.

- Every document is a ``TextSource`` holding its normalised text, so a coding's ``startPosition``
  and ``endPosition`` (code points, end exclusive) are Naast's own offsets.
- Document metadata become REFI ``Variables`` with a value per source; every actor is a ``Case``
  referring to the sources they appear in.
- Topics are a code tree (colours, descriptions), stances are codes under a non-codable "Stance"
  code; a claim is a ``PlainTextSelection`` (guid = the claim's uid) with one ``Coding`` per topic
  and for its stance; its claimant, addressee and proposition are the selection's description, its
  note a ``Note``; coders are ``Users``.
- Every guid is derived from something stable (uid, content hash, names), so exporting the same
  project twice gives the same file.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime

from naast.core.claims.qdc import add_codes
from naast.core.exchange.qdpx_model import (
    PROJECT_NAMESPACE,
    VARIABLES,
    ExportClaim,
    ExportProject,
    stable_guid,
)

_Q = f"{{{PROJECT_NAMESPACE}}}"
#: Characters XML 1.0 cannot hold.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DESCRIPTION_FIELDS = ("claimant", "addressee", "proposition")


def _clean(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def _sub(parent: ET.Element, tag: str, attributes: dict[str, str] | None = None) -> ET.Element:
    return ET.SubElement(parent, _Q + tag, {k: _clean(v) for k, v in (attributes or {}).items()})


def xsd_datetime(value: str) -> str | None:
    """``value`` if it is an ISO date and time an XML Schema ``dateTime`` accepts, else None."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return value if "T" in value and parsed.year > 0 else None


def _xsd_date(value: str) -> str | None:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def project_xml(project: ExportProject) -> str:
    ET.register_namespace("", PROJECT_NAMESPACE)
    root = ET.Element(_Q + "Project", {"name": project.name, "origin": "Naast"})
    users = _users(root, project)
    codebook = _sub(root, "CodeBook")
    guids = add_codes(_sub(codebook, "Codes"), project.codebook, PROJECT_NAMESPACE)
    variables = _variables(root)
    _cases(root, project)
    _sources(root, project, guids, users, variables)
    _notes(root, project, users)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def qdpx_bytes(project: ExportProject) -> bytes:
    """The whole ``.qdpx`` (a zip) as bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project_xml(project))
        for document in project.documents:
            archive.writestr(f"sources/{stable_guid('document', document.key)}.txt", document.text)
    return buffer.getvalue()


def _users(root: ET.Element, project: ExportProject) -> dict[str, str]:
    names = sorted({c.coder for c in project.claims if c.coder})
    guids = {name: stable_guid("user", name) for name in names}
    if names:
        users = _sub(root, "Users")
        for name in names:
            _sub(users, "User", {"guid": guids[name], "name": name})
    return guids


def _variables(root: ET.Element) -> dict[str, str]:
    element = _sub(root, "Variables")
    guids = {}
    for variable in VARIABLES:
        guids[variable.name] = stable_guid("variable", variable.name)
        _sub(
            element,
            "Variable",
            {"guid": guids[variable.name], "name": variable.name, "typeOfVariable": variable.kind},
        )
    return guids


def _cases(root: ET.Element, project: ExportProject) -> None:
    actors = [a for a in project.actors if a.document_keys]
    if not actors:
        return
    cases = _sub(root, "Cases")
    for actor in actors:
        case = _sub(cases, "Case", {"guid": stable_guid("case", actor.key), "name": actor.name})
        for key in actor.document_keys:
            _sub(case, "SourceRef", {"targetGUID": stable_guid("document", key)})


def _sources(
    root: ET.Element,
    project: ExportProject,
    codes: dict[str, str],
    users: dict[str, str],
    variables: dict[str, str],
) -> None:
    if not project.documents:
        return
    sources = _sub(root, "Sources")
    by_document: dict[str, list[ExportClaim]] = {}
    for claim in project.claims:
        by_document.setdefault(claim.document_key, []).append(claim)
    for document in project.documents:
        guid = stable_guid("document", document.key)
        source = _sub(
            sources,
            "TextSource",
            {"guid": guid, "name": document.name, "plainTextPath": f"internal://{guid}.txt"},
        )
        for claim in by_document.get(document.key, []):
            _selection(source, claim, codes, users)
        for variable in VARIABLES:
            value = document.variables.get(variable.name)
            if variable.kind == "Date" and value:
                value = _xsd_date(value)
            if value:
                holder = _sub(source, "VariableValue")
                _sub(holder, "VariableRef", {"targetGUID": variables[variable.name]})
                _sub(holder, "DateValue" if variable.kind == "Date" else "TextValue").text = _clean(value)


def _stamps(claim: ExportClaim, users: dict[str, str]) -> dict[str, str]:
    stamps: dict[str, str] = {}
    if claim.coder:
        stamps["creatingUser"] = users[claim.coder]
    if created := xsd_datetime(claim.created):
        stamps["creationDateTime"] = created
    if claim.coder and claim.modified:
        stamps["modifyingUser"] = users[claim.coder]
    if modified := xsd_datetime(claim.modified):
        stamps["modifiedDateTime"] = modified
    return stamps


def _selection(source: ET.Element, claim: ExportClaim, codes: dict[str, str], users: dict[str, str]) -> None:
    attributes = {
        "guid": claim.uid,
        "name": _clean(claim.quote[:80]),
        "startPosition": str(claim.start),
        "endPosition": str(claim.end),
    } | _stamps(claim, users)
    selection = _sub(source, "PlainTextSelection", attributes)
    lines = [f"{f}: {' '.join(v.split())}" for f in DESCRIPTION_FIELDS if (v := getattr(claim, f))]
    if lines:
        _sub(selection, "Description").text = _clean("\n".join(lines))
    for path in claim.code_paths:
        if path not in codes:
            continue
        coding = {"guid": stable_guid("coding", f"{claim.uid}/{path}")}
        coding |= {
            k: v for k, v in _stamps(claim, users).items() if k in ("creatingUser", "creationDateTime")
        }
        _sub(_sub(selection, "Coding", coding), "CodeRef", {"targetGUID": codes[path]})
    if claim.note:
        _sub(selection, "NoteRef", {"targetGUID": stable_guid("note", claim.uid)})


def _notes(root: ET.Element, project: ExportProject, users: dict[str, str]) -> None:
    noted = [c for c in project.claims if c.note]
    if not noted:
        return
    notes = _sub(root, "Notes")
    for claim in noted:
        attributes = {"guid": stable_guid("note", claim.uid), "name": f"Note on {_clean(claim.quote[:60])}"}
        attributes |= dict(_stamps(claim, users).items())
        _sub(_sub(notes, "Note", attributes), "PlainTextContent").text = _clean(claim.note)
