"""Paths of the documents the parsing tests read: the four samples shipped in ``resources/samples/``
and the shared corpus's real documents (read in place, never copied; tests needing them skip when
they are absent)."""

from __future__ import annotations

from corpus_paths import REAL, real_file
from corpus_paths import sample_file as corpus_file

__all__ = ["REAL", "corpus_file", "real_file"]

ANSWERS_2019 = "2019-answers-broekers-knol-veilige-landers-harderwijk.txt"
REKENKAMER_2021 = "2021-answers-broekers-knol-rekenkamer-terugkeer.txt"
LETTER_2021 = "2021-letter-broekers-knol-actieplan-veiligelanders.txt"
FABER_2025 = "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
SAMPLES = (ANSWERS_2019, REKENKAMER_2021, LETTER_2021, FABER_2025)
