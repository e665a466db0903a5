"""The progress bar while changes are made moves as the phone confirms each change.

Real widgets (pytest-qt, offscreen) against the practice phone, as in test_gui_flow.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from test_gui_flow import (  # noqa: F401 - the shared fixtures
    _left,
    _restore_app_state,
    connect_practice,
    make_window,
    wait_page,
)


@pytest.fixture
def window(make_window):  # noqa: F811 - the fixture imported above
    return make_window


def test_apply_progress_moves_change_by_change(qtbot, window):
    w = window()
    connect_practice(qtbot, w)
    wait_page(qtbot, w, w.findings_page)
    qtbot.mouseClick(w.findings_page.situation_button, _left())
    ids = [p.id for p in w.state.profiles]
    w.situation.choose("arrest-raid" if "arrest-raid" in ids else ids[0])
    plan = w.state.plan
    assert plan is not None and len(plan.to_apply) >= 3
    # Yes to every question, so most changes are written and then confirmed by a read-back.
    w.apply_page.question_shown.connect(lambda _c: QTimer.singleShot(0, w.apply_page.yes_button.click))
    seen: list[tuple[int, str]] = []
    bar = w.apply_page.bar

    def moved(value: int) -> None:
        seen.append((value, bar.text()))

    bar.valueChanged.connect(moved)
    qtbot.mouseClick(w.situation.apply_button, _left())
    assert w.current_page() is w.apply_page
    assert bar.value() == 0 and bar.maximum() == len(plan.to_apply)
    wait_page(qtbot, w, w.outcome)
    values = [v for v, _t in seen]
    assert values == sorted(set(values)), f"the bar went back or stood still: {values}"
    assert len(set(values)) > 2, f"the bar jumped instead of moving: {values}"
    assert values[-1] == len(plan.to_apply)
    assert seen[-1][1] == f"{len(plan.to_apply)} of {len(plan.to_apply)} changes done"
