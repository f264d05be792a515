""" "Where else?" and the most-reused passages, answered from the project's reuse index.

Both read the postings of a few fingerprint hashes (``reuse_index``) to find candidate places,
then fetch only a window of text around each place and compare it word for word with
``shared_passages``: the answer is exact wherever it is given, and a question costs a few queries
and a few hundred short comparisons however large the project is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from naast.core.compare.fingerprints import fingerprints, gram_hashes
from naast.core.compare.index import CorpusPassage, Occurrence
from naast.core.compare.reuse import WordText, shared_passages, whole_places
from naast.core.errors import NotFound
from naast.store import reuse_index
from naast.store.project import Project

MIN_WORDS = 8
FIRST_BATCH = 20  # documents checked before the first places are given (where_else_batches)
BATCH = 100  # windows of text read and checked per later batch
MAX_CANDIDATES = 300  # documents compared for one "where else" (those sharing most fingerprints)
MAX_OCCURRENCES = 100  # places listed (each checked) for one most-reused passage
_MARGIN = 200  # characters of text fetched on either side of the expected place
_WHOLE = 1 << 30  # a window reaching past the end of any document


@dataclass(frozen=True, slots=True)
class _Window:
    doc_id: int
    lo: int
    hi: int


def _document_text(project: Project, doc_id: int) -> str:
    rows = project.query("SELECT text FROM documents WHERE id = ?", [doc_id])
    if not rows:
        raise NotFound(f"There is no document {doc_id} in this project.")
    return str(rows[0][0])


def _window_text(project: Project, window: _Window) -> str:
    """``text[lo:hi]`` of the document, read by SQLite (character offsets, as Python's)."""
    rows = project.query(
        "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
        [window.lo + 1, window.hi - window.lo, window.doc_id],
    )
    return str(rows[0][0]) if rows and rows[0][0] is not None else ""


def where_else(project: Project, doc_id: int, start: int, end: int) -> list[Occurrence]:
    """Every other place holding at least ``MIN_WORDS`` consecutive words of ``text[start:end]``
    of document ``doc_id`` (its own other places included), ordered by document and offset."""
    found = [occ for batch in where_else_batches(project, doc_id, start, end) for occ in batch]
    return sorted(found, key=lambda o: (o.doc_id, o.start, -o.end))


def where_else_batches(
    project: Project, doc_id: int, start: int, end: int, first: int | None = None
) -> Iterator[list[Occurrence]]:
    """:func:`where_else`'s places as they are checked: the document's own other places and those
    of the ``first`` (default ``FIRST_BATCH``) documents sharing most fingerprints, then ``BATCH``
    windows at a time (each window is text read from the file: a passage shared by hundreds of
    documents reads as many, and the first places need not wait for the last). No place comes
    twice; each batch is in document order."""
    span = _document_text(project, doc_id)[start:end]
    query = WordText.build(span)
    windows = _candidate_windows(project, doc_id, span)
    seen: set[Occurrence] = set()
    for lo, hi in _batch_bounds(len(windows), FIRST_BATCH if first is None else first):
        part = windows[lo:hi]
        batch: set[Occurrence] = set()
        for window, words in zip(part, WordText.build_many(_window_texts(project, part)), strict=True):
            for passage in shared_passages(query, words, MIN_WORDS):
                s, e = passage.b[0] + window.lo, passage.b[1] + window.lo
                if window.doc_id == doc_id and s < end and start < e:
                    continue  # the span itself
                batch.add(Occurrence(window.doc_id, s, e, passage.words))
        batch -= seen
        seen |= batch
        yield sorted(batch, key=lambda o: (o.doc_id, o.start, -o.end))


def _batch_bounds(count: int, first: int) -> Iterator[tuple[int, int]]:
    """``[lo, hi)`` of each batch of ``count`` windows: ``first`` + 1 (the document itself), then
    ``BATCH`` each; one empty batch when there are none."""
    lo, hi = 0, min(count, first + 1)
    yield lo, hi
    while hi < count:
        lo, hi = hi, min(count, hi + BATCH)
        yield lo, hi


def _candidate_windows(project: Project, doc_id: int, span: str) -> list[_Window]:
    fp = fingerprints(span)
    cap = reuse_index.frequency_cap(reuse_index.document_count(project))
    usable = reuse_index.within_cap(project, fp.hashes.tolist(), cap)  # more is boilerplate
    at_in_span = dict(zip(fp.hashes.tolist(), fp.offsets.tolist(), strict=True))
    places: dict[int, list[int]] = defaultdict(list)  # document -> where the span would start
    for h, postings in reuse_index.postings_of(project, usable).items():
        for other, at in postings:
            if other != doc_id:
                places[other].append(at - at_in_span[h])
    ranked = sorted(places, key=lambda d: (-len(places[d]), d))[:MAX_CANDIDATES]
    windows = [_Window(doc_id, 0, _WHOLE)]  # the document itself, whole: its other places too
    for other in ranked:
        windows += _merged(other, places[other], len(span))
    pending = project.query("SELECT document_id FROM reuse_pending WHERE document_id != ?", [doc_id])
    windows += [_Window(int(r[0]), 0, _WHOLE) for r in pending]  # read-only: not indexed yet
    return windows


def _merged(doc_id: int, starts: list[int], length: int) -> list[_Window]:
    """Windows around each expected start, overlapping ones joined."""
    spans = sorted((max(0, s - _MARGIN), s + length + _MARGIN) for s in starts)
    merged: list[list[int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [_Window(doc_id, lo, hi) for lo, hi in merged]


def most_reused(project: Project, min_words: int = MIN_WORDS, limit: int = 50) -> list[CorpusPassage]:
    """Passages shared by the most documents (then the longest), each with up to
    ``MAX_OCCURRENCES`` checked places. A passage's count is the number of documents holding
    every fingerprint of it (as the index counts them); the listed places are compared word for
    word."""
    project.index_pending()
    passages: list[CorpusPassage] = []
    covered: set[int] = set()
    for h, docs in reuse_index.shared_hashes(project):
        if len(passages) >= limit and docs < passages[limit - 1].count:
            break  # no later hash can start a passage in more documents
        if h in covered:
            continue
        passage = _passage_at(project, h, min_words)
        if passage is None:
            covered.add(h)
            continue
        covered.update(gram_hashes(passage.text).tolist())
        if any(p.occurrences[0] == passage.occurrences[0] for p in passages):
            continue  # found again from a fingerprint at its edge
        passages.append(passage)
        passages.sort(key=lambda p: (-p.count, -p.words))
    return passages[:limit]


def _passage_at(project: Project, h: int, min_words: int) -> CorpusPassage | None:
    """The passage around fingerprint ``h`` shared by two of its documents, with its count and
    its checked places."""
    two = reuse_index.postings_of_one(project, h, limit=2)
    if len(two) < 2:
        return None
    (d0, at0), (d1, at1) = two
    w0, w1 = _around(d0, at0), _around(d1, at1)
    text0 = _window_text(project, w0)
    found = [
        p
        for p in shared_passages(WordText.build(text0), WordText.build(_window_text(project, w1)), min_words)
        if p.a[0] <= at0 - w0.lo < p.a[1]
    ]
    if not found:
        return None
    best = max(found, key=lambda p: p.words)
    hashes = fingerprints(best.text).hashes.tolist()
    counts = reuse_index.counts_of(project, hashes)
    rarest = min(hashes, key=lambda x: counts.get(x, 0))
    occurrences = _checked_places(project, best.text, rarest)
    if len(occurrences) < 2:
        return None
    return CorpusPassage(best.text, best.words, counts.get(rarest, 0), tuple(occurrences))


def _around(doc_id: int, at: int) -> _Window:
    return _Window(doc_id, max(0, at - 4 * _MARGIN), at + 4 * _MARGIN)


def _checked_places(project: Project, text: str, h: int) -> list[Occurrence]:
    fp = fingerprints(text)
    at_in_text = dict(zip(fp.hashes.tolist(), fp.offsets.tolist(), strict=True))[h]
    passage = WordText.build(text)
    rows = reuse_index.postings_of_one(project, h, limit=MAX_OCCURRENCES)
    windows = [
        _Window(doc_id, max(0, at - at_in_text - _MARGIN), at - at_in_text + len(text) + _MARGIN)
        for doc_id, at in rows
    ]
    places = [
        Occurrence(w.doc_id, s + w.lo, e + w.lo, len(passage.hashes))
        for w, found in zip(windows, whole_places(passage, _window_texts(project, windows)), strict=True)
        if found is not None
        for s, e in [found]
    ]
    return sorted(places, key=lambda o: (o.doc_id, o.start))


def _window_texts(project: Project, windows: list[_Window]) -> list[str]:
    """``text[lo:hi]`` of each window's document, read in one query per 300 windows (in document
    order, as the file holds them)."""
    texts: list[str] = []
    for k in range(0, len(windows), 300):
        part = windows[k : k + 300]
        values = ", ".join("(?, ?, ?, ?)" for _ in part)
        in_file_order = sorted(range(len(part)), key=lambda i: (part[i].doc_id, part[i].lo))
        args = [
            x for i in in_file_order for x in (i, part[i].doc_id, part[i].lo + 1, part[i].hi - part[i].lo)
        ]
        rows = project.query(
            f"""WITH w (i, id, lo, n) AS (VALUES {values})
                SELECT w.i, substr(d.text, w.lo, w.n) FROM w JOIN documents d ON d.id = w.id""",
            args,
        )
        got = {int(i): str(t) if t is not None else "" for i, t in rows}
        texts += [got.get(i, "") for i in range(len(part))]
    return texts
