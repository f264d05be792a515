"""A one-time notice on opening a project whose claims name a claimant who does not speak there.

Lists the findings of the claimant check (``naast.core.claims.claimant_check``); the user ticks
the ones to fix and applies one undoable command. Nothing changes otherwise; ``naast check``
lists the same claims.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naast.core.claims.claimant_check import ClaimantFinding
from naast.gui.session import Session
from naast.store.project import now_iso


class ClaimantNotice(QDialog):
    def __init__(
        self, session: Session, findings: list[ClaimantFinding], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Claimants to check"))
        text = QLabel(
            self.tr(
                "{n} claims name a claimant who does not speak where the claim stands (for example the "
                "minister on an MP's question). Tick the ones to give the speaker of their unit; nothing "
                "changes otherwise, and you can undo the fix."
            ).format(n=len(findings))
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for finding in findings:
            item = QListWidgetItem(finding.describe())
            item.setData(Qt.ItemDataRole.UserRole, finding.claim_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.fix_button = QPushButton(self.tr("Fix the ticked claims"))
        later = QPushButton(self.tr("Not now"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.fix_button)
        row.addWidget(later)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.fix_button.clicked.connect(self.fix)
        later.clicked.connect(self.reject)
        self.resize(720, 420)

    def ticked(self) -> tuple[int, ...]:
        items = (self.list.item(r) for r in range(self.list.count()))
        return tuple(
            int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def fix(self) -> None:
        from naast.core.claims.claimant_check import FixClaimants

        chosen = self.ticked()
        if chosen:
            self.session.apply(FixClaimants(chosen, now_iso()))
        self.accept()
