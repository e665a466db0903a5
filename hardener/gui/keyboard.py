"""Keyboard use of the pages: where the focus lands when a page is shown, and what Enter does.

A person who cannot use a mouse (or a trainer at speed) must always have a control in focus:
every page shown focuses its main control, never nothing. A page may say which one with a
``focus_target()`` method (the start page: the chosen kind of phone, so Tab walks down to
Connect); otherwise it is the page's visible primary button, else its first control.

Enter presses the page's default button (its visible, enabled primary button) wherever the
focus is on the page, unless the focused control gives Enter its own meaning: a push button
presses itself, a text field or a list does what the page wired to it (``returnPressed``,
``itemActivated``). Qt passes such an Enter on to the page after using it, so those are left
alone here, or Enter would act twice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Controls whose own Enter is the person's intent (Qt then passes the key on to the page).
OWN_ENTER = (QLineEdit, QAbstractItemView, QPlainTextEdit, QAbstractSpinBox, QPushButton)


def usable(widget: QWidget | None, page: QWidget) -> bool:
    return (
        widget is not None
        and (widget is page or page.isAncestorOf(widget))
        and widget.isVisibleTo(page)
        and widget.isEnabled()
    )


def default_button(page: QWidget) -> QAbstractButton | None:
    """The page's main action: its first primary button that can be pressed now."""
    for button in page.findChildren(QPushButton):
        if button.property("primary") and usable(button, page):
            return button
    return None


def first_control(page: QWidget) -> QWidget | None:
    """The first control a Tab would reach on the page, in its tab order."""
    widget = page.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring over the whole window
        if widget is None or widget is page:
            return None
        if usable(widget, page) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


def main_control(page: QWidget) -> QWidget | None:
    own = getattr(page, "focus_target", None)
    chosen = own() if callable(own) else None
    if isinstance(chosen, QWidget) and usable(chosen, page):
        return chosen
    return default_button(page) or first_control(page)


def show_page(stack: QStackedWidget, frame: QWidget, page: QWidget) -> None:
    """Make ``frame`` (holding ``page``) the shown one and focus the page's main control.

    A focus the page gave itself just before (a question's safe answer) is kept; a focus that
    Qt moved in on its own, because the focused control of the old page was hidden, is not.
    """
    focused = _focused(page)
    chosen = focused if focused is not None and focused is not page and page.isAncestorOf(focused) else None
    stack.setCurrentWidget(frame)
    if chosen is not None and usable(chosen, page):
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    target = main_control(page)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _focused(page: QWidget) -> QWidget | None:
    window = page.window()
    return QApplication.focusWidget() or (window.focusWidget() if window is not None else None)


class EnterPressesDefault(QObject):
    """An event filter on a page: an Enter no control used presses the page's default button."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self.page or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        extra = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in ENTER_KEYS or extra != Qt.KeyboardModifier.NoModifier:
            return False
        focused = QApplication.focusWidget()
        if isinstance(focused, OWN_ENTER) and focused is not self.page:
            return False
        button = default_button(self.page)
        if button is None:
            return False
        button.click()
        return True
