"""What the scan found: grouped by family, worst first, each opening to its full explanation.

The list stays short and scannable (how serious, what); the detail beside it carries the
plain explanation, the guide's own words on why it matters, and the evidence read from the
phone, so a trainer can show *where* a problem was seen. Every value from the phone is
escaped before it reaches rich text: a hostile app name must not become markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QWidget

from hardener.checks.finding import Family, Finding, Severity, worst_first
from hardener.gui import severity
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
)
from hardener.i18n.guide import TRANSLATED_MARK, guide_words
from hardener.report.text import FAMILY_TITLES, GAPS_TITLE

KEY_ROLE = Qt.ItemDataRole.UserRole


GAPS_KEY = "gaps"  # the group of what could not be checked


def family_order(findings: Sequence[Finding]) -> list[Family]:
    """Families in the order of their worst finding, so the most urgent group comes first.

    Gaps are left out: they are a group of their own (see :data:`GAPS_KEY`).
    """
    order: list[Family] = []
    for item in worst_first(list(findings)):
        if item.family not in order and not item.is_gap:
            order.append(item.family)
    return order


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def finding_html(item: Finding, tr_section: str, tr_why: str, tr_seen: str, tr_do: str) -> str:
    """The detail of one finding as escaped rich text (headings are given already translated)."""
    esc = html.escape
    colour = severity.COLOURS[item.severity]
    parts = [
        f"<h2>{esc(lib(item.title, item.params))}</h2>",
        f'<p><b style="color:{colour}">{esc(severity.word(item.severity))}</b></p>',
        f"<p>{esc(lib(item.explanation, item.params))}</p>",
        f"<h3>{esc(tr_why)}</h3>",
        # The guide's own words stay as they are (a quote, in English, left to right even in an
        # Arabic window); the translation follows, marked as one.
        f'<blockquote><p dir="ltr">“{esc(item.guide.quote)}”</p></blockquote>',
    ]
    guide = guide_words(item.guide.section, item.guide.quote, _translate)
    if guide.translation:
        parts.append(f"<blockquote><p>{esc(guide.translation)}</p></blockquote>")
        parts.append(f"<p><i>{esc(lib(TRANSLATED_MARK))}</i></p>")
    parts.append(f"<p><i>{esc(tr_section)}</i></p>")
    if item.evidence:
        parts.append(f"<h3>{esc(tr_seen)}</h3><ul>")
        for ev in item.evidence:
            parts.append(f"<li><code>{esc(ev.source)}</code>: {esc(ev.value)}</li>")
        parts.append("</ul>")
    if item.manual_steps:
        parts.append(f"<h3>{esc(tr_do)}</h3><ol>")
        for step in item.manual_steps:
            parts.append(f"<li><b>{esc(lib(step.title, item.params))}</b><br>{esc(lib(step.how, item.params))}</li>")
        parts.append("</ol>")
    return "\n".join(parts)


class FindingsPage(QWidget):
    choose_situation = Signal()
    rescan_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        layout = page_layout(self)
        self.heading = Heading(1.6)
        layout.addWidget(self.heading)
        self.counts = Para()
        self.counts.setObjectName("findingCounts")
        layout.addWidget(self.counts)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        # One line per finding (the full title is in the tooltip and the detail): uniform rows
        # let the view lay out hundreds of findings without measuring each one.
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(True)
        split.addWidget(self.tree)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setUndoRedoEnabled(False)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.situation_button = big_button(primary=True)
        self.rescan_button = big_button()
        self.finish_button = big_button()
        row.addWidget(self.situation_button)
        row.addWidget(self.rescan_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.situation_button.clicked.connect(self.choose_situation)
        self.rescan_button.clicked.connect(self.rescan_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        self.tree.currentItemChanged.connect(lambda _cur, _prev: self._show_current())
        self.tree.itemActivated.connect(lambda _item, _col: self.detail.setFocus())
        self.retranslate()

    # --- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._static_texts()
        self._fill_tree_texts()
        self._show_current()

    def _static_texts(self) -> None:
        problems = [f for f in self._findings if f.is_problem]
        gaps = [f for f in self._findings if f.is_gap]
        if not self._findings:
            self.heading.setText(self.tr("What hardener found"))
        elif problems:
            self.heading.setText(self.tr("hardener found %n thing(s) to fix", "", len(problems)))
        elif gaps:
            # Never "safe": nothing was found only in what could be read.
            self.heading.setText(self.tr("hardener found nothing to fix in what it could check"))
        else:
            self.heading.setText(self.tr("hardener found nothing urgent to fix"))
        counts = []
        for level in Severity:
            n = sum(1 for f in self._findings if f.severity == level)
            if n:
                counts.append(f"{severity.word(level)}: {n}")
        self.counts.setText(" · ".join(counts))
        self.tree.setHeaderLabels([self.tr("How serious"), self.tr("What hardener found")])
        self.tree.setAccessibleName(self.tr("Findings, grouped, most serious first"))
        self.detail.setAccessibleName(self.tr("About the chosen finding"))
        label_button(
            self.situation_button,
            self.tr("Choose what to change"),
            self.tr("Choose your situation and see every change before it is made"),
        )
        label_button(self.rescan_button, self.tr("Check again"))
        label_button(self.finish_button, self.tr("Finish"), self.tr("Switch off USB debugging and end"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data -------------------------------------------------------------------------------

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = worst_first(list(findings))
        self.tree.clear()
        # Items are filled while detached and added in one go: each change to an item already
        # in the view makes it re-measure every row (word wrap, sized columns), which for a
        # phone with many findings would hold the GUI thread for a visible moment.
        tops: list[QTreeWidgetItem] = []
        for family in family_order(self._findings):
            members = [f for f in self._findings if f.family == family]
            top = QTreeWidgetItem()
            top.setData(0, KEY_ROLE, f"family:{family.value}")
            top.setFont(1, bold())
            for item in members:
                child = QTreeWidgetItem(top)
                child.setData(0, KEY_ROLE, item.key)
            tops.append(top)
        gaps = [f for f in self._findings if f.is_gap]
        if gaps:
            top = QTreeWidgetItem()
            top.setData(0, KEY_ROLE, GAPS_KEY)
            top.setFont(1, bold())
            for item in gaps:
                child = QTreeWidgetItem(top)
                child.setData(0, KEY_ROLE, item.key)
            tops.append(top)
        self._fill_tree_texts(tops)
        self.tree.addTopLevelItems(tops)
        for top in tops:
            top.setExpanded(True)
        self._static_texts()
        first = self.tree.topLevelItem(0)
        first_finding = first.child(0) if first is not None else None
        if first_finding is not None:
            self.tree.setCurrentItem(first_finding)

    def _fill_tree_texts(self, tops: list[QTreeWidgetItem] | None = None) -> None:
        with quiet_sizing(self.tree):
            self._fill_tree_texts_now(tops)

    def _fill_tree_texts_now(self, tops: list[QTreeWidgetItem] | None = None) -> None:
        by_key = {f.key: f for f in self._findings}
        if tops is None:
            found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
            tops = [top for top in found if top is not None]
        for top in tops:
            group = str(top.data(0, KEY_ROLE))
            if group == GAPS_KEY:
                members = [f for f in self._findings if f.is_gap]
                title = lib(GAPS_TITLE)
            else:
                family = Family(group.split(":", 1)[1])
                members = [f for f in self._findings if f.family == family and not f.is_gap]
                title = lib(FAMILY_TITLES[family])
            worst = members[0].severity if members else Severity.OK
            self._paint_severity(top, worst)
            top.setText(1, f"{title} ({len(members)})")
            for j in range(top.childCount()):
                child = top.child(j)
                finding = by_key.get(str(child.data(0, KEY_ROLE))) if child is not None else None
                if child is None or finding is None:
                    continue
                self._paint_severity(child, finding.severity)
                title = lib(finding.title, finding.params)
                child.setText(1, title)
                child.setToolTip(1, plain_tip(title))  # the title can hold an app's name from the phone

    @staticmethod
    def _paint_severity(item: QTreeWidgetItem, level: Severity) -> None:
        item.setIcon(0, severity.icon(level))
        item.setText(0, severity.word(level))
        item.setForeground(0, QBrush(severity.colour(level)))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, severity.word(level))

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        key = str(item.data(0, KEY_ROLE))
        return next((f for f in self._findings if f.key == key), None)

    def _show_current(self) -> None:
        finding = self.current_finding()
        if finding is None:
            self.detail.setHtml(
                "" if not self._findings else html.escape(self.tr("Choose a line on the left to read about it."))
            )
            return
        guide = guide_words(finding.guide.section, finding.guide.quote, _translate)
        section = self.tr("From the NSWP guide “Digital Security”, section: {section}").format(
            section=guide.section_translation or finding.guide.section
        )
        self.detail.setHtml(
            finding_html(
                finding,
                section,
                self.tr("Why it matters"),
                self.tr("What hardener saw on the phone"),
                self.tr("What you can do"),
            )
        )

    def visible_rows(self) -> list[tuple[str, str]]:
        """(severity word, text) of every line, in order: what a person sees, for tests."""
        rows: list[tuple[str, str]] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            rows.append((top.text(0), top.text(1)))
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None:
                    rows.append((child.text(0), child.text(1)))
        return rows

    def clear(self) -> None:
        self._findings = []
        self.tree.clear()
        self.detail.clear()
        self.detail.clearHistory()
        self.retranslate()
