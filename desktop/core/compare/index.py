"""The corpus reuse index: word n-gram hashes of every document, for "where else?" and boilerplate.

Each document's words (case-folded, hyphenated line breaks joined) are hashed in runs of ``n`` into
64-bit values. The index keeps them as numpy arrays sorted by hash, with the document slot and the
word position of each: a main segment built in one sort, and a small delta segment for documents
added since, merged into the main one when it grows. Removed documents are masked until the next
merge. The session builds it at project open (``add_documents``) and updates it on import.
"""

from __future__ import annotations

import io
import itertools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from naast.core.compare.boilerplate import shared_runs
from naast.core.compare.ngrams import maximal_runs, ngram_hashes
from naast.core.compare.similarity import expand_ranges
from naast.core.compare.wordhash import word_hashes

DocId = int | str
_DOC_STRIDE = np.int64(1 << 32)  # separates documents' diagonals when runs are grouped
_SEPARATOR = "\n\n"  # between texts hashed together: no word continues across it
_BATCH_CHARS = 1 << 20  # characters hashed in one pass (large enough to amortise numpy calls)


@dataclass(frozen=True, slots=True)
class Occurrence:
    doc_id: DocId
    start: int
    end: int
    words: int

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "start": self.start, "end": self.end, "words": self.words}


@dataclass(frozen=True, slots=True)
class CorpusPassage:
    """A passage found in ``count`` documents; ``text`` as written in the first occurrence."""

    text: str
    words: int
    count: int
    occurrences: tuple[Occurrence, ...]

    @property
    def doc_ids(self) -> tuple[DocId, ...]:
        return tuple(dict.fromkeys(o.doc_id for o in self.occurrences))

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "words": self.words,
            "count": self.count,
            "documents": list(self.doc_ids),
            "occurrences": [o.to_json() for o in self.occurrences],
        }


@dataclass(frozen=True, slots=True)
class _Segment:
    hashes: np.ndarray  # uint64, sorted
    slots: np.ndarray  # int64 document slot of each entry
    pos: np.ndarray  # int64 word position of each entry

    @classmethod
    def empty(cls) -> _Segment:
        return cls(np.zeros(0, np.uint64), np.zeros(0, np.int64), np.zeros(0, np.int64))

    @classmethod
    def build(cls, parts: list[tuple[int, np.ndarray]]) -> _Segment:
        if not parts:
            return cls.empty()
        hashes = np.concatenate([g for _, g in parts])
        slots = np.concatenate([np.full(len(g), s, np.int64) for s, g in parts])
        pos = np.concatenate([np.arange(len(g), dtype=np.int64) for _, g in parts])
        order = np.argsort(hashes, kind="stable")
        return cls(hashes[order], slots[order], pos[order])

    def merged(self, other: _Segment, alive: np.ndarray) -> _Segment:
        keep_a, keep_b = alive[self.slots], alive[other.slots]
        hashes = np.concatenate([self.hashes[keep_a], other.hashes[keep_b]])
        order = np.argsort(hashes, kind="stable")
        slots = np.concatenate([self.slots[keep_a], other.slots[keep_b]])[order]
        pos = np.concatenate([self.pos[keep_a], other.pos[keep_b]])[order]
        return _Segment(hashes[order], slots, pos)

    def lookup(self, grams: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query gram index, slot, position) of every entry equal to a query gram."""
        lo = np.searchsorted(self.hashes, grams, side="left")
        counts = np.searchsorted(self.hashes, grams, side="right") - lo
        found = expand_ranges(lo, counts)
        query = np.repeat(np.arange(len(grams), dtype=np.int64), counts)
        return query, self.slots[found], self.pos[found]


class ReuseIndex:
    """Word n-gram index over a project's documents."""

    def __init__(self, n: int = 8, cap_min: int = 20, cap_share: float = 0.05) -> None:
        self.n = n
        self.cap_min = cap_min
        self.cap_share = cap_share
        self._ids: list[DocId] = []
        self._slot: dict[DocId, int] = {}
        self._texts: list[str] = []
        self._grams: list[np.ndarray] = []
        self._alive = np.zeros(0, dtype=bool)
        self._main = _Segment.empty()
        self._delta = _Segment.empty()
        self._offsets: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def __len__(self) -> int:
        return len(self._slot)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._slot

    @property
    def frequency_cap(self) -> int:
        """An n-gram in more documents than this is boilerplate that "where else" skips."""
        return max(self.cap_min, math.ceil(self.cap_share * len(self)))

    def add_documents(self, docs: Iterable[tuple[DocId, str]]) -> None:
        """Index many documents with one scan and one sort (project open)."""
        items = list(docs)
        grams = self._batch_gram_hashes([text for _, text in items])
        parts = [(self._register(doc_id, text, g), g) for (doc_id, text), g in zip(items, grams, strict=True)]
        built = _Segment.build(parts)
        self._main = built if not len(self._main.hashes) else self._main.merged(built, self._alive)

    def _batch_gram_hashes(self, texts: list[str]) -> list[np.ndarray]:
        """The n-gram hashes of each text, hashed in passes over batches of texts joined."""
        grams: list[np.ndarray] = []
        batch: list[str] = []
        size = 0
        for text in texts:
            batch.append(text)
            size += len(text)
            if size >= _BATCH_CHARS:
                grams += self._joined_gram_hashes(batch)
                batch, size = [], 0
        return grams + self._joined_gram_hashes(batch)

    def _joined_gram_hashes(self, texts: list[str]) -> list[np.ndarray]:
        if not texts:
            return []
        starts = np.cumsum([0] + [len(t) + len(_SEPARATOR) for t in texts[:-1]])
        hashes, word_starts, _ = word_hashes(_SEPARATOR.join(texts))
        bounds = np.searchsorted(word_starts, np.append(starts, np.iinfo(np.int64).max)).tolist()
        grams = ngram_hashes(hashes, self.n)
        return [grams[lo : max(lo, hi - self.n + 1)] for lo, hi in itertools.pairwise(bounds)]

    def add_document(self, doc_id: DocId, text: str) -> None:
        """Index one document (import); a document already indexed under ``doc_id`` is replaced."""
        slot = self._register(doc_id, text)
        self._delta = self._delta.merged(_Segment.build([(slot, self._grams[slot])]), self._alive)
        if len(self._delta.hashes) > max(200_000, len(self._main.hashes) // 4):
            self._main = self._main.merged(self._delta, self._alive)
            self._delta = _Segment.empty()

    def remove_document(self, doc_id: DocId) -> None:
        slot = self._slot.pop(doc_id)
        self._alive[slot] = False
        self._texts[slot] = ""
        self._offsets.pop(slot, None)

    def _register(self, doc_id: DocId, text: str, grams: np.ndarray | None = None) -> int:
        if doc_id in self._slot:
            self.remove_document(doc_id)
        slot = len(self._ids)
        self._ids.append(doc_id)
        self._slot[doc_id] = slot
        self._texts.append(text)
        self._grams.append(self._gram_hashes(text) if grams is None else grams)
        self._alive = np.append(self._alive, True)
        return slot

    def _gram_hashes(self, text: str) -> np.ndarray:
        return ngram_hashes(word_hashes(text)[0], self.n)

    def where_else(self, text: str) -> list[Occurrence]:
        """Every place where at least ``n`` consecutive words of ``text`` occur, longest runs."""
        grams = self._gram_hashes(text)
        query, slots, pos = self._postings(grams)
        per_gram = np.bincount(query, minlength=len(grams))
        common = per_gram[query] > self.frequency_cap
        query, slots, pos = query[~common], slots[~common], pos[~common]
        _, starts_d, lengths = maximal_runs(query, slots * _DOC_STRIDE + pos)
        found = []
        for start, grams_in_run in zip(starts_d, lengths, strict=True):
            slot, word = divmod(int(start), int(_DOC_STRIDE))
            found.append(self._occurrence(slot, word, int(grams_in_run) + self.n - 1))
        return sorted(found, key=lambda o: (self._slot[o.doc_id], o.start))

    def where_else_span(self, doc_id: DocId, start: int, end: int) -> list[Occurrence]:
        """``where_else`` for a span of an indexed document, leaving out the span itself."""
        text = self._texts[self._slot[doc_id]]
        return [
            o
            for o in self.where_else(text[start:end])
            if not (o.doc_id == doc_id and o.start < end and start < o.end)
        ]

    def _postings(self, grams: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        parts = [seg.lookup(grams) for seg in (self._main, self._delta)]
        query, slots, pos = (np.concatenate(arrays) for arrays in zip(*parts, strict=True))
        keep = self._alive[slots] if len(slots) else np.zeros(0, dtype=bool)
        return query[keep], slots[keep], pos[keep]

    def _occurrence(self, slot: int, word: int, words: int) -> Occurrence:
        starts, ends = self._word_offsets(slot)
        return Occurrence(self._ids[slot], int(starts[word]), int(ends[word + words - 1]), words)

    def _word_offsets(self, slot: int) -> tuple[np.ndarray, np.ndarray]:
        cached = self._offsets.get(slot)
        if cached is None:
            _, starts, ends = word_hashes(self._texts[slot])
            cached = self._offsets[slot] = (starts, ends)
        return cached

    def text_of(self, occurrence: Occurrence) -> str:
        return self._texts[self._slot[occurrence.doc_id]][occurrence.start : occurrence.end]

    def most_reused(self, min_words: int = 8, limit: int = 50) -> list[CorpusPassage]:
        """Passages shared by the most documents (then the longest), with where they stand."""
        segment = self._main.merged(self._delta, self._alive)
        groups = shared_runs(segment.hashes, segment.slots, segment.pos, self.n, min_words)
        passages = []
        for slots, words_at, words in groups[:limit]:
            occurrences = tuple(self._occurrence(s, w, words) for s, w in zip(slots, words_at, strict=True))
            text = self.text_of(occurrences[0])
            passages.append(CorpusPassage(text, words, len(set(slots)), occurrences))
        return passages

    def to_bytes(self) -> bytes:
        """The index as bytes, for a cache next to the project; ``from_bytes`` reads it back."""
        live = [s for s in range(len(self._ids)) if self._alive[s]]
        meta = {
            "n": self.n,
            "cap_min": self.cap_min,
            "cap_share": self.cap_share,
            "ids": [self._ids[s] for s in live],
            "texts": [self._texts[s] for s in live],
        }
        buf = io.BytesIO()
        np.savez(
            buf,
            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
            grams=np.concatenate([self._grams[s] for s in live]) if live else np.zeros(0, np.uint64),
            lengths=np.array([len(self._grams[s]) for s in live], dtype=np.int64),
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ReuseIndex:
        with np.load(io.BytesIO(data)) as arrays:
            meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
            grams = np.split(arrays["grams"], np.cumsum(arrays["lengths"])[:-1])
        index = cls(meta["n"], meta["cap_min"], meta["cap_share"])
        parts = []
        for slot, (doc_id, text) in enumerate(zip(meta["ids"], meta["texts"], strict=True)):
            index._ids.append(doc_id)
            index._slot[doc_id] = slot
            index._texts.append(text)
            index._grams.append(grams[slot] if meta["ids"] else np.zeros(0, np.uint64))
            parts.append((slot, index._grams[slot]))
        index._alive = np.ones(len(parts), dtype=bool)
        index._main = _Segment.build(parts)
        return index
