""""USB debugging is still on: finish first?" — asked before the window lets go of a phone.

Closing the window, Quit or "Next person" while a phone is connected would leave USB debugging
on (a door for whoever holds the phone next) and, mid-apply, a change half made. So the person
is asked, in a window-modal box that does not block the event loop (the phone work goes on), with
"Finish" (the safe choice, by default), "Leave anyway" and "Cancel".
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class LeaveChoice(enum.Enum):
    FINISH = "finish"
    LEAVE = "leave"
    STAY = "stay"


class LeaveQuestion:
    def __init__(self, parent: QWidget) -> None:
        self.box = QMessageBox(parent)
        self.box.setObjectName("leaveQuestion")
        self.box.setIcon(QMessageBox.Icon.Warning)
        self.finish_button = self.box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.leave_button = self.box.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        self.stay_button = self.box.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.box.setDefaultButton(self.finish_button)
        self.box.setEscapeButton(self.stay_button)
        self._then: Callable[[LeaveChoice], None] | None = None
        self.box.buttonClicked.connect(self._clicked)

    def ask(self, busy: bool, then: Callable[[LeaveChoice], None]) -> None:
        """Ask; ``then`` gets the answer. ``busy``: the phone is being changed right now."""
        busy_text = QCoreApplication.translate(
            "LeaveQuestion", "The phone is being changed right now. Leaving now can leave a change half made."
        )
        idle_text = QCoreApplication.translate(
            "LeaveQuestion",
            "Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone "
            "for whoever holds it next.",
        )
        self.box.setWindowTitle(QCoreApplication.translate("LeaveQuestion", "USB debugging is still on"))
        self.box.setText(QCoreApplication.translate("LeaveQuestion", "USB debugging is still on: finish first?"))
        self.box.setInformativeText(busy_text if busy else idle_text)
        self.finish_button.setText(QCoreApplication.translate("LeaveQuestion", "Finish"))
        self.leave_button.setText(QCoreApplication.translate("LeaveQuestion", "Leave anyway"))
        self.stay_button.setText(QCoreApplication.translate("LeaveQuestion", "Cancel"))
        self._then = then
        self.box.open()

    def _clicked(self, button: object) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        if button is self.finish_button:
            then(LeaveChoice.FINISH)
        elif button is self.leave_button:
            then(LeaveChoice.LEAVE)
        else:
            then(LeaveChoice.STAY)
