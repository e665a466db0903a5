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


def save_report(w: MainWindow, where: Path) -> Path:
    """Build the report from the visit and write it at ``where`` (``.html`` or else PDF)."""
    visit = w.state.visit
    plan = w.situation.plan
    facts = visit.report_facts(manual=plan.manual if plan is not None else ())
    report = build_report(
        facts.findings,
        facts.result,
        undo_available=facts.undo_available,
        lang=w.switcher.code if w.switcher.code in ("en", "fr", "es", "pt", "ru", "zh_CN") else "en",
        changes_locked=facts.changes_locked,
        manual_steps=facts.manual,
    )
    if where.suffix.lower() in (".html", ".htm"):
        data = render_html(report).encode("utf-8")
    else:
        where = where if where.suffix.lower() == ".pdf" else where.with_suffix(".pdf")
        data = pdf_bytes(report)
    write_private(where, data)
    return where
