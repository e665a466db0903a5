"""Text from the phone is inert: no escape sequence or markup from a phone acts on a terminal or a widget.

The hostile practice phone's model and maker names carry terminal escape sequences (clear the
screen, move the cursor, a C1 control, a bell) and HTML markup. Its screen timeout is given an
escape sequence too, so the plan and apply show a phone value holding one. A person running
``info``, ``scan``, ``plan`` and ``apply`` must see these spelled out (``<U+001B>``), and the
terminal must receive no control character but the line break.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from hardener import cli
from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.keys import AdbSigner
from hardener.sim.runner import PracticePhone, start_practice_phone

HOSTILE_TIMEOUT = "\x1b[2J\x1b[31m-1\x9b0m"


def controls(text: str) -> list[str]:
    """Every C0 or C1 control character in ``text`` except the line break, as code points."""
    return [f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"]


@pytest.fixture(scope="module")
def hostile(test_signer: AdbSigner) -> Iterator[PracticePhone]:
    sim = start_practice_phone(persona="hostile", trusted_keys=[test_signer.GetPublicKey()])
    sim.phone.settings_table("system", 0)["screen_off_timeout"] = HOSTILE_TIMEOUT  # type: ignore[attr-defined]
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def run(hostile: PracticePhone, test_signer: AdbSigner, monkeypatch, capsys):
    """Run ``hardener <words> --tcp <hostile phone>`` in process; returns (exit code, stdout + stderr)."""

    def connect(_args: object) -> Connection:
        return Connector(DeviceSelector(tcp=hostile.serial), signer=test_signer, auth_timeout_s=10).connect()

    monkeypatch.setattr(cli.device, "open_connection", connect)

    def run_(*words: str) -> tuple[int, str]:
        code = cli.main([*words, "--tcp", hostile.serial])
        out = capsys.readouterr()
        return code, out.out + out.err

    return run_


def test_info_shows_the_hostile_model_name_spelled_out(run) -> None:
    code, text = run("info")
    assert code == 0
    assert controls(text) == []
    phone_line = next(line for line in text.splitlines() if line.startswith("Phone:"))
    assert "<U+001B>[2J" in phone_line and "<U+009B>0m" in phone_line and "<U+0007>" in phone_line


def test_scan_prints_no_control_character(run) -> None:
    code, text = run("scan")
    assert code == 0
    assert controls(text) == []


def test_scan_json_holds_no_raw_control_character(run) -> None:
    code, text = run("scan", "--json")
    assert code == 0
    assert controls(text) == []
    # Titles name apps by their names, never their packages; the evidence still shows the phone's
    # own text (the hostile app com.ansi<ESC>[2J…), spelled out.
    assert "<U+001B>" in text


def test_plan_shows_the_phone_value_spelled_out(run) -> None:
    code, text = run("plan", "arrest-raid")
    assert code == 0
    assert controls(text) == []
    timeout_line = next(line for line in text.splitlines() if "Screen turns off after:" in line)
    # Not a number a person could read: the phone's own text, spelled out, then the plain target.
    assert "<U+001B>[2J<U+001B>[31m-1<U+009B>0m -> 30 seconds" in timeout_line


def test_apply_prints_no_control_character(run) -> None:
    code, text = run("apply", "arrest-raid", "--yes")
    assert code in (0, 1)
    assert controls(text) == []
    assert "Done:" in text


# --- the GUI ---------------------------------------------------------------------------------------


def test_the_window_shows_the_model_name_as_plain_escaped_text(qtbot, tmp_path, hostile, test_signer) -> None:
    from PySide6.QtCore import QSettings, Qt

    from hardener.gui.lang import LanguageSwitcher
    from hardener.gui.prefs import Prefs
    from hardener.gui.window import MainWindow

    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prefs, LanguageSwitcher(), usb_polling=False, signer=test_signer, auth_timeout_s=10.0)
    qtbot.addWidget(window)
    window.show()
    try:
        window.start.address.setText(hostile.serial)
        window.start.wifi_radio.setChecked(True)
        qtbot.mouseClick(window.start.connect_button, Qt.MouseButton.LeftButton)
        label = window.connected_label
        qtbot.waitUntil(lambda: not label.isHidden() and "Phone:" in label.text(), timeout=30_000)
        assert label.textFormat() == Qt.TextFormat.PlainText
        text = label.text()
        assert "<b>Phone</b>" in text  # markup shown as the characters it is, not drawn bold
        assert "<U+001B>[2J" in text and "<U+009B>0m" in text
        assert controls(text) == []
    finally:
        window.quit_now()
        assert window.runner.wait(10_000)


def test_a_tooltip_shows_markup_from_the_phone_as_written(qapp) -> None:
    from PySide6.QtGui import QTextDocument

    from hardener.gui.widgets import plain_tip

    hostile = "<b>Phone</b> <img src=x> can read your contacts"
    shown_as = QTextDocument()
    shown_as.setHtml(plain_tip(hostile))  # a tooltip that looks like markup is drawn as rich text
    assert shown_as.toPlainText() == hostile
    assert plain_tip("Grindr can read your contacts") == "Grindr can read your contacts"


def test_the_problem_page_shows_an_error_quoting_the_phone_inert(qtbot) -> None:
    from hardener.errors import AdbServerDeviceNotFound
    from hardener.gui.pages.problem import CONNECT, ProblemPage

    page = ProblemPage()
    qtbot.addWidget(page)
    error = AdbServerDeviceNotFound("the server said: \x1b]0;owned\x07", serial="x\x1b[2J", serials="<b>y</b>")
    page.show_problem(error, CONNECT)
    assert controls(page.message.text()) == [] and controls(page.details.text()) == []
    assert "<U+001B>" in page.details.text()
