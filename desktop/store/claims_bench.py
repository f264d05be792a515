"""Claims benchmark for ``naast bench``: a project with 10,000 documents and 50,000 claims.

Goals (issue 4): creating a claim (command planned, applied and committed, with its history entry)
under 5 ms median; loading all claims of one document under 10 ms median.

The large project is generated with plain batched inserts (no history: it is a fixture, not a
user's work); the measured operations go through the ordinary command and query paths.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from naast.core.claims.commands import CreateClaim
from naast.store.claims import claims_of_document, comparison_matrix, list_claims, seed_defaults
from naast.store.project import Project

CREATE_LIMIT_MS = 5.0
LOAD_LIMIT_MS = 10.0
_SENTENCE = (
    "de minister antwoordt dat terugkeer van vreemdelingen zonder verblijfsrecht prioriteit heeft "
    "en dat het kabinet inzet op afspraken met landen van herkomst over gedwongen vertrek"
)


def _text(rng: random.Random, paragraphs: int) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for _ in range(paragraphs):
        vocabulary = _SENTENCE.split()
        words = [rng.choice(vocabulary) for _ in range(rng.randint(25, 45))]
        paragraph = " ".join(words).capitalize() + ".\n\n"
        parts.append(paragraph)
        spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph)
    return "".join(parts), spans


def _insert(project: Project, table: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    project.conn.executemany(sql, ([row[c] for c in columns] for row in rows))


def _batched(items: Iterable[int], size: int) -> Iterable[list[int]]:
    batch: list[int] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def populate(project: Project, documents: int, claims: int, seed: int = 4) -> None:
    """Fill a seeded project with generated documents (units, actors) and claims (with topics)."""
    rng = random.Random(seed)
    topics = [r[0] for r in project.query("SELECT id FROM topics")]
    stances = [r[0] for r in project.query("SELECT id FROM stances")]
    actors = [
        {
            "id": i,
            "key": f"actor {i}",
            "name": f"Actor {i}",
            "party": None,
            "role": "Minister",
            "ministry": None,
        }
        for i in range(1, 201)
    ]
    project.conn.execute("BEGIN")
    _insert(project, "actors", actors)
    per_doc = max(1, claims // documents)
    claim_id = 0
    for batch in _batched(range(1, documents + 1), 500):
        docs, units, links, rows, tags = [], [], [], [], []
        for doc_id in batch:
            text, spans = _text(rng, 6)
            docs.append(_document_row(doc_id, text))
            for ordinal, (start, end) in enumerate(spans):
                kind = "question" if ordinal % 2 == 0 else "answer"
                units.append(_unit_row(doc_id, ordinal, kind, start, end))
            asker, minister = rng.sample(range(1, 201), 2)
            links.append({"document_id": doc_id, "actor_id": asker, "relation": "asker", "ordinal": 0})
            links.append(
                {"document_id": doc_id, "actor_id": minister, "relation": "answered_by", "ordinal": 1}
            )
            for _ in range(per_doc):
                claim_id += 1
                start = rng.randrange(0, len(text) - 200)
                end = start + rng.randint(20, 200)
                rows.append(_claim_row(claim_id, doc_id, text, start, end, minister, rng.choice(stances)))
                for topic in rng.sample(topics, rng.randint(1, 2)):
                    tags.append({"claim_id": claim_id, "topic_id": topic})
        for table, data in (("documents", docs), ("units", units), ("document_actors", links)):
            _insert(project, table, data)
        _insert(project, "claims", rows)
        _insert(project, "claim_topics", tags)
    project.conn.execute("COMMIT")
    project.index_pending()  # searchable, as a project a user has worked in
    project.conn.execute("ANALYZE")


def _document_row(doc_id: int, text: str) -> dict[str, Any]:
    return {
        "id": doc_id,
        "content_hash": f"bench-{doc_id}",
        "source_name": f"bench-{doc_id}.txt",
        "source_format": "txt",
        "doc_type": "answers",
        "title": f"Antwoorden op Kamervragen {doc_id}",
        "kenmerk": f"2024Z{doc_id:05d}",
        "date_received": f"20{10 + doc_id % 15:02d}-0{1 + doc_id % 9}-1{doc_id % 9}",
        "metadata": json.dumps({}),
        "text": text,
        "imported_at": "2026-01-01T00:00:00+00:00",
    }


def _unit_row(doc_id: int, ordinal: int, kind: str, start: int, end: int) -> dict[str, Any]:
    number = ordinal // 2 + 1
    label = f"Vraag {number}" if kind == "question" else f"Antwoord {number}"
    return {
        "document_id": doc_id,
        "ordinal": ordinal,
        "kind": kind,
        "label": label,
        "start": start,
        "end": end,
    }


def _claim_row(
    claim_id: int, doc_id: int, text: str, start: int, end: int, claimant: int, stance: int
) -> dict[str, Any]:
    return {
        "id": claim_id,
        "document_id": doc_id,
        "document_title": f"Antwoorden op Kamervragen {doc_id}",
        "start": start,
        "end": end,
        "quote": text[start:end],
        "prefix": text[max(0, start - 32) : start],
        "suffix": text[end : end + 32],
        "claimant_id": claimant,
        "stance_id": stance,
        "coder": "bench",
        "created": "2026-01-01T00:00:00+00:00",
        "modified": "2026-01-01T00:00:00+00:00",
    }


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def measure(project: Project, documents: int, rounds: int = 200, seed: int = 5) -> dict[str, float]:
    rng = random.Random(seed)
    topics = [r[0] for r in project.query("SELECT id FROM topics LIMIT 5")]
    stance = project.query("SELECT id FROM stances LIMIT 1")[0][0]
    create: list[float] = []
    load: list[float] = []
    for i in range(rounds):
        doc_id = rng.randint(1, documents)
        command = CreateClaim(
            doc_id,
            10,
            90,
            "2026-01-02T00:00:00+00:00",
            topics=(rng.choice(topics),),
            stance_id=stance,
            proposition=f"proposition {i % 20}",
            coder="bench",
        )
        began = time.perf_counter()
        project.apply(command, coder="bench")
        create.append(time.perf_counter() - began)
        began = time.perf_counter()
        loaded = claims_of_document(project, rng.randint(1, documents))
        load.append(time.perf_counter() - began)
        assert loaded
    return {
        "claim_create_ms": _median_ms(create),
        "claim_create_p95_ms": round(sorted(create)[int(len(create) * 0.95)] * 1000, 3),
        "claims_load_doc_ms": _median_ms(load),
        "claims_load_doc_p95_ms": round(sorted(load)[int(len(load) * 0.95)] * 1000, 3),
    }


def claims_figures(
    documents: int = 10_000, claims: int = 50_000, folder: Path | None = None
) -> dict[str, float]:
    """Build the large project in ``folder`` (a temporary one by default) and measure it."""
    with tempfile.TemporaryDirectory(prefix="naast-bench-") as tmp:
        path = Path(folder or tmp) / "bench-claims.naast"
        path.unlink(missing_ok=True)
        began = time.perf_counter()
        with Project.create(path) as project:
            seed_defaults(project)
            populate(project, documents, claims)
            built = time.perf_counter() - began
            figures = measure(project, documents)
            figures["claims_total"] = float(project.count("claims"))
            began = time.perf_counter()
            comparison_matrix(project, "topic")
            figures["claims_matrix_all_ms"] = round((time.perf_counter() - began) * 1000, 1)
            began = time.perf_counter()
            list_claims(project)
            figures["claims_load_all_ms"] = round((time.perf_counter() - began) * 1000, 1)
        figures["claims_build_s"] = round(built, 2)
        return figures


def bench_claims(ctx: object) -> dict[str, float]:
    """The ``naast bench`` entry (``ctx`` is a ``naast.bench.BenchContext``; the corpus is unused)."""
    return claims_figures()


#: For ``naast.bench.BENCH_MODULES``: benchmark name -> function of the bench context.
BENCHMARKS = {"claims": bench_claims}
