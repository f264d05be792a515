"""Helpers shared by the GUI tests: small documents built by hand, added to real project files."""

from __future__ import annotations

from naast.core.documents import ImportDocument
from naast.core.model import DocType, Footnote, ParsedDocument, Person, Responder, Unit, UnitKind
from naast.store.project import Project, now_iso


def qa_document(
    answers: list[str], *, minister: str = "Broekers-Knol", date: str = "2019-11-21", prefix: str = ""
) -> ParsedDocument:
    """A small answers document: a preamble, then Vraag n / Antwoord n units."""
    text = prefix + "Antwoord van de staatssecretaris.\n"
    units = [Unit(UnitKind.PREAMBLE, 0, len(text), "Preamble")]
    for n, answer in enumerate(answers, start=1):
        q = f"Vraag {n}\nWat is het beleid over onderwerp {n}?\n"
        units.append(Unit(UnitKind.QUESTION, len(text), len(text) + len(q), f"Vraag {n}", (n,)))
        text += q
        a = f"Antwoord {n}\n{answer}\n"
        units.append(Unit(UnitKind.ANSWER, len(text), len(text) + len(a), f"Antwoord {n}", (n,), (n,)))
        text += a
    anchor = text.find("beleid")
    return ParsedDocument(
        text=text,
        doc_type=DocType.ANSWERS,
        units=tuple(units),
        title=f"Antwoord van {minister} over terugkeer",
        askers=(Person("Van Nispen", "SP"),),
        answered_by=Responder(minister, "Staatssecretaris", "Justitie en Veiligheid"),
        date_received=date,
        kenmerk=f"{date[:4]}Z0001",
        footnotes=(Footnote("1", "Kamerstukken II 2019/20, 19637, nr. 2500", anchor + 6),),
        source_name=f"{date[:4]}-{minister}.txt",
        source_format="txt",
    )


def add_document(project: Project, parsed: ParsedDocument) -> int:
    changes = project.apply(
        ImportDocument(parsed, f"hash-{parsed.source_name}-{len(parsed.text)}", now_iso())
    )
    return next(iter(changes.ids["documents"]))
