"""Step by step: switching on USB debugging, for the person's make of phone.

A list of makers on the left (the arrow keys move through it), numbered steps with a
picture each on the right. The page holds nothing about any person, so it needs no clearing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QScrollArea, QWidget

from hardener.gui.pictures import PhonePicture
from hardener.gui.usbhelp_data import MAKERS, Maker
from hardener.gui.widgets import CardGrid, Heading, Para, StepCard, big_button, label_button, page_layout


class UsbHelpPage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.intro = Para()
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.makers = QListWidget()
        for maker in MAKERS:
            QListWidgetItem(maker.name, self.makers)
        self.makers.setMaximumWidth(self.makers.fontMetrics().horizontalAdvance("M") * 18)
        row.addWidget(self.makers)
        self.steps_box = CardGrid()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.steps_box)
        row.addWidget(scroll, 1)
        layout.addLayout(row, 1)
        buttons = QHBoxLayout()
        self.back_button = big_button(primary=True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back_requested)
        self.makers.currentRowChanged.connect(lambda _row: self._show_steps())
        self.rows: list[StepCard] = []
        self.makers.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How to switch on USB debugging"))
        self.intro.setText(self.tr("Choose the make of the phone. Then do the steps on the phone, one by one."))
        for index, maker in enumerate(MAKERS):
            item = self.makers.item(index)
            if item is not None:
                item.setText(maker.name or self.tr("Other phones"))
        self.makers.setAccessibleName(self.tr("Make of phone"))
        label_button(self.back_button, self.tr("Back"))
        maker = self.current_maker()
        for row, step in zip(self.rows, maker.steps, strict=False):
            row.set_text(QCoreApplication.translate("UsbHelp", step.text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_maker(self) -> Maker:
        row = max(0, self.makers.currentRow())
        return MAKERS[min(row, len(MAKERS) - 1)]

    def choose(self, maker_id: str) -> None:
        for index, maker in enumerate(MAKERS):
            if maker.id == maker_id:
                self.makers.setCurrentRow(index)

    def _show_steps(self) -> None:
        self.rows = []
        for number, step in enumerate(self.current_maker().steps, start=1):
            picture = PhonePicture(step.screen) if step.screen is not None else None
            self.rows.append(StepCard(number, picture=picture))
        self.steps_box.set_cards(list(self.rows))
        self.retranslate()

    def step_texts(self) -> list[str]:
        return [row.text.text() for row in self.rows]
