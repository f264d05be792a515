"""Peak memory of one comparison, measured in a fresh process (``python -m`` this module).

``tracemalloc`` sees only Python's allocations, not numpy's or fast-diff-match-patch's, and a
second run in a warm process reuses memory the first one took. So the parent pickles the two
parsed documents to a temporary file and a new interpreter loads them, notes its resident size,
compares them once and reports its peak resident size as JSON on standard output.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from naast.core.model import ParsedDocument
from naast.core.peak_memory import peak_rss_mb

ENGINES = ("naast", "fdmp")


def peak_in_fresh_process(a: ParsedDocument, b: ParsedDocument, engine: str) -> dict[str, Any]:
    """``{"loaded_mb", "peak_mb", "seconds"}`` of a new process comparing ``a`` and ``b`` with ``engine``.

    Naast's comparison is the full one (reused passages too), from the texts: tokens included.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pair.pickle"
        path.write_bytes(pickle.dumps((a, b)))
        argv = [sys.executable, "-m", "naast.core.compare.bench_memory", str(path), engine]
        done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str]) -> int:
    path, engine = Path(argv[0]), argv[1]
    a, b = pickle.loads(path.read_bytes())
    from naast.core.compare.baselines import TokenLists, fdmp_whole
    from naast.core.compare.engine import CompareOptions, DocumentText, compare
    from naast.core.compare.tokens import tokenize

    loaded = peak_rss_mb()
    start = time.process_time()
    if engine == "naast":
        compare(DocumentText(a.text, a.units), DocumentText(b.text, b.units), CompareOptions())
    else:
        fdmp_whole(TokenLists.of(tokenize(a.text), tokenize(b.text)))
    seconds = round(time.process_time() - start, 2)
    print(json.dumps({"loaded_mb": loaded, "peak_mb": peak_rss_mb(), "seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
