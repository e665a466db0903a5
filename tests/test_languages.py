"""Twelve languages: the command line speaks them, Arabic mirrors, every script is drawn.

What a person notices: ``hardener scan --lang fr`` prints French; a French laptop gets French
without ``--lang``; ``--json`` keeps the guide's English quote and adds its translation; the app
in Arabic lays out right to left; a line of Thai, Arabic or Chinese never shows as boxes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hardener.checks.finding import Family
from hardener.cli import build_parser, main
from hardener.i18n.languages import best_code, code_from_environment
from hardener.report.catalogue import Catalogue
from hardener.report.text import FAMILY_TITLES
from tools.i18n_extract import FORMS_SEPARATOR, LANGUAGES, read_ts, ts_path

GUIDE_DIR = Path(__file__).resolve().parents[2] / "shared" / "guide"


def _guide_text() -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(GUIDE_DIR.glob("*.txt")))
    assert text, GUIDE_DIR
    return re.sub(r"\s+", " ", text)


def test_scan_in_french_prints_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--demo", "samsung-11", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    lock_title = Catalogue("fr")(FAMILY_TITLES[Family.LOCK])
    assert lock_title != FAMILY_TITLES[Family.LOCK]
    assert f"== {lock_title} ==" in out
    assert "Screen lock and phone settings" not in out and "Summary:" not in out
    assert "Résumé" in out or "Important" in out  # the French summary line and severity words


def test_scan_json_keeps_the_quote_and_adds_its_translation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--demo", "samsung-11", "--lang", "fr", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["lang"] == "fr"
    guide = _guide_text()
    quoted = [f["guide"] for f in doc["findings"] if f["guide"]["quote"]]
    assert quoted
    for item in quoted:
        assert re.sub(r"\s+", " ", item["quote"]) in guide  # verbatim English, as the guide prints it
        assert item["translation"] and item["translation"] != item["quote"]
        assert item["translation_note"] == Catalogue("fr")("Translated from the English guide.")


def test_scan_json_in_english_has_no_translation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--demo", "samsung-11", "--lang", "en", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert all(f["guide"]["translation"] is None for f in doc["findings"])


def test_without_lang_the_system_language_is_spoken(monkeypatch, capsys) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert main(["profiles"]) == 0
    spanish = capsys.readouterr().out
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["profiles"]) == 0
    english = capsys.readouterr().out
    assert spanish != english and "arrest-raid" in spanish and "arrest-raid" in english


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANGUAGE": "de:th", "LANG": "en_US.UTF-8"}, "th"),  # gettext's list, first spoken wins
        ({"LC_ALL": "ar_EG.UTF-8", "LANG": "fr_FR.UTF-8"}, "ar"),
        ({"LC_MESSAGES": "pt_BR.UTF-8"}, "pt"),
        ({"LANG": "in_ID.UTF-8"}, "id"),  # Android's and old systems' code for Indonesian
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_locale_picks_the_language(environ: dict[str, str], code: str) -> None:
    assert code_from_environment(environ) == code


def test_best_code_reads_qt_and_posix_tags() -> None:
    assert best_code(["sw-KE"]) == "sw" and best_code(["ro_RO.UTF-8@euro"]) == "ro" and best_code(["vi"]) == "vi"


def test_every_sub_command_takes_lang() -> None:
    import argparse

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        if name == "gui":
            continue  # the app's own --lang follows "gui"
        assert any("--lang" in a.option_strings for a in command._actions), name


def test_a_plural_reads_by_the_languages_own_rule() -> None:
    english = Catalogue("en")
    assert english.plural("%n app(s)", 1) == "1 app" and english.plural("%n app(s)", 3) == "3 apps"
    russian = Catalogue("ru")
    assert len({russian.plural("%n app(s)", n).split()[1] for n in (1, 3, 5)}) == 3  # приложение, -я, -й
    arabic = Catalogue("ar")
    assert len({arabic.plural("%n app(s)", n) for n in (0, 1, 2, 3, 11, 100)}) >= 4


# --- right to left -------------------------------------------------------------------------------


def test_arabic_mirrors_the_window(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from hardener.gui.lang import LanguageSwitcher
    from hardener.gui.prefs import Prefs
    from hardener.gui.window import MainWindow

    switcher = LanguageSwitcher()
    window = MainWindow(Prefs(), switcher, demo="samsung-11")
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    try:
        button = window.start.connect_button
        left_to_right_x = button.mapTo(window, button.rect().center()).x()
        assert switcher.apply("ar")
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft() and window.start.isRightToLeft()
        qtbot.waitUntil(lambda: button.mapTo(window, button.rect().center()).x() != left_to_right_x)
        mirrored_x = button.mapTo(window, button.rect().center()).x()
        assert abs((window.width() - mirrored_x) - left_to_right_x) < 40  # the same place, from the other side
        # Package names and numbers stay left to right inside Arabic: the guide's quote is marked so.
        assert switcher.apply("en")
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert not window.isRightToLeft()
    finally:
        switcher.apply("en")


def test_the_arabic_report_reads_right_to_left() -> None:
    from hardener.report.handover import build_report
    from hardener.report.render import render_html

    page = render_html(build_report([], None, False, "ar"))
    assert '<html lang="ar" dir="rtl">' in page and "border-inline-start" in page


# --- every script drawn --------------------------------------------------------------------------


def _sample(lang: str) -> str:
    """A few translated texts of ``lang``, as the app would show them."""
    done = [t.replace(FORMS_SEPARATOR, " ") for _m, (t, ok) in read_ts(ts_path(lang)).items() if ok and len(t) > 20]
    return " ".join(done[:40])


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_glyph_is_missing_in_any_language(qapp, lang: str) -> None:
    """Lay out real translated text the way Qt draws it (font fallback included) and look for
    the missing-glyph index 0 in every glyph run: Thai, Arabic and Chinese included."""
    from PySide6.QtGui import QFont, QTextLayout

    from hardener.report.fonts import register_fonts

    register_fonts()
    text = _sample(lang)
    assert text
    for font in (QFont(), QFont("Noto Sans")):
        layout = QTextLayout(text, font)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(100000)
        layout.endLayout()
        missing = [run.rawFont().familyName() for run in layout.glyphRuns() if 0 in run.glyphIndexes()]
        assert not missing, (lang, missing)


def test_the_shipped_fonts_cover_thai_and_arabic(qapp) -> None:
    from PySide6.QtGui import QRawFont

    from hardener.data.fonts import FONT_FILES

    names = {p.name for p in FONT_FILES}
    assert {"NotoSansThai-Regular.ttf", "NotoSansArabic-Regular.ttf"} <= names
    thai = QRawFont(str(next(p for p in FONT_FILES if p.name == "NotoSansThai-Regular.ttf")), 12)
    arabic = QRawFont(str(next(p for p in FONT_FILES if p.name == "NotoSansArabic-Regular.ttf")), 12)
    assert all(thai.supportsCharacter(ord(c)) for c in "ล็อกหน้าจอ")
    assert all(arabic.supportsCharacter(ord(c)) for c in "قفل الشاشة".replace(" ", ""))


def test_a_thai_pdf_report_carries_thai_text(tmp_path) -> None:
    import shutil
    import subprocess

    from hardener.report.handover import build_report
    from hardener.report.render import render_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    report = build_report([], None, False, "th")
    pdf = render_pdf(report, tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    title = Catalogue("th")(report.title.msgid)
    assert title != report.title.msgid and re.sub(r"\s", "", title)[:6] in re.sub(r"\s", "", text)
