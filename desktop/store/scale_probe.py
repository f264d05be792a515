"""The reads of ``naast bench --scale``, timed in a fresh process on a project not in the page
cache: ``python -m naast.store.scale_probe PROJECT`` prints one JSON object.

Times are elapsed milliseconds (what a user waits for); the first "where else" is timed on its
own (cold), later ones as a median.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from naast.core.peak_memory import peak_rss_mb

SEARCHES = ("de", "mi", "terugkeer", "minister terugkeer", "vreemdelingen opvang")


def _ms(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return round((time.perf_counter() - start) * 1000, 1), result


def _spans(project: Any, count: int, seed: int) -> list[tuple[int, int, int]]:
    """``count`` passages of about 60 words from answers of random documents."""
    rng = random.Random(seed)
    top = int(project.query("SELECT MAX(id) FROM documents")[0][0])
    spans = []
    while len(spans) < count:
        doc_id = rng.randint(1, top)
        rows = project.query("SELECT text FROM documents WHERE id = ?", [doc_id])
        if not rows:
            continue
        text = rows[0][0]
        at = text.find("Antwoord op vraag", rng.randrange(len(text) // 2))
        if at >= 0:
            spans.append((doc_id, at + 20, at + 420))
    return spans


def _first_page(doc_list: Any) -> list[Any]:
    """The groups of the list and the first page of its largest group, as the browser shows them."""
    groups = doc_list.groups()
    return doc_list.page(max(groups, key=lambda g: g.count), [], 200) if groups else []


def shared_span(project: Any, tries: int = 200) -> tuple[int, int, int] | None:
    """A passage of about 50 words that a few other documents share (a standard paragraph of the
    generated corpus), found through the index: where else's case with answers. The most shared
    hashes where else still uses are headings ("Antwoord op vraag 5" and the word after it):
    a hash is taken when two of its documents go on with the same ten words."""
    from naast.store import reuse_index

    cap = reuse_index.frequency_cap(reuse_index.document_count(project))
    usable = (h for h, docs in reuse_index.shared_hashes(project) if 3 <= docs <= cap)
    for h, _ in zip(usable, range(tries), strict=False):
        places = reuse_index.postings_of_one(project, h, limit=2)
        words = [_words_at(project, doc_id, at) for doc_id, at in places]
        if len(words) == 2 and len(words[0]) == 10 and words[0] == words[1]:
            doc_id, at = places[0]
            return doc_id, at, at + 300
    return None


def _words_at(project: Any, doc_id: int, at: int) -> list[str]:
    rows = project.query("SELECT substr(text, ?, 120) FROM documents WHERE id = ?", [at + 1, doc_id])
    return str(rows[0][0] or "").split()[:10] if rows else []


def probe(path: Path, seed: int = 1) -> dict[str, Any]:
    began = time.perf_counter()
    from naast.store import document_pages, reuse_queries
    from naast.store.document_list import DocumentList
    from naast.store.documents import list_documents, search
    from naast.store.project import Project

    figures: dict[str, Any] = {}
    with Project.open(path, read_only=True, check_later=True) as project:  # as naast reuse: no history read
        figures["open_ms"] = round((time.perf_counter() - began) * 1000, 1)
        figures["list_first_page_ms"], _ = _ms(lambda: _first_page(DocumentList(project)))
        figures["list_filtered_page_ms"], _ = _ms(lambda: _first_page(DocumentList(project, "type", "2019")))
        figures["list_by_actor_ms"], _ = _ms(lambda: _first_page(DocumentList(project, "actor")))
        figures["list_all_rows_ms"], rows = _ms(lambda: list_documents(project))
        figures["documents"] = len(rows)
        for query in SEARCHES:
            key = query.replace(" ", "_")
            figures[f"search_first_{key}_ms"], _ = _ms(lambda q=query: document_pages.first_hits(project, q))
            figures[f"search_ranked_{key}_ms"], _ = _ms(lambda q=query: search(project, q, 50))
        spans = _spans(project, 11, seed)
        figures["where_else_first_ms"], found = _ms(lambda: reuse_queries.where_else(project, *spans[0]))
        later = [_ms(lambda s=s: reuse_queries.where_else(project, *s)) for s in spans[1:]]
        figures["where_else_median_ms"] = round(statistics.median(t for t, _ in later), 1)
        figures["where_else_max_ms"] = max(t for t, _ in later)
        figures["where_else_places_found"] = len(found) + sum(len(f) for _, f in later)
        hit = shared_span(project)
        if hit is not None:
            figures["where_else_hit_ms"], places = _ms(lambda: reuse_queries.where_else(project, *hit))
            figures["where_else_hit_places"] = len(places)
        figures["most_reused_ms"], passages = _ms(lambda: reuse_queries.most_reused(project, 8, 50))
        figures["most_reused_passages"] = len(passages)
        figures["most_reused_top_count"] = passages[0].count if passages else 0
    figures["probe_peak_memory_mb"] = peak_rss_mb()
    return figures


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]))))
