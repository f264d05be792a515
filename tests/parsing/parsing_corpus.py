"""Paths of the shared corpus for the parsing tests (read in place, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
REAL = CORPUS / "real"

ANSWERS_2019 = "2019-answers-broekers-knol-veilige-landers-harderwijk.txt"
REKENKAMER_2021 = "2021-answers-broekers-knol-rekenkamer-terugkeer.txt"
LETTER_2021 = "2021-letter-broekers-knol-actieplan-veiligelanders.txt"
FABER_2025 = "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
SAMPLES = (ANSWERS_2019, REKENKAMER_2021, LETTER_2021, FABER_2025)


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus file {name} not available")
    return path


def real_file(name: str) -> Path:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"corpus file real/{name} not available")
    return path
