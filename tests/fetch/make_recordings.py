"""Writes ``recorded/``: the responses the loopback server plays back, in the services' shapes.

Run once (``python tests/fetch/make_recordings.py``) after changing a document below; the files
are committed. No network is used: the documents are made for the tests (their identifiers,
kenmerken and texts are invented, in the official shapes that README.md in this folder cites).
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT = HERE / "recorded"
REPO = "https://repository.overheid.nl"


@dataclass
class Doc:
    identifier: str
    kind: str  # answers, notice, questions
    kenmerk: str
    askers: list[tuple[str, str, str]]  # (initials + surname for metadata, surname, party)
    addressee: str
    subject: str
    submitted: str
    received: str | None = None
    answerer: str = "Staatssecretaris Van der Burg (Justitie en Veiligheid)"
    signer: tuple[str, str] = ("De Staatssecretaris van Justitie en Veiligheid,", "E. van der Burg")
    qa: list[tuple[str, str]] = field(default_factory=list)
    metadata_received: str | None = None  # when metadata.xml states another date than the text
    pdf_only: bool = False

    @property
    def folder(self) -> str:
        prefix = "kv-tk" if self.identifier.startswith("kv-tk") else "ah-tk"
        year = self.identifier.split("-")[2] if prefix == "ah-tk" else self.kenmerk[:4]
        return f"frbr/officielepublicaties/{prefix}/{year}/{self.identifier}/1"

    def url(self, manifestation: str) -> str:
        if manifestation == "metadata":
            return f"{REPO}/{self.folder}/metadata/metadata.xml"
        return f"{REPO}/{self.folder}/{manifestation}/{self.identifier}.{manifestation}"

    @property
    def vergaderjaar(self) -> str:
        if self.identifier.startswith("ah-tk"):
            years = self.identifier.split("-")[2]
            return f"{years[:4]}-{years[4:]}"
        first = int(self.submitted[:4])
        return f"{first}-{first + 1}" if self.submitted[5:7] >= "09" else f"{first - 1}-{first}"

    @property
    def number(self) -> str | None:
        return self.identifier.split("-")[3] if self.identifier.startswith("ah-tk") else None


def _names(doc: Doc) -> str:
    if len(doc.askers) == 1:
        _, surname, party = doc.askers[0]
        return f"het lid <naam><achternaam>{surname}</achternaam></naam> ({party})"
    parts = [f"<naam><achternaam>{s}</achternaam></naam> ({p})" for _, s, p in doc.askers]
    return "de leden " + ", ".join(parts[:-1]) + " en " + parts[-1]


def _date_text(iso: str) -> str:
    months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    year, month, day = iso.split("-")
    return f"{int(day)} {months[int(month) - 1]} {year}"


def document_xml(doc: Doc) -> str:
    asked = (
        f'<kamervraagomschrijving type="vraag">Vragen van {_names(doc)} aan de {doc.addressee} over '
        f'{escape(doc.subject)} (ingezonden <datum isodatum="{doc.submitted}">{_date_text(doc.submitted)}'
        f"</datum>).</kamervraagomschrijving>"
    )
    body: list[str] = []
    if doc.kind == "notice":
        surnames = " en ".join(f"{s} ({p})" for _, s, p in doc.askers)
        body.append(
            f'<kamervraagomschrijving type="antwoord">Mededeling van {doc.answerer} (ontvangen '
            f'<datum isodatum="{doc.received}">{_date_text(doc.received or "")}</datum>).'
            "</kamervraagomschrijving>"
        )
        body.append(
            f"<kamervraagopmerking><al>De vragen van het lid {surnames} aan de {doc.addressee} over "
            f"{escape(doc.subject)} ({doc.kenmerk}) kunnen niet binnen de gebruikelijke termijn worden "
            "beantwoord. De beantwoording vraagt afstemming met andere departementen.</al>"
            "</kamervraagopmerking>"
        )
        head = [body[0]]
        body = body[1:]
    else:
        head = [asked]
        if doc.kind == "answers":
            head.append(
                f'<kamervraagomschrijving type="antwoord">Antwoord van {doc.answerer} (ontvangen '
                f'<datum isodatum="{doc.received}">{_date_text(doc.received or "")}</datum>).'
                "</kamervraagomschrijving>"
            )
        for number, (question, answer) in enumerate(doc.qa, start=1):
            body.append(
                f'<vraag><nr status="officieel">Vraag {number}</nr><al>{escape(question)}</al></vraag>'
            )
            if doc.kind == "answers":
                body.append(
                    f'<antwoord><nr status="officieel">Antwoord {number}</nr><al>{escape(answer)}</al>'
                    "</antwoord>"
                )
    if doc.kind != "questions":
        body.append(
            f"<ondertekening><functie>{doc.signer[0]}</functie><naam>{doc.signer[1]}</naam></ondertekening>"
        )
    number = f"<kamervraagnummer>{doc.kenmerk}</kamervraagnummer>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie xml:lang="nl">\n <kamervragen>\n'
        "  <kamervraagkop><tekstregel>Tweede Kamer der Staten-Generaal</tekstregel></kamervraagkop>\n"
        f"  {number}\n  " + "\n  ".join(head + body) + "\n </kamervragen>\n</officiele-publicatie>\n"
    )


def metadata_xml(doc: Doc) -> str:
    questions = doc.identifier.startswith("kv-tk")
    rows = [
        ("DC.identifier", doc.identifier),
        ("DC.title", f"Vragen van {', '.join(f'{s} ({p})' for _, s, p in doc.askers)} over {doc.subject}"),
        ("DC.type", "Kamervragen" if questions else "Aanhangsel van de Handelingen"),
        ("DC.creator", "Tweede Kamer der Staten-Generaal"),
        (
            "OVERHEIDop.publicationName",
            "Kamervragen zonder antwoord" if questions else "Kamervragen (Aanhangsel)",
        ),
        ("OVERHEIDop.vraagnummer", doc.kenmerk),
        ("OVERHEIDop.vergaderjaar", doc.vergaderjaar),
        ("OVERHEIDop.datumIndiening", doc.submitted),
    ]
    rows += [("OVERHEIDop.indiener", initials) for initials, _, _ in doc.askers]
    rows.append(("OVERHEIDop.ontvanger", doc.addressee))
    if doc.number:
        rows.append(
            (
                "OVERHEIDop.aanhangselNummer",
                doc.identifier.split("-")[2][2:4] + doc.identifier.split("-")[2][6:] + doc.number.zfill(5),
            )
        )
    received = doc.metadata_received or doc.received
    if received:
        rows.append(("OVERHEIDop.datumOntvangst", received))
    rows.append(("OVERHEID.category", "Migratie en integratie | Terugkeer"))
    lines = "\n".join(f' <metadata name="{n}" content="{escape(v, {chr(34): "&quot;"})}"/>' for n, v in rows)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<metadata_gegevens>\n{lines}\n</metadata_gegevens>\n'


def gzd_record(doc: Doc, position: int) -> str:
    """One SRU record in the gzd schema (WetSuite's searchrec.xml, with the namespaces restored)."""
    manifestations = ["pdf", "metadata"] if doc.pdf_only else ["xml", "metadata"]
    if doc.kind == "answers" and not doc.pdf_only:
        manifestations.insert(1, "pdf")
    items = "".join(f'<gzd:itemUrl manifestation="{m}">{doc.url(m)}</gzd:itemUrl>' for m in manifestations)
    questions = doc.identifier.startswith("kv-tk")
    publication = "Kamervragen zonder antwoord" if questions else "Kamervragen (Aanhangsel)"
    date = doc.received or doc.submitted
    tp = f"<overheidwetgeving:vraagnummer>{doc.kenmerk}</overheidwetgeving:vraagnummer>"
    if doc.number:
        tp += f"<overheidwetgeving:aanhangselnummer>{doc.number}</overheidwetgeving:aanhangselnummer>"
    return (
        "<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>"
        "<sru:recordPacking>xml</sru:recordPacking><sru:recordData>"
        '<gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/" '
        'xmlns:overheid="http://standaarden.overheid.nl/owms/terms/">'
        "<gzd:originalData><overheidwetgeving:meta><overheidwetgeving:owmskern>"
        f"<dcterms:identifier>{doc.identifier}</dcterms:identifier>"
        f"<dcterms:title>{escape(doc.subject)}</dcterms:title>"
        '<dcterms:type scheme="OVERHEIDop.Parlementair">'
        f"{'Kamervragen' if questions else 'Aanhangsel van de Handelingen'}</dcterms:type>"
        '<dcterms:creator scheme="overheid:StatenGeneraal">Tweede Kamer der Staten-Generaal</dcterms:creator>'
        f"<dcterms:modified>{date}</dcterms:modified></overheidwetgeving:owmskern>"
        f"<overheidwetgeving:owmsmantel><dcterms:available>{date}</dcterms:available>"
        f"<dcterms:date>{date}</dcterms:date></overheidwetgeving:owmsmantel>"
        "<overheidwetgeving:tpmeta><overheidwetgeving:product-area>officielepublicaties"
        "</overheidwetgeving:product-area>"
        f"<overheidwetgeving:vergaderjaar>{doc.vergaderjaar}</overheidwetgeving:vergaderjaar>{tp}"
        f"<overheidwetgeving:publicatienaam>{publication}</overheidwetgeving:publicatienaam>"
        "</overheidwetgeving:tpmeta></overheidwetgeving:meta></gzd:originalData>"
        f"<gzd:enrichedData><gzd:url>{doc.url(manifestations[0])}</gzd:url>"
        f"<gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/{doc.identifier}.html</gzd:preferredUrl>"
        f"{items}<gzd:timestamp>{date}T10:00:00+01:00</gzd:timestamp></gzd:enrichedData>"
        f"</gzd:gzd></sru:recordData><sru:recordPosition>{position}</sru:recordPosition></sru:record>"
    )


def sru_page(docs: list[Doc], start: int, total: int, next_position: int | None, query: str) -> str:
    records = "".join(gzd_record(d, start + i) for i, d in enumerate(docs))
    following = f"<sru:nextRecordPosition>{next_position}</sru:nextRecordPosition>" if next_position else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">'
        f"<sru:version>2.0</sru:version><sru:numberOfRecords>{total}</sru:numberOfRecords>"
        f"<sru:records>{records}</sru:records>{following}"
        f"<sru:echoedSearchRetrieveRequest><sru:query>{escape(query)}</sru:query>"
        "</sru:echoedSearchRetrieveRequest></sru:searchRetrieveResponse>\n"
    )


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (Helvetica, WinAnsi), written by hand."""
    text = ["BT /F1 11 Tf 14 TL 56 790 Td"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({safe}) Tj T*")
    text.append("ET")
    stream = zlib.compress("\n".join(text).encode("cp1252"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_lines(doc: Doc) -> list[str]:
    names = " en ".join(f"{s} ({p})" for _, s, p in doc.askers)
    lines = [
        f"Vragen van het lid {names} aan de {doc.addressee} over {doc.subject}",
        f"(ingezonden {_date_text(doc.submitted)}).",
        "",
        f"Antwoord van {doc.answerer} (ontvangen {_date_text(doc.received or '')}).",
        "",
    ]
    for number, (question, answer) in enumerate(doc.qa, start=1):
        lines += [f"Vraag {number}", question, "", f"Antwoord {number}", answer, ""]
    return lines


ZAKEN: dict[str, dict] = {}


def zaak_json(doc_list: list[Doc], zaak_id: str, title: str, answerer: str | None) -> dict:
    first = doc_list[0]
    actors = []
    for index, (initials, _surname, party) in enumerate(first.askers):
        actors.append(
            {
                "Id": f"{zaak_id}-a{index}",
                "ActorNaam": initials,
                "ActorFractie": party,
                "Functie": "Tweede Kamerlid",
                "Relatie": "Indiener" if index == 0 else "Medeindiener",
            }
        )
    actors.append(
        {
            "Id": f"{zaak_id}-g",
            "ActorNaam": "E. van der Burg",
            "ActorFractie": None,
            "Functie": "staatssecretaris van Justitie en Veiligheid",
            "Relatie": "Gericht aan",
        }
    )
    if answerer:
        actors.append(
            {
                "Id": f"{zaak_id}-b",
                "ActorNaam": answerer,
                "ActorFractie": None,
                "Functie": "staatssecretaris van Justitie en Veiligheid",
                "Relatie": "Beantwoorder",
            }
        )
    soort = {
        "questions": "Schriftelijke vragen",
        "notice": "Mededeling (uitstel antwoord)",
        "answers": "Antwoord schriftelijke vragen",
    }
    documents = []
    for index, doc in enumerate(doc_list):
        aanhangsel = None
        if doc.number:
            years = doc.identifier.split("-")[2]
            aanhangsel = years[2:4] + years[6:] + doc.number.zfill(5)
        documents.append(
            {
                "Id": f"{zaak_id}-d{index}",
                "Soort": soort[doc.kind],
                "DocumentNummer": f"{doc.submitted[:4]}D{int(doc.kenmerk[5:]) + index:05d}",
                "Aanhangselnummer": aanhangsel,
                "Datum": f"{doc.received or doc.submitted}T00:00:00+01:00",
                "Verwijderd": False,
            }
        )
    return {
        "Id": zaak_id,
        "Nummer": first.kenmerk,
        "Soort": "Schriftelijke vragen",
        "Titel": title,
        "GestartOp": f"{first.submitted}T00:00:00+01:00",
        "Afgedaan": True,
        "Verwijderd": False,
        "ZaakActor": actors,
        "Document": documents,
    }


def odata(context: str, values: list[dict]) -> str:
    return (
        json.dumps(
            {
                "@odata.context": f"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#{context}",
                "value": values,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n"
    )


SUBJECT_1 = "de terugkeer van uitgeprocedeerde asielzoekers naar Irak"
QA_1 = [
    (
        "Hoeveel uitgeprocedeerde asielzoekers uit Irak zijn in 2023 teruggekeerd?",
        "In 2023 zijn 410 Irakezen aantoonbaar vertrokken, van wie 150 zelfstandig.",
    ),
    (
        "Welke afspraken over terugkeer zijn met Irak gemaakt?",
        "Met Irak is in 2023 een werkafspraak over gedwongen terugkeer gemaakt.",
    ),
]
CASE_1 = [
    Doc(
        "kv-tk-2024Z03001",
        "questions",
        "2024Z03001",
        [("M.J.F. van Nispen", "Van Nispen", "SP")],
        "Staatssecretaris van Justitie en Veiligheid",
        SUBJECT_1,
        "2024-02-20",
        qa=QA_1,
    ),
    Doc(
        "ah-tk-20232024-2850",
        "notice",
        "2024Z03001",
        [("M.J.F. van Nispen", "Van Nispen", "SP")],
        "Staatssecretaris van Justitie en Veiligheid",
        SUBJECT_1,
        "2024-02-20",
        "2024-03-12",
    ),
    Doc(
        "ah-tk-20232024-2901",
        "answers",
        "2024Z03001",
        [("M.J.F. van Nispen", "Van Nispen", "SP")],
        "Staatssecretaris van Justitie en Veiligheid",
        SUBJECT_1,
        "2024-02-20",
        "2024-04-16",
        qa=QA_1,
    ),
]
FABER = {
    "answerer": "Minister Faber-van de Klashorst (Asiel en Migratie)",
    "signer": ("De Minister van Asiel en Migratie,", "M.H.M. Faber-van de Klashorst"),
}
ANSWERS = [
    CASE_1[2],
    Doc(
        "ah-tk-20232024-2902",
        "answers",
        "2024Z05002",
        [("L.A. Koekkoek", "Koekkoek", "Volt")],
        "Staatssecretaris van Justitie en Veiligheid",
        "de Europese terugkeerrichtlijn",
        "2024-03-28",
        "2024-05-02",
        qa=[
            (
                "Steunt u de herziening van de terugkeerrichtlijn?",
                "Het kabinet steunt een herziening die terugkeer sneller en humaner maakt.",
            )
        ],
    ),
    Doc(
        "ah-tk-20232024-2903",
        "answers",
        "2024Z09003",
        [("A.H. Podt", "Podt", "D66"), ("H.M. van Dijk", "Van Dijk", "CDA")],
        "Staatssecretaris van Justitie en Veiligheid",
        "gedwongen terugkeer naar Marokko",
        "2024-05-21",
        "2024-06-20",
        qa=[
            (
                "Hoeveel mensen keerden gedwongen terug naar Marokko?",
                "In het eerste kwartaal van 2024 keerden 35 mensen gedwongen terug.",
            ),
            (
                "Wat is de stand van de gesprekken met Marokko?",
                "De gesprekken over terugkeer lopen; ik informeer uw Kamer voor de zomer.",
            ),
        ],
    ),
    Doc(
        "ah-tk-20242025-310",
        "answers",
        "2024Z13004",
        [("J.A. Eerdmans", "Eerdmans", "JA21")],
        "Minister van Asiel en Migratie",
        "de terugkeer van criminele vreemdelingen",
        "2024-09-17",
        "2024-10-15",
        qa=[
            (
                "Hoeveel criminele vreemdelingen zijn in 2024 teruggekeerd?",
                "Tot 1 september 2024 zijn 1.020 criminele vreemdelingen vertrokken.",
            )
        ],
        **FABER,
    ),
    Doc(
        "ah-tk-20242025-411",
        "answers",
        "2024Z15005",
        [("M.J.F. van Nispen", "Van Nispen", "SP")],
        "Minister van Asiel en Migratie",
        "maatwerk bij terugkeer",
        "2024-10-22",
        "2024-11-19",
        qa=[
            (
                "Hoeveel terugkeerders kregen maatwerkondersteuning?",
                "In 2024 kregen 640 terugkeerders maatwerkondersteuning.",
            )
        ],
        pdf_only=True,
        **FABER,
    ),
    Doc(
        "ah-tk-20242025-512",
        "answers",
        "2024Z17006",
        [("U. Ellian", "Ellian", "VVD")],
        "Minister van Asiel en Migratie",
        "terugkeer na een afgewezen asielaanvraag",
        "2024-11-05",
        "2024-12-10",
        qa=[
            (
                "Hoe lang duurt terugkeer na een afwijzing gemiddeld?",
                "Gemiddeld duurt het vertrek na een afwijzing elf maanden.",
            )
        ],
        metadata_received="2024-12-03",
        **FABER,
    ),
]
ANSWERS_QUERY = {"text": "terugkeer", "date_from": "2024-01-01", "date_to": "2024-12-31", "kind": "answers"}


def main() -> None:
    import shutil
    import sys

    sys.path.insert(0, str(HERE.parents[1]))
    from naast.core.fetch.query import FetchQuery, identifier_cql

    shutil.rmtree(OUT, ignore_errors=True)
    index: dict[str, str] = {}
    everything = {d.identifier: d for d in CASE_1 + ANSWERS}
    for doc in everything.values():
        folder = OUT / "repository" / doc.folder
        (folder / "metadata").mkdir(parents=True)
        (folder / "metadata" / "metadata.xml").write_text(metadata_xml(doc), encoding="utf-8")
        if doc.kind == "answers":
            (folder / "pdf").mkdir()
            (folder / "pdf" / f"{doc.identifier}.pdf").write_bytes(pdf_bytes(pdf_lines(doc)))
        if not doc.pdf_only:
            (folder / "xml").mkdir()
            (folder / "xml" / f"{doc.identifier}.xml").write_text(document_xml(doc), encoding="utf-8")
        cql = identifier_cql(doc.identifier)
        name = f"id-{doc.identifier}"
        _write(OUT / "sru" / name / "start-1.xml", sru_page([doc], 1, 1, None, cql))
        index[cql] = name
    cql = FetchQuery(**ANSWERS_QUERY).search_cql() or ""
    _write(OUT / "sru" / "terugkeer-answers-2024" / "start-1.xml", sru_page(ANSWERS[:4], 1, 6, 5, cql))
    _write(OUT / "sru" / "terugkeer-answers-2024" / "start-5.xml", sru_page(ANSWERS[4:], 5, 6, None, cql))
    index[cql] = "terugkeer-answers-2024"
    _write(OUT / "sru" / "index.json", json.dumps(index, indent=1, sort_keys=True) + "\n")
    _write(OUT / "sru" / "empty.xml", sru_page([], 1, 0, None, "(any other query)"))
    zaak = zaak_json(
        CASE_1,
        "0a3f5c1e-0000-4000-8000-000000003001",
        "Vragen van het lid Van Nispen over " + SUBJECT_1,
        "E. van der Burg",
    )
    _write(OUT / "odata" / "Zaak" / "2024Z03001.json", odata("Zaak(ZaakActor(),Document())", [zaak]))
    for doc in ANSWERS[1:]:
        single = zaak_json([doc], f"0a3f5c1e-0000-4000-8000-00000000{doc.kenmerk[5:]}", doc.subject, None)
        _write(
            OUT / "odata" / "Zaak" / f"{doc.kenmerk}.json", odata("Zaak(ZaakActor(),Document())", [single])
        )
    answer_document = zaak["Document"][2]
    document = dict(answer_document.items()) | {"Zaak": [{"Id": zaak["Id"], "Nummer": zaak["Nummer"]}]}
    _write(
        OUT / "odata" / "Document" / f"{answer_document['DocumentNummer']}.json",
        odata("Document(Zaak())", [document]),
    )
    _write(OUT / "odata" / "empty.json", odata("Zaak", []))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
