"""While the phone is read: what is being read now, what is done, and Cancel.

A scan is one round trip, but on a slow phone its sections arrive over several seconds; naming
each one as it arrives ("apps", "accounts") shows the tool is working and what it looks at,
which also answers the person's unspoken question "what is it reading on my phone?".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QProgressBar, QWidget

from hardener.checks.finding import Severity
from hardener.gui import severity
from hardener.gui.lang import lib
from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout


class ScanPage(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []  # library message ids of the parts read so far, in order
        self._current = ""
        self._rescan = False
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.text = Para()
        layout.addWidget(self.text)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.now_reading = Para()
        self.now_reading.setObjectName("nowReading")
        layout.addWidget(self.now_reading)
        self.done_list = QListWidget()
        self.done_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.done_list, 1)
        row = QHBoxLayout()
        self.cancel_button = big_button()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.activated.connect(self.cancel_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Checking the phone again…") if self._rescan else self.tr("Checking the phone…"))
        self.text.setText(self.tr("hardener reads the phone's settings. It changes nothing."))
        self.now_reading.setText(self.tr("Read: {part}").format(part=lib(self._current)) if self._current else "")
        for index, label in enumerate(self._labels):
            item = self.done_list.item(index)
            if item is not None:
                item.setText(lib(label))
        label_button(self.cancel_button, self.tr("Cancel"), self.tr("Stop checking (Esc)"))
        self.progress.setAccessibleName(self.tr("How much of the phone is read"))
        self.done_list.setAccessibleName(self.tr("Parts of the phone already read"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self, rescan: bool = False) -> None:
        self.clear()
        self._rescan = rescan
        self.cancel_button.setEnabled(True)
        self.retranslate()

    def section_read(self, label: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self._current = label
        if label not in self._labels:
            self._labels.append(label)
            item = QListWidgetItem(severity.icon(Severity.OK), lib(label))
            self.done_list.addItem(item)
        self.retranslate()

    def stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.now_reading.setText(self.tr("Stopping…"))

    @property
    def parts_read(self) -> list[str]:
        return [self.done_list.item(i).text() for i in range(self.done_list.count())]

    def clear(self) -> None:
        self._labels = []
        self._current = ""
        self._rescan = False
        self.done_list.clear()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.retranslate()
