"""The peak memory of this process, measured so that a child of a large process reports its own.

Linux keeps ``ru_maxrss`` across ``exec``: a process started from a large one reports the
parent's size until it grows past it. The kernel's per-address-space peak (``VmHWM``) starts
afresh at ``exec``; ``ru_maxrss`` serves where there is no ``/proc``.

``python -m naast.core.peak_memory OUT ARGS…`` runs ``naast ARGS…`` and writes its peak (MB) to
``OUT``: how the benchmarks measure a command.
"""

from __future__ import annotations

import json
import resource
import runpy
import sys
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident size in MB."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(peak / (1 << 20 if sys.platform == "darwin" else 1 << 10), 1)
    kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return round(kib / 1024, 1)


def _run_naast(out: Path, args: list[str]) -> int:
    sys.argv = ["naast", *args]
    try:
        runpy.run_module("naast", run_name="__main__")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out.write_text(json.dumps(peak_rss_mb()), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(_run_naast(Path(sys.argv[1]), sys.argv[2:]))
