"""Still to do on the phone: what a fresh look at the phone still finds, worst first.

After changes are made, some things remain that only the person can do on the phone (set a PIN,
switch off Smart Lock or cloud sync...). "Done" must not hide them: this page lists them, each
with its guided step and "I did it", which checks the phone again before ticking it. Its count
shows on the Result and Finish pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from hardener.gui.checklist import Checklist
from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout
from hardener.session.plan import ManualItem


class StillToDoPage(QWidget):
    back_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ManualItem] = []
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.text = Para()
        self.text.setObjectName("todoText")
        layout.addWidget(self.text)
        self.checklist = Checklist()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.checklist)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.back_button = big_button()
        self.finish_button = big_button(primary=True)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.back_button.clicked.connect(self.back_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        self.retranslate()

    @property
    def items(self) -> list[ManualItem]:
        return list(self._items)

    def show_items(self, items: Sequence[ManualItem]) -> None:
        self._items = list(items)
        self.checklist.set_items(self._items)
        self.retranslate()

    def focus_target(self) -> QWidget:
        """The first step still open ("I did it"), else "Finish"."""
        rows = [row.button for row in self.checklist.rows if row.button.isEnabled()]
        return rows[0] if rows else self.finish_button

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Still to do on the phone"))
        count = len(self._items)
        self.text.setText(
            self.tr("%n thing(s) only you can do on the phone. Do each one, then press \u201cI did it\u201d: "
                    "the phone is checked again.", "", count)
            if count else self.tr("Nothing is left to do on the phone in what could be checked.")
        )
        label_button(self.back_button, self.tr("Back"))
        label_button(self.finish_button, self.tr("Finish"), self.tr("Switch off USB debugging and end"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self._items = []
        self.checklist.clear()
        self.retranslate()
