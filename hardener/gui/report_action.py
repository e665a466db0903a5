"""Saving the hand-over report from the app, before USB debugging goes off.

A worker alone at home has no command line: the Result and Finish pages offer "Save a report"
(PDF or a web page), written only where the person chooses, named neutrally, and built from
what this visit knows (the findings, what was changed, whether undo is still possible). It names
no app and no identifier (the report's defaults), in the app's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from hardener.report.files import write_private
from hardener.report.handover import build_report
from hardener.report.render import pdf_bytes, render_html

if TYPE_CHECKING:
    from hardener.gui.window import MainWindow

DEFAULT_NAME = "phone-check.pdf"  # says nothing about the person or the tool


def ask_where(w: MainWindow) -> Path | None:
    """Where to save, chosen by the person (None: they cancelled)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        w,
        QCoreApplication.translate("ReportAction", "Save the report"),
        str(Path.home() / DEFAULT_NAME),
        QCoreApplication.translate("ReportAction", "PDF (*.pdf);;Web page (*.html)"),
    )
    return Path(chosen) if chosen else None


def ask_second_language(w: MainWindow) -> tuple[bool, str | None]:
    """A second language beside the app's, for a trainer who reads another one: (chosen, its
    code or None for none); chosen is False when the person cancelled."""
    from PySide6.QtWidgets import QInputDialog

    from hardener.i18n.languages import LANGUAGES, PSEUDO

    others = [lang for lang in LANGUAGES if lang.code not in (w.switcher.code, PSEUDO)]
    only = QCoreApplication.translate("ReportAction", "Only in this language")
    names = [only] + [lang.name for lang in others]
    chosen, ok = QInputDialog.getItem(
        w,
        QCoreApplication.translate("ReportAction", "Save the report"),
        QCoreApplication.translate(
            "ReportAction", "Also in a second language, side by side (for example the trainer's)?"
        ),
        names,
        0,
        False,
    )
    if not ok:
        return False, None
    return True, next((lang.code for lang in others if lang.name == chosen), None)


def save_report(w: MainWindow, where: Path, also: str | None = None) -> Path:
    """Build the report from the visit and write it at ``where`` (``.html`` or else PDF)."""
    visit = w.state.visit
    plan = w.situation.plan
    facts = visit.report_facts(manual=plan.manual if plan is not None else ())
    report = build_report(
        facts.findings,
        facts.result,
        undo_available=facts.undo_available,
        lang=w.switcher.code,
        changes_locked=facts.changes_locked,
        manual_steps=facts.manual,
    )
    if where.suffix.lower() in (".html", ".htm"):
        data = render_html(report, also=also).encode("utf-8")
    else:
        where = where if where.suffix.lower() == ".pdf" else where.with_suffix(".pdf")
        data = pdf_bytes(report, also=also)
    write_private(where, data)
    return where
