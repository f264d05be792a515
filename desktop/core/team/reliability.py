"""Krippendorff's α of coded values, through the ``krippendorff`` package, with percent agreement.

Reliability data are one row per coder and one column per unit, ``None`` where a coder gave no
value. A figure that cannot be computed is ``None`` with the reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import krippendorff
import numpy as np

Level = Literal["nominal", "ordinal"]


@dataclass(frozen=True, slots=True)
class Figure:
    alpha: float | None
    percent: float | None  # agreeing pairs of values among all pairable pairs, 0-100
    n: int  # units with values from at least two coders
    note: str | None = None  # why alpha is None

    def to_json(self) -> dict[str, Any]:
        return {"alpha": self.alpha, "percent": self.percent, "n": self.n}


def pairable(data: Sequence[Sequence[Hashable | None]]) -> list[list[Hashable]]:
    """Each unit's values, for the units that at least two coders gave a value."""
    columns = [[row[k] for row in data if row[k] is not None] for k in range(len(data[0]))] if data else []
    return [c for c in columns if len(c) > 1]


def percent_agreement(units: Sequence[Sequence[Hashable]]) -> float | None:
    pairs = sum(len(u) * (len(u) - 1) for u in units)
    if not pairs:
        return None
    same = 0
    for u in units:  # two coders, the usual case, without a Counter per unit
        same += 2 * (u[0] == u[1]) if len(u) == 2 else sum(n * (n - 1) for n in Counter(u).values())
    return 100.0 * same / pairs


def measure(
    data: Sequence[Sequence[Hashable | None]], level: Level = "nominal", order: Sequence[Hashable] = ()
) -> Figure:
    """α of ``data`` (coders × units) at ``level``; ``order`` ranks the values for ``ordinal``."""
    units = pairable(data)
    percent = percent_agreement(units)
    if not units:
        return Figure(None, None, 0, "no unit has values from two coders")
    if level == "ordinal":
        rank = {v: i for i, v in enumerate(order)}
        values = [[rank.get(v, np.nan) if v is not None else np.nan for v in row] for row in data]
        domain: list[Any] = list(range(len(order)))
    else:
        codes = {v: i for i, v in enumerate(sorted({v for u in units for v in u}, key=str))}
        values = [[codes.get(v, np.nan) if v is not None else np.nan for v in row] for row in data]
        domain = list(codes.values())
    used = {v for u in units for v in u}
    if len(used) < 2:
        return Figure(None, percent, len(units), "every value given is the same; α needs some variation")
    array = np.array(values, dtype=float)
    alpha = float(krippendorff.alpha(reliability_data=array, value_domain=domain, level_of_measurement=level))
    return Figure(alpha, percent, len(units))
