"""Choosing a situation, and seeing every change before anything is changed.

Every line shows the value now and the value after, and whether it can be undone; changes
that cannot be undone (clearing an app's history) say so in words and with a warning badge,
and are asked about again one by one when they are made. Steps only the person can do sit
below, as a checklist that re-reads the phone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hardener.checks.finding import Severity
from hardener.gui import severity
from hardener.gui.checklist import Checklist
from hardener.gui.describe import helper_detail, subject
from hardener.gui.lang import lib
from hardener.gui.widgets import (
    Heading,
    Para,
    big_button,
    bold,
    label_button,
    page_layout,
    plain_tip,
    quiet_sizing,
    tree_rows,
)
from hardener.inert import shown
from hardener.session.plan import Plan, PlannedChange
from hardener.session.profiles import Profile

ID_ROLE = Qt.ItemDataRole.UserRole


class SituationPage(QWidget):
    profile_chosen = Signal(str)
    apply_requested = Signal()
    back_requested = Signal()
    manual_done = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles: list[Profile] = []
        self._plan: Plan | None = None
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.intro = Para()
        layout.addWidget(self.intro)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.profile_list = QListWidget()
        self.profile_list.setWordWrap(True)
        left_layout.addWidget(self.profile_list, 1)
        self.description = Para()
        self.description.setObjectName("profileDescription")
        left_layout.addWidget(self.description)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.changes_heading = Heading(1.2)
        right_layout.addWidget(self.changes_heading)
        self.summary = Para()
        self.summary.setObjectName("planSummary")
        right_layout.addWidget(self.summary)
        self.preview = QTreeWidget()
        self.preview.setColumnCount(4)
        self.preview.setRootIsDecorated(False)
        self.preview.setWordWrap(True)
        header = self.preview.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        right_layout.addWidget(self.preview, 2)
        self.manual_heading = Heading(1.2)
        right_layout.addWidget(self.manual_heading)
        self.checklist = Checklist()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.checklist)
        right_layout.addWidget(scroll, 2)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.apply_button = big_button(primary=True)
        self.back_button = big_button()
        row.addWidget(self.apply_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.profile_list.currentItemChanged.connect(self._chosen)
        self.apply_button.clicked.connect(self.apply_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.checklist.did_it.connect(self.manual_done)
        self.retranslate()

    # --- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What is your situation?"))
        self.intro.setText(self.tr("Choose the situation closest to yours. You see every change before it is made."))
        for i in range(self.profile_list.count()):
            item = self.profile_list.item(i)
            profile = self._profile_by_id(str(item.data(ID_ROLE)))
            if profile is not None:
                item.setText(lib(profile.title))
                item.setToolTip(lib(profile.for_whom) if profile.for_whom else "")
        plan = self._plan
        self.description.setText(self._about(plan.profile) if plan is not None else "")
        self.changes_heading.setText(self.tr("Changes hardener will make"))
        self.manual_heading.setText(self.tr("Steps you do on the phone"))
        self.manual_heading.setVisible(bool(plan and plan.manual))
        self.summary.setText(self._summary())
        self.preview.setHeaderLabels([self.tr("Change"), self.tr("Now"), self.tr("After"), self.tr("Undo")])
        self._fill_preview_texts()
        label_button(self.apply_button, self.tr("Make these changes"), self.tr("Change the phone as shown in the list"))
        label_button(self.back_button, self.tr("Back to what was found"))
        self.apply_button.setEnabled(plan is not None and bool(plan.to_apply))
        self.profile_list.setAccessibleName(self.tr("Situations"))
        self.preview.setAccessibleName(self.tr("Every change, with the value now and after"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _about(profile: Profile) -> str:
        """What the situation does, then who it is for, so a trainer can pick it with the person."""
        parts = [lib(profile.description)] + ([lib(profile.for_whom)] if profile.for_whom else [])
        return "\n\n".join(parts)

    def _summary(self) -> str:
        plan = self._plan
        if plan is None:
            return self.tr("Choose a situation on the left.") if self._profiles else ""
        parts: list[str] = []
        to_apply = plan.to_apply
        if plan.profile.audit_only or not plan.changes:
            parts.append(self.tr("This choice changes nothing on the phone."))
        elif not to_apply:
            parts.append(self.tr("The phone is already set this way. Nothing to change."))
        else:
            parts.append(self.tr("hardener will make %n change(s).", "", len(to_apply)))
        if plan.irreversible:
            parts.append(self.tr("%n of them cannot be undone: you will be asked again.", "", len(plan.irreversible)))
        already = len(plan.changes) - len(to_apply)
        if already and to_apply:
            parts.append(self.tr("%n already done.", "", already))
        if plan.refused:
            parts.append(
                self.tr(
                    "%n change(s) were left out because a name on the phone did not look safe.", "", len(plan.refused)
                )
            )
        return " ".join(parts)

    # --- data -------------------------------------------------------------------------------

    def set_profiles(self, profiles: Sequence[Profile]) -> None:
        self._profiles = list(profiles)
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self._profiles:
            item = QListWidgetItem(lib(profile.title))
            item.setData(ID_ROLE, profile.id)
            self.profile_list.addItem(item)
        self.profile_list.setCurrentRow(-1)
        self.profile_list.blockSignals(False)
        self.retranslate()

    def _profile_by_id(self, profile_id: str) -> Profile | None:
        return next((p for p in self._profiles if p.id == profile_id), None)

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.profile_chosen.emit(str(current.data(ID_ROLE)))

    def choose(self, profile_id: str) -> None:
        for i in range(self.profile_list.count()):
            item = self.profile_list.item(i)
            if item.data(ID_ROLE) == profile_id:
                self.profile_list.setCurrentItem(item)
                return

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        self.preview.clear()
        for change in plan.changes:
            item = QTreeWidgetItem(self.preview)
            item.setData(0, ID_ROLE, change.key)
        self.checklist.set_items(plan.manual)
        self.retranslate()

    def _fill_preview_texts(self) -> None:
        with quiet_sizing(self.preview):
            self._fill_preview_texts_now()

    def _fill_preview_texts_now(self) -> None:
        plan = self._plan
        if plan is None:
            return
        for index, change in enumerate(plan.changes):
            item = self.preview.topLevelItem(index)
            if item is None:
                continue
            what = lib(change.title)
            target = subject(change.typed)
            item.setText(0, f"{what}\n{target}" if target else what)
            item.setToolTip(0, plain_tip(self.tr("For a helper: {detail}").format(detail=helper_detail(change.typed))))
            item.setText(1, shown(lib(change.current)))  # the phone's own value
            item.setText(2, shown(lib(change.target)))
            self._mark_undo(item, change)

    def _mark_undo(self, item: QTreeWidgetItem, change: PlannedChange) -> None:
        if change.already_done:
            item.setText(3, self.tr("Already done"))
            item.setIcon(3, severity.icon(Severity.OK))
            item.setForeground(3, QBrush(severity.colour(Severity.OK)))
            for col in (0, 1, 2):
                item.setForeground(col, QBrush(QColor("#6b6f76")))
        elif not change.reversible:
            item.setText(3, self.tr("Cannot be undone"))
            item.setIcon(3, severity.icon(Severity.HIGH))
            item.setForeground(3, QBrush(severity.colour(Severity.HIGH)))
            item.setFont(3, bold())
        else:
            item.setText(3, self.tr("Can be undone"))
            item.setIcon(3, severity.icon(Severity.INFO))

    @property
    def plan(self) -> Plan | None:
        return self._plan

    def preview_rows(self) -> list[tuple[str, ...]]:
        return tree_rows(self.preview, 4)

    def clear(self) -> None:
        self._plan = None
        self.preview.clear()
        self.checklist.clear()
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        self.profile_list.blockSignals(False)
        self._profiles = []
        self.retranslate()
