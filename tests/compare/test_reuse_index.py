"""The corpus reuse index: where else, incremental updates, boilerplate, caching."""

from __future__ import annotations

import random

import pytest
from compare_corpus import corpus_text

from naast.core.compare.index import ReuseIndex

REGEERAKKOORD = (
    "over de opvang en het terugnemen van asielzoekers, zowel van eigen onderdanen als van andere "
    "landen uit de regio"
)
PREFIXES = ("2019-answers", "2021-answers", "2021-letter", "2025-answers")


@pytest.fixture
def index() -> ReuseIndex:
    idx = ReuseIndex()
    idx.add_documents((p, corpus_text(p)) for p in PREFIXES)
    return idx


def test_where_else_finds_the_regeerakkoord_passage(index: ReuseIndex) -> None:
    hits = index.where_else(REGEERAKKOORD)
    assert {h.doc_id for h in hits if h.words == 19} == {"2019-answers", "2021-letter"}
    letter = next(h for h in hits if h.doc_id == "2021-letter")
    assert index.text_of(letter).startswith("over de opvang") and index.text_of(letter).endswith("regio")


def test_where_else_span_leaves_out_the_span_itself(index: ReuseIndex) -> None:
    letter = corpus_text("2021-letter")
    start = letter.index("over de opvang en het terugnemen")
    hits = index.where_else_span("2021-letter", start, start + 120)
    assert hits and all(h.doc_id == "2019-answers" for h in hits)


def test_add_and_remove_documents_incrementally(index: ReuseIndex) -> None:
    new_text = "Nieuwe brief. De minister schrijft " + REGEERAKKOORD + ". Einde."
    index.add_document("new", new_text)
    assert "new" in {h.doc_id for h in index.where_else(REGEERAKKOORD)}
    index.remove_document("2019-answers")
    assert {h.doc_id for h in index.where_else(REGEERAKKOORD)} == {"2021-letter", "new"}
    index.add_document("new", "Vervangen door een tekst zonder die passage.")
    assert {h.doc_id for h in index.where_else(REGEERAKKOORD)} == {"2021-letter"}
    assert len(index) == 4


def test_bytes_round_trip(index: ReuseIndex) -> None:
    index.remove_document("2025-answers")
    copy = ReuseIndex.from_bytes(index.to_bytes())
    assert len(copy) == 3
    assert copy.where_else(REGEERAKKOORD) == index.where_else(REGEERAKKOORD)


def test_most_reused_counts_documents_and_grows_the_cap() -> None:
    rng = random.Random(1)
    words = [f"woord{k}" for k in range(3000)]
    boiler = "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van het lid"
    docs = []
    for d in range(60):
        body = " ".join(rng.choice(words) for _ in range(200))
        shared = (
            "met vriendelijke groet en hoogachting de minister van asiel en migratie" if d % 3 == 0 else ""
        )
        docs.append((d, f"{boiler} {d}. {body} {shared}"))
    index = ReuseIndex(cap_min=5, cap_share=0.1)
    index.add_documents(docs)
    assert index.frequency_cap == 6
    top = index.most_reused(min_words=8, limit=5)
    assert top[0].count == 60 and top[0].text.startswith("Hierbij bied ik u")
    assert top[1].count == 20 and top[1].words == 11
    assert set(top[1].doc_ids) == {d for d in range(60) if d % 3 == 0}
    assert index.where_else(boiler) == []  # boilerplate above the cap is not listed
    index.add_documents((100 + k, f"los {k}") for k in range(140))
    assert index.frequency_cap == 20


def test_bulk_and_one_by_one_indexing_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    import naast.core.compare.index as index_module

    rng = random.Random(3)
    words = [f"w{k}" for k in range(400)]
    docs = [(d, " ".join(rng.choice(words) for _ in range(rng.randint(5, 300)))) for d in range(40)]
    monkeypatch.setattr(index_module, "_BATCH_CHARS", 2000)  # several batches
    bulk, single = ReuseIndex(), ReuseIndex()
    bulk.add_documents(docs)
    for doc_id, text in docs:
        single.add_document(doc_id, text)
    for doc_id, text in docs[::7]:
        query = " ".join(text.split()[:30])
        assert bulk.where_else(query) == single.where_else(query)
        assert any(o.doc_id == doc_id for o in bulk.where_else(query)) or len(query.split()) < 8
