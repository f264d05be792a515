"""Coding as a team: merging coders' projects, measuring their agreement, settling disagreements.

Entry points (loaded when first used, so that starting Naast does not load the statistics):

- ``MergeProject`` (``merge``): one undoable command that merges a source project's snapshot;
- ``agreement_report`` (``agreement``): the figures of ``naast agreement``;
- ``unitizing_alpha`` (``unitizing``): Krippendorff's αu, by hand;
- ``disagreements``, ``KeepCoding``, ``ConsensusClaim`` (``settle``): the Agreement view's list and
  its undoable settling commands.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "MergeProject": "merge",
    "agreement_report": "agreement",
    "agreement_rows": "agreement",
    "unitizing_alpha": "unitizing",
    "disagreements": "settle",
    "KeepCoding": "settle",
    "ConsensusClaim": "settle",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
