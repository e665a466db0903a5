"""Undo: offered when a phone still carries an undo record, run, and its result.

The record lives on the phone, so this page can appear on any laptop, days later, or right
after a cable was pulled mid-change. It says which of those it is ("was interrupted" versus
"was finished") because the person's next step differs: an interrupted run is best undone.

The record is sealed with the person's undo code. A record from an earlier visit is first
shown *locked*: the person types the code to open it, or erases it (the earlier changes then
stay as they are), or goes on without it (nothing can then be changed until it is opened or
erased, because writing over it would lose the way back).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from hardener.gui import severity
from hardener.gui.describe import status_reason, status_severity, status_word, subject
from hardener.gui.lang import lib
from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout, quiet_sizing, tree_rows
from hardener.session import journal as jr
from hardener.session.journal import Journal, JournalEntry
from hardener.session.outcome import of_entry
from hardener.session.undo import UndoResult

OFFER, RUNNING, DONE, LOCKED = "offer", "running", "done", "locked"
# Why the locked page is shown again: the code did not open the record, the code was not a code,
# an erase left something behind, or the person tried to change the phone without opening it.
WRONG_CODE, BAD_CODE, NOT_ERASED, NEEDED = "wrong_code", "bad_code", "not_erased", "needed"


class UndoPage(QWidget):
    undo_requested = Signal()
    keep_requested = Signal()
    rescan_requested = Signal()
    finish_requested = Signal()
    cancel_requested = Signal()
    code_entered = Signal(str)
    erase_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = OFFER
        self._why_locked = ""
        self._after_apply = False
        self._journal: Journal | None = None
        self._titles: Mapping[str, str] = {}
        self._status: dict[str, str] = {}
        self._details: dict[str, str] = {}
        self._result: UndoResult | None = None
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.text = Para()
        self.text.setObjectName("undoText")
        layout.addWidget(self.text)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        layout.addWidget(self.busy)
        self.code_label = QLabel()
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("undoCode")
        self.code_edit.setMaxLength(20)
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.code_label.setBuddy(self.code_edit)
        self.code_problem = Para()
        self.code_problem.setObjectName("undoCodeProblem")
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code_edit, 1)
        layout.addLayout(code_row)
        layout.addWidget(self.code_problem)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.undo_button = big_button(primary=True)
        self.keep_button = big_button()
        self.rescan_button = big_button()
        self.cancel_button = big_button()
        self.finish_button = big_button()
        self.open_button = big_button(primary=True)
        self.erase_button = big_button()
        for button in (self.open_button, self.undo_button, self.keep_button, self.erase_button, self.rescan_button,
                       self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.undo_button.clicked.connect(self.undo_requested)
        self.keep_button.clicked.connect(self.keep_requested)
        self.rescan_button.clicked.connect(self.rescan_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.open_button.clicked.connect(lambda: self.code_entered.emit(self.code_edit.text()))
        self.code_edit.returnPressed.connect(lambda: self.code_entered.emit(self.code_edit.text()))
        self.erase_button.clicked.connect(self.erase_requested)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.activated.connect(self._escape)
        self.retranslate()

    # --- modes ------------------------------------------------------------------------------

    def ask_code(self, why: str = "") -> None:
        """The phone holds a sealed record from an earlier visit: ask for its code."""
        self._mode = LOCKED
        self._why_locked = why
        self._after_apply = False
        self._journal = None
        self._result = None
        self.list.clear()
        if why != BAD_CODE and why != WRONG_CODE:
            self.code_edit.clear()
        self.retranslate()
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    def offer(self, journal: Journal, titles: Mapping[str, str], after_apply: bool = False) -> None:
        """Show what the record holds. ``after_apply``: the person just pressed Undo on the result."""
        self._mode = OFFER
        self._after_apply = after_apply
        self._journal = journal
        self.code_edit.clear()
        self._titles = dict(titles)
        self._result = None
        self._status = {e.key: _entry_status(e) for e in journal.entries}
        self._details = {}
        self._fill_list()
        self.retranslate()
        self.undo_button.setFocus()

    def running(self) -> None:
        self._mode = RUNNING
        self._status = {
            k: ("writing" if s in ("done", "maybe", "not_applied", "failed") else s) for k, s in self._status.items()
        }
        self.cancel_button.setEnabled(True)
        self.retranslate()

    def entry_done(self, entry: JournalEntry, restored: bool) -> None:
        self._status[entry.key] = "restored" if restored else "not_restored"
        self.retranslate()

    def show_result(self, result: UndoResult) -> None:
        self._mode = DONE
        self._result = result
        for outcome in result.outcomes:
            self._status[outcome.entry.key] = "restored" if outcome.restored else "not_restored"
            self._details[outcome.entry.key] = outcome.detail
        for entry in result.not_undoable:
            self._status[entry.key] = "cannot_undo"
        self.retranslate()
        self.finish_button.setFocus()

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def after_apply(self) -> bool:
        return self._after_apply

    def _escape(self) -> None:
        if self._mode == RUNNING:
            self.cancel_requested.emit()

    # --- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        journal = self._journal
        count = len(journal.undoable) if journal is not None else 0
        if self._mode == LOCKED:
            pass
        elif self._mode == OFFER:
            if self._after_apply:
                self.heading.setText(self.tr("Undo these changes?"))
                self.text.setText(
                    self.tr(
                        "hardener puts back the values the phone had before. %n change(s) can be undone.",
                        "",
                        count,
                    )
                )
            elif journal is not None and journal.state == jr.APPLYING:
                self.heading.setText(self.tr("The last changes were not finished"))
                self.text.setText(
                    self.tr(
                        "hardener was changing this phone when it stopped (perhaps the cable was pulled). "
                        "It wrote down every value it may have changed. %n change(s) can be undone.",
                        "",
                        count,
                    )
                )
            else:
                self.heading.setText(self.tr("Finish or undo the last changes"))
                self.text.setText(
                    self.tr(
                        "hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.",
                        "",
                        count,
                    )
                )
        elif self._mode == RUNNING:
            self.heading.setText(self.tr("Putting the old values back…"))
            self.text.setText(self.tr("Keep the phone plugged in."))
        else:
            result = self._result
            restored = sum(1 for o in result.outcomes if o.restored) if result is not None else 0
            failed = sum(1 for o in result.outcomes if not o.restored) if result is not None else 0
            self.heading.setText(self.tr("Undone") if not failed else self.tr("Partly undone"))
            parts = [self.tr("%n value(s) are back as they were.", "", restored)]
            if failed:
                parts.append(self.tr("%n could not be put back: see why below.", "", failed))
            if result is not None and result.not_undoable:
                parts.append(
                    self.tr(
                        "%n change(s) cannot be undone (for example, cleared app history).",
                        "",
                        len(result.not_undoable),
                    )
                )
            self.text.setText(" ".join(parts))
        self.busy.setVisible(self._mode == RUNNING)
        self.list.setHeaderLabels([self.tr("State"), self.tr("Change"), self.tr("Why")])
        self.list.setAccessibleName(self.tr("Changes in the undo record"))
        label_button(self.undo_button, self.tr("Undo them"), self.tr("Put back the values from before"))
        if self._after_apply:
            label_button(self.keep_button, self.tr("Back"), self.tr("Keep the changes"))
        else:
            label_button(self.keep_button, self.tr("Keep them and go on"))
        label_button(self.rescan_button, self.tr("Check the phone again"))
        label_button(self.cancel_button, self.tr("Cancel"), self.tr("Stop undoing (Esc)"))
        label_button(self.finish_button, self.tr("Finish"), self.tr("Switch off USB debugging and end"))
        self.undo_button.setVisible(self._mode == OFFER)
        self.undo_button.setEnabled(count > 0)
        self.keep_button.setVisible(self._mode in (OFFER, LOCKED))
        self.list.setVisible(self._mode != LOCKED)
        self.rescan_button.setVisible(self._mode == DONE)
        self.finish_button.setVisible(self._mode == DONE)
        self.cancel_button.setVisible(self._mode == RUNNING)
        self._retranslate_locked()
        self._fill_texts()

    def _retranslate_locked(self) -> None:
        locked = self._mode == LOCKED
        for widget in (self.code_label, self.code_edit, self.open_button, self.erase_button):
            widget.setVisible(locked)
        problems = {
            WRONG_CODE: self.tr("This code does not open the record. Check each letter and digit, and try again."),
            BAD_CODE: self.tr("An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR."),
            NOT_ERASED: self.tr("The record could not be erased: it is still on the phone. Try again."),
            NEEDED: self.tr(
                "To change this phone, first open the earlier record with its code, or erase it. "
                "Writing over it would lose the way back."
            ),
        }
        self.code_problem.setText(problems.get(self._why_locked, ""))
        self.code_problem.setVisible(locked and bool(self._why_locked))
        if not locked:
            return
        self.heading.setText(self.tr("This phone keeps an undo record"))
        self.text.setText(
            self.tr(
                "It was made at an earlier visit and is locked with an undo code. Type the code to see "
                "and undo those changes. Without the code, you can erase the record: the earlier "
                "changes then stay, and can no longer be undone."
            )
        )
        self.code_label.setText(self.tr("Undo code:"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        label_button(self.open_button, self.tr("Open the record"))
        label_button(self.erase_button, self.tr("Erase the record"),
                     self.tr("The earlier changes stay; they can no longer be undone"))
        label_button(self.keep_button, self.tr("Go on without it"), self.tr("Check the phone; change nothing"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _entries(self) -> list[JournalEntry]:
        return list(self._journal.entries) if self._journal is not None else []

    def _fill_list(self) -> None:
        self.list.clear()
        for _entry in self._entries():
            QTreeWidgetItem(self.list)

    def _fill_texts(self) -> None:
        with quiet_sizing(self.list):
            self._fill_texts_now()

    def _fill_texts_now(self) -> None:
        for index, entry in enumerate(self._entries()):
            item = self.list.topLevelItem(index)
            if item is None:
                continue
            status = self._status.get(entry.key, "waiting")
            level = status_severity(status)
            item.setIcon(0, severity.icon(level))
            item.setText(0, status_word(status))
            item.setForeground(0, QBrush(severity.colour(level)))
            title = self._titles.get(entry.key, "")
            target = subject(entry.typed)
            what = lib(title) if title else entry.kind
            item.setText(1, f"{what}\n{target}" if target else what)
            item.setText(2, status_reason(status, self._details.get(entry.key, "")))

    def rows(self) -> list[tuple[str, ...]]:
        return tree_rows(self.list, 3)

    def clear(self) -> None:
        self._mode = OFFER
        self._why_locked = ""
        self.code_edit.clear()
        self._after_apply = False
        self._journal = None
        self._titles = {}
        self._status = {}
        self._details = {}
        self._result = None
        self.list.clear()
        self.retranslate()


def _entry_status(entry: JournalEntry) -> str:
    """How the record describes an entry, in the one vocabulary the other screens use."""
    return of_entry(entry).value
