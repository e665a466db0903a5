"""The app with the keyboard only: where the focus is on each page, Tab order, and Enter.

Real widgets (pytest-qt, offscreen) against the practice phone, as in test_gui_flow.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from test_gui_flow import (  # noqa: F401 - the shared fixtures
    STEP_S,
    _restore_app_state,
    make_window,
    wait_page,
)


@pytest.fixture
def window(make_window):  # noqa: F811 - the fixture imported above
    return make_window


def _activate(qtbot, w) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=STEP_S)


def _press(qtbot, w, widget: QWidget, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Put the focus on ``widget`` and press ``key`` there, as a person at the keyboard would."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert w.focusWidget() is widget
    qtbot.keyClick(widget, key)


def _focus_is(w, *expected: QWidget) -> None:
    focused = w.focusWidget()
    assert focused is not None, f"nothing has the focus on {type(w.current_page()).__name__}"
    assert focused in expected, (
        f"{type(w.current_page()).__name__}: focus on {type(focused).__name__} "
        f"{getattr(focused, 'text', lambda: '')()!r}"
    )


def test_start_page_tab_order_goes_down_the_page_to_connect(qtbot, window):
    w = window()
    _activate(qtbot, w)
    start = w.start
    # The focus starts at the top (the chosen kind of phone), not at Connect.
    _focus_is(w, start.usb_radio)
    start.choose_practice(None)
    w.show_page(w.help_page)
    w.show_page(start)
    _focus_is(w, start.practice_radio)
    start.usb_radio.setChecked(True)
    w.show_page(w.help_page)
    w.show_page(start)
    _focus_is(w, start.usb_radio)

    # Press Tab as a person would, from the first control to the last one on the page.
    chain: list[QWidget] = [w.focusWidget()]
    for _ in range(30):
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
        focused = w.focusWidget()
        if focused is None or not start.isAncestorOf(focused) or focused in chain:
            break
        chain.append(focused)
    places = [(c.mapTo(start, QPoint(0, 0)).y(), c.mapTo(start, QPoint(0, 0)).x()) for c in chain]
    for before, after, a, b in zip(places, places[1:], chain, chain[1:], strict=False):
        assert after[0] >= before[0] - 2, f"Tab goes up from {type(a).__name__} to {type(b).__name__}"
        if abs(after[0] - before[0]) <= 2:
            assert after[1] > before[1], f"Tab goes left from {type(a).__name__} to {type(b).__name__}"
    # Every way to choose a phone comes before Connect; only the help beside it comes after.
    for control in (start.usb_radio, start.usb_list, start.refresh_button, start.persona_combo, start.address,
                    start.pair_button):
        assert control in chain and chain.index(control) < chain.index(start.connect_button)
    assert chain[chain.index(start.connect_button) + 1:] == [start.help_button]


def test_enter_in_the_practice_phone_box_connects(qtbot, window):
    w = window()
    _activate(qtbot, w)
    w.start.choose_practice("samsung-11")
    _press(qtbot, w, w.start.persona_combo)
    assert w.current_page() is w.waiting, "Enter in the practice phone box is Connect"
    qtbot.waitUntil(lambda: w.waiting.practice_panel.pending is not None, timeout=STEP_S)
    _focus_is(w, w.waiting.practice_panel.allow_button)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Escape)
    wait_page(qtbot, w, w.start)
    # Enter on the chosen kind of phone (a radio button) is Connect too.
    _focus_is(w, w.start.practice_radio)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Enter)
    assert w.current_page() is w.waiting
    qtbot.waitUntil(lambda: w.waiting.practice_panel.pending is not None, timeout=STEP_S)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Escape)
    wait_page(qtbot, w, w.start)


def test_every_page_focuses_its_main_control_and_enter_presses_its_default(qtbot, window):
    w = window()
    _activate(qtbot, w)
    _focus_is(w, w.start.usb_radio)
    # Help and back.
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_F1)
    assert w.current_page() is w.help_page
    _focus_is(w, w.help_page.back_button)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)
    assert w.current_page() is w.start
    _focus_is(w, w.start.usb_radio)
    # Wi-Fi pairing: the first field to type in; Back returns to the start page's controls.
    qtbot.mouseClick(w.start.pair_button, Qt.MouseButton.LeftButton)
    assert w.current_page() is w.pair_page
    _focus_is(w, w.pair_page.pair_address)
    _press(qtbot, w, w.pair_page.back_button)
    assert w.current_page() is w.start
    _focus_is(w, w.start.usb_radio)

    # Connect to the practice phone with the keyboard only.
    w.start.choose_practice("samsung-11")
    _press(qtbot, w, w.start.persona_combo)
    qtbot.waitUntil(lambda: w.waiting.practice_panel.pending is not None, timeout=STEP_S)
    _focus_is(w, w.waiting.practice_panel.allow_button)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)
    wait_page(qtbot, w, w.findings_page)
    findings = w.findings_page
    _focus_is(w, findings.tree)

    # Situation, then back: Findings has the focus again (its list or its main button), never nothing.
    _press(qtbot, w, findings.situation_button)
    assert w.current_page() is w.situation
    _focus_is(w, w.situation.profile_list)
    _press(qtbot, w, w.situation.back_button)
    assert w.current_page() is findings
    _focus_is(w, findings.tree, findings.situation_button)

    # Apply with the keyboard: the question's safe answer has the focus; Enter skips it.
    _press(qtbot, w, findings.situation_button)
    ids = [p.id for p in w.state.profiles]
    w.situation.choose("arrest-raid" if "arrest-raid" in ids else ids[0])
    answered: list[str] = []

    def answer(change) -> None:
        assert w.focusWidget() is w.apply_page.no_button
        answered.append(change.key)
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)

    w.apply_page.question_shown.connect(lambda change: QTimer.singleShot(0, lambda: answer(change)))
    _press(qtbot, w, w.situation.apply_button)
    wait_page(qtbot, w, w.outcome)
    _focus_is(w, w.outcome.finish_button)

    # Still to do, and back.
    _press(qtbot, w, w.outcome.steps_button)
    assert w.current_page() is w.todo
    rows = [r.button for r in w.todo.checklist.rows]
    _focus_is(w, *(rows[:1] or [w.todo.finish_button]))
    _press(qtbot, w, w.todo.back_button)
    assert w.current_page() is w.outcome
    _focus_is(w, w.outcome.finish_button)

    # Finish asks first; Back returns; Enter on its check box presses its default button (Finish).
    _press(qtbot, w, w.outcome.finish_button)
    assert w.current_page() is w.finish_page
    _focus_is(w, w.finish_page.finish_button)
    _press(qtbot, w, w.finish_page.back_button)
    assert w.current_page() is w.outcome
    _focus_is(w, w.outcome.finish_button)
    _press(qtbot, w, w.outcome.finish_button)
    _press(qtbot, w, w.finish_page.keep)
    qtbot.waitUntil(lambda: w.finish_page.mode == "done", timeout=STEP_S)
    _focus_is(w, w.finish_page.next_button)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)
    assert w.current_page() is w.start
    _focus_is(w, w.start.usb_radio)
