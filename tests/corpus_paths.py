"""Where the tests find their documents.

The four sample documents ship with Naast in ``resources/samples/``, so every clone has them. The
real documents (official PDFs, KOOP XML, another extraction) live only in the shared corpus beside
the checkout (``../shared/corpus/real``, or ``$NAAST_CORPUS/real``) and are read in place; tests
that need them skip with one line naming the folder when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"
CORPUS = Path(os.environ.get("NAAST_CORPUS") or REPO.parent / "shared" / "corpus").resolve()
REAL = CORPUS / "real"


def real_missing_reason(name: str = "") -> str:
    """The one-line reason a test that needs ``real/NAME`` is skipped."""
    where = REAL / name if name else REAL
    return f"needs the shared corpus's real documents, not found at {where}"


def real_dir() -> Path:
    """``real/`` of the shared corpus; skips the calling test when it is absent."""
    if not REAL.is_dir():
        pytest.skip(real_missing_reason())
    return REAL


def real_file(name: str) -> Path:
    """One file of ``real/``; skips the calling test when it is absent."""
    path = REAL / name
    if not path.is_file():
        pytest.skip(real_missing_reason(name))
    return path


def sample_file(name: str) -> Path:
    """One of the four shipped sample documents (always present: a missing one is a failure)."""
    path = SAMPLES / name
    assert path.is_file(), f"sample document missing from the repository: {path}"
    return path
