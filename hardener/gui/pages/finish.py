"""Finishing: switch USB debugging off, guide the last step by hand, then clear everything.

USB debugging left on is a door for whoever holds the phone next (and for this laptop, if
it is seized). Switching it off ends hardener's own connection, which is the expected end,
not an error. Forgetting which computers the phone trusted can only be done on the phone, so
it is shown as numbered steps with pictures. Then one button clears every trace of this
person from the window before the next person sits down.

The undo record on the phone is erased by default: after Finish, nothing on the phone says it
was prepared. Keeping undo possible is the person's choice, said plainly with its cost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QProgressBar, QScrollArea, QWidget

from hardener.gui.pictures import PhonePicture
from hardener.gui.usbhelp_data import REVOKE_SCREENS
from hardener.gui.widgets import CardGrid, Heading, Para, StepCard, big_button, label_button, page_layout
from hardener.session.finish import FinishResult

CONFIRM, RUNNING, DONE = "confirm", "running", "done"


class FinishPage(QWidget):
    finish_requested = Signal(bool)  # erase the undo record (True unless the person keeps it)
    back_requested = Signal()
    next_person_requested = Signal()
    cancel_requested = Signal()
    report_requested = Signal()
    todo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = CONFIRM
        self._result: FinishResult | None = None
        self._has_record = False
        self._code = ""
        self._todo = 0
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.text = Para()
        self.text.setObjectName("finishText")
        layout.addWidget(self.text)
        self.keep = QCheckBox()
        self.keep.setObjectName("keepUndo")
        layout.addWidget(self.keep)
        self.code_note = Para()
        self.code_note.setObjectName("finishUndoCode")
        layout.addWidget(self.code_note)
        self.report_note = Para()
        self.report_note.setObjectName("finishReportNote")
        layout.addWidget(self.report_note)
        self.todo_note = Para()
        self.todo_note.setObjectName("finishTodo")
        layout.addWidget(self.todo_note)
        self.keep.toggled.connect(lambda _on: self.retranslate())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        layout.addWidget(self.busy)
        self.steps_heading = Heading(1.2)
        layout.addWidget(self.steps_heading)
        steps_box = CardGrid()
        self.steps: list[StepCard] = []
        for number, screen in enumerate((*REVOKE_SCREENS, None), start=1):
            picture = PhonePicture(screen) if screen is not None else None
            self.steps.append(StepCard(number, picture=picture))
        steps_box.set_cards(list(self.steps))
        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setWidget(steps_box)
        layout.addWidget(self.steps_scroll, 1)
        buttons = QHBoxLayout()
        self.finish_button = big_button(primary=True)
        self.back_button = big_button()
        self.next_button = big_button(primary=True)
        self.cancel_button = big_button()
        self.report_button = big_button()
        self.todo_button = big_button()
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.todo_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.finish_button.clicked.connect(lambda: self.finish_requested.emit(not self.keep.isChecked()))
        self.back_button.clicked.connect(self.back_requested)
        self.report_button.clicked.connect(self.report_requested)
        self.todo_button.clicked.connect(self.todo_requested)
        self.next_button.clicked.connect(self.next_person_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.activated.connect(lambda: self.cancel_requested.emit() if self._mode == RUNNING else None)
        self.retranslate()

    def confirm(self, has_record: bool, code: str = "", todo: int = 0) -> None:
        """``code``: the undo code of this visit's record, to remind the person if they keep it;
        ``todo``: how many things are still to do on the phone (said before it is too late)."""
        self._mode = CONFIRM
        self._has_record = has_record
        self._code = code
        self._todo = todo
        self._result = None
        self.keep.setChecked(False)
        self.retranslate()
        self.finish_button.setFocus()

    def running(self) -> None:
        self._mode = RUNNING
        self.retranslate()

    def show_result(self, result: FinishResult) -> None:
        self._mode = DONE
        self._result = result
        self.retranslate()
        self.next_button.setFocus()

    @property
    def mode(self) -> str:
        return self._mode

    def retranslate(self) -> None:
        if self._mode == CONFIRM:
            self.heading.setText(self.tr("Finish"))
            self.text.setText(
                self.tr(
                    "hardener now switches off USB debugging and Developer options on the phone. "
                    "The phone then disconnects: that is expected."
                )
            )
        elif self._mode == RUNNING:
            self.heading.setText(self.tr("Switching off USB debugging…"))
            self.text.setText(self.tr("This takes a few seconds."))
        elif self._result is not None and self._result.record_left:
            self.heading.setText(self.tr("The undo record is still on the phone"))
            self.text.setText(
                self.tr("It could not be erased, so USB debugging was left on. Go back and try Finish again.")
            )
        else:
            ok = self._result is not None and self._result.debugging_off
            self.heading.setText(self.tr("USB debugging is off") if ok else self.tr("USB debugging may still be on"))
            self.text.setText(
                self.tr("You can unplug the phone. One last step on the phone:")
                if ok
                else self.tr("The phone did not confirm. Switch it off on the phone: follow the steps below.")
            )
        label_button(
            self.keep,
            self.tr(
                "Keep the possibility to undo later. Someone who searches the phone can see that its "
                "settings were changed."
            ),
        )
        self.keep.setVisible(self._mode == CONFIRM and self._has_record)
        if self._code:
            self.code_note.setText(
                self.tr("To undo later you will need this undo code: %1. Keep it apart from the phone.")
                .replace("%1", self._code)
            )
        else:
            self.code_note.setText(self.tr("To undo later you will need the undo code you were given."))
        self.code_note.setVisible(self._mode == CONFIRM and self._has_record and self.keep.isChecked())
        self.busy.setVisible(self._mode == RUNNING)
        self.steps_heading.setText(self.tr("Make the phone forget this computer"))
        texts = (
            self.tr(
                "On the phone, open Settings, then Developer options (often under “System”). "
                "If you cannot find Developer options, it is already off: you are done."
            ),
            self.tr("Tap “Revoke USB debugging authorisations”, then “OK”."),
            self.tr("Switch “Use developer options” off, at the top of the screen."),
            self.tr("Unplug the phone."),
        )
        for row, text in zip(self.steps, texts, strict=True):
            row.set_text(text)
        for widget in (self.steps_heading, self.steps_scroll):
            widget.setVisible(self._mode == DONE)
        label_button(
            self.finish_button,
            self.tr("Switch off USB debugging"),
            self.tr("Ends the connection to the phone"),
        )
        label_button(self.back_button, self.tr("Back"))
        # Before USB debugging goes off: afterwards the phone can no longer be read.
        label_button(self.report_button, self.tr("Save a report first"),
                     self.tr("A PDF or a web page, where you choose"))
        self.report_button.setVisible(self._mode == CONFIRM)
        self.todo_note.setText(
            self.tr("%n thing(s) are still to do on the phone. Only you can do them.", "", self._todo)
        )
        self.todo_note.setVisible(self._mode == CONFIRM and self._todo > 0)
        label_button(self.todo_button, self.tr("See what is still to do"))
        self.todo_button.setVisible(self._mode == CONFIRM and self._todo > 0)
        label_button(
            self.next_button,
            self.tr("Next person: clear everything"),
            self.tr("Removes everything about this phone from the screen and memory"),
        )
        retry = self._mode == DONE and self._result is not None and bool(self._result.record_left)
        self.finish_button.setVisible(self._mode == CONFIRM)
        self.back_button.setVisible(self._mode == CONFIRM or retry)
        self.next_button.setVisible(self._mode == DONE)
        label_button(self.cancel_button, self.tr("Cancel"), self.tr("Stop (Esc)"))
        self.cancel_button.setVisible(self._mode == RUNNING)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def report_saved(self, where: str, problem: str = "") -> None:
        self.report_note.setText(
            self.tr("Report saved: {path}").format(path=where) if not problem
            else self.tr("The report could not be saved: {problem}").format(problem=problem)
        )

    def clear(self) -> None:
        self.report_note.setText("")
        self._todo = 0
        self._mode = CONFIRM
        self._result = None
        self._has_record = False
        self._code = ""
        self.keep.setChecked(False)
        self.retranslate()
