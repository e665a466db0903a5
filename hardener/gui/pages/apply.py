"""While changes are made: each line's state, and one question per change that cannot be undone.

The question appears on this page, not in a modal dialog, so it never hides the list and a
keyboard user meets it in the normal tab order. It is asked on behalf of the worker thread,
which waits for the answer (see :class:`ConsentBridge`); the GUI itself never blocks.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hardener.gui import severity
from hardener.gui.describe import status_severity, status_word, subject
from hardener.gui.lang import lib
from hardener.gui.widgets import Heading, Para, big_button, label_button, page_layout, quiet_sizing, tree_rows
from hardener.inert import shown
from hardener.session.outcome import Outcome
from hardener.session.plan import Plan, PlannedChange


class ConsentBridge(QObject):
    """Lets the worker ask the person a yes/no question and wait, without blocking the GUI.

    ``ask`` runs on the worker: it emits ``asked`` (delivered queued to the GUI thread) and waits
    on an Event, waking often enough to notice a cancel. ``answer`` runs on the GUI thread.
    """

    asked = Signal(object)  # PlannedChange

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered = threading.Event()
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._answer = False
        self._yes_to_all: set[str] = set()  # kinds the person said yes to for every app at once
        self._asked_kind: str | None = None

    def ask(self, change: PlannedChange) -> bool:
        with self._lock:
            if change.kind in self._yes_to_all:
                return True
            self._asked_kind = change.kind
            self._answered.clear()
            self._answer = False
        if self._cancelled.is_set():
            return False
        self.asked.emit(change)
        while not self._answered.wait(0.1):
            if self._cancelled.is_set():
                return False
        with self._lock:
            return self._answer

    def answer(self, yes: bool, for_all: bool = False) -> None:
        """``for_all``: the same answer for every other change of this kind in this apply."""
        with self._lock:
            self._answer = yes
            if yes and for_all and self._asked_kind is not None:
                self._yes_to_all.add(self._asked_kind)
        self._answered.set()


    def cancel(self) -> None:
        self._cancelled.set()
        self._answered.set()

    def reset(self) -> None:
        self._cancelled.clear()
        self._answered.clear()
        with self._lock:
            self._yes_to_all = set()
            self._asked_kind = None


class ApplyPage(QWidget):
    cancel_requested = Signal()
    consent_given = Signal(bool, bool)  # yes, and the same for all of this kind
    question_shown = Signal(object)  # PlannedChange, on the GUI thread, once the question is up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._status: dict[str, str] = {}
        self._asking: PlannedChange | None = None
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.text = Para()
        layout.addWidget(self.text)
        # One step per change, moved as the phone confirms each one (its read-back), not at the end.
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        layout.addWidget(self.bar)

        self.question = QFrame()
        self.question.setObjectName("consentQuestion")
        self.question.setFrameShape(QFrame.Shape.StyledPanel)
        self.question.setStyleSheet("#consentQuestion { border: 3px solid #b34700; border-radius: 6px; }")
        q_layout = QVBoxLayout(self.question)
        self.question_title = Heading(1.2)
        q_layout.addWidget(self.question_title)
        self.question_text = Para()
        self.question_text.setObjectName("consentText")
        q_layout.addWidget(self.question_text)
        q_buttons = QHBoxLayout()
        self.yes_button = big_button()
        self.yes_all_button = big_button()
        self.no_button = big_button(primary=True)
        q_buttons.addWidget(self.yes_button)
        q_buttons.addWidget(self.yes_all_button)
        q_buttons.addWidget(self.no_button)
        q_buttons.addStretch(1)
        q_layout.addLayout(q_buttons)
        self.question.hide()
        layout.addWidget(self.question)

        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.cancel_button = big_button()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.yes_all_button.clicked.connect(lambda: self._answer(True, for_all=True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.activated.connect(self.cancel_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Changing the phone…"))
        self.text.setText(self.tr("Keep the phone plugged in. hardener writes an undo record on the phone first."))
        self.list.setHeaderLabels([self.tr("State"), self.tr("Change")])
        self.list.setAccessibleName(self.tr("Changes and their state"))
        self.bar.setFormat(self.tr("%v of %m changes done"))
        self.bar.setAccessibleName(self.tr("Changes done so far"))
        label_button(self.cancel_button, self.tr("Cancel"), self.tr("Stop changing the phone (Esc)"))
        self.question_title.setText(self.tr("This change cannot be undone"))
        if self._asking is not None:
            what = lib(self._asking.title)
            target = subject(self._asking.typed)
            warning = self._asking.typed.warning()
            self.question_text.setText(
                self.tr(
                    "{change}: {subject}\nNow: {now}. After: {after}.\nThis cannot be undone. Make this change?"
                ).format(
                    change=what,
                    subject=target,
                    now=shown(lib(self._asking.current)),  # the phone's own value
                    after=shown(lib(self._asking.target)),
                )
                + (f"\n{lib(warning)}" if warning else "")
            )
        else:
            self.question_text.setText("")
        label_button(self.yes_button, self.tr("Yes, make it"))
        alike = self._alike_waiting()
        label_button(self.yes_all_button, self.tr("Yes, for all %n apps like this", "", alike))
        self.yes_all_button.setVisible(self._asking is not None and alike > 1)
        label_button(self.no_button, self.tr("No, skip it"))
        self.question.setAccessibleName(self.tr("Question: this change cannot be undone"))
        self._fill_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self, plan: Plan) -> None:
        self._plan = plan
        self._status = {c.key: "waiting" for c in plan.to_apply}
        self._asking = None
        self.question.hide()
        self.list.clear()
        for change in plan.to_apply:
            item = QTreeWidgetItem(self.list)
            item.setData(0, Qt.ItemDataRole.UserRole, change.key)
        self.bar.setRange(0, max(1, len(plan.to_apply)))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.retranslate()

    def progress(self, change: PlannedChange, status: str) -> None:
        self._status[change.key] = status
        self.bar.setValue(self.settled())
        self._fill_texts()

    def settled(self) -> int:
        """How many changes have their outcome (confirmed, already so, skipped, or not made)."""
        return sum(1 for s in self._status.values() if s not in (Outcome.WAITING, Outcome.WRITING))

    def _alike_waiting(self) -> int:
        """How many changes of the asked kind still wait for an answer, this one included."""
        asking = self._asking
        if asking is None or self._plan is None:
            return 0
        return sum(1 for c in self._plan.to_apply
                   if c.kind == asking.kind and not c.reversible and self._status.get(c.key) == "waiting")

    def ask(self, change: PlannedChange) -> None:
        self._asking = change
        self.question.show()
        self.retranslate()
        self.no_button.setFocus()
        self.question_shown.emit(change)

    @property
    def asking(self) -> PlannedChange | None:
        return self._asking

    def _answer(self, yes: bool, for_all: bool = False) -> None:
        if self._asking is None:
            return
        self._asking = None
        self.question.hide()
        self.retranslate()
        self.consent_given.emit(yes, for_all)

    def stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self._asking = None
        self.question.hide()
        self.text.setText(self.tr("Stopping…"))

    def _fill_texts(self) -> None:
        with quiet_sizing(self.list):
            self._fill_texts_now()

    def _fill_texts_now(self) -> None:
        plan = self._plan
        if plan is None:
            return
        for index, change in enumerate(plan.to_apply):
            item = self.list.topLevelItem(index)
            if item is None:
                continue
            status = self._status.get(change.key, "waiting")
            level = status_severity(status)
            item.setIcon(0, severity.icon(level))
            item.setText(0, status_word(status))
            item.setForeground(0, QBrush(severity.colour(level)))
            target = subject(change.typed)
            item.setText(1, f"{lib(change.title)} — {target}" if target else lib(change.title))

    def rows(self) -> list[tuple[str, ...]]:
        return tree_rows(self.list, 2)

    def clear(self) -> None:
        self._plan = None
        self._status = {}
        self._asking = None
        self.question.hide()
        self.list.clear()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.retranslate()
