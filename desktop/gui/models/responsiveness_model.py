"""The responsiveness table: one row per group, figures shown with the counts behind them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

#: (JSON key, header, kind, the count a share is of)
COLUMNS: tuple[tuple[str, str, str, str | None], ...] = (
    ("name", "Group", "text", None),
    ("documents", "Documents", "int", None),
    ("questions", "Questions", "int", None),
    ("median_days", "Median\ndays", "days", "dated_documents"),
    ("p90_days", "P90\ndays", "days", "dated_documents"),
    ("within_term_share", "Within\nterm", "share", "dated_documents"),
    ("delayed_share", "Delayed", "share", "documents"),
    ("combined_share", "Combined\nanswers", "share", "answered_questions"),
    ("referral_share", "Refers\nelsewhere", "share", "answered_questions"),
    ("declined_share", "Declines", "share", "answered_questions"),
    ("words_per_answer", "Words per\nanswer", "days", "answered_questions"),
    ("boilerplate_share", "Boilerplate", "share", "answer_words"),
)

#: What each column means, for its header's tool tip.
EXPLAINED = {
    "median_days": "Median of the days from submitted to received, over the dated documents",
    "p90_days": "90th percentile of the days to answer (linear interpolation)",
    "within_term_share": "Share of dated documents answered within the 21-day term",
    "delayed_share": "Share of documents whose answer a Mededeling put off",
    "combined_share": "Share of answered questions answered in a block with other questions",
    "referral_share": "Share of answered questions whose answer refers elsewhere",
    "declined_share": "Share of answered questions whose answer declines to answer",
    "words_per_answer": "Words of answer per answered question",
    "boilerplate_share": "Share of answer words inside passages that other documents also have",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Responsiveness", text)


class ResponsivenessModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] in EXPLAINED:
            return tr(EXPLAINED[COLUMNS[section][0]])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key, _header, kind, count_key = COLUMNS[index.column()]
        value = row[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(value, kind)
        if role == SORT_ROLE:  # numbers as numbers, "–" below every figure
            if kind == "text":  # "(unknown)" after every name
                return ("\uffff" if str(value).startswith("(") else "") + str(value).casefold()
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and count_key is not None:
            n = row["documents"] if count_key == "documents" else row["n"][count_key]
            return tr("n = %1 (%2)").replace("%1", str(n)).replace("%2", tr(count_key.replace("_", " ")))
        return None


def _shown(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "share":
        return f"{100 * value:.0f}%"
    if kind == "days":
        return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return str(value)
