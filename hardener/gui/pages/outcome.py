"""After changes: what is fixed, what is not and why, and the ways on (undo, steps, finish).

"Not fixed" is never left bare: each such line says why in plain words (the phone refused,
or could not be checked), with the phone's own answer after it for a helper.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hardener.gui import severity
from hardener.gui.describe import status_reason, status_severity, status_word, subject
from hardener.gui.lang import lib
from hardener.gui.pictures import PhonePicture
from hardener.gui.usbhelp_data import XIAOMI_SECURITY_SCREEN
from hardener.gui.widgets import (
    Heading,
    Para,
    big_button,
    label_button,
    page_layout,
    plain_tip,
    quiet_sizing,
    tree_rows,
)
from hardener.session.apply import ApplyResult


class OutcomePage(QWidget):
    undo_requested = Signal()
    steps_requested = Signal()
    finish_requested = Signal()
    report_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: ApplyResult | None = None
        self._todo = 0
        self._undo_possible = False
        self._code = ""
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.summary = Para()
        self.summary.setObjectName("outcomeSummary")
        layout.addWidget(self.summary)
        self.code_note = Para()
        self.code_note.setObjectName("outcomeUndoCode")
        self.code_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_note)
        self.report_note = Para()
        self.report_note.setObjectName("outcomeReportNote")
        layout.addWidget(self.report_note)
        # A write the phone refused: why, in plain words, the maker's switch, and "Try again".
        self.refusal_box = QWidget()
        refusal_row = QHBoxLayout(self.refusal_box)
        refusal_row.setContentsMargins(0, 0, 0, 0)
        self.refusal_picture = PhonePicture(XIAOMI_SECURITY_SCREEN)
        self.refusal_picture.setFixedSize(110, 220)
        self.refusal_text = Para()
        self.refusal_text.setObjectName("outcomeRefusal")
        self.retry_button = big_button()
        refusal_col = QVBoxLayout()
        refusal_col.addWidget(self.refusal_text)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry_button)
        retry_row.addStretch(1)
        refusal_col.addLayout(retry_row)
        refusal_col.addStretch(1)
        refusal_row.addWidget(self.refusal_picture)
        refusal_row.addLayout(refusal_col, 1)
        layout.addWidget(self.refusal_box)
        self.refusal_box.hide()
        self._refusal = ""
        self._maker_switch = False
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.steps_button = big_button()
        self.undo_button = big_button()
        self.finish_button = big_button(primary=True)
        self.report_button = big_button()
        row.addWidget(self.steps_button)
        row.addWidget(self.undo_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.undo_button.clicked.connect(self.undo_requested)
        self.steps_button.clicked.connect(self.steps_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        self.report_button.clicked.connect(self.report_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.retranslate()

    def retranslate(self) -> None:
        result = self._result
        if result is None:
            self.heading.setText(self.tr("Result"))
            self.summary.setText("")
        else:
            fixed = result.count("done")
            already = result.count("already")
            not_fixed = result.count("not_applied") + result.count("failed")
            self.heading.setText(self.tr("Done") if not not_fixed else self.tr("Done, with problems"))
            parts = [self.tr("%n fixed.", "", fixed)]
            if already:
                parts.append(self.tr("%n already fine.", "", already))
            if not_fixed:
                parts.append(self.tr("%n not fixed: see why below.", "", not_fixed))
            skipped = result.count("skipped")
            if skipped:
                parts.append(self.tr("%n skipped.", "", skipped))
            self.summary.setText(" ".join(parts))
        self.list.setHeaderLabels([self.tr("Result"), self.tr("Change"), self.tr("Why")])
        self.list.setAccessibleName(self.tr("Every change and its result"))
        self._fill_texts()
        label_button(self.undo_button, self.tr("Undo these changes"), self.tr("Put back the values from before"))
        label_button(self.steps_button, self.tr("Still to do on the phone: %n", "", self._todo),
                     self.tr("What only you can do on the phone, checked again"))
        label_button(self.report_button, self.tr("Save a report"), self.tr("A PDF or a web page, where you choose"))
        label_button(self.retry_button, self.tr("Try again"),
                     self.tr("Check the phone again and make the refused changes"))
        self.refusal_text.setText(lib(self._refusal) if self._refusal else "")
        self.refusal_box.setVisible(bool(self._refusal))
        self.refusal_picture.setVisible(self._maker_switch)
        self.retry_button.setVisible(self._maker_switch)
        label_button(self.finish_button, self.tr("Finish"), self.tr("Switch off USB debugging and end"))
        self.steps_button.setVisible(self._todo > 0)
        kept = result is not None and result.record_kept and bool(self._code)
        self.code_note.setVisible(kept)
        if kept:
            self.code_note.setText(
                self.tr(
                    "Undo code: %1. You need it only to undo these changes later from another computer. "
                    "Write it down and keep it apart from the phone."
                ).replace("%1", self._code)
            )
        # Undo is offered whenever a record is on the phone (some changes may be done, or half done).
        self.undo_button.setEnabled(self._undo_possible)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_refusal(self, explanation: str, maker_switch: bool) -> None:
        """``explanation``: an N_ text saying why writes were refused ("" for none);
        ``maker_switch``: a switch on the phone fixes it, so show it and offer "Try again"."""
        self._refusal = explanation
        self._maker_switch = maker_switch
        self.retranslate()

    def show_result(self, result: ApplyResult, todo: int, undo_possible: bool, code: str = "") -> None:
        """``todo``: how many things are still to do on the phone (from a fresh scan);
        ``code``: the undo code that opens the record on the phone (shown when one was kept)."""
        self._result = result
        self._todo = todo
        self._undo_possible = undo_possible
        self._code = code
        self.list.clear()
        for _outcome in result.outcomes:
            QTreeWidgetItem(self.list)
        self.retranslate()
        self.finish_button.setFocus()

    def _fill_texts(self) -> None:
        with quiet_sizing(self.list):
            self._fill_texts_now()

    def _fill_texts_now(self) -> None:
        if self._result is None:
            return
        for index, outcome in enumerate(self._result.outcomes):
            item = self.list.topLevelItem(index)
            if item is None:
                continue
            level = status_severity(outcome.status)
            item.setIcon(0, severity.icon(level))
            item.setText(0, status_word(outcome.status))
            item.setForeground(0, QBrush(severity.colour(level)))
            change = outcome.change
            target = subject(change.typed)
            item.setText(1, f"{lib(change.title)}\n{target}" if target else lib(change.title))
            why = status_reason(outcome.status, outcome.detail)
            if outcome.status == "done" and not change.reversible:
                why = self.tr("Done. This cannot be undone.")
            item.setText(2, why)
            item.setToolTip(2, plain_tip(why))  # "why" can quote what the phone said

    def rows(self) -> list[tuple[str, ...]]:
        return tree_rows(self.list, 3)

    def report_saved(self, where: str, problem: str = "") -> None:
        """Say where the report went, or why it could not be saved."""
        self.report_note.setText(
            self.tr("Report saved: {path}").format(path=where) if not problem
            else self.tr("The report could not be saved: {problem}").format(problem=problem)
        )

    def clear(self) -> None:
        self.report_note.setText("")
        self._refusal, self._maker_switch = "", False
        self._result = None
        self._todo = 0
        self._undo_possible = False
        self._code = ""
        self.list.clear()
        self.retranslate()
