"""GUI building blocks on their own: the task helper, languages, preferences, and single pages.

These use real widgets (pytest-qt, offscreen) but no phone, so a failure here points at one
piece rather than at the whole flow (see test_gui_flow.py for that).
"""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThread
from PySide6.QtWidgets import QApplication

from hardener.checks.finding import Evidence, Family, Finding, GuideRef, Severity
from hardener.errors import (
    AdbServerHoldsDevice,
    Cancelled,
    ConnectionLost,
    KeyRejected,
    KeyringUnavailable,
    NoDevice,
)
from hardener.gui import severity
from hardener.gui.lang import PSEUDO, LanguageSwitcher, best_code, lib, pseudo
from hardener.gui.pages import problem as pr
from hardener.gui.pages.apply import ConsentBridge
from hardener.gui.pages.findings import FindingsPage
from hardener.gui.pages.problem import ProblemPage
from hardener.gui.pages.start import StartPage
from hardener.gui.prefs import Prefs
from hardener.gui.tasks import TaskRunner
from hardener.session.visit import step_status as manual_status

# A wait, not a speed limit: waitUntil returns as soon as the condition holds; the bound only
# ends a wait that would never succeed, so it is generous for a busy machine.
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _restore_app_font_and_language(qapp):
    font = QApplication.font()
    yield
    LanguageSwitcher().apply("en")
    QApplication.setFont(font)


def _finding(
    fid: str,
    severity_: Severity,
    family: Family = Family.LOCK,
    title: str = "A title",
    evidence: tuple[Evidence, ...] = (),
    subject: str | None = None,
) -> Finding:
    return Finding(
        id=fid,
        family=family,
        severity=severity_,
        title=title,
        explanation="Plain words about it.",
        guide=GuideRef(section="Phones", quote="police confiscate phones at arrest"),
        evidence=evidence,
        subject=subject,
    )


# --- tasks -----------------------------------------------------------------------------------------


def test_task_results_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def job(report):
        seen["worker_is_gui"] = QThread.currentThread() is gui_thread
        report("half")
        return 42

    def progress(value):
        seen["progress"] = value
        seen["progress_on_gui"] = QThread.currentThread() is gui_thread

    def done(value):
        seen["done"] = value
        seen["done_on_gui"] = QThread.currentThread() is gui_thread

    runner.start(job, on_done=done, on_error=lambda e: seen.setdefault("error", e), on_progress=progress)
    qtbot.waitUntil(lambda: "done" in seen, timeout=WAIT_MS)
    assert seen == {
        "worker_is_gui": False,
        "progress": "half",
        "progress_on_gui": True,
        "done": 42,
        "done_on_gui": True,
    }
    assert not runner.busy
    assert runner.wait(2000)


def test_task_failure_and_cancel_reach_the_gui(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    errors: list[BaseException] = []

    def job(_report):
        release.wait(5)
        raise Cancelled("stopped by the test")

    task = runner.start(job, on_done=lambda _r: None, on_error=errors.append, cancel=release.set)
    assert runner.busy
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], Cancelled)
    assert task.cancelled.is_set()


def test_a_discarded_task_never_reaches_the_screen(qtbot):
    runner = TaskRunner()
    go = threading.Event()
    results: list[object] = []
    task = runner.start(lambda _r: go.wait(5) or "late", on_done=results.append, on_error=results.append)
    task.discard()
    go.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert results == []


def test_consent_bridge_waits_for_the_person_without_blocking_the_gui(qtbot):
    bridge = ConsentBridge()
    asked: list[object] = []
    answers: list[bool] = []
    bridge.asked.connect(lambda change: (asked.append(change), bridge.answer(True)))
    clear = SimpleNamespace(kind="clear_data", title="clear Translate history")
    worker = threading.Thread(target=lambda: answers.append(bridge.ask(clear)))  # type: ignore[arg-type]
    worker.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    worker.join(2)
    assert asked == [clear] and answers == [True]

    bridge.asked.disconnect()
    other = SimpleNamespace(kind="clear_data", title="another")
    worker = threading.Thread(target=lambda: answers.append(bridge.ask(other)))  # type: ignore[arg-type]
    worker.start()
    bridge.cancel()
    worker.join(2)
    assert answers == [True, False]


# --- languages and preferences ------------------------------------------------------------------------


def test_pseudo_language_keeps_fields_and_markup():
    text = pseudo("Remove {count} apps <b>now</b> &amp; %1")
    assert "{count}" in text and "<b>" in text and "</b>" in text and "&amp;" in text and "%1" in text
    assert text.startswith("⟦") and text.endswith("⟧")
    assert "Remove" not in text  # accented: untranslated text stands out


def test_best_code_follows_the_system_language():
    assert best_code(["fr-FR", "en-US"]) == "fr"
    assert best_code(["zh-Hans-CN"]) == "zh_CN"
    assert best_code(["de-DE"]) == "en"


def test_switching_language_retranslates_open_pages(qtbot, tmp_path: Path):
    from tools.i18n_build import lrelease_path

    ts = tmp_path / "hardener_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>StartPage</name>"
        "<message><source>Connect</source><translation>Connecter</translation></message></context>"
        "<context><name>hardener</name>"
        "<message><source>Stopped.</source><translation>Arrêté.</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(lrelease_path()), "-silent", str(ts), "-qm", str(tmp_path / "hardener_fr.qm")], check=True)
    page = StartPage()
    qtbot.addWidget(page)
    switcher = LanguageSwitcher(directory=tmp_path)
    # Qt posts LanguageChange to every widget; the page retranslates when it arrives.
    assert switcher.apply("fr")
    qtbot.waitUntil(lambda: page.connect_button.text() == "Connecter", timeout=WAIT_MS)
    assert page.connect_button.accessibleName() == "Connecter"
    assert lib(Cancelled.message) == "Arrêté."
    switcher.apply("en")
    qtbot.waitUntil(lambda: page.connect_button.text() == "Connect", timeout=WAIT_MS)
    assert not switcher.apply("pt")  # no catalogue yet: English shows through, no error
    assert switcher.apply(PSEUDO)
    qtbot.waitUntil(lambda: page.connect_button.text().startswith("⟦"), timeout=WAIT_MS)


def test_only_language_and_text_size_are_written(qtbot, tmp_path: Path):
    from hardener.gui.window import MainWindow

    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    prefs = Prefs(settings)
    window = MainWindow(prefs, LanguageSwitcher(), usb_polling=False)
    qtbot.addWidget(window)
    base = window.start.intro.font().pointSizeF()
    window.set_language("es")
    window.apply_text_size(150)
    # Everything already on screen follows: body text, buttons, headings (1.6 times the body).
    assert window.start.intro.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    assert window.start.connect_button.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    assert window.start.heading.font().pointSizeF() == pytest.approx(base * 1.5 * 1.6, abs=0.1)
    window.start.address.setText("10.0.0.7:5555")
    window.reset_for_next_person()
    assert prefs.stored_keys() == ["language", "text_size"]
    assert prefs.language == "es" and prefs.text_size == 150
    assert "10.0.0.7" not in (tmp_path / "prefs.ini").read_text()
    window.close()


# --- single pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "offers"),
    [
        (KeyRejected("timeout"), {pr.RETRY, pr.START_OVER}),
        (AdbServerHoldsDevice("busy", pid=4242), {pr.USE_SERVER, pr.STOP_SERVER, pr.RETRY, pr.START_OVER}),
        (KeyringUnavailable("no backend"), {pr.RETRY, pr.START_OVER}),
        (NoDevice("nothing"), {pr.RETRY, pr.HELP, pr.START_OVER}),
    ],
)
def test_problem_page_offers_the_right_ways_forward(qtbot, error, offers):
    page = ProblemPage()
    qtbot.addWidget(page)
    page.show_problem(error, pr.CONNECT)
    shown = {name for name, button in page.buttons.items() if not button.isHidden()}
    assert shown == offers
    assert page.message.text() == lib(error.message, error.params)


def test_stopping_the_adb_server_needs_a_second_yes(qtbot):
    page = ProblemPage()
    qtbot.addWidget(page)
    page.show_problem(AdbServerHoldsDevice("busy", pid=4242), pr.CONNECT)
    assert "4242" in page.message.text()
    actions: list[str] = []
    page.action.connect(actions.append)
    page.buttons[pr.STOP_SERVER].click()
    assert actions == [] and not page.confirm_yes.isHidden()
    page.confirm_no.click()
    assert actions == [] and page.confirm_yes.isHidden()
    page.buttons[pr.STOP_SERVER].click()
    page.confirm_yes.click()
    assert actions == [pr.STOP_SERVER]


def test_lost_connection_mid_apply_says_what_happens_next(qtbot):
    page = ProblemPage()
    qtbot.addWidget(page)
    page.show_problem(ConnectionLost("cable"), pr.APPLY)
    assert "undo" in page.consequence.text()
    assert not page.buttons[pr.RECONNECT].isHidden()


def test_findings_are_grouped_worst_first_with_icon_word_and_colour(qtbot):
    page = FindingsPage()
    qtbot.addWidget(page)
    hostile = Evidence("dumpsys package", "<script>alert(1)</script>")
    findings = [
        _finding("lock.ok", Severity.OK, title="Screen lock is set"),
        _finding("translator.history", Severity.HIGH, Family.TRANSLATOR, title="Translate keeps history"),
        _finding("stalker.app", Severity.CRITICAL, Family.STALKERWARE, title="Spy app {name}", evidence=(hostile,)),
    ]
    page.show_findings(findings)
    rows = page.visible_rows()
    assert rows[0][1].startswith("Stalkerware")
    assert rows[1] == (severity.word(Severity.CRITICAL), "Spy app {name}")
    assert [r[1].split(" (")[0] for r in rows if r[1].endswith(")")] == [
        "Stalkerware and spying apps",
        "Translator history",
        "Screen lock and phone settings",
    ]
    top = page.tree.topLevelItem(0)
    child = top.child(0)
    assert not child.icon(0).isNull()
    assert child.foreground(0).color().name() == severity.COLOURS[Severity.CRITICAL]
    html = page.detail.toHtml()
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "police confiscate phones at arrest" in page.detail.toPlainText()
    assert "2 thing" in page.heading.text()


def test_manual_step_is_done_only_when_its_finding_is_gone():
    lock = _finding("lock.no_secure_lock", Severity.CRITICAL)
    assert manual_status("lock.no_secure_lock", [lock]) == "not_yet"
    assert manual_status("lock.no_secure_lock", []) == "done"
    assert manual_status("lock.no_secure_lock", [_finding("lock.no_secure_lock", Severity.UNKNOWN)]) == "unknown"
    assert manual_status(None, [lock]) == "done"


def test_every_severity_has_a_distinct_word_and_badge(qtbot):
    words = {severity.word(s) for s in Severity}
    assert len(words) == len(Severity)
    images = {severity.pixmap(s, 24).toImage().bits().tobytes() for s in Severity}
    assert len(images) == len(Severity)
    assert QCoreApplication.translate("hardener", "Urgent") == severity.word(Severity.CRITICAL)


def test_command_line_options():
    from hardener.gui.app import parse_args

    assert parse_args([]).demo is None and parse_args([]).lang is None
    assert parse_args(["--demo"]).demo == ""
    assert parse_args(["--demo", "samsung-11", "--lang", "fr"]).demo == "samsung-11"
    assert parse_args(["--lang", "zh_CN"]).lang == "zh_CN"
    with pytest.raises(SystemExit):
        parse_args(["--lang", "xx"])
