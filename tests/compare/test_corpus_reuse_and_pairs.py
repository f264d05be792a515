"""Must-show 1 and 2: reuse and pairing on the sample documents and one real extraction."""

from __future__ import annotations

import re

from compare_corpus import corpus_document, corpus_text
from corpus_paths import real_file

from naast.core.compare import DocumentText, ReusedPassage, compare, reuse_between, reuse_within


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"-[ \t]*\n\s*", "", text)).casefold()


def _found(passages: list[ReusedPassage], phrase: str) -> list[ReusedPassage]:
    return [p for p in passages if _squash(phrase) in _squash(p.text)]


def test_letter_repeats_its_own_sentences() -> None:
    text = corpus_text("2021-letter")
    passages = reuse_within(text)
    contra = (
        "het alleen zin heeft instrumenten in te zetten als deze effectief zijn en uiteraard niet "
        "contraproductief"
    )
    for phrase in (contra, "Op dit punt verwijs ik graag naar mijn"):
        (hit,) = _found(passages, phrase)
        assert hit.within == "a"
        assert hit.a[1] <= hit.b[0]  # two distinct places in the letter
        first, second = text[slice(*hit.a)], text[slice(*hit.b)]
        assert _squash(phrase) in _squash(first) and _squash(phrase) in _squash(second)


def test_sections_of_the_repeated_sentence() -> None:
    text = corpus_text("2021-letter")
    (hit,) = _found(reuse_within(text), "effectief zijn en uiteraard niet contraproductief")
    headings = [(m.start(), int(m.group(1))) for m in re.finditer(r"^(\d{1,2})\. [A-Z]", text, re.M)]

    def section(offset: int) -> int:
        return max(n for start, n in headings if start <= offset)

    assert (section(hit.a[0]), section(hit.b[0])) == (4, 7)


def test_regeerakkoord_passage_shared_by_2019_answers_and_2021_letter() -> None:
    answers, letter = corpus_text("2019-answers"), corpus_text("2021-letter")
    phrase = (
        "over de opvang en het terugnemen van asielzoekers, zowel van eigen onderdanen "
        "als van andere landen uit de regio"
    )
    hits = _found(reuse_between(answers, letter), phrase)
    assert hits
    assert all(_squash(phrase) in _squash(letter[slice(*h.b)]) for h in hits)


def test_repeated_figure_within_2019_answers() -> None:
    text = corpus_text("2019-answers")
    hits = _found(
        reuse_within(text), "van de circa 4.830 vreemdelingen afkomstig uit een veilig land van herkomst"
    )
    assert len(hits) == 1
    assert hits[0].words >= 13


def test_hyphenated_line_break_does_not_break_a_passage() -> None:
    a = "Nederland zet in op afspraken over de opvang en het terug-\nnemen van asielzoekers uit de regio."
    b = "Het kabinet maakt afspraken over de opvang en het terugnemen van asielzoekers uit de regio."
    (hit,) = reuse_between(a, b)
    assert hit.words == 12
    assert a[slice(*hit.a)].startswith("afspraken") and b[slice(*hit.b)].endswith("regio")


def test_rekenkamer_answer_14_pairs_with_faber_answer_2() -> None:
    a, b = corpus_document("2021-answers"), corpus_document("2025-answers")
    comparison = compare(a, b)
    unit_a = _unit(a, "14", "Antwoord")
    unit_b = _unit(b, "2", "Antwoord")
    assert any(
        unit_a.start <= p.a.start < unit_a.end and unit_b.start <= p.b.start < unit_b.end
        for p in comparison.pairs
    )


def test_unrelated_documents_give_no_forced_pairs() -> None:
    nitrogen = DocumentText(real_file("ah-tk-20222023-3649.extracted.txt").read_text("utf-8"))
    comparison = compare(nitrogen, corpus_document("2025-answers"))
    assert len(comparison.pairs) <= 2
    assert all(p.score < 0.5 for p in comparison.pairs)
    assert comparison.only_a and comparison.only_b


def _unit(doc: DocumentText, number: str, kind: str) -> object:
    return next(
        u for u in doc.units if u.label.startswith(kind) and re.search(rf"\b{number}$", u.label.strip())
    )
