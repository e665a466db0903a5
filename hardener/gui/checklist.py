"""Steps only the person can do on the phone, as a checklist that checks itself.

"I did it" is not taken on trust: it re-reads the phone and ticks the step only when the
finding it answers is gone. A person who thought they set a screen lock but backed out of
the last screen learns it now, not at the police station.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from hardener.checks.finding import Severity
from hardener.gui import severity
from hardener.gui.lang import lib
from hardener.gui.widgets import Para, big_button, bold, empty_layout, label_button
from hardener.session.plan import ManualItem

TODO, CHECKING, DONE, NOT_YET, UNKNOWN = "todo", "checking", "done", "not_yet", "unknown"

_BADGE = {
    TODO: Severity.MEDIUM,
    CHECKING: Severity.UNKNOWN,
    DONE: Severity.OK,
    NOT_YET: Severity.HIGH,
    UNKNOWN: Severity.UNKNOWN,
}


class ChecklistRow(QFrame):
    did_it = Signal(int)
    stop = Signal()

    def __init__(self, index: int, item: ManualItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.item = item
        self.status = TODO
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.badge = QLabel()
        grid.addWidget(self.badge, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.state_word = QLabel()
        self.state_word.setObjectName("checklistState")
        grid.addWidget(self.state_word, 1, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(bold())
        grid.addWidget(self.title, 0, 1)
        self.how = Para()
        grid.addWidget(self.how, 1, 1)
        self.note = Para()
        self.note.setObjectName("checklistNote")
        grid.addWidget(self.note, 2, 1)
        self.button = big_button()
        grid.addWidget(self.button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self.button.clicked.connect(self._pressed)
        self.retranslate()

    def set_status(self, status: str) -> None:
        self.status = status
        self.retranslate()

    def _pressed(self) -> None:
        if self.status == CHECKING:
            self.stop.emit()
        else:
            self.did_it.emit(self.index)

    def retranslate(self) -> None:
        words = {
            TODO: self.tr("To do"),
            CHECKING: self.tr("Checking…"),
            DONE: self.tr("Done"),
            NOT_YET: self.tr("Not yet"),
            UNKNOWN: self.tr("Could not check"),
        }
        notes = {
            TODO: "",
            CHECKING: self.tr("hardener is reading the phone again…"),
            DONE: self.tr("hardener checked the phone: this is done."),
            NOT_YET: self.tr("hardener checked the phone: this is not done yet. Try the steps again."),
            UNKNOWN: self.tr("hardener could not check this on the phone. Make sure it is done."),
        }
        level = _BADGE[self.status]
        self.badge.setPixmap(severity.pixmap(level, int(self.fontMetrics().height() * 1.6)))
        self.state_word.setText(words[self.status])
        colour = severity.COLOURS[level]
        self.state_word.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.title.setText(lib(self.item.title))
        self.how.setText(lib(self.item.how))
        self.note.setText(notes[self.status])
        self.note.setVisible(bool(notes[self.status]))
        if self.status == CHECKING:
            label_button(self.button, self.tr("Stop checking"))
        else:
            label_button(
                self.button,
                self.tr("I did it: check again") if self.status == NOT_YET else self.tr("I did it"),
                self.tr("hardener reads the phone again to check this step"),
            )
        self.button.setEnabled(self.status != DONE)
        self.setAccessibleName(f"{words[self.status]}: {lib(self.item.title)}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Checklist(QWidget):
    """The rows for one plan's manual items; emits the index of the step the person says is done."""

    did_it = Signal(int)
    stop = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[ChecklistRow] = []

    def set_items(self, items: Sequence[ManualItem]) -> None:
        self.clear()
        for index, item in enumerate(items):
            row = ChecklistRow(index, item)
            row.did_it.connect(self.did_it)
            row.stop.connect(self.stop)
            self._layout.addWidget(row)
            self.rows.append(row)

    def set_status(self, index: int, status: str) -> None:
        if 0 <= index < len(self.rows):
            self.rows[index].set_status(status)

    def statuses(self) -> list[str]:
        return [row.status for row in self.rows]

    def clear(self) -> None:
        self.rows = []
        empty_layout(self._layout)
