"""A scripted coding of the four sample documents (``resources/samples/``), as ClaimEntry data for
export tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from corpus_paths import SAMPLES

from naast.core.claims import AddTopic, CreateClaim
from naast.export.labels import stance_by_key
from naast.export.plan import Citation, ClaimEntry, ClaimSpan, TopicStyle, UnitHeading
from naast.store.claims import seed_defaults
from naast.store.codebook import list_stances, lookups
from naast.store.documents import load_document
from naast.store.importer import import_paths
from naast.store.project import Project

CORPUS = SAMPLES  # the four sample documents, shipped with Naast (the shared corpus's top level)

TOPICS = {
    "terugkeer": TopicStyle("terugkeer", "Terugkeer en gecontroleerd vertrek", "#FFE08A"),
    "overlast": TopicStyle("overlast", "Overlast en criminaliteit", "#F9C8D5"),
    "herkomst": TopicStyle("herkomst", "Samenwerking met herkomstlanden", "#BDE7C9"),
    "bewaring": TopicStyle("bewaring", "Vreemdelingenbewaring", "#CFE2FF"),
}


@dataclass(frozen=True)
class SourceDoc:
    file: str
    actor: str
    citation: Citation


DOCS = {
    "2019": SourceDoc(
        "2019-answers-broekers-knol-veilige-landers-harderwijk.txt",
        "Broekers-Knol (2019)",
        Citation(
            "Antwoorden op vragen over veilige landers in Harderwijk",
            aanhangsel="2019–2020, nr. 487",
            date="2019-11-21",
        ),
    ),
    "2021r": SourceDoc(
        "2021-answers-broekers-knol-rekenkamer-terugkeer.txt",
        "Broekers-Knol (okt. 2021)",
        Citation("Antwoorden op vragen over het verslag van de Europese Rekenkamer", date="2021-10-05"),
    ),
    "2021b": SourceDoc(
        "2021-letter-broekers-knol-actieplan-veiligelanders.txt",
        "Broekers-Knol (dec. 2021)",
        Citation("Kamerbrief over het Actieplan Veiligelanders", date="2021-12-10"),
    ),
    "2025": SourceDoc(
        "2025-answers-faber-terugkeer-maatwerkondersteuning.txt",
        "Faber (2025)",
        Citation(
            "Antwoorden op vragen van het lid Van Nispen over maatwerkondersteuning",
            kenmerk="2025Z00029",
        ),
    ),
}

# (document, exact phrase as it reads in the corpus, topic, stance, note)
SCRIPT: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("2019", "Gecontroleerd vertrek heeft daarom de voorkeur.", "terugkeer", "supports",
     "Kernformulering; vgl. Faber 2025 over maatwerk."),
    ("2019", "Ik kan dan ook niet ingaan op de specifieke situatie in Harderwijk.", "overlast", "evades",
     None),
    ("2019", "Het kabinet zet zich in om de samenwerking met belangrijke herkomst- en transitlanden "
     "te intensiveren", "herkomst", "supports", "Integrale migratieagenda als kader."),
    ("2019", "binnen de EU te pleiten voor aanpassing van regelgeving die te beperkend is voor het "
     "toepassen van vreemdelingenbewaring.", "bewaring", "supports", None),
    ("2021r", "Ik deel de bevinding van de Europese Rekenkamer dat een effectief, werkend "
     "terugkeerbeleid noodzakelijk is", "terugkeer", "supports", "Erkent de beperkte resultaten."),
    ("2021r", "terugkeer een weerbarstig proces is, en afhankelijk van vele factoren.", "terugkeer",
     "neutral", None),
    ("2021r", "De inzet van het kabinet is erop gericht om terugkeersamenwerking op alle mogelijke "
     "manieren te versterken.", "herkomst", "supports", "Vaag: welke wegen precies?"),
    ("2021b", "Ik wil dat de asielprocedure van deze groep wordt gevolgd door een terugkeertraject.",
     "terugkeer", "supports", None),
    ("2021b", "Iedere vorm van overlast en criminaliteit is volstrekt onacceptabel.", "overlast",
     "rejects", "Sterke taal, maar geen nieuwe maatregel."),
    ("2021b", "daarom zie ik op dit moment geen reden om de capaciteit uit te breiden.", "overlast",
     "rejects", None),
    ("2021b", "De wettelijke maximale duur van de bewaring is met andere woorden niet een beperkende "
     "factor voor de effectiviteit van bewaring.", "bewaring", "rejects", "Verwerpt maatregel 6."),
    ("2025", "Deze bevoegdheid wordt terughoudend toegepast, maar kan in de praktijk het verschil "
     "maken", "terugkeer", "conditional", "Maatwerk als uitzondering."),
    ("2025", "Ik sta nog steeds achter een harde aanpak van overlastgevende vreemdelingen.", "overlast",
     "supports", "Vgl. Broekers-Knol dec. 2021."),
    ("2025", "Verdere verbetering van de terugkeersamenwerking met herkomstlanden is daarvoor van "
     "belang", "herkomst", "supports", None),
    ("2025", "Voor het overige acht ik het niet opportuun noch passend om als minister in deze "
     "individuele casus te treden.", "overlast", "evades", None),
    ("2025", "verhogen van de capaciteit voor vreemdelingenbewaring", "bewaring", "supports", None),
)  # fmt: skip

_HEADER = re.compile(r"^(Antwoord[^\n]*|Vraag[^\n]*|\d+\. [^\n]*)$", re.MULTILINE)


def corpus_text(key: str) -> str:
    return (CORPUS / DOCS[key].file).read_text(encoding="utf-8")


def locate(text: str, phrase: str) -> tuple[int, int]:
    """Offsets of ``phrase`` in ``text``, line breaks and extra spaces in the text allowed."""
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    match = re.search(pattern, text)
    assert match, f"phrase not in corpus: {phrase!r}"
    return match.start(), match.end()


def unit_label(text: str, offset: int) -> str | None:
    headers = [m.group(1).strip() for m in _HEADER.finditer(text, 0, offset)]
    return headers[-1] if headers else None


def scripted_claims() -> list[ClaimEntry]:
    claims = []
    for index, (doc_key, phrase, topic, stance, note) in enumerate(SCRIPT):
        doc = DOCS[doc_key]
        text = corpus_text(doc_key)
        start, end = locate(text, phrase)
        citation = replace(doc.citation, unit_label=unit_label(text, start))
        claims.append(
            ClaimEntry(
                claim_id=f"c{index + 1}",
                quote=" ".join(text[start:end].split()),
                actor=doc.actor,
                topic=TOPICS[topic],
                stance=stance_by_key(stance, "en"),
                citation=citation,
                date=doc.citation.date,
                note=note,
                coder="Anna de Vries",
                document_id=doc_key,
                start=start,
                end=end,
            )
        )
    return claims


def scripted_units(text: str) -> tuple[UnitHeading, ...]:
    """Units cut at the header lines (what the parser finds, approximated for these tests)."""
    starts = [m.start() for m in _HEADER.finditer(text)]
    labels = [m.group(1).strip() for m in _HEADER.finditer(text)]
    ends = [*starts[1:], len(text)]
    return tuple(UnitHeading(label, s, e) for label, s, e in zip(labels, starts, ends, strict=True))


def scripted_spans(doc_key: str) -> list[ClaimSpan]:
    return [
        ClaimSpan(c.claim_id, c.start or 0, c.end or 0, c.topic, c.stance, c.note, c.coder)
        for c in scripted_claims()
        if c.document_id == doc_key
    ]


def make_coded_project(path: Path) -> dict[str, int]:
    """Create a project with the four sample documents and the scripted claims; ids by key.

    One extra subtopic, "Maatwerk" under "terugkeer", holds the claim about maatwerk.
    """
    with Project.create(path) as project:
        seed_defaults(project)
        for topic in TOPICS.values():
            project.apply(AddTopic(topic.label, topic.label, topic.colour, code=topic.key))
        project.apply(AddTopic("Maatwerk", "Maatwerk", "#FFF5CC", parent_id=topic_id(project, "terugkeer")))
        results = list(import_paths(project, [CORPUS / d.file for d in DOCS.values()]))
        ids = {key: r.document_id for key, r in zip(DOCS, results, strict=True)}
        assert all(ids.values()), results
        stances = {ref.code: ref.id for ref, _n in list_stances(project)}
        for doc_key, phrase, topic, stance, note in SCRIPT:
            text = load_document(project, ids[doc_key]).parsed.text
            start, end = locate(text, phrase)
            tagged = topic_id(project, "maatwerk" if "terughoudend" in phrase else topic)
            claim = CreateClaim(ids[doc_key], start, end, "2026-11-22T10:00:00", (tagged,),
                                stances[stance], note=note or "", coder="Anna de Vries")  # fmt: skip
            project.apply(claim)
    return ids


def topic_id(project: Project, name: str) -> int:
    return dict(lookups(project).topics)[name]
