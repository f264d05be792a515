"""The window's figures for ``naast bench --scale``, measured in a fresh process.

``python -m naast.gui.scale_probe PROJECT SETTINGS`` opens the real main window on the project as a
user does (for writing; the probe changes nothing in it) and prints one JSON object:

- ``cold_start_ms``: from the creation of this process (``/proc/self/stat`` where there is one,
  else the first line of this module) to an interactive window with the document list filled and
  painted;
- ``document_list_ms``: filling the document browser from the project once more;
- ``search_first_results_ms`` / ``search_de_first_results_ms``: find in project typed as a person
  types, then one search of the whole query to its results shown (a rarer word, and "de");
- ``where_else_ms`` / ``where_else_first_ms`` / ``where_else_places``: "where else" for a selected
  passage, to all its places listed in the dialog, to the first listed, and how many; the same
  as ``where_else_shared_*`` for a standard paragraph a few hundred documents share (and its
  own longest stall);
- ``document_list_filtered_ms``: the browser's filter typed, from the last key to the list shown;
- ``longest_stall_ms``: the longest time the event loop did not run (a 5 ms timer's longest gap)
  while typing the filter and both searches and opening where else;
- ``window_peak_rss_mb``: the process's peak resident memory.
"""

from __future__ import annotations

import time

_MODULE_START = time.time()

import json  # noqa: E402 - the start is taken before anything is loaded
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from naast.core.peak_memory import peak_rss_mb  # noqa: E402


def process_start() -> tuple[float, str]:
    """The wall-clock time this process was created, and how it was found."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + int(fields[19]) / ticks, "/proc/self/stat"
    except (OSError, ValueError, IndexError):
        return _MODULE_START, "module import"


class StallMonitor:
    """The longest gap between the ticks of a 5 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self.longest_of_phase = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest * 1000

    def phase(self) -> float:
        """The longest gap since the last phase (ms); the overall longest is kept."""
        self._tick()
        longest, self.longest_of_phase = self.longest_of_phase, 0.0
        return round(longest * 1000, 1)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self.longest_of_phase = max(self.longest_of_phase, now - self._last)
        self._last = now


def _wait(app: Any, condition: Any, timeout_s: float = 60.0) -> float:
    began = time.perf_counter()
    while not condition():
        app.processEvents()
        if time.perf_counter() - began > timeout_s:
            raise TimeoutError("the window did not answer within a minute")
        time.sleep(0.001)
    return (time.perf_counter() - began) * 1000


def _type(app: Any, line: Any, text: str) -> None:
    """Type ``text`` into ``line`` a key at a time, 80 ms apart, as a person does."""
    line.clear()
    for k in range(1, len(text) + 1):
        line.setText(text[:k])
        pause = time.perf_counter() + 0.08
        while time.perf_counter() < pause:
            app.processEvents()
            time.sleep(0.002)


def _search_ms(app: Any, window: Any, query: str) -> float:
    """Type ``query`` into find in project (its searches as you type run as they would), then time
    one search of the whole query to its results shown."""
    dialog = window.tools.find_in_project()
    _type(app, dialog.query, query)
    _wait(app, lambda: not dialog._timer.isActive())
    began = time.perf_counter()
    dialog.run()
    _wait(app, lambda: dialog.results.count() > 0 or dialog.ranked)
    shown = dialog.results.count()
    return round((time.perf_counter() - began) * 1000, 1) if shown else -1.0


def _filter_ms(app: Any, window: Any, text: str) -> float:
    """Type ``text`` into the browser's filter; the time from the last key to the list shown."""
    browser = window.browser
    _type(app, browser.filter, text)
    began = time.perf_counter()
    browser._filter_timer.stop()
    browser._apply_filter()
    _wait(app, lambda: not browser.filtering)
    app.processEvents()
    elapsed = round((time.perf_counter() - began) * 1000, 1)
    browser.filter.clear()
    browser._filter_timer.stop()
    browser._apply_filter()
    return elapsed


def _where_else(app: Any, window: Any, span: tuple[int, int, int] | None = None) -> dict[str, Any]:
    """Where else for a passage (by default one of the first document's answers): to the first
    places listed, to all, and how many; -1 when the dialog reported a failure."""
    if span is None:
        (doc,) = window.session.project.query("SELECT id FROM documents_list ORDER BY date, id LIMIT 1")[0]
        window.open_document(doc)
        at = window.reader.text.parsed.text.find("Antwoord op vraag")
        start = max(0, at) + 20
        span = (doc, start, start + 400)
    else:
        window.open_document(span[0])
    text = window.reader.text
    text.select_range(span[1], min(len(text.parsed.text), span[2]))
    began = time.perf_counter()
    dialog = window.tools.where_else()
    if dialog is None:
        return {"ms": -1.0, "first_ms": -1.0, "places": 0}
    first: list[float] = []
    dialog.places_shown.connect(lambda _n: first or first.append(time.perf_counter()))
    _wait(app, lambda: dialog.looked)
    app.processEvents()
    ended = time.perf_counter()
    if dialog.failure is not None:
        return {"ms": -1.0, "first_ms": -1.0, "places": 0, "failure": dialog.failure}
    return {
        "ms": round((ended - began) * 1000, 1),
        "first_ms": round(((first[0] if first else ended) - began) * 1000, 1),
        "places": dialog.results.count(),
    }


def probe(project: Path, settings: Path) -> dict[str, Any]:
    from PySide6.QtCore import QSettings

    from naast.gui.app import make_application
    from naast.gui.main_window import MainWindow
    from naast.gui.preferences import Preferences

    started, how = process_start()
    app = make_application()
    window = MainWindow(Preferences(QSettings(str(settings), QSettings.Format.IniFormat)))
    window.show()
    window.open_project(project)
    _wait(app, lambda: window.browser.model.document_count() > 0 and window.isVisible())
    app.processEvents()
    figures: dict[str, Any] = {"cold_start_ms": round((time.time() - started) * 1000, 1)}
    figures["cold_start_from"] = how
    figures["documents"] = window.browser.model.document_count()
    began = time.perf_counter()
    window.browser.refresh()
    app.processEvents()
    figures["document_list_ms"] = round((time.perf_counter() - began) * 1000, 1)
    stalls = StallMonitor()
    stalls.start()
    figures["document_list_filtered_ms"] = _filter_ms(app, window, "2019")
    figures["stall_filter_ms"] = stalls.phase()
    figures["search_first_results_ms"] = _search_ms(app, window, "terugkeer")
    figures["search_de_first_results_ms"] = _search_ms(app, window, "de")
    figures["stall_search_ms"] = stalls.phase()
    asked = _where_else(app, window)
    figures |= {f"where_else_{k}" if k != "ms" else "where_else_ms": v for k, v in asked.items()}
    figures["stall_where_else_ms"] = stalls.phase()
    figures["longest_stall_ms"] = round(stalls.stop(), 1)
    from naast.store.scale_probe import shared_span

    span = shared_span(window.session.project)  # read here, outside the stalls measured
    if span is not None:
        stalls.start()
        shared = _where_else(app, window, span)
        figures |= {f"where_else_shared_{k}": v for k, v in shared.items()}
        figures["stall_where_else_shared_ms"] = stalls.phase()
        stalls.stop()
    figures["window_peak_rss_mb"] = peak_rss_mb()
    window.close_project()
    return figures


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]), Path(sys.argv[2]))))
