"""The whole GUI against the practice phone, as a person would use it.

Real widgets (pytest-qt, offscreen), the real connection code over the ADB wire protocol, the
real session layer. Each test clicks what a person clicks and checks what they would see:
headings, list rows, statuses. Waits are qtbot.waitUntil with timeouts (the event loop keeps
running), never sleeps on the GUI thread.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from hardener.gui.lang import LanguageSwitcher, lib
from hardener.gui.prefs import Prefs
from hardener.gui.window import MainWindow

PERSONA = "samsung-11"
STEP_S = 30_000  # generous per-step timeout (ms): CI machines are slow, the practice phone is not


@pytest.fixture(autouse=True)
def _restore_app_state(qapp):
    font = QApplication.font()
    yield
    LanguageSwitcher().apply("en")
    QApplication.setFont(font)


@pytest.fixture
def make_window(qtbot, tmp_path: Path, test_signer):
    windows: list[MainWindow] = []

    def make(**kwargs) -> MainWindow:
        options = kwargs.pop("practice_options", {})
        prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
        kwargs.setdefault("auth_timeout_s", 10.0)
        kwargs.setdefault("signer", test_signer)
        window = MainWindow(
            prefs,
            LanguageSwitcher(),
            practice_options={"auth_mode": "prompt", **options},
            usb_polling=False,
            **kwargs,
        )
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.quit_now()
        assert window.runner.wait(10_000)


def connect_practice(qtbot, w: MainWindow, persona: str = PERSONA, allow: bool = True) -> None:
    """Choose the practice phone, press Connect, and answer its "Allow?" on its own screen."""
    w.start.choose_practice(persona)
    assert w.start.practice_radio.isChecked()
    qtbot.mouseClick(w.start.connect_button, _left())
    answer_prompt(qtbot, w, allow)


def answer_prompt(qtbot, w: MainWindow, allow: bool = True) -> None:
    panel = w.waiting.practice_panel
    qtbot.waitUntil(lambda: panel.pending is not None and not panel.isHidden(), timeout=STEP_S)
    assert w.current_page() is w.waiting
    assert w.waiting.heading.text() == "Tap “Allow” on the phone"
    assert panel.title.text() == "Allow USB debugging?"
    assert ":" in panel.body.text()  # the key fingerprint, as a real phone shows it
    qtbot.mouseClick(panel.allow_button if allow else panel.deny_button, _left())


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


class WrongPage(Exception):
    """Not an AssertionError: qtbot.waitUntil would take that for "not yet" and keep waiting."""


def wait_page(qtbot, w: MainWindow, page: QWidget, timeout: int = STEP_S) -> None:
    def there() -> bool:
        if w.current_page() is w.problem and page is not w.problem:
            raise WrongPage(f"problem page instead: {w.problem.heading.text()}: {w.problem.details.text()}")
        return w.current_page() is page

    qtbot.waitUntil(there, timeout=timeout)


def visible_texts(root: QWidget) -> list[str]:
    """Every string a widget tree holds: labels, buttons, fields, lists, trees, tooltips, names."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                texts += [item.text(c) for c in range(widget.columnCount())]
                texts += [item.toolTip(c) for c in range(widget.columnCount())]
                stack += [item.child(j) for j in range(item.childCount())]
    return [t for t in texts if t]


# --- the whole flow ------------------------------------------------------------------------------


def test_whole_flow_connect_scan_plan_apply_undo_finish_and_next_person(qtbot, make_window):
    w = make_window()
    assert w.current_page() is w.start
    assert w.start.heading.text() == "Check and protect a phone"

    # Connect: the practice phone asks "Allow USB debugging?" on its own screen.
    connect_practice(qtbot, w)

    # Scan: progress names what is read, then the findings, grouped and worst first.
    wait_page(qtbot, w, w.findings_page)
    practice = w.state.practice
    assert practice is not None
    assert w.scan_page.parts_read, "the scan page named the parts it read"
    assert not w.practice_badge.isHidden()
    assert w.practice_badge.text() == "Practice phone (not a real phone)"
    label = w.state.label
    assert label and w.connected_label.text() == f"Phone: {label}"
    rows = w.findings_page.visible_rows()
    assert rows, "findings are listed"
    findings = w.state.findings
    problems = [f for f in findings if f.is_problem]
    assert problems, f"the {PERSONA} persona has problems to fix"
    assert w.findings_page.heading.text().startswith("hardener found")
    worst = min(problems, key=lambda f: f.severity.rank)
    assert rows[1][1] == lib(worst.title, worst.params), "the first group starts with the worst finding"
    assert "Why it matters" in w.findings_page.detail.toPlainText()

    # Situation: choose a profile, preview every change (now -> after).
    qtbot.mouseClick(w.findings_page.situation_button, _left())
    assert w.current_page() is w.situation
    ids = [p.id for p in w.state.profiles]
    assert ids, "built-in profiles are listed"
    profile_id = "arrest-raid" if "arrest-raid" in ids else ids[0]
    w.situation.choose(profile_id)
    plan = w.state.plan
    assert plan is not None and plan.profile.id == profile_id
    # The trainer reads what the situation does and who it is for before choosing it.
    about = w.situation.description.text()
    assert plan.profile.description in about and plan.profile.for_whom and plan.profile.for_whom in about
    preview = w.situation.preview_rows()
    assert len(preview) == len(plan.changes)
    for (what, now, after, undo), change in zip(preview, plan.changes, strict=True):
        assert what.startswith(lib(change.title))
        assert now == lib(change.current) and after == lib(change.target)
        expected = (
            "Already done" if change.already_done else ("Can be undone" if change.reversible else "Cannot be undone")
        )
        assert undo == expected
    assert plan.to_apply, "the profile changes something on this persona"
    assert w.situation.apply_button.isEnabled()

    # Apply: per-change progress; each change that cannot be undone is asked about, one by one.
    asked: list[str] = []

    def answer(change) -> None:
        assert w.apply_page.asking is change
        assert w.apply_page.question_title.text() == "This change cannot be undone"
        asked.append(change.key)
        # The question is on the page, the worker waits: say no to the first, yes to the others.
        yes = len(asked) > 1
        qtbot.mouseClick(w.apply_page.yes_button if yes else w.apply_page.no_button, _left())

    w.apply_page.question_shown.connect(lambda change: QTimer.singleShot(0, lambda: answer(change)))
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    assert sorted(asked) == sorted(c.key for c in plan.irreversible)
    result = w.state.result
    assert result is not None
    rows_out = w.outcome.rows()
    assert len(rows_out) == len(result.outcomes)
    statuses = {o.status for o in result.outcomes}
    assert "done" in statuses
    assert any(r[0] == "Fixed" for r in rows_out)
    if plan.irreversible:
        assert any(r[0] == "Skipped" for r in rows_out), "the refused change is shown as skipped"
    for row, outcome in zip(rows_out, result.outcomes, strict=True):
        if outcome.status in ("not_applied", "failed"):
            assert row[2], "a change not made says why"
    assert w.outcome.summary.text().startswith(f"{result.count('done')} fixed.")

    # Undo: from the result screen; the journal on the phone is read back and shown first.
    qtbot.mouseClick(w.outcome.undo_button, _left())
    wait_page(qtbot, w, w.undo_page)
    assert w.undo_page.mode == "offer"
    assert w.undo_page.heading.text() == "Undo these changes?"
    assert w.undo_page.rows()
    qtbot.mouseClick(w.undo_page.undo_button, _left())
    qtbot.waitUntil(lambda: w.undo_page.mode == "done", timeout=STEP_S)
    assert w.undo_page.heading.text() == "Undone"
    assert "back as they were" in w.undo_page.text.text()
    assert all(r[0] in ("Put back", "Cannot be undone", "Skipped") for r in w.undo_page.rows())

    # Finish: USB debugging off; the link drops, which is the expected end, not an error.
    qtbot.mouseClick(w.undo_page.finish_button, _left())
    assert w.current_page() is w.finish_page
    qtbot.mouseClick(w.finish_page.finish_button, _left())
    qtbot.waitUntil(lambda: w.finish_page.mode == "done", timeout=STEP_S)
    assert w.current_page() is w.finish_page
    assert w.finish_page.heading.text() == "USB debugging is off"
    assert not practice.phone.adb_enabled
    assert "Revoke USB debugging authorisations" in w.finish_page.steps[1].text.text()

    # Next person: nothing of this phone is left on screen or in memory.
    refs = [weakref.ref(x) for x in (w.state.snapshot, findings[0], plan, result)]
    titles = {lib(f.title, f.params) for f in findings} | {lib(c.title) for c in plan.changes}
    del findings, problems, worst, plan, result, rows, preview, rows_out
    qtbot.mouseClick(w.finish_page.next_button, _left())
    assert w.current_page() is w.start
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=STEP_S)
    gc.collect()
    assert [r() for r in refs] == [None] * len(refs)
    texts = visible_texts(w)
    # The list of practice phones is the app's own (the same for everyone), not a leftover.
    practice_list = {w.start.persona_combo.itemText(i) for i in range(w.start.persona_combo.count())}
    leftovers = [t for t in texts
                 if t not in practice_list and (label in t or any(title in t for title in titles))]
    assert leftovers == []
    assert w.state.connection is None and w.state.practice is None and w.state.snapshot is None
    assert w.practice_badge.isHidden() and w.connected_label.isHidden()
    assert w.start.address.text() == "" and not w.start.address.isUndoAvailable()


def test_manual_step_rechecks_the_phone_before_ticking(qtbot, make_window):
    w = make_window()
    connect_practice(qtbot, w, "old-9")
    wait_page(qtbot, w, w.safety)  # old-9 carries a spying app: the safety stop comes first
    qtbot.mouseClick(w.safety.leave_button, _left())
    wait_page(qtbot, w, w.findings_page)
    qtbot.mouseClick(w.findings_page.situation_button, _left())
    chosen = None
    for profile in w.state.profiles:
        w.situation.choose(profile.id)
        plan = w.state.plan
        if plan is not None and any(m.recheck_finding for m in plan.manual):
            chosen = plan
            break
    assert chosen is not None, "no profile has a re-checkable manual step on old-9"
    index = next(i for i, m in enumerate(chosen.manual) if m.recheck_finding)
    item = chosen.manual[index]
    row = w.situation.checklist.rows[index]
    assert row.state_word.text() == "To do"
    still_there = any(f.id == item.recheck_finding and f.is_problem for f in w.state.findings)
    qtbot.mouseClick(row.button, _left())
    qtbot.waitUntil(lambda: row.status not in ("todo", "checking"), timeout=STEP_S)
    assert row.state_word.text() == ("Not yet" if still_there else "Done")
    if still_there and item.recheck_finding and item.recheck_finding.startswith("lock."):
        # The person sets a PIN on the phone, then says so: now it ticks.
        lock = w.state.practice.phone.locks[0]
        lock.credential, lock.secret = "pin", "1234"
        qtbot.mouseClick(row.button, _left())
        qtbot.waitUntil(lambda: row.status not in ("not_yet", "checking"), timeout=STEP_S)
        assert row.state_word.text() == "Done"


# --- connecting: refused, cancelled -----------------------------------------------------------------


def test_denied_on_the_practice_phone_shows_the_rejected_key_screen(qtbot, make_window):
    w = make_window(auth_timeout_s=600)  # a Deny on the practice phone ends the wait at once, not on a timeout
    connect_practice(qtbot, w, allow=False)
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "The phone did not allow this computer"
    assert "did not allow this computer" in w.problem.message.text()
    assert not w.problem.picture.isHidden()
    assert not w.problem.buttons["retry"].isHidden()
    # Try again: a fresh question on the practice phone; this time Allow.
    qtbot.mouseClick(w.problem.buttons["retry"], _left())
    answer_prompt(qtbot, w, allow=True)
    wait_page(qtbot, w, w.findings_page)


def test_prompt_that_denies_itself_times_out_to_the_rejected_key_screen(qtbot, make_window):
    w = make_window(auth_timeout_s=1.5, practice_options={"auth_mode": "prompt-deny", "prompt_delay_s": 0.2})
    w.start.choose_practice(PERSONA)
    qtbot.mouseClick(w.start.connect_button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "The phone did not allow this computer"


def test_cancel_while_waiting_for_allow(qtbot, make_window):
    w = make_window(auth_timeout_s=30)
    w.start.choose_practice(PERSONA)
    qtbot.mouseClick(w.start.connect_button, _left())
    qtbot.waitUntil(lambda: w.waiting.practice_panel.pending is not None, timeout=STEP_S)
    qtbot.mouseClick(w.waiting.cancel_button, _left())
    wait_page(qtbot, w, w.start)
    assert w.start.status.text() == "Stopped. The phone is not connected."
    assert w.waiting.practice_panel.isHidden()
    assert w.state.connection is None


# --- a lost connection mid-job ------------------------------------------------------------------------


def test_connection_dropped_mid_scan_shows_a_clear_screen_and_reconnects(qtbot, make_window):
    w = make_window()
    connect_practice(qtbot, w)
    wait_page(qtbot, w, w.findings_page)
    practice = w.state.practice
    practice.config.drop_after_commands = 0  # the next command is cut off: the cable is pulled
    qtbot.mouseClick(w.findings_page.rescan_button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "The connection to the phone was lost"
    assert w.problem.consequence.text() == "Nothing was changed on the phone."
    assert w.state.connection is None
    qtbot.mouseClick(w.problem.buttons["reconnect"], _left())
    answer_prompt(qtbot, w)
    wait_page(qtbot, w, w.findings_page)
    assert w.state.practice is practice, "the same practice phone, reached again"


def test_connection_dropped_mid_apply_then_undo_on_reconnect(qtbot, make_window):
    w = make_window()
    connect_practice(qtbot, w)
    wait_page(qtbot, w, w.findings_page)
    qtbot.mouseClick(w.findings_page.situation_button, _left())
    ids = [p.id for p in w.state.profiles]
    w.situation.choose("arrest-raid" if "arrest-raid" in ids else ids[0])
    assert w.state.plan is not None and w.state.plan.to_apply
    w.apply_page.question_shown.connect(lambda _c: QTimer.singleShot(0, w.apply_page.no_button.click))
    practice = w.state.practice
    # Let the lock, the reads and the record go through (lock, read batch, mv), cut the writes.
    practice.config.drop_after_commands = 3
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "The connection to the phone was lost"
    assert "finish or undo" in w.problem.consequence.text()
    qtbot.mouseClick(w.problem.buttons["reconnect"], _left())
    answer_prompt(qtbot, w)
    wait_page(qtbot, w, w.undo_page)
    assert w.undo_page.heading.text() == "The last changes were not finished"
    assert w.undo_page.rows()
    qtbot.mouseClick(w.undo_page.undo_button, _left())
    qtbot.waitUntil(lambda: w.undo_page.mode == "done", timeout=STEP_S)
    assert w.undo_page.heading.text() in ("Undone", "Partly undone")
    qtbot.mouseClick(w.undo_page.rescan_button, _left())
    wait_page(qtbot, w, w.findings_page)


# --- keyboard only -------------------------------------------------------------------------------------


def test_keyboard_only_connect_and_cancel(qtbot, make_window):
    from PySide6.QtCore import Qt

    w = make_window(auth_timeout_s=30)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=STEP_S)
    # Arrow keys move between the radio buttons; the practice phone is the next one.
    w.start.usb_radio.setFocus()
    qtbot.keyClick(w.start.usb_radio, Qt.Key.Key_Down)
    assert w.start.practice_radio.isChecked()
    qtbot.keyClick(w.start.connect_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.waiting.practice_panel.pending is not None, timeout=STEP_S)
    assert w.focusWidget() is w.waiting.practice_panel.allow_button
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Escape)
    wait_page(qtbot, w, w.start)
    assert w.start.status.text() == "Stopped. The phone is not connected."
    # F1 opens the USB debugging help; its Back button returns.
    qtbot.keyClick(w.start.connect_button, Qt.Key.Key_F1)
    assert w.current_page() is w.help_page
    qtbot.keyClick(w.help_page.back_button, Qt.Key.Key_Space)
    assert w.current_page() is w.start


def test_changes_made_earlier_are_offered_for_undo_on_the_next_connection(qtbot, make_window):
    w = make_window()
    connect_practice(qtbot, w)
    wait_page(qtbot, w, w.findings_page)
    qtbot.mouseClick(w.findings_page.situation_button, _left())
    ids = [p.id for p in w.state.profiles]
    w.situation.choose("outreach-data" if "outreach-data" in ids else ids[0])
    w.apply_page.question_shown.connect(lambda _c: QTimer.singleShot(0, w.apply_page.no_button.click))
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    # Later, while a step done by hand is being checked, the cable is pulled; then plugged back in.
    qtbot.mouseClick(w.outcome.steps_button, _left())
    assert w.current_page() is w.todo and w.todo.checklist.rows
    w.state.practice.config.drop_after_commands = 0
    qtbot.mouseClick(w.todo.checklist.rows[0].button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "The connection to the phone was lost"
    qtbot.mouseClick(w.problem.buttons["reconnect"], _left())
    answer_prompt(qtbot, w)
    wait_page(qtbot, w, w.undo_page)
    assert w.undo_page.heading.text() == "Finish or undo the last changes"
    assert any(row[0] == "Fixed" for row in w.undo_page.rows())
    qtbot.mouseClick(w.undo_page.keep_button, _left())
    wait_page(qtbot, w, w.findings_page)


# --- other connection problems --------------------------------------------------------------------


def test_wifi_address_with_nothing_listening_gives_network_advice(qtbot, make_window):
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing answers there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    w = make_window()
    w.start.address.setText(f"127.0.0.1:{port}")
    w.start.wifi_radio.setChecked(True)
    qtbot.mouseClick(w.start.connect_button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "Nothing answers at this address"
    assert "Wi-Fi" in w.problem.message.text() and "USB cable" not in w.problem.message.text()
    assert w.problem.buttons["help"].isHidden()  # the USB help would not help with an address
    assert not w.problem.buttons["retry"].isHidden()


def test_a_wifi_address_that_cannot_be_one_is_said_plainly(qtbot, make_window):
    w = make_window()
    w.start.address.setText("1.2.3.4:99999")
    w.start.wifi_radio.setChecked(True)
    qtbot.mouseClick(w.start.connect_button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "This address cannot be used"
    assert "192.168.1.20:5555" in w.problem.message.text()
    qtbot.mouseClick(w.problem.buttons["start_over"], _left())
    assert w.current_page() is w.start


def test_no_keyring_shows_its_own_screen(qtbot, make_window, practice_phone, monkeypatch):
    from hardener.adb.keys import KeyStore
    from hardener.errors import KeyringUnavailable

    def no_keyring(self):
        raise KeyringUnavailable("no backend (test)")

    monkeypatch.setattr(KeyStore, "load_or_create", no_keyring)
    sim = practice_phone(PERSONA)
    w = make_window(signer=None)
    w.start.address.setText(f"{sim.host}:{sim.port}")
    w.start.wifi_radio.setChecked(True)
    qtbot.mouseClick(w.start.connect_button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == "No safe place for hardener's key"
    assert "keyring" in w.problem.message.text()


@pytest.mark.parametrize(
    ("error", "heading", "words"),
    [
        ("KeyringLocked", "The keyring is locked", "Unlock it"),
        ("KeyDamaged", "hardener's key is damaged", "hardener forget-key"),
    ],
)
def test_a_locked_keyring_and_a_damaged_key_each_have_their_own_screen(
    qtbot, make_window, practice_phone, monkeypatch, error, heading, words
):
    from hardener import errors
    from hardener.adb.keys import KeyStore

    def refuse(self):
        raise getattr(errors, error)("(test)")

    monkeypatch.setattr(KeyStore, "load_or_create", refuse)
    sim = practice_phone(PERSONA)
    w = make_window(signer=None)
    w.start.address.setText(f"{sim.host}:{sim.port}")
    w.start.wifi_radio.setChecked(True)
    qtbot.mouseClick(w.start.connect_button, _left())
    wait_page(qtbot, w, w.problem)
    assert w.problem.heading.text() == heading
    assert words in w.problem.message.text()


def test_the_adb_server_is_stopped_only_after_the_person_agrees(qtbot, make_window, monkeypatch):
    from hardener.adb import discovery
    from hardener.errors import AdbServerHoldsDevice
    from hardener.gui.pages import problem as pr

    stopped: list[object] = []
    server = discovery.AdbServer(port=5037, pid=4242, version=41)
    monkeypatch.setattr(discovery, "find_adb_server", lambda: server)
    monkeypatch.setattr(discovery, "stop_adb_server", lambda s: stopped.append(s) or True)
    w = make_window(auth_timeout_s=30)
    w.start.choose_practice(PERSONA)
    w.state.selector = w.start.selector()
    w.problem.show_problem(AdbServerHoldsDevice("USBErrorBusy", pid=4242), pr.CONNECT)
    w.show_page(w.problem)
    assert "4242" in w.problem.message.text()
    qtbot.mouseClick(w.problem.buttons["stop_server"], _left())
    qtbot.mouseClick(w.problem.confirm_no, _left())
    assert stopped == []
    qtbot.mouseClick(w.problem.buttons["stop_server"], _left())
    qtbot.mouseClick(w.problem.confirm_yes, _left())
    # Stopped, then hardener tries the phone again at once.
    qtbot.waitUntil(lambda: w.current_page() is w.waiting, timeout=STEP_S)
    assert stopped == [server]
    qtbot.mouseClick(w.waiting.cancel_button, _left())
    wait_page(qtbot, w, w.start)
