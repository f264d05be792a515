"""What the window asks once: the coder's name on first start, and, per project, the claimant notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from naast.gui.main_window import MainWindow

CLAIMANT_NOTICE = "claimants"


def ask_coder(window: MainWindow) -> QDialog | None:
    """On first start (no coder name in the settings yet), ask for it; the answer is kept."""
    if window.prefs.coder:
        return None
    from naast.gui.dialogs.coder_dialog import CoderDialog

    dialog = CoderDialog(window.prefs, window)
    dialog.accepted.connect(window.apply_preferences)
    dialog.open()
    window.coder_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def claimant_notice(window: MainWindow) -> QDialog | None:
    """Once per project: list claims whose claimant contradicts their unit's speaker, to fix them."""
    session = window.session
    if session is None or session.read_only or window.prefs.notice_shown(CLAIMANT_NOTICE, session.path):
        return None
    findings = session.claimant_findings()
    if not findings:
        return None
    from naast.gui.dialogs.claimant_notice import ClaimantNotice

    window.prefs.remember_notice(CLAIMANT_NOTICE, session.path)
    dialog = ClaimantNotice(session, findings, window)
    dialog.show()  # not modal: the project stays usable behind it
    window.claimant_dialog = dialog  # type: ignore[attr-defined]
    return dialog
