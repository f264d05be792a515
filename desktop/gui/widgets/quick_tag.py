"""The quick-tag popup: type to filter topics, 1–5 for the stance, Enter tags, Esc cancels.

A claim has a set of topics. The popup shows the chosen ones as chips above the list (each with
a button that removes it); Tab adds or removes the highlighted topic, Backspace in the empty
filter removes the last chip. Enter saves the chosen topics plus the highlighted one — unless
the coder removed that one in this popup — so E, Enter on a claim keeps every topic it had.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from naast.gui.style import glyph


@dataclass(frozen=True, slots=True)
class TopicChoice:
    id: int
    label: str
    colour: str
    code: str | None = None
    depth: int = 0  # 0 for a top-level topic, 1 for its subtopic, …


INDENT = "\u2003\u2003"  # two em spaces per level: subtopics sit under their parent


def topic_text(topic: TopicChoice) -> str:
    """How a topic reads in a list: indented by its depth, its code (if any) before the label."""
    label = f"{topic.code}  {topic.label}" if topic.code else topic.label
    return INDENT * topic.depth + label


def placed(size: QSize, at: QPoint, above: int | None, screen: QRect) -> QPoint:
    """Where a popup of ``size`` goes: at ``at`` (below the selection) if it fits on ``screen``,
    else flipped so its bottom is at ``above`` (the selection's top) when there is more room there,
    and always inside ``screen``."""
    x, y = at.x(), at.y()
    room_below, room_above = screen.bottom() + 1 - y, (above or 0) - screen.top()
    if size.height() > room_below and above is not None and room_above > room_below:
        y = above - size.height()
    x = max(screen.left(), min(x, screen.right() + 1 - size.width()))
    y = max(screen.top(), min(y, screen.bottom() + 1 - size.height()))
    return QPoint(x, y)


def screen_rect(at: QPoint) -> QRect:
    """The available geometry of the screen holding ``at`` (the nearest one when none does)."""
    screen = QGuiApplication.screenAt(at)
    if screen is None:
        screens = QGuiApplication.screens()
        if not screens:
            return QRect(at, QSize(10_000, 10_000))
        screen = min(screens, key=lambda s: _distance(s.geometry(), at))
    return screen.availableGeometry()


def _distance(rect: QRect, at: QPoint) -> int:
    dx = max(rect.left() - at.x(), 0, at.x() - rect.right())
    dy = max(rect.top() - at.y(), 0, at.y() - rect.bottom())
    return dx * dx + dy * dy


@dataclass(frozen=True, slots=True)
class StanceChoice:
    id: int
    label: str
    colour: str
    shape: str


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(150))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)


class QuickTag(QFrame):
    accepted = Signal(object, object)  # tuple of topic ids (never empty), stance id or None
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("quickTag")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.stances: list[StanceChoice] = []
        self.stance: StanceChoice | None = None
        self.chosen: list[int] = []  # the claim's topics, in the order chosen
        self._removed: set[int] = set()  # taken off in this popup: Enter does not add them back
        self._labels: dict[int, tuple[str, str]] = {}  # topic id -> (label, colour)
        self._done = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.filter = QLineEdit(placeholderText=self.tr("Type to filter topics…"))
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chip_buttons: list[QToolButton] = []
        self.topics = QListWidget()
        self.topics.setMinimumHeight(220)
        self.stance_row = QHBoxLayout()
        self.stance_labels: list[QLabel] = []
        hint = QLabel(self.tr("1–5 stance · ↑↓ topic · Tab adds/removes a topic · Enter tags · Esc cancels"))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.chips)
        layout.addWidget(self.filter)
        layout.addWidget(self.topics)
        layout.addLayout(self.stance_row)
        layout.addWidget(hint)
        self.setMinimumWidth(380)
        self.filter.textChanged.connect(self._refilter)
        self.filter.installEventFilter(self)
        self.topics.itemDoubleClicked.connect(lambda _i: self.accept())

    def open_for(
        self,
        heading: str,
        topics: list[TopicChoice],
        stances: list[StanceChoice],
        at: QPoint,
        last_topic: int | None = None,
        stance_id: int | None = None,
        chosen: tuple[int, ...] = (),
        above: int | None = None,
    ) -> None:
        """Open on a new claim (``last_topic`` highlighted) or on a claim's topics (``chosen``).

        ``at`` is the global point below the selection, ``above`` the global y of its top: the
        popup opens below, flips above when there is no room, and stays on the screen."""
        self._done = False
        self.heading.setText(heading)
        self.topics.clear()
        self._labels = {t.id: (f"{t.code}  {t.label}" if t.code else t.label, t.colour) for t in topics}
        self.chosen = [t for t in chosen if t in self._labels]
        self._removed = set()
        self._show_chips()
        for topic in topics:
            item = QListWidgetItem(swatch(topic.colour), topic_text(topic))
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            self.topics.addItem(item)
        self._set_stances(stances)
        self.stance = next((st for st in self.stances if st.id == stance_id), None)
        self._show_stance()
        self.filter.clear()
        self._select_topic(self.chosen[0] if self.chosen else last_topic)
        self.adjustSize()
        screen = screen_rect(at)
        self.move(placed(self.frameGeometry().size(), at, above, screen))
        self.show()
        self.move(placed(self.frameGeometry().size(), at, above, screen))  # wrapped text grew it
        self.filter.setFocus()

    def _set_stances(self, stances: list[StanceChoice]) -> None:
        for label in self.stance_labels:
            label.deleteLater()
        self.stance_labels = []
        self.stances = list(stances)
        self.stance = None
        for number, stance in enumerate(self.stances[:9], start=1):
            label = QLabel(
                f"{number} <span style='color:{stance.colour}'>{glyph(stance.shape)}</span> {stance.label}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            self.stance_row.addWidget(label)
            self.stance_labels.append(label)
        self._show_stance()

    def choose_stance(self, number: int) -> None:
        if 1 <= number <= len(self.stances):
            chosen = self.stances[number - 1]
            self.stance = None if self.stance == chosen else chosen
            self._show_stance()

    def _show_stance(self) -> None:
        for label, stance in zip(self.stance_labels, self.stances, strict=False):
            on = stance == self.stance
            label.setStyleSheet(
                f"border: 2px solid {stance.colour}; border-radius: 4px; padding: 1px 4px;"
                if on
                else "border: 2px solid transparent; padding: 1px 4px;"
            )

    def _select_topic(self, topic_id: int | None) -> None:
        for row in range(self.topics.count()):
            if self.topics.item(row).data(Qt.ItemDataRole.UserRole) == topic_id:
                self.topics.setCurrentRow(row)
                return
        self._first_visible()

    def _first_visible(self) -> None:
        for row in range(self.topics.count()):
            if not self.topics.item(row).isHidden():
                self.topics.setCurrentRow(row)
                return
        self.topics.setCurrentRow(-1)

    def _refilter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            hay = item.text().casefold()
            item.setHidden(not all(w in hay for w in words))
        current = self.topics.currentItem()
        if current is None or current.isHidden():
            self._first_visible()

    def current_topic(self) -> int | None:
        item = self.topics.currentItem()
        return None if item is None or item.isHidden() else int(item.data(Qt.ItemDataRole.UserRole))

    def toggle_topic(self, topic_id: int | None = None) -> None:
        """Add the topic (the highlighted one by default) to the claim's topics, or remove it."""
        topic_id = self.current_topic() if topic_id is None else topic_id
        if topic_id is None:
            return
        if topic_id in self.chosen:
            self.chosen.remove(topic_id)
            self._removed.add(topic_id)
        else:
            self.chosen.append(topic_id)
            self._removed.discard(topic_id)
        self._show_chips()

    def _show_chips(self) -> None:
        for button in self.chip_buttons:
            self.chips.removeWidget(button)
            button.deleteLater()
        self.chip_buttons = []
        for topic_id in self.chosen:
            label, colour = self._labels[topic_id]
            button = QToolButton()
            button.setText(f"{label}  ✕")
            button.setIcon(swatch(colour))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(self.tr("Remove this topic"))
            button.setProperty("topic_id", topic_id)
            button.clicked.connect(lambda _c=False, t=topic_id: self.toggle_topic(t))
            self.chips.addWidget(button)
            self.chip_buttons.append(button)
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            font = item.font()
            font.setBold(item.data(Qt.ItemDataRole.UserRole) in self.chosen)
            item.setFont(font)

    def result_topics(self) -> tuple[int, ...]:
        """What Enter saves: the chosen topics and the highlighted one, unless it was removed."""
        topics = list(self.chosen)
        current = self.current_topic()
        if current is not None and current not in topics and current not in self._removed:
            topics.append(current)
        return tuple(topics)

    def accept(self) -> None:
        topics = self.result_topics()
        if not topics:
            return
        self._done = True
        self.hide()
        self.accepted.emit(topics, self.stance.id if self.stance else None)

    def reject(self) -> None:
        self._done = True
        self.hide()
        self.cancelled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.choose_stance(key - Qt.Key.Key_0)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return True
        if key == Qt.Key.Key_Escape:
            self.reject()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.toggle_topic()
            return True
        if key == Qt.Key.Key_Backspace and not self.filter.text() and self.chosen:
            self.toggle_topic(self.chosen[-1])
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if key == Qt.Key.Key_Up else 1)
            return True
        return False

    def _step(self, delta: int) -> None:
        row = self.topics.currentRow()
        while 0 <= row + delta < self.topics.count():
            row += delta
            if not self.topics.item(row).isHidden():
                self.topics.setCurrentRow(row)
                return

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        if not self._done:  # closed by a click outside: same as Esc
            self._done = True
            self.cancelled.emit()
