"""The app with Google's adb server as the way to the phone, and the Wi-Fi pairing pages.

Real widgets (pytest-qt, offscreen) and Debian's real ``adb`` server on a private port with a
scratch HOME (tests/adb_server_support.py), the practice phone attached to it with ``adb
connect`` as a Wi-Fi phone would be. Pairing itself needs platform-tools 30+ and an Android 11
phone; here it runs through a stand-in ``adb`` (tests/test_platform_tools.py) whose "pairing"
succeeds, after which the real server connects to the practice phone: everything after the
pairing is real. Debian's adb 29 is used as it is to check the page's refusal.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from adb_server_support import ADB, AdbServer, private_adb_server
from PySide6.QtCore import QSettings, Qt
from sim_support import FakePhone
from test_platform_tools import fake_adb

from hardener.adb import discovery, platform_tools
from hardener.adb.connect import DeviceSelector
from hardener.adb.discovery import UsbPhone
from hardener.adb.host_client import ServerDevice
from hardener.errors import AdbServerHoldsDevice
from hardener.gui import phones
from hardener.gui.lang import LanguageSwitcher
from hardener.gui.pages import pair as pair_page
from hardener.gui.pages import problem as pr
from hardener.gui.pairing_data import MAKERS as PAIR_MAKERS
from hardener.gui.prefs import Prefs
from hardener.gui.window import MainWindow
from hardener.sim.runner import PracticePhone, start_practice_phone

STEP_S = 30_000

pytestmark = pytest.mark.adb_client


# --- the rule for the list (no server needed) --------------------------------------------------------


def test_one_line_per_phone_the_server_first_on_windows_and_macos() -> None:
    usb = [UsbPhone("R58N12ABCDE", "samsung SM-A515F"), UsbPhone("ZY22", "motorola moto g")]
    server = [ServerDevice("R58N12ABCDE", "device", {"model": "SM_A515F"}),
              ServerDevice("192.168.1.20:41235", "unauthorized", {})]
    preferred = phones.phone_choices(usb, server, prefer_server=True)
    assert [(c.selector.serial, c.through_server) for c in preferred] == [
        ("R58N12ABCDE", True), ("192.168.1.20:41235", True), ("ZY22", False)]
    assert preferred[0].name == "SM A515F"
    linux = phones.phone_choices(usb, server, prefer_server=False)
    assert [(c.selector.serial, c.through_server) for c in linux] == [
        ("R58N12ABCDE", False), ("ZY22", False), ("192.168.1.20:41235", True)]
    assert phones.phone_choices(usb, None, prefer_server=True) == phones.phone_choices(usb, None, prefer_server=False)


# --- fixtures -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def adb_server() -> Iterator[AdbServer]:
    if ADB is None:
        pytest.skip("Google's adb client is not installed (Debian package 'adb')")
    with private_adb_server() as server:
        yield server


@pytest.fixture
def server_port(adb_server: AdbServer, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(adb_server.port))
    return adb_server.port


@pytest.fixture
def on_server(adb_server: AdbServer, server_port: int) -> Iterator[Callable[..., PracticePhone]]:
    """Practice phones on the adb server; ``allowed=False`` leaves one waiting for "Allow"."""
    started: list[PracticePhone] = []

    def start(persona: str = "samsung-11", allowed: bool = True) -> PracticePhone:
        if allowed:
            sim = start_practice_phone(persona=persona, prompt_delay_s=0.0)
            started.append(sim)
            adb_server.attach(sim.serial)
        else:
            sim = start_practice_phone(FakePhone(), auth_mode="prompt")
            started.append(sim)
            adb_server.run("connect", sim.serial)
            adb_server.attached.add(sim.serial)
            adb_server.wait_state(sim.serial, "unauthorized")
        return sim

    yield start
    adb_server.detach_all()
    for sim in started:
        sim.stop()


@pytest.fixture
def window(qtbot, tmp_path: Path, test_signer) -> Iterator[MainWindow]:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    w = MainWindow(prefs, LanguageSwitcher(), practice_options={"auth_mode": "prompt"}, usb_polling=False,
                   auth_timeout_s=20.0, signer=test_signer)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    assert w.runner.wait(10_000)


def wait_page(qtbot, w: MainWindow, page, timeout: int = STEP_S) -> None:
    def there() -> bool:
        if w.current_page() is w.problem and page is not w.problem:
            raise RuntimeError(f"problem page instead: {w.problem.heading.text()}: {w.problem.details.text()}")
        return w.current_page() is page

    qtbot.waitUntil(there, timeout=timeout)


def refreshed(qtbot, w: MainWindow, count: int) -> list[str]:
    w.connect_flow.refresh_usb()
    qtbot.waitUntil(lambda: w.start.usb_list.count() >= count, timeout=STEP_S)
    return w.start.phone_texts()


def choose(w: MainWindow, serial: str) -> None:
    for row in range(w.start.usb_list.count()):
        selector = w.start.usb_list.item(row).data(Qt.ItemDataRole.UserRole)
        if selector.serial == serial:
            w.start.usb_list.setCurrentRow(row)
            return
    raise AssertionError(f"{serial} is not in the list: {w.start.phone_texts()}")


# --- the phone list, and connecting through the server ---------------------------------------------------


def test_the_list_shows_the_servers_phones_and_their_states(qtbot, window: MainWindow, on_server) -> None:
    ready = on_server("samsung-11")
    waiting = on_server(allowed=False)
    texts = refreshed(qtbot, window, 2)
    ready_line = next(t for t in texts if "Wi-Fi, through Google's adb" in t)
    model = ready.phone.banner()["ro.product.model"]  # "SM-A515F": adb writes "SM_A515F", shown "SM A515F"
    assert model.replace("-", " ") in ready_line
    assert any("waiting for “Allow” on the phone (through Google's adb)" in t for t in texts), texts
    choose(window, waiting.serial)
    assert window.start.selector() == DeviceSelector(serial=waiting.serial, adb_server=True)


def test_scan_through_the_server_from_the_list(qtbot, window: MainWindow, on_server) -> None:
    sim = on_server("samsung-11")
    refreshed(qtbot, window, 1)
    choose(window, sim.serial)
    qtbot.mouseClick(window.start.connect_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, window, window.findings_page)
    assert window.state.findings and any(f.is_problem for f in window.state.findings)
    assert window.state.selector == DeviceSelector(serial=sim.serial, adb_server=True)
    assert window.practice_badge.isHidden(), "reached through the server, it is shown as any real phone"


def test_unauthorized_on_the_server_shows_the_allow_picture_then_connects(qtbot, window: MainWindow,
                                                                          on_server) -> None:
    sim = on_server(allowed=False)
    refreshed(qtbot, window, 1)
    choose(window, sim.serial)
    qtbot.mouseClick(window.start.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.waiting.heading.text() == "Tap “Allow” on the phone", timeout=STEP_S)
    assert window.current_page() is window.waiting
    assert not window.waiting.picture.isHidden(), "the same Allow picture as for a direct USB phone"
    assert "Allow USB debugging?" in window.waiting.picture.accessibleDescription()
    qtbot.waitUntil(lambda: sim.pending_prompt is not None, timeout=STEP_S)
    sim.pending_prompt.allow()
    wait_page(qtbot, window, window.findings_page)


def test_offline_on_the_server_is_the_phone_does_not_answer(qtbot, window: MainWindow, on_server,
                                                             adb_server: AdbServer) -> None:
    sim = on_server("pixel-14")
    sim.config.auth_mode = "offline"
    sim.disconnect_all("rst")
    adb_server.wait_state(sim.serial, "offline")
    window.connect_flow.connect_to(DeviceSelector(serial=sim.serial, adb_server=True))
    wait_page(qtbot, window, window.problem)
    assert window.problem.heading.text() == "The phone does not answer"
    assert not window.problem.buttons[pr.RETRY].isHidden()


def test_use_it_goes_through_the_server_that_holds_the_phone(qtbot, window: MainWindow, on_server,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    sim = on_server("samsung-11")
    stopped: list[object] = []
    monkeypatch.setattr(discovery, "stop_adb_server", lambda s: stopped.append(s) or True)
    # Direct USB to this phone failed because the adb server holds it.
    window.state.selector = DeviceSelector(serial=sim.serial)
    window.problem.show_problem(AdbServerHoldsDevice("USBErrorBusy", pid=4242), pr.CONNECT)
    window.show_page(window.problem)
    offered = [name for name, button in window.problem.buttons.items() if not button.isHidden()]
    assert offered[0] == pr.USE_SERVER and window.problem.buttons[pr.USE_SERVER].text() == "Use it"
    assert window.problem.buttons[pr.USE_SERVER].hasFocus() or not window.isActiveWindow()
    qtbot.mouseClick(window.problem.buttons[pr.USE_SERVER], Qt.MouseButton.LeftButton)
    wait_page(qtbot, window, window.findings_page)
    assert window.state.selector == DeviceSelector(serial=sim.serial, adb_server=True)
    assert stopped == [], "using the server never stops it"


# --- Wi-Fi with a pairing code ---------------------------------------------------------------------------


def test_pairing_guide_per_maker_with_pictures(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_tools, "platform_tools", lambda *_a: platform_tools.PlatformTools(
        Path("/opt/platform-tools/adb"), (35, 0, 2), "35.0.2"))
    monkeypatch.setattr(discovery, "find_adb_server", lambda: None)
    qtbot.mouseClick(window.start.pair_button, Qt.MouseButton.LeftButton)
    page = window.pair_page
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.state == pair_page.READY, timeout=STEP_S)
    assert "version 35.0.2" in page.notice.text() and page.pair_button.isEnabled()
    first_steps = set()
    for maker in PAIR_MAKERS:
        page.choose(maker.id)
        texts = page.step_texts()
        assert len(texts) == len(maker.steps) >= 5
        first_steps.add(texts[0])
        assert any("Pair device with pairing code" in t for t in texts)
        pictures = [card.picture for card in page.rows if card.picture is not None]
        assert pictures and all(p.screen_shown() is not None for p in pictures)
    assert len(first_steps) >= 5, "the way to Developer options differs by maker"
    page.choose("pixel")
    described = " ".join(card.picture.accessibleDescription() for card in page.rows if card.picture is not None)
    assert "Tap: Pair device with pairing code" in described and "Allow wireless debugging" in described


@pytest.mark.skipif(shutil.which("adb") is None, reason="Debian's adb is not installed")
def test_pairing_page_says_why_debians_adb_cannot_pair(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(discovery, "find_adb_server", lambda: None)
    monkeypatch.setattr(platform_tools, "usual_places", lambda *a, **k: [])
    monkeypatch.setenv("PATH", str(Path(shutil.which("adb") or "").parent))
    window.connect_flow.show_pairing()
    page = window.pair_page
    qtbot.waitUntil(lambda: page.state == pair_page.UNABLE, timeout=STEP_S)
    notice = page.notice.text()
    assert notice.startswith("Pairing cannot be done from this computer.")
    assert "29.0.6" in notice and "version 30" in notice
    assert not page.pair_button.isEnabled()
    qtbot.mouseClick(page.usb_help_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.help_page


@pytest.mark.skipif(os.name == "nt", reason="the stand-in adb is a script with a #! line")
def test_pair_then_connect_through_the_server(qtbot, window: MainWindow, adb_server: AdbServer, server_port: int,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = fake_adb(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(platform_tools, "usual_places", lambda *a, **k: [])
    sim = start_practice_phone(persona="samsung-11", prompt_delay_s=0.0)
    try:
        adb_server.attached.add(sim.serial)  # detached at the end, whoever connected it
        window.connect_flow.show_pairing()
        page = window.pair_page
        qtbot.waitUntil(lambda: page.state == pair_page.READY, timeout=STEP_S)
        assert str(fake) in page.notice.text()
        page.pair_address.setText("127.0.0.1:37123")
        page.code.setText("482915")
        page.connect_address.setText(sim.serial)
        qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
        wait_page(qtbot, window, window.findings_page)
        assert page.code.text() == "", "the one-time code does not stay in the field"
        assert window.state.selector == DeviceSelector(serial=sim.serial, adb_server=True)
        assert (tmp_path / "pair.log").read_text(encoding="utf-8") == "pair 127.0.0.1:37123|482915\n"
    finally:
        adb_server.detach_all()
        sim.stop()


@pytest.mark.skipif(os.name == "nt", reason="the stand-in adb is a script with a #! line")
def test_a_wrong_code_comes_back_to_the_pairing_page(qtbot, window: MainWindow, server_port: int, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fake_adb(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(platform_tools, "usual_places", lambda *a, **k: [])
    window.connect_flow.show_pairing()
    page = window.pair_page
    qtbot.waitUntil(lambda: page.state == pair_page.READY, timeout=STEP_S)
    page.pair_address.setText("127.0.0.1:37123")
    page.code.setText("111111")
    page.connect_address.setText("127.0.0.1:41235")
    qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, window, window.problem)
    assert window.problem.heading.text() == "The phone did not accept the pairing"
    assert [n for n, b in window.problem.buttons.items() if not b.isHidden()] == [pr.PAIR_AGAIN, pr.START_OVER]
    qtbot.mouseClick(window.problem.buttons[pr.PAIR_AGAIN], Qt.MouseButton.LeftButton)
    assert window.current_page() is page and page.state == pair_page.READY
    assert page.pair_address.text() == "127.0.0.1:37123" and page.code.text() == ""


@pytest.mark.parametrize("prefers", [True, False])
def test_installed_but_stopped_adb_is_said_where_it_is_the_way(qtbot, window: MainWindow, prefers: bool,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from adb_server_support import free_port

    monkeypatch.setattr(phones, "PREFERS_ADB_SERVER", prefers)  # Windows and macOS: True
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(free_port()))  # no server answers there
    monkeypatch.setattr(platform_tools, "find_adb", lambda *a, **k: [Path("C:/platform-tools/adb.exe")])
    looked: list[bool] = []
    original = window.start.set_adb_idle
    monkeypatch.setattr(window.start, "set_adb_idle", lambda idle: (looked.append(idle), original(idle)))
    window.connect_flow.refresh_usb()
    qtbot.waitUntil(lambda: bool(looked), timeout=STEP_S)
    said = window.start.usb_empty.text()
    assert ("is on this computer but not running" in said) is prefers, said
    assert said.startswith("No phone found yet.")
