"""``naast inspect FILE [--json]``: parse one document without a project and show the result.

``--json`` prints ``ParsedDocument.to_json()``, one object (fields are only ever added):

- ``type``: ``answers`` | ``questions`` | ``notice`` | ``letter``
- ``title``: the "Vragen van … over …" sentence, or a Kamerstuk's dossier title; or null
- ``askers``: ``[{name, party}]`` as the text names them (party null when not printed); ``[]``
  when the text does not say (never a guess)
- ``addressees``: offices asked, one per office ("Minister van Financiën")
- ``answered_by``: ``{name, role, ministry, on_behalf_of: [office, …]}`` or null; ``name`` is
  "" when only an office signed
- ``date_submitted``, ``date_received``: ISO dates or null (a letter's date is
  ``date_submitted``)
- ``kenmerk`` (2025Z00029), ``vergaderjaar`` ("2019-2020"), ``aanhangsel_number``,
  ``identifier`` (ah-tk-…, kst-…): strings or null
- ``references``: Kamerstukken and Aanhangsels cited, as written
- ``units``: ``[{kind, numbers, label, start, end, text}]`` tiling ``text`` exactly, in order;
  kinds ``preamble``, ``question``, ``answer``, ``section``, ``notice``, ``closing``; answers
  also carry ``answers`` (the question numbers answered), sections ``title``
- ``footnotes``: ``[{marker, text, anchor}]``; ``text`` is "" when the source lost the body;
  ``anchor`` is the offset of the marker in ``text`` or null
- ``pages``: ``[{offset, page}]``: from ``offset`` on the text comes from page ``page``
- ``source_name``, ``source_format`` (txt, docx, pdf, xml, html, odt), ``extra`` (further
  metadata: metadata.xml fields, ``subject``, ``dossier`` …), ``text``

Offsets are Python code points into ``text`` (NFC, ``\n`` line ends).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from naast.core.model import ParsedDocument
from naast.core.parsing import parse_file


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("inspect", help="parse one document and print its metadata and structure")
    parser.add_argument("file", type=Path)
    parser.add_argument("--json", action="store_true", help="print the parsed document as one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    doc = parse_file(args.file)
    if args.json:
        print(json.dumps(doc.to_json(), ensure_ascii=False, indent=2))
    else:
        print(summary(doc))
    return 0


def summary(doc: ParsedDocument) -> str:
    lines = [
        f"File          {doc.source_name} ({doc.source_format})",
        f"Type          {doc.doc_type.value}",
        f"Title         {doc.title or '-'}",
        f"Askers        {', '.join(_person(p.name, p.party) for p in doc.askers) or '-'}",
        f"Addressees    {'; '.join(doc.addressees) or '-'}",
        f"Answered by   {_responder(doc)}",
        f"Submitted     {doc.date_submitted or '-'}",
        f"Received      {doc.date_received or '-'}",
        f"Kenmerk       {doc.kenmerk or '-'}",
        f"Vergaderjaar  {doc.vergaderjaar or '-'}",
        f"Aanhangsel    {doc.aanhangsel_number or '-'}",
        f"Identifier    {doc.identifier or '-'}",
        f"Pages         {len(doc.pages) or '-'}",
        f"Characters    {len(doc.text)}",
        "",
        "Units:",
    ]
    for unit in doc.units:
        extra = f"  answers {list(unit.answers)}" if unit.answers else ""
        lines.append(f"  {unit.kind.value:<9} {unit.start:>7}-{unit.end:<7} {unit.label[:70]}{extra}")
    if doc.footnotes:
        lines += ["", "Footnotes:"]
        lines += [f"  {f.marker:>3}  {f.text[:90] or '(body lost in the source)'}" for f in doc.footnotes]
    return "\n".join(lines)


def _person(name: str, party: str | None) -> str:
    return f"{name} ({party})" if party else name


def _responder(doc: ParsedDocument) -> str:
    r = doc.answered_by
    if r is None:
        return "-"
    text = " ".join(part for part in (r.role, r.name) if part)
    if r.ministry:
        text += f" ({r.ministry})"
    if r.on_behalf_of:
        text += ", mede namens " + "; ".join(r.on_behalf_of)
    return text
