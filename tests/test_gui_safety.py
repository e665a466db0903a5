"""The app, driven as a person would: the safety stop before any change, and the sealed undo record.

Real widgets under pytest-qt; the phone is the practice phone over the real protocol.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from test_gui_flow import (
    STEP_S,
    _left,
    connect_practice,
    make_window,  # noqa: F401 - the shared window fixture, used through `window`
    wait_page,
)

from hardener.checks import run_checks
from hardener.device.gather import gather
from hardener.session import journal as jr
from hardener.session.apply import apply_plan
from hardener.session.plan import make_plan
from hardener.session.profiles import find_profile
from hardener.sim.phone import diff_states

CODE = jr.UndoCode.parse("7KQ2-M9XD-4TPR")


@pytest.fixture
def window(make_window):  # noqa: F811 - the fixture imported above
    return make_window


def _spy_state(phone: Any) -> str:
    """Everything the phone holds about the spying app: its package state, app-ops and access."""
    state = phone.export_state()
    secure = state["settings"]["secure/0"]
    return repr((state["packages"].get("com.thetruth"), {k: v for k, v in secure.items() if "com.thetruth" in str(v)},
                 {k: v for k, v in state["uid_ops"].items() if "thetruth" in repr(v)}, state["admins"]))


def _to_situation(qtbot: Any, w: Any, profile_id: str) -> None:
    wait_page(qtbot, w, w.findings_page)
    qtbot.mouseClick(w.findings_page.situation_button, _left())
    w.situation.choose(profile_id)
    assert w.state.plan is not None


def _no_to_questions(w: Any) -> None:
    w.apply_page.question_shown.connect(lambda _c: QTimer.singleShot(0, w.apply_page.no_button.click))


# --- the safety stop ----------------------------------------------------------------------------------


def test_a_spying_app_stops_the_flow_before_any_change(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "old-9")
    wait_page(qtbot, w, w.safety)
    assert "spy" in w.safety.heading.text()
    assert w.safety.apps.text()  # the app, by the name the lists give it
    texts = " ".join(p.text() for p in w.safety.points)
    assert "Do not confront" in texts and "safety plan" in texts and "sex worker organisation" in texts
    assert w.focusWidget() is w.safety.leave_button  # the safe choice is the default
    phone = w.state.practice.phone
    before = _spy_state(phone)
    qtbot.mouseClick(w.safety.leave_button, _left())
    _to_situation(qtbot, w, "webcam-work")
    plan = w.state.plan
    assert plan.untouched and not plan.include_watched
    assert all(c.args.get("package") != "com.thetruth" for c in plan.changes)
    _no_to_questions(w)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    assert _spy_state(phone) == before


def test_changing_the_spying_app_is_the_persons_own_choice(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "old-9")
    wait_page(qtbot, w, w.safety)
    qtbot.mouseClick(w.safety.touch_button, _left())
    _to_situation(qtbot, w, "webcam-work")
    plan = w.state.plan
    assert plan.include_watched
    assert any(c.args.get("package") == "com.thetruth" for c in plan.changes)


def test_stop_here_goes_to_finish_and_changes_nothing(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "old-9")
    wait_page(qtbot, w, w.safety)
    before = w.state.practice.phone.export_state()
    qtbot.mouseClick(w.safety.stop_button, _left())
    assert w.current_page() is w.finish_page
    assert diff_states(before, w.state.practice.phone.export_state()) == []


# --- the undo code ------------------------------------------------------------------------------------


def test_result_shows_the_undo_code_and_finish_erases_the_record_by_default(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "samsung-11")
    _to_situation(qtbot, w, "arrest-raid")
    _no_to_questions(w)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    code = str(w.state.undo_code)
    assert w.outcome.code_note.isVisible() and code in w.outcome.code_note.text()
    phone = w.state.practice.phone
    assert phone.read_file(jr.RECORD_PATH) is not None
    qtbot.mouseClick(w.outcome.finish_button, _left())
    assert w.current_page() is w.finish_page
    assert w.finish_page.keep.isVisible() and not w.finish_page.keep.isChecked()
    assert "can see that its settings were changed" in w.finish_page.keep.text()
    qtbot.mouseClick(w.finish_page.finish_button, _left())
    qtbot.waitUntil(lambda: w.finish_page.mode == "done", timeout=STEP_S)
    assert phone.read_file(jr.RECORD_PATH) is None
    assert not [p for p in phone.fs if p.startswith("/data/local/tmp/")]


def test_keeping_undo_is_a_choice_with_the_code_reminded(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "samsung-11")
    _to_situation(qtbot, w, "arrest-raid")
    _no_to_questions(w)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    phone = w.state.practice.phone
    qtbot.mouseClick(w.outcome.finish_button, _left())
    w.finish_page.keep.setChecked(True)
    assert w.finish_page.code_note.isVisible() and str(w.state.undo_code) in w.finish_page.code_note.text()
    qtbot.mouseClick(w.finish_page.finish_button, _left())
    qtbot.waitUntil(lambda: w.finish_page.mode == "done", timeout=STEP_S)
    assert phone.read_file(jr.RECORD_PATH) is not None


@pytest.fixture
def phone_with_record(practice_phone, connect_to):
    """A phone changed at an earlier visit, on another laptop: it holds a record sealed with CODE."""
    sim = practice_phone("samsung-11")
    before = sim.phone.export_state()
    conn = connect_to(sim)
    snap = gather(conn.channel)
    plan = make_plan(find_profile("arrest-raid"), snap, run_checks(snap))
    assert apply_plan(conn.channel, plan, code=CODE, consent=lambda _c: False).record_kept
    conn.close()
    return sim, before


def _connect_by_address(qtbot: Any, w: Any, sim: Any) -> None:
    w.start.address.setText(f"{sim.host}:{sim.port}")
    w.start.wifi_radio.setChecked(True)
    qtbot.mouseClick(w.start.connect_button, _left())


def test_a_record_from_an_earlier_visit_opens_with_its_code(qtbot, window, phone_with_record):
    sim, before = phone_with_record
    w = window()
    _connect_by_address(qtbot, w, sim)
    wait_page(qtbot, w, w.undo_page)
    assert w.undo_page.mode == "locked"
    assert w.undo_page.code_edit.isVisible() and w.focusWidget() is w.undo_page.code_edit
    assert not w.undo_page.rows()  # nothing about the changes is shown before the code
    qtbot.keyClicks(w.undo_page.code_edit, "AAAA-BBBB-CCCC")
    qtbot.mouseClick(w.undo_page.open_button, _left())
    qtbot.waitUntil(lambda: w.undo_page.code_problem.isVisible(), timeout=STEP_S)
    assert "does not open" in w.undo_page.code_problem.text()
    w.undo_page.code_edit.setText("7kq2 m9xd 4tpr")
    qtbot.mouseClick(w.undo_page.open_button, _left())
    qtbot.waitUntil(lambda: w.undo_page.mode == "offer", timeout=STEP_S)
    assert w.undo_page.rows()
    qtbot.mouseClick(w.undo_page.undo_button, _left())
    qtbot.waitUntil(lambda: w.undo_page.mode == "done", timeout=STEP_S)
    assert w.undo_page.heading.text() == "Undone"
    assert diff_states(before, sim.phone.export_state()) == []
    assert sim.phone.read_file(jr.RECORD_PATH) is None


def test_a_record_can_be_erased_without_its_code(qtbot, window, phone_with_record):
    sim, _before = phone_with_record
    w = window()
    _connect_by_address(qtbot, w, sim)
    wait_page(qtbot, w, w.undo_page)
    qtbot.mouseClick(w.undo_page.erase_button, _left())
    wait_page(qtbot, w, w.findings_page)
    assert sim.phone.read_file(jr.RECORD_PATH) is None


def test_without_the_code_nothing_is_written_over_the_record(qtbot, window, phone_with_record):
    sim, _before = phone_with_record
    kept = sim.phone.read_file(jr.RECORD_PATH)
    w = window()
    _connect_by_address(qtbot, w, sim)
    wait_page(qtbot, w, w.undo_page)
    qtbot.mouseClick(w.undo_page.keep_button, _left())  # "Go on without it"
    _to_situation(qtbot, w, "webcam-work")
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.undo_page)
    assert w.undo_page.mode == "locked"
    assert "first open the earlier record" in w.undo_page.code_problem.text()
    assert sim.phone.read_file(jr.RECORD_PATH) == kept


# --- leaving with USB debugging on ---------------------------------------------------------------------


def _connected(qtbot: Any, w: Any) -> None:
    connect_practice(qtbot, w, "samsung-11")
    wait_page(qtbot, w, w.findings_page)


def test_closing_while_connected_asks_to_finish_first(qtbot, window):
    w = window()
    _connected(qtbot, w)
    w.close()
    box = w.leave_question.box
    qtbot.waitUntil(box.isVisible, timeout=STEP_S)
    assert w.isVisible() and w.state.visit.connected  # nothing was let go yet
    assert "USB debugging is still on" in box.text()
    assert box.defaultButton() is w.leave_question.finish_button  # the safe answer by default
    qtbot.mouseClick(w.leave_question.stay_button, _left())
    assert w.isVisible() and w.state.visit.connected
    w.close()
    qtbot.waitUntil(box.isVisible, timeout=STEP_S)
    qtbot.mouseClick(w.leave_question.finish_button, _left())
    assert w.current_page() is w.finish_page and w.isVisible()


def test_leave_anyway_closes_and_next_person_asks_too(qtbot, window):
    w = window()
    _connected(qtbot, w)
    w.menus.next_person_action.trigger()
    box = w.leave_question.box
    qtbot.waitUntil(box.isVisible, timeout=STEP_S)
    assert w.state.visit.connected
    qtbot.mouseClick(w.leave_question.leave_button, _left())
    qtbot.waitUntil(lambda: w.current_page() is w.start, timeout=STEP_S)
    assert not w.state.visit.connected and w.state.practice is None
    # Not connected any more: closing goes through at once.
    w.close()
    assert not w.isVisible()


# --- the report from the app --------------------------------------------------------------------------


def test_a_report_is_saved_from_the_result_page_before_finishing(qtbot, window, monkeypatch, tmp_path):
    from hardener.gui import report_action

    w = window()
    connect_practice(qtbot, w, "samsung-11")
    _to_situation(qtbot, w, "arrest-raid")
    _no_to_questions(w)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    where = tmp_path / "chosen" / "report.html"
    where.parent.mkdir()
    monkeypatch.setattr(report_action, "ask_where", lambda _w: where)
    monkeypatch.setattr(report_action, "ask_second_language", lambda _w: (True, None))
    qtbot.mouseClick(w.outcome.report_button, _left())
    page = where.read_text(encoding="utf-8")
    assert "What was changed" in page and "Nothing was changed on this phone" not in page
    assert "hardener" not in page.lower()  # the report never names the tool
    assert str(where) in w.outcome.report_note.text()
    # On the finish page too, before USB debugging goes off; a PDF this time.
    qtbot.mouseClick(w.outcome.finish_button, _left())
    assert w.finish_page.report_button.isVisible()
    pdf = tmp_path / "chosen" / "again.pdf"
    monkeypatch.setattr(report_action, "ask_where", lambda _w: pdf)
    monkeypatch.setattr(report_action, "ask_second_language", lambda _w: (True, None))
    qtbot.mouseClick(w.finish_page.report_button, _left())
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in where.parent.iterdir()) == ["again.pdf", "report.html"]  # only where chosen


def test_a_cancelled_save_writes_nothing(qtbot, window, monkeypatch, tmp_path):
    from hardener.gui import report_action

    w = window()
    connect_practice(qtbot, w, "samsung-11")
    wait_page(qtbot, w, w.findings_page)
    monkeypatch.setattr(report_action, "ask_where", lambda _w: None)
    w.visit_flow.show_finish()
    qtbot.mouseClick(w.finish_page.report_button, _left())
    assert w.finish_page.report_note.text() == ""


# --- small screens, large text ------------------------------------------------------------------------


@pytest.mark.parametrize("percent", [100, 200])
def test_every_page_fits_a_netbook_screen_without_squeezed_buttons(qtbot, window, percent):
    """At 1024×600 (a netbook) and at the largest text size, the window fits, every page can be
    reached (it scrolls inside its frame), and no button is squeezed below the size its words need."""
    from PySide6.QtWidgets import QPushButton

    w = window()
    w.apply_text_size(percent)
    w.resize(1024, 600)
    qtbot.waitUntil(lambda: w.width() <= 1024 and w.height() <= 600, timeout=STEP_S)
    assert w.minimumWidth() <= 1024 and w.minimumHeight() <= 600
    for page in w.pages():
        w.show_page(page)
        assert w.current_page() is page
        w.finish_page.confirm(has_record=True, code="7KQ2-M9XD-4TPR") if page is w.finish_page else None
        QApplication.processEvents()
        for button in page.findChildren(QPushButton):
            if not button.isVisibleTo(page) or not button.text():
                continue
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert button.width() >= needed, (type(page).__name__, button.text(), button.width(), needed)
            # Inside the page: reachable by scrolling the page's frame, never cut off at its side.
            assert button.geometry().right() <= page.width() + 1, (type(page).__name__, button.text())


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run to make a 1024×600 screen")
def test_the_app_opens_inside_a_1024x600_screen(tmp_path):
    """``hardener-gui --demo`` on a netbook-sized screen: a real X server of that size, a real window."""
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from hardener.gui import app as gui_app\n"
        "app, window = gui_app.build(['--demo'])\n"
        "QTimer.singleShot(500, app.quit)\n"
        "app.exec()\n"
        "frame = window.frameGeometry()\n"
        "print(frame.width(), frame.height(), window.screen().availableGeometry().width(),"
        " window.screen().availableGeometry().height())\n"
        "window.quit_now()\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1024x600x24", sys.executable, "-c", script],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    width, height, screen_w, screen_h = (int(x) for x in out.stdout.split()[-4:])
    assert (screen_w, screen_h) == (1024, 600)
    assert width <= 1024 and height <= 600, (width, height)


# --- still to do on the phone ---------------------------------------------------------------------------


def test_after_changes_what_is_still_to_do_is_listed_worst_first_and_rechecked(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "samsung-11")  # a pattern lock, Smart Lock, cloud sync on
    _to_situation(qtbot, w, "arrest-raid")
    _no_to_questions(w)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    # "Done" does not hide what only the person can do: counted on the result page.
    todo = w.todo.items
    assert todo and w.outcome.steps_button.isVisible()
    assert str(len(todo)) in w.outcome.steps_button.text()
    assert w.state.plan is None and w.situation.plan is None  # the spent plan is never applied again
    assert w.outcome.undo_button.isEnabled()
    qtbot.mouseClick(w.outcome.steps_button, _left())
    assert w.current_page() is w.todo
    first = w.todo.checklist.rows[0]
    assert todo[0].recheck_finding == "lock.screen_lock"  # the worst first: the pattern lock
    qtbot.mouseClick(first.button, _left())
    qtbot.waitUntil(lambda: first.status not in ("todo", "checking"), timeout=STEP_S)
    assert first.state_word.text() == "Not yet"  # checked again, and still there
    lock = w.state.practice.phone.locks[0]
    lock.credential, lock.secret = "pin", "123456"
    qtbot.mouseClick(first.button, _left())
    qtbot.waitUntil(lambda: first.status not in ("not_yet", "checking"), timeout=STEP_S)
    assert first.state_word.text() == "Done"
    # The finish page says it too, before USB debugging goes off.
    qtbot.mouseClick(w.todo.finish_button, _left())
    assert w.current_page() is w.finish_page
    assert w.finish_page.todo_note.isVisible() and w.finish_page.todo_button.isVisible()


def test_the_language_menu_offers_languages_not_the_developers_pseudo_language(qtbot, window):
    w = window()
    offered = set(w.menus.language_actions)
    assert {"en", "fr", "es", "pt", "ru", "zh_CN"} <= offered and "en_XA" not in offered


# --- clearing translators ---------------------------------------------------------------------------


def test_clearing_translators_says_what_is_lost_asks_once_and_the_check_then_says_so(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "samsung-11")  # Google Translate and Microsoft Translator, used daily
    _to_situation(qtbot, w, "migrant-translation")
    asked: list[object] = []

    def answer(change: object) -> None:
        asked.append(change)
        text = w.apply_page.question_text.text()
        assert "offline languages" in text and "sign-in" in text  # what goes, not only "history"
        assert w.apply_page.yes_all_button.isVisible() and "2" in w.apply_page.yes_all_button.text()
        QTimer.singleShot(0, w.apply_page.yes_all_button.click)

    w.apply_page.question_shown.connect(answer)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    assert len(asked) == 1  # one question for both apps
    cleared = [o for o in w.state.result.outcomes if o.change.kind == "clear_data"]
    assert len(cleared) == 2 and all(o.status == "done" for o in cleared)
    # The fresh scan after the changes no longer says these apps keep a history.
    translators = [f for f in w.state.findings if f.id == "translator.app"]
    assert translators and all(not f.is_problem for f in translators)


# --- a refused write on a Xiaomi phone -----------------------------------------------------------------


def test_a_xiaomi_refusal_explains_the_makers_switch_and_tries_again(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "xiaomi-13")  # "USB debugging (Security settings)" is off
    _to_situation(qtbot, w, "arrest-raid")
    _no_to_questions(w)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    assert w.outcome.refusal_box.isVisible()
    text = w.outcome.refusal_text.text()
    assert "USB debugging (Security settings)" in text and "Try again" in text
    assert "java.lang" not in text and "SecurityException" not in text  # the phone's text is for helpers
    assert w.outcome.retry_button.isVisible() and w.outcome.refusal_picture.isVisible()
    # The person switches it on, then presses Try again: the refused changes are made.
    phone = w.state.practice.phone
    phone.faults.gate = None  # the MIUI gate is open once the switch is on
    qtbot.mouseClick(w.outcome.retry_button, _left())
    qtbot.waitUntil(lambda: w.current_page() is w.outcome and not w.busy, timeout=STEP_S)
    assert w.state.result is not None and w.state.result.count("done") >= 1
    assert not w.outcome.refusal_box.isVisible()


# --- leave fast ---------------------------------------------------------------------------------------------


def test_leave_fast_hides_and_clears_at_once_and_coming_back_starts_clean(qtbot, window):
    from PySide6.QtCore import Qt

    w = window()
    _connected(qtbot, w)
    assert w.leave_fast.button.isVisible()  # on every page, in the header
    phone_name = w.state.label
    qtbot.keyClick(w, Qt.Key.Key_F12)
    assert w.isMinimized()
    assert not w.state.visit.connected and w.state.practice is None and not w.state.findings
    assert w.current_page() is w.start
    assert w.findings_page.tree.topLevelItemCount() == 0  # nothing of the phone left on any page
    assert phone_name not in w.windowTitle() and "hardener" not in w.windowTitle().lower()
    w.showNormal()
    qtbot.waitUntil(lambda: "hardener" in w.windowTitle(), timeout=STEP_S)
    assert w.current_page() is w.start and w.connected_label.text() == ""


def test_stopping_a_recheck_keeps_the_connection(qtbot, window):
    w = window()
    connect_practice(qtbot, w, "samsung-11")
    _to_situation(qtbot, w, "arrest-raid")
    _no_to_questions(w)
    qtbot.mouseClick(w.situation.apply_button, _left())
    wait_page(qtbot, w, w.outcome)
    qtbot.mouseClick(w.outcome.steps_button, _left())
    row = w.todo.checklist.rows[0]
    w.state.practice.config.latency_ms = 400  # a slow phone: the check is still running when Stop is pressed
    qtbot.mouseClick(row.button, _left())
    assert row.status == "checking"
    qtbot.mouseClick(row.button, _left())  # the same button now says Stop
    qtbot.waitUntil(lambda: not w.busy, timeout=STEP_S)
    assert row.status == "todo"
    assert w.state.visit.connected and w.current_page() is w.todo  # no "Allow?" again
