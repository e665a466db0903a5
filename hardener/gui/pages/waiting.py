"""While connecting: first "connecting", then "tap Allow on the phone", always with Cancel.

The wait for "Allow" can be long (the phone is locked, in a bag, the person is unsure), so
the screen shows what the phone's question looks like and which button to tap, and Cancel
stops the attempt at once (``Connector.cancel``) rather than after the timeout.

A real phone says nothing when "Deny" was tapped: the wait just goes on. So after a while
(``deny_hint_s``, about ten seconds) the page says what to do if that happened, with a
"Try again" button. The practice phone needs no such hint: its Deny ends the wait at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from hardener.gui.pictures import PhonePicture, allow_usb_debugging
from hardener.gui.practice_panel import PracticePromptPanel
from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout

CONNECTING, WAITING_FOR_ALLOW = "connecting", "waiting"
DENY_HINT_S = 10.0  # how long a real phone's "Allow?" goes unanswered before the Deny hint


class WaitingPage(QWidget):
    cancel_requested = Signal()
    retry_requested = Signal()  # "Try again" after a Deny tapped by mistake

    def __init__(self, parent: QWidget | None = None, deny_hint_s: float = DENY_HINT_S) -> None:
        super().__init__(parent)
        self._mode = CONNECTING
        self._practice = False
        self._retry_offered = False
        self._deny_timer = QTimer(self)
        self._deny_timer.setSingleShot(True)
        self._deny_timer.timeout.connect(self._offer_retry)
        self.deny_hint_s = deny_hint_s
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        text_column = QVBoxLayout()
        self.text = Para()
        text_column.addWidget(self.text)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # "working", with no percentage to promise
        self.busy.setTextVisible(False)
        text_column.addWidget(self.busy)
        self.advice = Para()
        text_column.addWidget(self.advice)
        self.deny_hint = Para()
        self.deny_hint.setObjectName("denyHint")
        text_column.addWidget(self.deny_hint)
        self.retry_button = big_button()
        text_column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        text_column.addStretch(1)
        row.addLayout(text_column, 1)
        self.picture = PhonePicture(allow_usb_debugging())
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.practice_panel = PracticePromptPanel()
        row.addWidget(self.practice_panel, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)
        buttons = QHBoxLayout()
        self.cancel_button = big_button()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.activated.connect(self.cancel_requested)
        self.retranslate()

    def retranslate(self) -> None:
        if self._mode == CONNECTING:
            self.heading.setText(self.tr("Connecting to the phone…"))
            self.text.setText(self.tr("This takes a few seconds."))
            self.advice.setText("")
        else:
            self.heading.setText(self.tr("Tap “Allow” on the phone"))
            if self._practice:
                self.text.setText(
                    self.tr("The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.")
                )
            else:
                self.text.setText(self.tr("Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”."))
            self.advice.setText(
                self.tr(
                    "Do not tick “Always allow from this computer” unless this is your own computer. "
                    "If you do not see the question, unplug the cable and plug it in again."
                )
            )
        label_button(self.cancel_button, self.tr("Cancel"), self.tr("Stop connecting (Esc)"))
        self.deny_hint.setText(
            self.tr("Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.")
        )
        label_button(self.retry_button, self.tr("Try again"), self.tr("Connect to the phone again"))
        hint = self.retry_offered
        self.deny_hint.setVisible(hint)
        self.retry_button.setVisible(hint)
        self.busy.setAccessibleName(self.tr("Waiting"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def deny_hint_s(self) -> float:
        return self._deny_timer.interval() / 1000

    @deny_hint_s.setter
    def deny_hint_s(self, seconds: float) -> None:
        self._deny_timer.setInterval(max(0, round(seconds * 1000)))

    @property
    def retry_offered(self) -> bool:
        """The "Tapped Deny by mistake?" hint and its "Try again" are shown."""
        return self._retry_offered

    def _offer_retry(self) -> None:
        if self._mode == WAITING_FOR_ALLOW and not self._practice:
            self._retry_offered = True
            self.retranslate()

    def start(self, practice: bool) -> None:
        self._mode = CONNECTING
        self._practice = practice
        self._deny_timer.stop()
        self._retry_offered = False
        self.picture.setVisible(not practice)
        self.practice_panel.close_prompt()
        self.cancel_button.setEnabled(True)
        self.retranslate()

    def waiting_for_allow(self) -> None:
        self._mode = WAITING_FOR_ALLOW
        # A real phone asks on its own screen: show what that looks like. The practice phone's
        # question appears in its own panel instead.
        self.picture.setVisible(not self._practice)
        if not self._practice and not self._deny_timer.isActive() and not self.retry_offered:
            self._deny_timer.start()
        self.retranslate()

    @property
    def mode(self) -> str:
        return self._mode

    def clear(self) -> None:
        self.practice_panel.close_prompt()
        self._mode = CONNECTING
        self._practice = False
        self._deny_timer.stop()
        self._retry_offered = False
        self.retranslate()
