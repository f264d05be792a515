"""Export benchmarks for ``naast bench``: a memo with 200 claims from 20 documents (goal: < 3 s),
and memos of 1,000, 5,000 and 20,000 claims (goal: 20,000 under 20 s and 500 MB, and linear: the
20,000/5,000 time ratio under 6; it was quadratic, 627 s for 20,500 claims).

Each large memo is built and written in a fresh interpreter, so its CPU time and peak memory
(``ru_maxrss``) are its own.

Claims are built from the texts of a corpus folder (the shared corpus when found), else from a
generated Dutch-like text, so the figures can be taken anywhere.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from naast.export.build import build_annotated_plan, build_memo_plan
from naast.export.docx_annotated import write_annotated_document
from naast.export.docx_writer import write_memo
from naast.export.labels import default_stances
from naast.export.plan import (
    AlignedPair,
    Annex,
    ChunkKind,
    Citation,
    ClaimEntry,
    ClaimSpan,
    DiffChunk,
    MemoMeta,
    TopicStyle,
)
from naast.export.tabular import write_csv, write_json

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
LIMIT_S = 3.0
TOPIC_COLOURS = ("#FFE08A", "#F9C8D5", "#BDE7C9", "#CFE2FF", "#E3D0F5", "#FFD8B0")
ACTORS = ("Broekers-Knol", "Faber", "Van der Burg", "Grapperhaus", "Yeşilgöz")


def _texts(corpus: Path) -> list[str]:
    files = sorted(corpus.glob("*.txt"))
    if files:
        return [f.read_text(encoding="utf-8") for f in files]
    return [" ".join(f"Zin {i} over terugkeer en vreemdelingenbewaring." for i in range(400))]


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Z][^.?!]{40,400}[.?!]", text)]


def synthetic_claims(
    count: int = 200, documents: int = 20, corpus: Path = DEFAULT_CORPUS
) -> tuple[list[ClaimEntry], list[str]]:
    """``count`` claims spread over ``documents`` documents built from the corpus texts."""
    texts = _texts(corpus)
    stances = default_stances("en")
    topics = [TopicStyle(f"t{i}", f"Onderwerp {i + 1}", c) for i, c in enumerate(TOPIC_COLOURS)]
    doc_texts = [texts[d % len(texts)] for d in range(documents)]
    sentences = [_sentences(t) for t in doc_texts]
    claims = []
    for i in range(count):
        d = i % documents
        start, end = sentences[d][(i // documents) % len(sentences[d])]
        citation = Citation(
            f"Antwoorden op Kamervragen {2015 + d}-{d:02d}",
            kenmerk=f"20{15 + d}Z{i:05d}",
            aanhangsel=f"{2015 + d}–{2016 + d}, nr. {100 + d}",
            unit_label=f"Antwoord {1 + i % 12}",
            date=f"{2015 + d}-0{1 + d % 9}-1{d % 9}",
        )
        claims.append(
            ClaimEntry(
                claim_id=f"c{i}",
                quote=" ".join(doc_texts[d][start:end].split()),
                actor=ACTORS[d % len(ACTORS)],
                topic=topics[i % len(topics)],
                stance=stances[i % len(stances)],
                citation=citation,
                date=citation.date,
                note=f"Notitie bij claim {i}" if i % 3 else None,
                coder="bench",
                document_id=f"d{d}",
                start=start,
                end=end,
                proposition=f"Stelling {i % 7 + 1}" if i % 4 == 0 else None,
                noted=f"2026-0{1 + i % 9}-1{i % 10}T10:{i % 60:02d}:00+00:00" if i % 3 else None,
            )
        )
    return claims, doc_texts


def _annex(text: str) -> Annex:
    pairs = []
    for start, end in _sentences(text)[:30]:
        words = text[start:end].split()
        half = len(words) // 2
        chunks = (
            DiffChunk(ChunkKind.EQUAL, " ".join(words[:half]) + " "),
            DiffChunk(ChunkKind.DELETE, "oud "),
            DiffChunk(ChunkKind.INSERT, "nieuw "),
            DiffChunk(ChunkKind.EQUAL, " ".join(words[half:])),
        )
        pairs.append(AlignedPair("Antwoord 1", "Antwoord 1", chunks, ((0, 20),), ((0, 20),)))
    return Annex(Citation("Links"), Citation("Rechts"), tuple(pairs))


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def export_figures(corpus: Path = DEFAULT_CORPUS, repeat: int = 1) -> dict[str, float]:
    """Milliseconds (median of ``repeat`` runs) for each export of the 200-claim / 20-document set."""
    claims, doc_texts = synthetic_claims(corpus=corpus)
    meta = MemoMeta("Benchmark", "bench", "2026-11-22", "bench", "en")
    spans = [
        ClaimSpan(c.claim_id, c.start or 0, c.end or 0, c.topic, c.stance, c.note)
        for c in claims
        if c.document_id == "d0"
    ]
    annotated = build_annotated_plan(meta, claims[0].citation, doc_texts[0], spans)
    annex = _annex(doc_texts[0])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        actions: dict[str, Callable[[], object]] = {
            "export_memo_200_ms": lambda: write_memo(build_memo_plan(meta, claims), out / "memo.docx"),
            "export_memo_200_annex_30_ms": lambda: write_memo(
                build_memo_plan(meta, claims, annex=annex), out / "m2.docx"
            ),
            "export_annotated_doc_ms": lambda: write_annotated_document(annotated, out / "a.docx"),
            "export_csv_200_ms": lambda: write_csv(claims, out / "claims.csv"),
            "export_json_200_ms": lambda: write_json(claims, out / "claims.json"),
        }
        figures = {name: _median_ms(action, repeat) for name, action in actions.items()}
    return {**figures, "export_memo_200_goal_ms": LIMIT_S * 1000}


SCALE_SIZES = (1_000, 5_000, 20_000)
SCALE_LIMIT_S = 20.0
SCALE_RATIO_LIMIT = 6.0
SCALE_MEMORY_MB = 500

_SCALE_SCRIPT = """
import json, resource, sys, tempfile, time
from pathlib import Path
from naast.export.bench import synthetic_claims
from naast.export.build import build_memo_plan
from naast.export.docx_writer import write_memo
from naast.export.plan import MemoMeta
count, corpus = int(sys.argv[1]), Path(sys.argv[2])
claims, _texts = synthetic_claims(count, 20, corpus)
start = time.process_time()
plan = build_memo_plan(MemoMeta("Benchmark", "bench", "2026-11-22", "bench", "en"), claims)
with tempfile.TemporaryDirectory() as tmp:
    write_memo(plan, Path(tmp) / "memo.docx")
seconds = time.process_time() - start
print(json.dumps({"s": seconds, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def scale_figure(count: int, corpus: Path = DEFAULT_CORPUS) -> tuple[float, float]:
    """CPU seconds to plan and write a memo of ``count`` claims, and the process's peak MB."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", _SCALE_SCRIPT, str(count), str(corpus)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return round(result["s"], 2), round(result["mb"])


def scale_figures(corpus: Path = DEFAULT_CORPUS, sizes: tuple[int, ...] = SCALE_SIZES) -> dict[str, float]:
    figures: dict[str, float] = {}
    for count in sizes:
        seconds, megabytes = scale_figure(count, corpus)
        figures[f"export_memo_{count}_s"] = seconds
        figures[f"export_memo_{count}_peak_mb"] = megabytes
    if 5_000 in sizes and 20_000 in sizes:
        figures["export_memo_20000_per_5000_ratio"] = round(
            figures["export_memo_20000_s"] / max(figures["export_memo_5000_s"], 1e-9), 2
        )
        figures["export_memo_20000_goal_s"] = SCALE_LIMIT_S
        figures["export_memo_20000_per_5000_goal"] = SCALE_RATIO_LIMIT
        figures["export_memo_20000_peak_goal_mb"] = SCALE_MEMORY_MB
    return figures


def _bench_export(ctx: object) -> dict[str, float]:
    """The ``naast bench`` entry (``ctx`` is ``naast.bench.BenchContext``)."""
    corpus = getattr(ctx, "corpus", DEFAULT_CORPUS)
    figures = export_figures(corpus, repeat=min(3, int(getattr(ctx, "repeat", 1))))
    return {**figures, **scale_figures(corpus)}


#: For ``naast.bench``: benchmark name -> function(ctx) -> figures.
BENCHMARKS = {"export": _bench_export}
