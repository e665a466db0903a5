""""Leave fast": one press hides the app and clears everything it shows, for a person interrupted.

Someone walks in; a partner, a client or the police must not see what was on the screen. The
button is on every page (in the header, which stays visible) and the key is F12 (and Ctrl+Shift+L).
Everything about the phone and the person is dropped at once (the connection closed, the practice
phone stopped, every page emptied), the window is minimised under a neutral title, and coming back
shows the start page, clean. Nothing is asked first: asking would keep the screen up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton

if TYPE_CHECKING:
    from hardener.gui.window import MainWindow

KEYS = (QKeySequence("F12"), QKeySequence("Ctrl+Shift+L"))


class LeaveFast(QObject):
    def __init__(self, w: MainWindow, header_row: QHBoxLayout) -> None:
        super().__init__(w)
        self.w = w
        self.button = QPushButton()
        self.button.setObjectName("leaveFast")
        self.button.clicked.connect(self.leave)
        header_row.addWidget(self.button)
        self.action = QAction(w)
        self.action.setShortcuts(list(KEYS))
        self.action.triggered.connect(self.leave)
        w.addAction(self.action)  # works on every page, whatever has the focus
        self.left = False
        w.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("LeaveFast", "Leave fast (F12)"))
        self.button.setToolTip(
            QCoreApplication.translate("LeaveFast", "Hide this window now and clear everything it shows")
        )

    def leave(self) -> None:
        w = self.w
        self.left = True
        w.reset_for_next_person()
        w.setWindowTitle(QCoreApplication.translate("LeaveFast", "Documents"))  # says nothing in the taskbar
        w.showMinimized()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        back = watched is self.w and event.type() == QEvent.Type.WindowStateChange and not self.w.isMinimized()
        if back and self.left:
            self.left = False
            self.w.retranslate()  # its own title back, on a clean start page
        return False
