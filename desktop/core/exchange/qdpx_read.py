"""Reading a REFI-QDA project (``.qdpx``) written by Naast or by another tool.

Only what Naast can hold is taken: text sources (their text from ``plainTextPath`` inside the zip
or from ``PlainTextContent``), the codebook, users and the coded ``PlainTextSelection``s with their
notes. PDF, picture, audio and video sources, and text kept outside the file, are listed in
``skipped`` with the reason, one sentence each. Every failure to read the file itself raises
:class:`QdpxError`.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import PurePosixPath

from naast.core.claims.codebook import Codebook, CodebookError
from naast.core.claims.qdc import parse_xml, read_codes
from naast.core.errors import NaastError
from naast.core.exchange.qdpx_model import ReadProject, Selection, Source
from naast.core.parsing.detect import DEFAULT_MAX_BYTES

_OTHER_SOURCES = {
    "PDFSource": "a PDF source",
    "PictureSource": "a picture source",
    "AudioSource": "an audio source",
    "VideoSource": "a video source",
}


class QdpxError(NaastError):
    """A file cannot be read as a REFI-QDA project."""


def read_qdpx(data: bytes, name: str = "the file") -> ReadProject:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise QdpxError(f"{name} is not a REFI-QDA project (not a zip archive).") from exc
    with archive:
        qde = next((n for n in archive.namelist() if n.lower().endswith(".qde")), None)
        if qde is None:
            raise QdpxError(f"{name} is not a REFI-QDA project (it holds no project.qde).")
        try:
            root = parse_xml(_member(archive, qde, name).decode("utf-8-sig"), "REFI-QDA project")
        except (UnicodeDecodeError, CodebookError) as exc:
            raise QdpxError(f"{name}: project.qde is not readable XML.") from exc
        return _project(root, archive, name)


def _member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    info = archive.getinfo(member)
    if info.file_size > DEFAULT_MAX_BYTES:
        raise QdpxError(f"{name}: {member} is larger than Naast reads ({DEFAULT_MAX_BYTES // 2**20} MB).")
    return archive.read(member)


def _project(root: ET.Element, archive: zipfile.ZipFile, name: str) -> ReadProject:
    if not root.tag.endswith("}Project"):
        raise QdpxError(f"{name} is not a REFI-QDA project (no Project element).")
    q = root.tag[: -len("Project")]
    users = {u.get("guid", ""): u.get("name") or "" for u in root.iterfind(f"{q}Users/{q}User")}
    codes = root.find(f"{q}CodeBook/{q}Codes")
    codebook, targets = read_codes(codes, q[1:-1]) if codes is not None else (Codebook(), {})
    notes = {n.get("guid", ""): _note_text(n, q, archive) for n in root.iterfind(f"{q}Notes/{q}Note")}
    sources: list[Source] = []
    skipped: list[str] = []
    holder = root.find(f"{q}Sources")
    for element in holder if holder is not None else ():
        tag = element.tag[len(q) :]
        label = element.get("name") or element.get("guid") or "?"
        if tag in _OTHER_SOURCES:
            skipped.append(f"{label}: {_OTHER_SOURCES[tag]}; Naast imports text sources only.")
        elif tag == "TextSource":
            source = _source(element, q, archive, users, notes, skipped)
            if source is not None:
                sources.append(source)
    project = root.get("name") or name
    return ReadProject(project, codebook, targets, tuple(sources), tuple(skipped), root.get("origin") or "")


def _text_of(element: ET.Element, q: str, archive: zipfile.ZipFile) -> str | None:
    content = element.find(f"{q}PlainTextContent")
    if content is not None:
        return content.text or ""
    path = element.get("plainTextPath") or ""
    if not path.startswith("internal://"):
        return None
    member = str(PurePosixPath("sources") / path.removeprefix("internal://"))
    names = {n.casefold(): n for n in archive.namelist()}
    found = names.get(member.casefold())
    if found is None:
        return None
    return _member(archive, found, "the project").decode("utf-8-sig", errors="replace")


def _note_text(note: ET.Element, q: str, archive: zipfile.ZipFile) -> str:
    return (_text_of(note, q, archive) or "").strip()


def _source(
    element: ET.Element,
    q: str,
    archive: zipfile.ZipFile,
    users: dict[str, str],
    notes: dict[str, str],
    skipped: list[str],
) -> Source | None:
    label = element.get("name") or element.get("guid") or "?"
    text = _text_of(element, q, archive)
    if text is None:
        skipped.append(f"{label}: its text is not inside the project file.")
        return None
    selections = []
    for sel in element.iterfind(f"{q}PlainTextSelection"):
        try:
            start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
        except ValueError:
            skipped.append(f"{label}: a coding without valid positions was left out.")
            continue
        selections.append(
            Selection(
                guid=sel.get("guid", ""),
                start=start,
                end=end,
                codes=tuple(c.get("targetGUID", "") for c in sel.iterfind(f"{q}Coding/{q}CodeRef")),
                description=(sel.findtext(f"{q}Description") or "").strip(),
                notes=tuple(
                    notes[r.get("targetGUID", "")]
                    for r in sel.iterfind(f"{q}NoteRef")
                    if r.get("targetGUID", "") in notes
                ),
                coder=users.get(sel.get("creatingUser", ""), ""),
                created=sel.get("creationDateTime", ""),
                modified=sel.get("modifiedDateTime", ""),
            )
        )
    return Source(element.get("guid", ""), label, text, tuple(selections))
