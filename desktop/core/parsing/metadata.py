"""Metadata from the text: type, title, askers, addressees, who answered, dates, numbers.

The header paragraphs ("Vragen van het lid … (ingezonden …)", "Antwoord van … (ontvangen …)")
are read first; the signature is the fallback for who answered. Metadata stated by the source
(XML, metadata.xml) wins over what the text suggests, except who answered, which only the
text states reliably.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from naast.core.model import DocType, Person, Responder, Unit, UnitKind
from naast.core.parsing import people
from naast.core.parsing.dates import parse_date, vergaderjaar_of
from naast.core.parsing.structure import OPENING_RE

_VRAGEN_RE = re.compile(
    r"\bvragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?P<names>.+?)\s+(?:aan\s+(?P<to>.+?)\s+)?"
    r"(?:over\s+(?P<subject>.+?)\s*)?"
    r"(?P<end>\((?:ingezonden|$)|\((?P<zaak>\d{4}Z\d{5})\)|,\s*ingezonden\b|(?<=,\s)ingezonden\b"
    r"|\bkunnen\s+niet\b|$|\.\s)",  # a notice: "De vragen van … over … (2025Z00456) kunnen niet …"
    re.IGNORECASE | re.DOTALL,
)
_SUBMITTED_RE = re.compile(r"ingezonden\s+(?:op\s+)?([^)]*)", re.IGNORECASE)
_RECEIVED_RE = re.compile(r"\(ontvangen\s+([^)]*)\)", re.IGNORECASE)
_KENMERK_RE = re.compile(r"\b(\d{4}Z\d{5})\b")
# Where a document states its own kenmerk: "Uw kenmerk 2024Z13577", "… met kenmerk 2025Z00029",
# or the kenmerk alone on a line at the top (the Tweede Kamer's own print of the questions).
_KENMERK_PHRASE_RE = re.compile(r"\bkenmerk[\s:|]+(?:is\s+)?(\d{4}Z\d{5})\b", re.IGNORECASE)
_KENMERK_LINE_RE = re.compile(r"(?m)^[ \t]*(\d{4}Z\d{5})[ \t]*$")
_REF_RE = re.compile(
    r"\bKamerstuk(?:ken)?(?:\s+II|\s+I)?(?:\s+\d{4}/\d{2},?)?\s+\d{2}\s?\d{3}(?:\s?[A-Z]{1,4}\b|-[A-Z]+)?,\s+nrs?\.\s+\d+"
    r"(?:\s*(?:,|en)\s*\d+)*"
    r"|\bAanhangsel(?:\s+(?:van\s+de\s+)?Handelingen)?(?:\s+II|\s+I)?,?\s+(?:vergaderjaar\s+)?\d{4}\s*[–/-]\s*\d{2,4},?\s+nr\.\s+\d+"
)
_SEE_ALSO_RE = re.compile(r"\bZie ook\s+(Aanhangsel[^.]{0,80}?nr\.\s*\d+)")
_LATE_OPENINGS = ("Antwoord", "Nader antwoord", "Mededeling")
_LATE_ANSWER_RE = re.compile(r"(?m)^(?:Antwoord|Nader antwoord|Mededeling)\s+van\b.*$")
_LETTER_DATE_RE = re.compile(r"(?m)^(?:Den Haag|’s-Gravenhage|'s-Gravenhage),?\s+(\d{1,2}\s+\w+\.?\s+\d{4})")
_DOSSIER_RE = re.compile(r"(?m)^(\d{2}\s?\d{3}(?:\s+[A-Z]{1,4})?)\s+([^\d\n].{2,200})$")
_ONDERNUMMER_RE = re.compile(r"(?m)^Nr\.\s+(\d+)\s+(.+)$")
_BETREFT_RE = re.compile(r"(?m)^(?:Betreft|Onderwerp)\s*[:|]?\s+(\S.{2,300})$")
_DATUM_RE = re.compile(r"(?m)^Datum\s*[:|]?\s+(\S.*)$")
_MEDE_RE = re.compile(r"\bmede\s+namens\s+")
_OUR_REF_RE = re.compile(r"(?m)^Ons kenmerk\s*[:|]?\s+(\S+)")


@dataclass
class Meta:
    doc_type: DocType = DocType.LETTER
    title: str | None = None
    askers: tuple[Person, ...] = ()
    addressees: tuple[str, ...] = ()
    answered_by: Responder | None = None
    date_submitted: str | None = None
    date_received: str | None = None
    kenmerk: str | None = None
    vergaderjaar: str | None = None
    aanhangsel_number: str | None = None
    identifier: str | None = None
    references: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


def extract(text: str, units: tuple[Unit, ...], notes_text: str, found: dict[str, str]) -> Meta:
    head = _head_text(text, units)
    meta = Meta(doc_type=_doc_type(head, units))
    if meta.doc_type is not DocType.LETTER:  # a letter's "vragen van het lid …" are prose
        _read_questions_line(head, meta)
        _read_answer_line(head, text, meta)
    if meta.answered_by is None:
        _read_signature(head, text, meta)
    if meta.doc_type is DocType.LETTER:
        _read_letter_head(head, meta)
    elif meta.doc_type is DocType.ANSWERS and meta.date_received is None:
        _read_cover_letter_date(head, meta)
    meta.kenmerk = meta.kenmerk or _own_kenmerk(head)
    meta.identifier = found.get("identifier")
    from_identifier = re.fullmatch(r"kv-tk-(\d{4}Z\d{5})", meta.identifier or "")
    if meta.kenmerk is None and from_identifier:
        meta.kenmerk = from_identifier.group(1)
    meta.aanhangsel_number = found.get("aanhangsel_number")
    meta.vergaderjaar = found.get("vergaderjaar")
    if meta.vergaderjaar is None and meta.doc_type is not DocType.LETTER:
        date = meta.date_received or meta.date_submitted
        if date:
            meta.vergaderjaar = vergaderjaar_of(date)
            meta.extra["vergaderjaar_from"] = "date"
    see_also = _SEE_ALSO_RE.search(head)
    if see_also:  # the related Aanhangsel, usually the Mededeling that the answer was delayed
        meta.extra["see_also"] = _clean_ref(see_also.group(1))
    meta.references = tuple(dict.fromkeys(find_references(text + "\n" + notes_text)))
    return meta


def find_references(text: str) -> list[str]:
    """Kamerstukken and Aanhangsels cited, as written (the regex tried only where they start)."""
    found: list[tuple[int, str]] = []
    for word in ("Kamerstuk", "Aanhangsel"):
        pos = text.find(word)
        while pos != -1:
            match = _REF_RE.match(text, pos)
            if match:
                found.append((match.start(), _clean_ref(match.group(0))))
            pos = text.find(word, pos + len(word))
    return [ref for _, ref in sorted(found)]


def _head_text(text: str, units: tuple[Unit, ...]) -> str:
    """The opening: preamble and notice, plus any "Antwoord van …" paragraph further on
    (older Aanhangsels print it between the questions and the answers)."""
    end = next((u.start for u in units if u.kind not in (UnitKind.PREAMBLE, UnitKind.NOTICE)), len(text))
    head = text[: min(end, 6000)]
    later = _late_answer(text, len(head))
    if later and not any(f"\n{opening} van" in text for opening in _LATE_OPENINGS):
        later = None
    return head + "\n\n" + later.group(0) if later else head


def _late_answer(text: str, start: int) -> re.Match[str] | None:
    """The first "Antwoord van …" paragraph from ``start``: the pattern is tried only at the
    line starts that begin with one of its words, not at every position of a long text."""
    found: re.Match[str] | None = None
    for opening in _LATE_OPENINGS:
        needle = "\n" + opening
        at_start = start == 0 and text.startswith(opening)
        pos = 0 if at_start else _line_after(text.find(needle, max(start - 1, 0)))
        while pos != -1 and (found is None or pos < found.start()):
            match = _LATE_ANSWER_RE.match(text, pos)
            if match:
                found = match
                break
            pos = _line_after(text.find(needle, pos))
    return found


def _line_after(newline: int) -> int:
    """Where the line after the newline at ``newline`` starts; -1 for none found."""
    return newline + 1 if newline != -1 else -1


def _read_questions_line(head: str, meta: Meta) -> None:
    matches = list(_VRAGEN_RE.finditer(head))
    if not matches:
        return
    best = max(
        matches,
        key=lambda m: (_opens_paragraph(head, m), m.group("to") is not None, m.group("subject") is not None),
    )
    # The notice names the questions it is about with their kenmerk; a mention elsewhere cites others.
    zaak = next((m.group("zaak") for m in matches if m.group("zaak") and _opens_paragraph(head, m)), None)
    meta.kenmerk = meta.kenmerk or zaak
    meta.askers = people.parse_askers(best.group("names"))
    if best.group("to"):
        meta.addressees = people.split_offices(best.group("to"))
    subject = best.group("subject")
    if subject:
        meta.extra["subject"] = " ".join(subject.split()).strip(" ,")
    sentence = head[best.start() : best.start("end")].rstrip(" .,")
    meta.title = " ".join((sentence[:1].upper() + sentence[1:]).split())
    submitted = _SUBMITTED_RE.search(head, best.start())
    meta.date_submitted = parse_date(submitted.group(1)) if submitted else None
    if submitted and submitted.start() - best.end() < 20:  # "(ingezonden 6 januari 2025, 2025Z00029)"
        kenmerk = _KENMERK_RE.search(submitted.group(1)[:80].split("\n")[0])
        meta.kenmerk = kenmerk.group(1) if kenmerk else meta.kenmerk


def _opens_paragraph(head: str, match: re.Match[str]) -> bool:
    """ "Vragen van het lid …" or "De vragen van …" start their paragraph (a header or a notice);
    elsewhere they are a sentence that mentions the questions (a cover letter)."""
    before = head[head.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
    return before in ("", "De", "de")


def _own_kenmerk(head: str) -> str | None:
    """The document's own kenmerk, from the head only: a number cited elsewhere (earlier
    questions, a link) belongs to another document."""
    found = _KENMERK_PHRASE_RE.search(head) if "enmerk" in head else None
    found = found or _KENMERK_LINE_RE.search(head)
    return found.group(1) if found else None


def _read_answer_line(head: str, text: str, meta: Meta) -> None:
    meta.answered_by = people.responder_from_answer_line(head)
    joint = people.co_responders(head)
    if joint:  # "Antwoord van minister X (A) en staatssecretaris Y (B)": answered together
        meta.extra["co_answered_by"] = "; ".join(joint)
    received = _RECEIVED_RE.search(head) or _RECEIVED_RE.search(text)  # older: after the questions
    meta.date_received = parse_date(received.group(1)) if received else None
    if meta.date_submitted is None:
        submitted = _SUBMITTED_RE.search(head)
        meta.date_submitted = parse_date(submitted.group(1)) if submitted else None


def _read_signature(head: str, text: str, meta: Meta) -> None:
    """Who signed: the first signer answers; the others co-signed ("Staatssecretaris Y (B)"), as the
    letter head says ("BRIEF VAN DE MINISTER … EN DE STAATSSECRETARIS …")."""
    signed = people.signatories([line for line in text.split("\n") if line.strip()])
    if not signed:
        return
    first, others = signed[0], signed[1:]
    mede = _MEDE_RE.search(head)
    if mede:  # a cover letter: "Hierbij bied ik u, mede namens de …, de …"
        first = replace(first, on_behalf_of=people.offices_at(head[mede.end() : mede.end() + 400]))
    meta.answered_by = first
    if others:
        meta.extra["co_signatories"] = "; ".join(
            f"{who.role} {who.name}" + (f" ({who.ministry})" if who.ministry else "") for who in others
        )


def _read_letter_head(head: str, meta: Meta) -> None:
    """A Kamerstuk letter: "19 637 Vreemdelingenbeleid", "Nr. 2800 BRIEF VAN …", "Den Haag, 14 …"."""
    date = _LETTER_DATE_RE.search(head) or _DATUM_RE.search(head)
    if date and meta.date_submitted is None:
        meta.date_submitted = parse_date(date.group(1))
    subject = _BETREFT_RE.search(head)
    if subject and meta.title is None:
        meta.title = subject.group(1).strip(" |")
    our_ref = _OUR_REF_RE.search(head)
    if our_ref:
        meta.extra["ons_kenmerk"] = our_ref.group(1)
    number = _ONDERNUMMER_RE.search(head)
    dossier = _DOSSIER_RE.search(head)
    if number and dossier:
        meta.extra["dossier"] = dossier.group(1)
        meta.extra["ondernummer"] = number.group(1)
        meta.title = meta.title or dossier.group(2).strip()
        meta.extra["subject"] = _caps_heading(head, number)


def _caps_heading(head: str, number: re.Match[str]) -> str:
    """ "Nr. 123 BRIEF VAN DE MINISTER VAN …" with its further lines in capitals ("EN DE
    STAATSSECRETARIS …"): the Kamerstuk heading is set in capitals and wraps."""
    parts = [number.group(2).strip()]
    for line in head[number.end() : number.end() + 600].split("\n"):
        line = line.strip()
        if line and not (line.isupper() and not parts[-1].endswith(".")):
            break
        parts.append(line)
    return " ".join(" ".join(parts).split())


def _read_cover_letter_date(head: str, meta: Meta) -> None:
    """Answers sent with a cover letter ("Datum 1 oktober 2024") were received on about that day:
    the letter's date stands in for the received date, and ``extra`` says so."""
    line = _DATUM_RE.search(head)
    date = parse_date(line.group(1)) if line else None
    if date and (meta.date_submitted is None or date >= meta.date_submitted):
        meta.date_received = date
        meta.extra["date_received_from"] = "cover letter"


def _doc_type(head: str, units: tuple[Unit, ...]) -> DocType:
    """From the units and how the document opens: a paragraph "Antwoord van minister …",
    "Mededeling van …" or "Vragen van het lid …". A letter may mention any of these in its prose."""
    kinds = {unit.kind for unit in units}
    opens = {match.lastgroup for match in OPENING_RE.finditer(head)}
    if UnitKind.ANSWER in kinds or "answers" in opens:
        return DocType.ANSWERS
    if UnitKind.NOTICE in kinds or "notice" in opens:
        return DocType.NOTICE
    if UnitKind.QUESTION in kinds or "questions" in opens:
        return DocType.QUESTIONS
    return DocType.LETTER


def _clean_ref(ref: str) -> str:
    return " ".join(ref.split())
