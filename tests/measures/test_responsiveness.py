"""``naast responsiveness``: every figure against a computation by hand from the documents.

The expected structure (which answer covers which questions, where an answer refers elsewhere or
declines) was read off the documents by a person and is written out below; dates come from the
corpus README. Words and reused words are recounted here with a plain regular expression and a
brute-force set of 8-word runs, independently of Naast's numpy word hashing.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from statistics import median

import numpy as np
import pytest

from naast.cli import main
from naast.core.measures.aggregate import percentile
from naast.store.documents import list_documents, load_document
from naast.store.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

#: source name → (minister, submitted, received, answers as tuples of the questions each covers,
#: answers that refer elsewhere, answers that decline), read off each document by hand.
HAND = {
    "2019-answers-broekers-knol-veilige-landers-harderwijk.txt": (
        "Staatssecretaris Broekers-Knol", "2019-10-02", "2019-11-21",
        [(1,), (2, 3), (4,), (5,), (6,), (7,), (8,), (9,), (10,)], {(2, 3)}, {(2, 3)},
    ),
    "2021-answers-broekers-knol-rekenkamer-terugkeer.txt": (
        "Staatssecretaris Broekers-Knol", None, "2021-10-05",
        [(k,) for k in range(1, 16)], {(8,)}, set(),
    ),
    "2025-answers-faber-terugkeer-maatwerkondersteuning.txt": (
        "Minister Faber-van de Klashorst", "2025-01-06", None,
        [(1,), (2,), (3, 4), (5, 6), (7,), (8,), (9,), (10,), (11,)], set(), {(2,), (10,)},
    ),
    "ah-tk-20232024-1314.pdf": (
        "Minister Dijkgraaf", "2024-03-06", "2024-03-25", [(1,), (2,), (3, 4, 5), (6,)], set(), set(),
    ),
    "ah-tk-20232024-1481.pdf": (
        "Staatssecretaris Van Huffelen", "2024-02-12", "2024-04-11",
        [(1,), (2,), (3,), (4,), (5, 6)], set(), set(),
    ),
    "ah-tk-20232024-2367.pdf": (
        "Minister Heinen", "2024-06-28", "2024-08-29",
        [(1,), (2,), (3, 4, 5, 6), (7, 8, 9, 10, 11), (12,)], set(), {(3, 4, 5, 6)},
    ),
    "ah-tk-20222023-3649.extracted.txt": (
        "Minister Van der Wal-Zeggelink", "2023-07-04", "2023-09-14",
        [(k,) for k in range(1, 15)], set(), set(),
    ),
    "ah-tk-20172018-1547.fragments.xml": (
        "(unknown)", None, None, [(k,) for k in range(1, 49)],
        {(14,), (15,), (23,), (24,), (29,), (46,)}, {(16,), (17,), (44,)},
    ),
    "ah-tk-20182019-3616.fragments.xml": ("(unknown)", None, None, [(k,) for k in range(1, 9)], set(), set()),
    "ah-tk-20192020-2197.fragments.xml": (
        "(unknown)", None, None, [(1,), (2,), (3,), (4,), (5, 6), (7,), (8,), (9,)], {(2,)}, set(),
    ),
}  # fmt: skip

#: Naast's documented word: letters and digits, joined across inner hyphens and apostrophes, and
#: across a point or comma between digits.
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+|(?<=\d)[.,]\d+)*")


def _run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def corpus_project(tmp_path: Path, real_corpus: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    real = real_corpus
    files = [SAMPLES / n for n in HAND if (SAMPLES / n).exists()] + [
        real / n for n in HAND if (real / n).exists()
    ]
    assert len(files) == len(HAND)
    path = tmp_path / "corpus.naast"
    assert main(["new", str(path)]) == 0
    assert (
        main(
            [
                "import",
                str(path),
                *map(str, files),
                str(SAMPLES / "2021-letter-broekers-knol-actieplan-veiligelanders.txt"),
            ]
        )
        == 0
    )
    capsys.readouterr()
    return path


def _answer_bodies(path: Path) -> dict[str, list[tuple[tuple[int, ...], str]]]:
    """Each answered document's answers: the questions each names, and its text after the header."""
    found: dict[str, list[tuple[tuple[int, ...], str]]] = {}
    with Project.open(path, read_only=True) as project:
        texts = {}
        for summary in list_documents(project):
            doc = load_document(project, summary.id).parsed
            texts[summary.id] = doc.text
            if doc.doc_type.value != "answers":
                continue
            bodies = []
            for unit in doc.units:
                if unit.kind.value == "answer":
                    text = doc.text[unit.start : unit.end].lstrip()
                    assert text.startswith(unit.label)
                    bodies.append((unit.answers, text[len(unit.label) :]))
            found[doc.source_name or ""] = bodies
    return found


def _reused_words(path: Path) -> dict[str, list[int]]:
    """Per answered document, per answer: words inside an 8-word run that another document has."""
    with Project.open(path, read_only=True) as project:
        docs = [load_document(project, s.id).parsed for s in list_documents(project)]
    words = {
        d.source_name: [(m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(d.text)]
        for d in docs
    }
    grams = {
        name: {tuple(w[2] for w in ws[i : i + 8]) for i in range(len(ws) - 7)} for name, ws in words.items()
    }
    result: dict[str, list[int]] = {}
    for doc in docs:
        if doc.doc_type.value != "answers":
            continue
        ws = words[doc.source_name]
        elsewhere = set().union(*(g for n, g in grams.items() if n != doc.source_name))
        covered = [False] * len(ws)
        for i in range(len(ws) - 7):
            if tuple(w[2] for w in ws[i : i + 8]) in elsewhere:
                covered[i : i + 8] = [True] * 8
        per_answer = []
        for unit in (u for u in doc.units if u.kind.value == "answer"):
            head = doc.text[unit.start : unit.end].lstrip()
            body_start = unit.end - len(head) + len(unit.label)
            per_answer.append(
                sum(
                    1
                    for (s, e, _w), c in zip(ws, covered, strict=True)
                    if c and s >= body_start and e <= unit.end
                )
            )
        result[doc.source_name or ""] = per_answer
    return result


def _expected_rows(bodies: dict, reused: dict) -> dict[str, dict]:
    groups: dict[str, list[str]] = {}
    for name, (minister, *_rest) in HAND.items():
        groups.setdefault(minister, []).append(name)
    rows = {}
    for minister, names in groups.items():
        days, within, questions, answered, combined, referral, declined, words, reused_n = (
            [],
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
        )
        for name in names:
            _m, submitted, received, answers, refers, declines = HAND[name]
            assert [a for a, _b in bodies[name]] == answers, name
            if submitted and received:
                d = (date.fromisoformat(received) - date.fromisoformat(submitted)).days
                days.append(d)
                within += d <= 21
            questions += sum(len(a) for a in answers)
            for (covers, body), reused_here in zip(bodies[name], reused[name], strict=True):
                answered += len(covers)
                combined += len(covers) if len(covers) > 1 else 0
                referral += len(covers) if covers in refers else 0
                declined += len(covers) if covers in declines else 0
                words += len(WORD.findall(body))
                reused_n += reused_here
        rows[minister] = {
            "name": minister,
            "documents": len(names),
            "questions": questions,
            "median_days": median(days) if days else None,
            "p90_days": float(np.percentile(days, 90)) if days else None,
            "within_term_share": within / len(days) if days else None,
            "delayed_share": 0.0,
            "combined_share": combined / answered,
            "referral_share": referral / answered,
            "declined_share": declined / answered,
            "words_per_answer": words / answered,
            "boilerplate_share": reused_n / words,
        }
    return rows


def test_every_figure_by_minister_equals_the_hand_computation(
    corpus_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, "responsiveness", str(corpus_project), "--by", "minister", "--json")
    expected = _expected_rows(_answer_bodies(corpus_project), _reused_words(corpus_project))
    got = {row["name"]: row for row in data["rows"]}
    assert set(got) == set(expected)
    for name, want in expected.items():
        for key, value in want.items():
            assert got[name][key] == (pytest.approx(value) if isinstance(value, float) else value), (
                name,
                key,
            )
    assert data["by"] == "minister"
    assert any("lack a submitted or received date" in note for note in data["notes"])


def test_referrals_and_declines_are_listed_with_their_words(
    corpus_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, "responsiveness", str(corpus_project), "--json", "--matches")
    with Project.open(corpus_project, read_only=True) as project:
        texts = {s.id: load_document(project, s.id).parsed.text for s in list_documents(project)}
    for match in data["matches"]:
        assert texts[match["document"]][match["start"] : match["end"]] == match["text"]
    declines = [" ".join(m["text"].split()) for m in data["matches"] if m["kind"] == "decline"]
    assert "kan ik niet ingaan" in declines  # Faber: "Zoals u bekend kan ik niet ingaan op individuele zaken"
    referrals = [m for m in data["matches"] if m["kind"] == "referral"]
    assert len({(m["document"], m["answer"]) for m in referrals}) == 1 + 1 + 6 + 1


def test_a_decline_in_the_faber_answers_is_found_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "faber.naast"
    main(["new", str(path)])
    main(["import", str(path), str(SAMPLES / "2025-answers-faber-terugkeer-maatwerkondersteuning.txt")])
    capsys.readouterr()
    data = _run_json(capsys, "responsiveness", str(path), "--json", "--matches")
    (found,) = [m for m in data["matches"] if m["answer"] == "Antwoord op vraag 2"]
    assert found["kind"] == "decline"
    with Project.open(path, read_only=True) as project:
        text = load_document(project, found["document"]).parsed.text
    sentence = " ".join(text[found["start"] - 20 : found["end"] + 30].split())
    assert "Zoals u bekend kan ik niet ingaan op individuele zaken" in sentence
    (row,) = data["rows"]
    assert row["declined_share"] == pytest.approx(2 / 11)
    assert row["median_days"] is None and row["documents"] == 1


NOTICE = """Mededeling van minister Faber-van de Klashorst (Asiel en Migratie) (ontvangen 27 januari 2025)

De vragen van het lid Van Nispen (SP) aan de Minister van Asiel en Migratie over terugkeer
(ingezonden 6 januari 2025, 2025Z00029) kunnen tot mijn spijt niet binnen de gebruikelijke
termijn van drie weken worden beantwoord. Voor de beantwoording is afstemming nodig.
"""


def test_a_mededeling_with_the_same_kenmerk_marks_the_answers_delayed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "delay.naast"
    notice = tmp_path / "mededeling.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    main(["new", str(path)])
    main(
        [
            "import",
            str(path),
            str(SAMPLES / "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"),
            str(notice),
        ]
    )
    capsys.readouterr()
    (row,) = _run_json(capsys, "responsiveness", str(path), "--json")["rows"]
    assert row["delayed_share"] == 1.0


def test_groupings_and_filters(corpus_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    by_party = {
        r["name"]: r
        for r in _run_json(capsys, "responsiveness", str(corpus_project), "--by", "party", "--json")["rows"]
    }
    assert by_party["GroenLinks-PvdA"]["documents"] == 2  # Mutluer and Kostić's, and Van der Lee's
    assert by_party["PvdD"]["documents"] == 1  # the same document counts for each asker's party
    by_year = {
        r["name"]: r["documents"]
        for r in _run_json(capsys, "responsiveness", str(corpus_project), "--by", "year", "--json")["rows"]
    }
    assert by_year == {"2019": 1, "2021": 1, "2023": 1, "2024": 3, "2025": 1, "(unknown)": 3}
    cabinets = {
        r["name"]: r["documents"]
        for r in _run_json(capsys, "responsiveness", str(corpus_project), "--by", "cabinet", "--json")["rows"]
    }
    assert cabinets == {
        "Rutte III": 2,
        "Rutte IV": 3,
        "Schoof": 2,
        "(unknown)": 3,
    }  # by date received, else submitted
    dated = _run_json(
        capsys, "responsiveness", str(corpus_project), "--from", "2024-01-01", "--to", "2024-12-31", "--json"
    )
    assert sorted(r["name"] for r in dated["rows"]) == [
        "Minister Dijkgraaf",
        "Minister Heinen",
        "Staatssecretaris Van Huffelen",
    ]


def test_percentile_is_numpys_linear_percentile() -> None:
    rng = np.random.default_rng(7)
    for size in range(1, 40):
        values = rng.integers(0, 200, size).tolist()
        assert percentile(values, 0.9) == pytest.approx(float(np.percentile(values, 90)))


def test_bad_dates_and_patterns_are_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.naast"
    main(["new", str(path)])
    capsys.readouterr()
    assert main(["responsiveness", str(path), "--from", "1 mei"]) == 2
    assert capsys.readouterr().err.strip() == "naast: '1 mei' is not a date; write it as YYYY-MM-DD."
    bad = tmp_path / "bad.txt"
    bad.write_text("# a comment\n(unclosed\n", encoding="utf-8")
    assert main(["responsiveness", str(path), "--declines", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("naast: Line 2 of bad.txt is not a valid pattern") and "\n" not in err
