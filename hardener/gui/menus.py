"""The window's menus: the session, the language, the text size, help.

Kept apart from the window so the window holds only the flow between pages. The language and
the text size are the only things the app remembers (in the preferences file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication

from hardener.gui.lang import LANGUAGES, PSEUDO
from hardener.gui.prefs import TEXT_SIZES
from hardener.gui.widgets import style_sheet

if TYPE_CHECKING:
    from hardener.gui.window import MainWindow


class WindowMenus:
    """The menus. Their texts keep the window's translation context ("MainWindow"), where their
    catalogue entries already are."""

    def __init__(self, w: MainWindow) -> None:
        self.w = w
        self._base_font = QFont(QApplication.font())
        self.text_size = 100
        bar = w.menuBar()
        self.session_menu = bar.addMenu("")
        self.next_person_action = QAction(w)
        self.next_person_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.next_person_action.triggered.connect(w.next_person)
        self.session_menu.addAction(self.next_person_action)
        self.quit_action = QAction(w)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(w.close)
        self.session_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(w)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            if language.code == PSEUDO and w.switcher.code != PSEUDO:
                continue  # a developer's layout check, only behind --lang en_XA: not a language to offer
            action = QAction(language.name, w)
            action.setCheckable(True)
            action.setData(language.code)
            action.triggered.connect(lambda _c=False, code=language.code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language.code] = action
        current = self.language_actions.get(w.switcher.code)
        if current is not None:
            current.setChecked(True)

        self.view_menu = bar.addMenu("")
        self.size_group = QActionGroup(w)
        self.size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = QAction(w)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, p=percent: self.apply_text_size(p))
            self.size_group.addAction(action)
            self.view_menu.addAction(action)
            self.size_actions[percent] = action
        self.view_menu.addSeparator()
        self.bigger_action = QAction(w)
        self.bigger_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.bigger_action.triggered.connect(lambda: self._step_text_size(+1))
        self.smaller_action = QAction(w)
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self._step_text_size(-1))
        self.view_menu.addAction(self.bigger_action)
        self.view_menu.addAction(self.smaller_action)

        self.help_menu = bar.addMenu("")
        self.usb_help_action = QAction(w)
        self.usb_help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.usb_help_action.triggered.connect(w.show_help)
        self.help_menu.addAction(self.usb_help_action)

    def retranslate(self) -> None:
        self.session_menu.setTitle(QCoreApplication.translate("MainWindow", "&Session"))
        self.next_person_action.setText(QCoreApplication.translate("MainWindow", "&Next person: clear everything"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&Text size"))
        names = {
            100: QCoreApplication.translate("MainWindow", "Normal"),
            125: QCoreApplication.translate("MainWindow", "Large"),
            150: QCoreApplication.translate("MainWindow", "Larger"),
            200: QCoreApplication.translate("MainWindow", "Largest"),
        }
        for percent, action in self.size_actions.items():
            action.setText(names.get(percent, f"{percent}%"))
        self.bigger_action.setText(QCoreApplication.translate("MainWindow", "Bigger text"))
        self.smaller_action.setText(QCoreApplication.translate("MainWindow", "Smaller text"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.usb_help_action.setText(QCoreApplication.translate("MainWindow", "How to switch on &USB debugging"))

    def set_language(self, code: str, remember: bool = True) -> None:
        w = self.w
        w.switcher.apply(code)
        action = self.language_actions.get(w.switcher.code)
        if action is not None:
            action.setChecked(True)
        if remember:
            w.prefs.language = w.switcher.code
        w.retranslate()

    def apply_text_size(self, percent: int, remember: bool = True) -> None:
        if percent not in TEXT_SIZES:
            return
        base = self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 10.0
        self.w.setStyleSheet(style_sheet(base * percent / 100))
        action = self.size_actions.get(percent)
        if action is not None:
            action.setChecked(True)
        if remember:
            self.w.prefs.text_size = percent
        self.text_size = percent

    def _step_text_size(self, step: int) -> None:
        index = TEXT_SIZES.index(self.text_size) + step
        self.apply_text_size(TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, index))])
