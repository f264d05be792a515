"""αu against Krippendorff's published worked examples and an enumeration of its definitions."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from naast.core.team.unitizing import (
    Segment,
    category_disagreement,
    distance,
    merge_overlapping,
    segments,
    unitizing_alpha,
)

# Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers on the continuum 150-450.
C_2004 = [[(225, 295), (370, 400)], [(220, 300), (355, 375), (400, 420)]]
K_2004 = [[(180, 240), (300, 350)], [(180, 240), (300, 350)]]


def test_krippendorff_2004_worked_example() -> None:
    alpha, per = unitizing_alpha(150, 450, {"c": C_2004, "k": K_2004})
    assert round(per["c"].observed, 4) == 0.0144  # published: cuDo = .0144
    assert round(per["c"].expected, 4) == 0.0532  # published: cuDe = .0532
    assert per["c"].alpha is not None and round(per["c"].alpha, 3) == 0.729  # published: .7286
    assert per["k"].alpha == 1.0  # published: kαu = 1.000
    assert alpha is not None and round(alpha, 3) == 0.859  # published: αu = .8591


def test_krippendorff_2004_distances() -> None:
    """The three δ² the book computes for its example (p. 253)."""
    assert distance(Segment(225, 295, True), Segment(220, 300, True)) == 50
    assert distance(Segment(370, 400, True), Segment(355, 375, True)) == 850
    assert distance(Segment(400, 450, False), Segment(400, 420, True)) == 400


def _stretched(s: int) -> dict[str, list[list[tuple[int, int]]]]:
    """Krippendorff (1995: 57), four pairs of coders on 24 stretches, each stretch ``s`` long."""

    def spans(*pairs: tuple[int, int]) -> list[tuple[int, int]]:
        return [(a * s, (a + n) * s) for a, n in pairs]

    return {
        "A": [spans((2, 8), (14, 6)), spans((4, 4), (15, 2))],
        "B": [spans((0, 18)), spans((0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1))],
        "C": [spans((2, 6), (10, 2), (14, 4), (20, 2)), spans((0, 2), (4, 4), (10, 4), (16, 2), (20, 2))],
        "D": [
            spans((0, 2), (2, 8), (10, 4), (14, 6), (20, 4)),
            spans((0, 4), (4, 4), (8, 7), (15, 2), (17, 7)),
        ],
    }


def test_krippendorff_1995_worked_example() -> None:
    """The 1995 figures are for a continuum of infinitely fine positions: stretch it. A and D
    agree to three decimals; B and C within .02 (Meyer's DKPro replication finds an error in the
    paper's expected disagreement and tests them so)."""
    data = _stretched(1000)
    found = {name: category_disagreement(0, 24_000, coders) for name, coders in data.items()}
    assert round(found["A"].observed, 5) == 0.03125
    assert round(found["B"].observed, 5) == 2.26736
    assert round(found["A"].alpha or 0, 3) == 0.553
    assert round(found["D"].alpha or 0, 3) == 0.066
    assert found["B"].alpha == pytest.approx(-0.926, abs=0.02)
    assert found["C"].alpha == pytest.approx(0.679, abs=0.02)


# -- an independent enumeration of the definitions --------------------------------------------


def _brute(begin: int, end: int, codings: list[list[tuple[int, int]]]) -> tuple[float, float]:
    """Do and De by enumeration: every pair of segments of two coders for Do; for De every
    placement the expected term sums (a unit shifted against a unit of its length, a unit at
    every position inside every gap) and every pair of coder-characters not within one unit."""
    m, length = len(codings), end - begin
    cut = [segments(begin, end, units) for units in codings]
    observed = sum(
        distance(a, b) for i in range(m) for j in range(m) if i != j for a in cut[i] for b in cut[j]
    ) / (m * (m - 1) * length**2)
    units = [s for coder in cut for s in coder if s.unit]
    gaps = [s for coder in cut for s in coder if not s.unit]
    numerator = 0
    for u in units:
        n = u.length
        shifted = sum(distance(Segment(0, n, True), Segment(d, d + n, True)) for d in range(1, n))
        numerator += (len(units) - 1) * shifted
        for gap in gaps:
            for p in range(gap.start, gap.end - n + 1):
                numerator += distance(Segment(p, p + n, True), gap)
    cells = [(i, x) for i in range(m) for x in range(begin, end)]

    def unit_of(cell: tuple[int, int]) -> Segment | None:
        return next((s for s in cut[cell[0]] if s.unit and s.start <= cell[1] < s.end), None)

    pairs = 0
    for a in cells:
        for b in cells:
            if a != b and not (a[0] == b[0] and unit_of(a) is not None and unit_of(a) == unit_of(b)):
                pairs += 1
    expected = (2 / length) * numerator / pairs
    return observed, expected


def _random_coding(rng: random.Random, length: int) -> list[tuple[int, int]]:
    units, position = [], 0
    while position < length:
        position += rng.choice((0, 0, 1, 2, 3))
        size = rng.randint(1, 5)
        if position + size > length or rng.random() < 0.2:
            break
        units.append((position, position + size))
        position += size
    return units


@pytest.mark.parametrize("seed", range(40))
def test_matches_enumeration_on_random_cases(seed: int) -> None:
    rng = random.Random(seed)
    length = rng.randint(4, 14)
    coders = [_random_coding(rng, length) for _ in range(rng.randint(2, 4))]
    found = category_disagreement(0, length, coders)
    observed, expected = _brute(0, length, coders)
    assert found.observed == pytest.approx(observed, rel=1e-12, abs=1e-15)
    assert found.expected == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_identical_codings_agree_perfectly() -> None:
    coding = [(3, 9), (12, 20), (25, 26)]
    alpha, _ = unitizing_alpha(0, 40, {"claim": [coding, coding, coding]})
    assert alpha == 1.0


def test_nothing_marked_has_no_figure() -> None:
    assert unitizing_alpha(0, 40, {"claim": [[], []]})[0] is None


def test_overlapping_units_of_one_coder_are_refused_then_merged() -> None:
    with pytest.raises(ValueError, match="overlaps"):
        category_disagreement(0, 10, [[(1, 5), (3, 7)], [(1, 7)]])
    assert merge_overlapping([(3, 7), (1, 5), (7, 9)]) == [(1, 7), (7, 9)]


# -- a second implementation -------------------------------------------------------------------


def test_matches_dkpro_statistics_on_random_studies() -> None:
    """DKPro Statistics (Meyer et al., Java) implements the same αu; its figures for 80 random
    studies of two to four coders were recorded once (tests/team/data/Harness.java)."""
    data = json.loads((Path(__file__).parent / "data" / "dkpro_unitizing.json").read_text(encoding="utf-8"))
    assert len(data["cases"]) == 80
    for case in data["cases"]:
        begin = case["begin"]
        found = category_disagreement(
            begin, begin + case["length"], [[tuple(u) for u in c] for c in case["coders"]]
        )
        assert found.observed == pytest.approx(case["dkpro"]["observed"], rel=1e-12, abs=1e-15)
        assert found.expected == pytest.approx(case["dkpro"]["expected"], rel=1e-12, abs=1e-15)
