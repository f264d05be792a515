"""Long work the window must wait for, done on a thread while a busy dialog says what it is.

For work whose result the next step needs at once (opening a project that must first be brought
to this version's format: a backup of the whole file, then the migrations): the caller gets the
result, or the work's exception, as if it had run the work itself, but the window keeps drawing
and the dialog, modal to the window, keeps its menus from starting anything else meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

T = TypeVar("T")

POLL_MS = 20
TEXT_WIDTH = 420


def wait_busy(parent: QWidget, title: str, text: str, work: Callable[[], T]) -> T:
    """``work()`` on a thread of its own, behind a busy dialog; its result, or its exception."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # raised again on the window's thread
            outcome["error"] = exc

    dialog = _busy_dialog(parent, title, text)
    loop = QEventLoop()
    poll = QTimer(dialog)
    poll.setInterval(POLL_MS)
    worker = threading.Thread(target=run, name="naast-busy", daemon=True)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    dialog.show()
    poll.start()
    loop.exec()
    poll.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def _busy_dialog(parent: QWidget, title: str, text: str) -> QProgressDialog:
    dialog = QProgressDialog("", "", 0, 0, parent)  # a range of 0..0: busy, no percentage
    label = QLabel(text)
    label.setWordWrap(True)  # a paragraph, not one line across the screen
    label.setMinimumWidth(TEXT_WIDTH)
    dialog.setLabel(label)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # the work cannot stop half way
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog
