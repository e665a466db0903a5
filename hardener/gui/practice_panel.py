"""The practice phone's own screen, for its "Allow USB debugging?" question.

A real phone asks this on its own screen; a trainer rehearsing must practise answering it,
or the real thing surprises them. So when the practice phone asks, its question appears here,
framed as a phone and labelled as the practice phone, with the same choices.

The practice phone raises its question on a server thread; :class:`PromptBridge` carries it
into the GUI thread (queued signal) before any widget is touched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hardener.gui.widgets import Heading, Para, big_button, label_button
from hardener.sim.auth import PendingPrompt


class PromptBridge(QObject):
    """``offer`` may be called on any thread; ``prompt_raised`` fires on the GUI thread."""

    prompt_raised = Signal(object)  # PendingPrompt
    prompt_closed = Signal(object)

    def offer(self, prompt: PendingPrompt) -> None:
        prompt.on_done(self.prompt_closed.emit)
        self.prompt_raised.emit(prompt)


class PracticePromptPanel(QFrame):
    """Shows one pending prompt with Allow / Deny, and forgets it as soon as it is answered."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt: PendingPrompt | None = None
        self.setObjectName("practicePhoneScreen")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#practicePhoneScreen { border: 10px solid #26292e; border-radius: 22px; background: white; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #8a5a00; font-weight: bold;")
        layout.addWidget(self.caption)
        self.title = Heading(1.2)
        layout.addWidget(self.title)
        self.body = Para()
        layout.addWidget(self.body)
        self.always = QCheckBox()
        layout.addWidget(self.always)
        row = QHBoxLayout()
        row.addStretch(1)
        self.deny_button = big_button()
        self.allow_button = big_button()
        row.addWidget(self.deny_button)
        row.addWidget(self.allow_button)
        layout.addLayout(row)
        self.deny_button.clicked.connect(lambda: self._answer(False))
        self.allow_button.clicked.connect(lambda: self._answer(True))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("On the practice phone's screen (not a real phone):"))
        self.title.setText(self.tr("Allow USB debugging?"))
        fingerprint = self._prompt.fingerprint if self._prompt is not None else ""
        # 16 pairs do not fit a phone-sized panel on one line and contain no space to wrap at.
        half = len(fingerprint) // 2 + 1 if len(fingerprint) > 24 else len(fingerprint)
        lines = [fingerprint[:half].rstrip(":"), fingerprint[half:]] if half < len(fingerprint) else [fingerprint]
        self.body.setText("\n".join([self.tr("The computer's RSA key fingerprint is:"), *lines]))
        label_button(self.always, self.tr("Always allow from this computer"))
        label_button(self.deny_button, self.tr("Deny"), self.tr("Practice phone: refuse this computer"))
        label_button(self.allow_button, self.tr("Allow"), self.tr("Practice phone: allow this computer"))
        self.setAccessibleName(self.tr("Practice phone screen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_prompt(self, prompt: PendingPrompt) -> None:
        if prompt.state != "pending":
            return
        self._prompt = prompt
        self.always.setChecked(False)
        self.retranslate()
        self.show()
        self.allow_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_prompt(self, prompt: PendingPrompt | None = None) -> None:
        if prompt is None or prompt is self._prompt:
            self._prompt = None
            self.hide()
            self.retranslate()

    @property
    def pending(self) -> PendingPrompt | None:
        return self._prompt

    def _answer(self, allow: bool) -> None:
        prompt = self._prompt
        if prompt is None:
            return
        if allow:
            prompt.allow(remember=self.always.isChecked())
        else:
            prompt.deny()
        self.close_prompt(prompt)
        self.answered.emit(allow)
