"""Generated Aanhangsel documents for ``naast bench --scale N``: about 15 KB each, real vocabulary.

Words are drawn (seeded, numpy) with the frequencies they have in the real documents (the shipped
samples and the shared corpus's ``real/`` texts, read in place), cut into sentences of 6 to 24
words. Each document has the structure and boilerplate of real answers (the covering letter with
its kenmerk, "Vraag n" / "Antwoord op vraag n", the signature) and, like real answers, now and
then one of a few hundred standard paragraphs that recur across documents. No two documents share
a kenmerk, an identifier or a content hash.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from naast.core.errors import NotFound

TARGET_CHARS = 15_000
STANDARD_PARAGRAPHS = 300
_WORD = re.compile(r"[^\W\d_]{2,}")
_MINISTERS = (
    ("Faber- van de Klashorst", "Asiel en Migratie"),
    ("Van der Burg", "Justitie en Veiligheid"),
    ("Broekers-Knol", "Justitie en Veiligheid"),
    ("Keijzer", "Economische Zaken"),
    ("Bruins Slot", "Binnenlandse Zaken en Koninkrijksrelaties"),
)
_ASKERS = ("Van Nispen (SP)", "Jasper van Dijk (SP)", "Kuik (CDA)", "Bisschop (SGP)", "Podt (D66)")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    words: list[str]
    p: np.ndarray  # probability of each word

    @classmethod
    def from_texts(cls, texts: list[str]) -> Vocabulary:
        counts = Counter(w.lower() if not w.isupper() else w for t in texts for w in _WORD.findall(t))
        if not counts:
            raise NotFound("The corpus has no words to build documents from.")
        words = sorted(counts)
        freq = np.array([counts[w] for w in words], dtype=np.float64)
        return cls(words, freq / freq.sum())


def corpus_texts(corpus: Path, samples: Path) -> list[str]:
    """The plain texts to learn the vocabulary from (read in place)."""
    paths = sorted(samples.glob("*.txt")) + sorted((corpus / "real").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths if p.is_file()]


class Generator:
    def __init__(self, vocabulary: Vocabulary, seed: int = 1) -> None:
        self.vocabulary = vocabulary
        self.rng = np.random.default_rng(seed)
        self._words = np.array(vocabulary.words, dtype=object)
        self.standard = [self._paragraph(5) for _ in range(STANDARD_PARAGRAPHS)]

    def _sentence_words(self, count: int) -> list[str]:
        ids = self.rng.choice(len(self._words), size=count, p=self.vocabulary.p)
        return list(self._words[ids])

    def _paragraph(self, sentences: int) -> str:
        lengths = self.rng.integers(6, 25, size=sentences)
        words = self._sentence_words(int(lengths.sum()))
        out, at = [], 0
        for n in lengths.tolist():
            part = words[at : at + n]
            at += n
            out.append(part[0][:1].upper() + part[0][1:] + " " + " ".join(part[1:]) + ".")
        return " ".join(out)

    def document(self, k: int) -> str:
        """Document number ``k`` (distinct kenmerk, identifier and text)."""
        minister, ministry = _MINISTERS[k % len(_MINISTERS)]
        asker = _ASKERS[k % len(_ASKERS)]
        year = 2010 + k % 15
        kenmerk = f"{year}Z{k % 100_000:05d}"
        subject = " ".join(self._sentence_words(8))
        parts = [
            "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van het lid "
            f"{asker} over {subject}.",
            f"Deze vragen werden ingezonden op {1 + k % 28} maart {year} met kenmerk {kenmerk}.",
            f"De Minister van {ministry},\n\n{minister}\n\nDocument ah-tk-{year}{year + 1}-{k}",
            f"Vragen van het lid {asker} aan de minister van {ministry} over {subject} "
            f"(ingezonden {1 + k % 28} maart {year}, {kenmerk})",
        ]
        size, number = sum(map(len, parts)), 0
        while size < TARGET_CHARS:
            number += 1
            question = self._paragraph(2).rstrip(".") + "?"
            answer = self._paragraph(int(self.rng.integers(3, 9)))
            if self.rng.random() < 0.15:
                answer += "\n\n" + self.standard[int(self.rng.integers(STANDARD_PARAGRAPHS))]
            block = f"Vraag {number}\n{question}\n\nAntwoord op vraag {number}\n{answer}"
            parts.append(block)
            size += len(block)
        return "\n\n".join(parts) + f"\n\nKenmerk {kenmerk}-{k}\n"


def write_documents(folder: Path, count: int, generator: Generator, start: int = 0) -> Iterator[Path]:
    """Write documents ``start .. count - 1`` as text files (those already written are kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(start, count):
        path = folder / f"{k // 1000:03d}" / f"doc-{k:06d}.txt"
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            path.write_text(generator.document(k), encoding="utf-8")
        yield path
