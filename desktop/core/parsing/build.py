"""Assemble a ParsedDocument from a RawDocument: normalise, segment, read metadata."""

from __future__ import annotations

from naast.core.model import DocType, ParsedDocument, Person
from naast.core.parsing.metadata import Meta, extract
from naast.core.parsing.normalise import normalise
from naast.core.parsing.people import clean_name
from naast.core.parsing.source import RawDocument
from naast.core.parsing.structure import segment


def build(raw: RawDocument, source_name: str | None) -> ParsedDocument:
    norm = normalise(raw)
    units = segment(norm.text)
    notes_text = "\n".join(note.text for note in norm.footnotes)
    meta = extract(norm.text, units, notes_text, norm.found)
    _apply_source_meta(meta, raw.meta)
    return ParsedDocument(
        text=norm.text,
        doc_type=meta.doc_type,
        units=units,
        title=meta.title,
        askers=meta.askers,
        addressees=meta.addressees,
        answered_by=meta.answered_by,
        date_submitted=meta.date_submitted,
        date_received=meta.date_received,
        kenmerk=meta.kenmerk,
        vergaderjaar=meta.vergaderjaar,
        aanhangsel_number=meta.aanhangsel_number,
        identifier=meta.identifier,
        references=meta.references,
        footnotes=norm.footnotes,
        pages=norm.pages,
        source_name=source_name,
        source_format=raw.source_format,
        extra=meta.extra,
    )


def _apply_source_meta(meta: Meta, source: dict[str, str]) -> None:
    """Facts the source states outright (XML, metadata.xml) win over what the text suggests."""
    for key in ("identifier", "kenmerk", "aanhangsel_number", "vergaderjaar", "title"):
        if source.get(key):
            setattr(meta, key, source[key])
    for key in ("date_submitted", "date_received"):
        if source.get(key) and not getattr(meta, key):
            setattr(meta, key, source[key])
    if source.get("doc_type"):
        meta.doc_type = DocType(source["doc_type"])
    if not meta.askers and source.get("askers"):
        meta.askers = tuple(Person(clean_name(name)) for name in source["askers"].split("|") if name)
    if not meta.addressees and source.get("addressees"):
        meta.addressees = tuple(a for a in source["addressees"].split("|") if a)
    for key, value in source.items():
        if key.startswith("meta:"):
            meta.extra[key[5:]] = value
