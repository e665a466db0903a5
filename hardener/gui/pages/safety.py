"""The safety stop: shown when a check found an app that spies on the phone, before any change.

Changing a spying app (revoking what it may see, switching it off) can tell the person who
installed it that they have been found out, and that can make them dangerous. So nothing is
changed about such an app by default, and the person decides here, with the facts in plain
words, whether to go on leaving it alone (the default), to go on and let changes touch it too,
or to stop.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout


class SafetyChoice(enum.Enum):
    LEAVE_IT = "leave_it"  # go on; change nothing about the spying app
    TOUCH_IT = "touch_it"  # go on; the person accepts that changes may warn the installer
    STOP = "stop"  # change nothing at all


class SafetyPage(QWidget):
    chosen = Signal(object)  # a SafetyChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apps: list[str] = []
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.apps = Para()
        self.apps.setObjectName("safetyApps")
        layout.addWidget(self.apps)
        self.points: list[Para] = [Para() for _ in range(4)]
        for point in self.points:
            layout.addWidget(point)
        layout.addStretch(1)
        # One choice per line: long words at large text sizes never squeeze a choice this serious.
        choices = QVBoxLayout()
        self.leave_button = big_button(primary=True)
        self.touch_button = big_button()
        self.stop_button = big_button()
        for button in (self.leave_button, self.touch_button, self.stop_button):
            choices.addWidget(button)
        layout.addLayout(choices)
        self.leave_button.clicked.connect(lambda: self.chosen.emit(SafetyChoice.LEAVE_IT))
        self.touch_button.clicked.connect(lambda: self.chosen.emit(SafetyChoice.TOUCH_IT))
        self.stop_button.clicked.connect(lambda: self.chosen.emit(SafetyChoice.STOP))
        self.retranslate()

    def show_apps(self, apps: list[str]) -> None:
        """``apps``: the flagged apps as the findings name them (already made inert)."""
        self._apps = list(apps)
        self.retranslate()
        self.leave_button.setFocus()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Stop and read: an app that can spy on this phone was found"))
        self.apps.setText(", ".join(self._apps))
        self.apps.setVisible(bool(self._apps))
        texts = (
            self.tr("Do not confront anyone about it yet. Removing or changing the app can warn the person "
                    "who installed it."),
            self.tr("The app may see what is done on this phone, including changes made now."),
            self.tr("Make a safety plan first: where you can go, and who you can call if things get worse."),
            self.tr("Get help: a sex worker organisation, a domestic violence service or a digital security "
                    "helpline can help you decide what to do."),
        )
        for point, text in zip(self.points, texts, strict=True):
            point.setText("• " + text)
        label_button(self.leave_button, self.tr("Go on, leave that app alone"),
                     self.tr("Other changes can still be made; nothing about that app is changed"))
        label_button(self.touch_button, self.tr("Go on, and change that app too"),
                     self.tr("Only if you have a safety plan: the person who installed it may notice"))
        label_button(self.stop_button, self.tr("Stop here"), self.tr("Change nothing on this phone"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self._apps = []
        self.retranslate()
