"""Two dead ends of connecting: typed Wi-Fi pairing values lost on "Back", and a Deny tapped by
mistake on a real phone (which says nothing, so the wait would just run on).

Real widgets (pytest-qt, offscreen), as in test_gui_flow.py; the "real phone" is a practice
phone reached by its address, whose "Allow?" nobody answers.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from test_gui_flow import (  # noqa: F401 - the shared fixtures
    PERSONA,
    STEP_S,
    _left,
    _restore_app_state,
    make_window,
    wait_page,
)

from hardener.gui.pages import pair as pair_page


@pytest.fixture
def window(make_window):  # noqa: F811 - the fixture imported above
    return make_window


def _open_pairing(qtbot, w) -> None:
    qtbot.mouseClick(w.start.pair_button, _left())
    assert w.current_page() is w.pair_page
    qtbot.waitUntil(lambda: w.pair_page.state != pair_page.CHECKING, timeout=STEP_S)


def _typed(w) -> tuple[str, str, str]:
    page = w.pair_page
    return page.pair_address.text(), page.code.text(), page.connect_address.text()


def test_typed_pairing_values_survive_back_and_return(qtbot, window):
    w = window()
    w.start.address.setText("192.168.1.20:5555")
    _open_pairing(qtbot, w)
    page = w.pair_page
    qtbot.keyClicks(page.pair_address, "192.168.1.20:37123")
    qtbot.keyClicks(page.code, "482915")
    qtbot.keyClicks(page.connect_address, "192.168.1.20:41235")
    typed = ("192.168.1.20:37123", "482915", "192.168.1.20:41235")
    assert _typed(w) == typed

    # Back to the first page, and the way back in: nothing typed is gone, on either page.
    qtbot.mouseClick(page.back_button, _left())
    assert w.current_page() is w.start
    assert w.start.address.text() == "192.168.1.20:5555"
    _open_pairing(qtbot, w)
    assert _typed(w) == typed

    # A mistake in an address is said before the phone's code is spent: "Back to pairing" finds all
    # three still typed, the code too, and the address can be put right.
    page.set_tools(SimpleNamespace(version_text="35.0.2", adb=Path("/opt/platform-tools/adb")))
    assert page.state == pair_page.READY and page.pair_button.isEnabled()
    page.connect_address.setText("192.168.1.20:99999")
    qtbot.mouseClick(page.pair_button, _left())
    assert w.current_page() is w.problem
    assert w.problem.heading.text() == "This address cannot be used"
    qtbot.mouseClick(w.problem.buttons["pair_again"], _left())
    assert w.current_page() is w.pair_page
    assert _typed(w) == ("192.168.1.20:37123", "482915", "192.168.1.20:99999")

    # The next person finds nothing typed.
    w.reset_for_next_person()
    assert _typed(w) == ("", "", "")


def test_a_real_phone_that_does_not_answer_offers_tapped_deny_by_mistake(qtbot, window, practice_phone):
    sim = practice_phone(PERSONA, auth_mode="prompt")  # asks "Allow?", and nobody answers
    w = window(auth_timeout_s=60)
    w.waiting.deny_hint_s = 0.3
    w.start.address.setText(f"{sim.host}:{sim.port}")
    w.start.wifi_radio.setChecked(True)
    qtbot.mouseClick(w.start.connect_button, _left())
    waiting = w.waiting
    qtbot.waitUntil(lambda: waiting.mode == "waiting", timeout=STEP_S)
    assert waiting.heading.text() == "Tap “Allow” on the phone"
    qtbot.waitUntil(lambda: waiting.retry_offered, timeout=STEP_S)
    assert not waiting.deny_hint.isHidden() and not waiting.retry_button.isHidden()
    assert waiting.deny_hint.text() == (
        "Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again."
    )
    assert waiting.retry_button.text() == "Try again"

    # Try again: this attempt stops and a new one starts at once, asking "Allow?" afresh.
    qtbot.mouseClick(waiting.retry_button, _left())
    qtbot.waitUntil(lambda: w.current_page() is waiting and waiting.mode == "waiting" and w.busy
                    and not waiting.retry_offered, timeout=STEP_S)
    assert waiting.deny_hint.isHidden() and waiting.retry_button.isHidden()
    assert w.problem.error is None, "a retry is not a problem"
    # ...and after the delay the hint comes back, as long as the phone still does not answer.
    qtbot.waitUntil(lambda: waiting.retry_offered, timeout=STEP_S)
    qtbot.mouseClick(waiting.cancel_button, _left())
    wait_page(qtbot, w, w.start)
    assert w.start.status.text() == "Stopped. The phone is not connected."


def test_the_practice_phone_never_shows_the_deny_hint(qtbot, window):
    w = window(auth_timeout_s=60)
    w.waiting.deny_hint_s = 0
    w.start.choose_practice(PERSONA)
    qtbot.mouseClick(w.start.connect_button, _left())
    panel = w.waiting.practice_panel
    qtbot.waitUntil(lambda: panel.pending is not None, timeout=STEP_S)
    qtbot.wait(200)  # a zero-delay hint would have fired by now
    assert not w.waiting.retry_offered and w.waiting.deny_hint.isHidden()
    qtbot.mouseClick(w.waiting.cancel_button, _left())
    wait_page(qtbot, w, w.start)
