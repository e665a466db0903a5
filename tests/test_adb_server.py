"""Google's adb server as the way to the phone (``--adb-server``), against Debian's real ``adb``.

The server runs on a private port with a scratch HOME (its key, ``~/.android/adbkey``, is made
there), and is killed at the end; the practice phone is attached to it with ``adb connect``, as
a trainer would attach a Wi-Fi phone. hardener then talks to the server over its host protocol
and never runs ``adb`` for a command: ``adb`` is used here only to start, attach and stop.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from adb_server_support import ADB, AdbServer, ServerMatrix, free_port, private_adb_server, server_scenarios
from sim_support import FakePhone

from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.host_client import (
    MIN_SERVER_VERSION,
    AdbServerClient,
    open_server_channel,
    parse_devices,
)
from hardener.adb.keys import AdbSigner
from hardener.checks import run_checks
from hardener.cli import main
from hardener.device.gather import gather
from hardener.errors import (
    AdbServerDeviceNotFound,
    AdbServerNotRunning,
    AdbServerRequestTooLong,
    AdbServerTooOld,
    AuthorizationPending,
    Cancelled,
    ConnectionLost,
    DeviceOffline,
    HardenerError,
    KeyRejected,
    SeveralDevices,
)
from hardener.sim.phone import diff_states
from hardener.sim.runner import PracticePhone, start_practice_phone

pytestmark = pytest.mark.adb_client

# Every channel through the server asks it four things first: version, devices, the phone's
# features and its own. Each command after that is one connection to the server.
SETUP_QUERIES = 4


@pytest.fixture(scope="module")
def adb_server() -> Iterator[AdbServer]:
    if ADB is None:
        pytest.skip("Google's adb client is not installed (Debian package 'adb')")
    with private_adb_server() as server:
        yield server


@pytest.fixture(autouse=True)
def _server_port(adb_server: AdbServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """hardener finds the private server the way it finds any: ``$ANDROID_ADB_SERVER_PORT``."""
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(adb_server.port))


@pytest.fixture
def attached(adb_server: AdbServer) -> Iterator[Callable[..., PracticePhone]]:
    """Start practice phones and attach each to the adb server; detached and stopped at the end."""
    started: list[PracticePhone] = []

    def start(persona: str = "pixel-14", **kwargs: object) -> PracticePhone:
        kwargs.setdefault("prompt_delay_s", 0.0)
        sim = start_practice_phone(persona=persona, **kwargs)  # type: ignore[arg-type]
        started.append(sim)
        adb_server.attach(sim.serial)
        return sim

    yield start
    for sim in started:
        adb_server.detach(sim.serial)
        sim.stop()


def _through_server(sim: PracticePhone) -> Connection:
    return Connector(DeviceSelector(serial=sim.serial, adb_server=True), auth_timeout_s=0).connect()


def mine_in_adb_spelling(sim: PracticePhone) -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", sim.phone.banner()["ro.product.model"])


def _undo_code(printed: str) -> str:
    """The undo code that apply shows before it changes anything."""
    found = re.search(r"Undo code for these changes: (\S+)", printed)
    assert found is not None, printed
    return found.group(1)


def _without_nonces(services: list[str]) -> list[str]:
    return [re.sub(r"__HB_[0-9a-f]{16}_", "__HB_<nonce>_", s) for s in services]


def _findings(snap_findings: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return sorted((f.key, str(f.severity)) for f in snap_findings)


# --- the host protocol ---------------------------------------------------------------------------


def test_version_and_device_list(attached) -> None:
    sim = attached("samsung-11")
    client = AdbServerClient()
    assert client.check_version() >= MIN_SERVER_VERSION
    mine = [d for d in client.devices() if d.serial == sim.serial]
    assert len(mine) == 1 and mine[0].state == "device"
    assert mine[0].model == mine_in_adb_spelling(sim)
    assert "shell_v2" in client.features(sim.serial)


def test_device_list_parser_keeps_states_with_spaces() -> None:
    text = (
        "0123456789ABCDEF       no permissions (user in plugdev group; are your udev rules wrong?); "
        "see [http://developer.android.com/tools/device.html] usb:1-1 transport_id:3\n"
        "192.168.1.20:5555      unauthorized transport_id:4\n"
        "emulator-5554          device product:sdk_gphone model:sdk_gphone64 device:emu64 transport_id:1\n"
    )
    devices = parse_devices(text)
    assert [d.serial for d in devices] == ["0123456789ABCDEF", "192.168.1.20:5555", "emulator-5554"]
    assert devices[0].state.startswith("no permissions (") and devices[0].details["usb"] == "1-1"
    assert devices[1].state == "unauthorized"
    assert devices[2].state == "device" and devices[2].details["transport_id"] == "1"


# --- the same phone, the same answers --------------------------------------------------------------


def test_same_findings_and_round_trips_as_direct_tcp(attached, test_signer: AdbSigner) -> None:
    sim = attached("samsung-11")
    with Connector(DeviceSelector(tcp=sim.serial), signer=test_signer).connect() as direct:
        sim.command_log.clear()
        direct_snap = gather(direct.channel)
        direct_services = sim.command_log.snapshot()
        direct_trips = direct.channel.stats.round_trips
    with _through_server(sim) as via:
        assert via.channel.shell_v2
        link = via.channel._device
        before = link.client.connections  # type: ignore[attr-defined]
        assert before == SETUP_QUERIES
        sim.command_log.clear()
        server_snap = gather(via.channel)
        server_services = sim.command_log.snapshot()
        assert via.label == mine_in_adb_spelling(sim)
        assert link.client.connections - before == via.channel.stats.round_trips  # type: ignore[attr-defined]
    assert _findings(run_checks(server_snap)) == _findings(run_checks(direct_snap))
    assert via.channel.stats.round_trips == direct_trips
    # The phone received exactly the same services, in the same order: the server adds nothing.
    assert _without_nonces(server_services) == _without_nonces(direct_services)


def test_cli_scan_json_through_the_server(attached, capsys: pytest.CaptureFixture[str], test_signer) -> None:
    sim = attached("old-9")
    assert main(["scan", "--adb-server", "--serial", sim.serial, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    from hardener.session.scan import scan_phone

    with Connector(DeviceSelector(tcp=sim.serial), signer=test_signer).connect() as direct:
        direct_snap, direct_all = scan_phone(direct.channel, lambda *_a: None)
    assert sorted((f["key"], f["severity"]) for f in doc["findings"]) == _findings(direct_all)
    # The batch, then the APK files of apps from outside a store: the same few rounds either way.
    assert doc["stats"]["round_trips"] == direct_snap.round_trips <= 5


def test_cli_devices_lists_the_server_phones(attached, capsys: pytest.CaptureFixture[str]) -> None:
    sim = attached("pixel-14")
    assert main(["devices", "--adb-server"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith(sim.serial))
    assert line.split()[1] == "device"


def test_shell_v1_where_the_phone_lacks_v2(adb_server: AdbServer) -> None:
    with start_practice_phone(persona="pixel-14", prompt_delay_s=0.0) as sim:
        sim.config.features = ("cmd",)
        adb_server.attach(sim.serial)
        try:
            with _through_server(sim) as conn:
                assert not conn.channel.shell_v2
                out = conn.channel.run("frobnicate")
                assert out.exit_code == 127 and out.failure is None
                model = sim.phone.banner()["ro.product.model"]
                assert conn.channel.run("getprop ro.product.model").text == model + "\n"
                sections = conn.channel.run_batch(["echo a", "frobnicate", "echo b"])
                assert [(s.exit_code, s.failure) for s in sections] == [(0, None), (127, None), (0, None)]
                assert (sections[0].text, sections[2].text) == ("a\n", "b\n")
            assert sim.command_log[-1].startswith("shell:")
        finally:
            adb_server.detach(sim.serial)


def test_a_request_too_long_for_the_server_is_refused_before_it_is_sent(adb_server: AdbServer, attached) -> None:
    """Longer than 4 hex digits can say; or, for a phone older than Android 7, than its 4 KiB
    packets (the adb server aborts on those): a typed error, and the server stays up."""
    with _through_server(attached("pixel-14")) as conn, pytest.raises(AdbServerRequestTooLong):
        conn.channel.run("echo " + "x" * 70_000)
    with start_practice_phone(persona="pixel-14", prompt_delay_s=0.0) as old:
        old.config.features = ("cmd",)
        adb_server.attach(old.serial)
        try:
            with _through_server(old) as conn:
                assert conn.channel.run_batch([f"echo {i}" for i in range(10)])[9].text == "9\n"
                with pytest.raises(AdbServerRequestTooLong) as caught:
                    conn.channel.run_batch([f"echo {i:04d}" for i in range(300)])
                assert "4095" in caught.value.plain()
        finally:
            adb_server.detach(old.serial)
    assert AdbServerClient().check_version() >= MIN_SERVER_VERSION


def test_push_and_pull_through_sync(attached) -> None:
    sim = attached("pixel-14")
    payload = os.urandom(200_000)  # more than one 64 KiB DATA chunk each way
    with _through_server(sim) as conn:
        conn.channel.push_bytes(payload, "/data/local/tmp/hb-test.bin")
        assert conn.channel.pull_bytes("/data/local/tmp/hb-test.bin") == payload
        assert conn.channel.pull_bytes("/data/local/tmp/no-such-file") is None
        assert conn.channel.usable


# --- apply, undo, finish: the CLI, unchanged, through the server -----------------------------------


def test_apply_then_undo_through_the_server_restores_the_phone(attached, capsys) -> None:
    sim = attached("samsung-11")
    before = sim.phone.export_state()  # type: ignore[attr-defined]
    where = ["--adb-server", "--serial", sim.serial]
    assert main(["scan", *where, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["apply", "arrest-raid", *where, "--yes"]) == 0
    code = _undo_code(capsys.readouterr().out)
    assert sim.phone.export_state() != before  # type: ignore[attr-defined]
    assert main(["scan", *where, "--json"]) == 0
    applied = json.loads(capsys.readouterr().out)
    worst = ("critical", "high")
    assert sum(applied["counts"][s] for s in worst) < sum(first["counts"][s] for s in worst)
    assert main(["undo", *where, "--yes", "--undo-code", code]) == 0
    assert diff_states(before, sim.phone.export_state()) == []  # type: ignore[attr-defined]


def test_finish_through_the_server(attached, adb_server: AdbServer, capsys) -> None:
    sim = attached("pixel-14")
    assert main(["finish", "--adb-server", "--serial", sim.serial]) == 0
    assert "USB debugging is now off" in capsys.readouterr().out
    assert not sim.phone.adb_enabled
    # The phone left the server, as a real one does once USB debugging is off.
    state = AdbServerClient().state(sim.serial)
    assert state != "device"


# --- faults: a pulled cable, a server that went away -----------------------------------------------


@pytest.mark.parametrize("drop_kind", ["rst", "fin"])
def test_pulled_cable_during_a_scan_is_connection_lost(attached, drop_kind: str) -> None:
    sim = attached("samsung-11")
    with _through_server(sim) as conn:
        sim.config.drop_kind = drop_kind  # type: ignore[assignment]
        sim.config.drop_after_commands = 0
        with pytest.raises(ConnectionLost) as caught:
            gather(conn.channel)
        assert not conn.channel.usable
    assert "cable" in caught.value.plain()


@pytest.mark.parametrize("k", [1, 3, 6])
def test_pulled_cable_during_apply_then_undo_restores(attached, adb_server: AdbServer, capsys, k: int) -> None:
    sim = attached("old-9")
    before = sim.phone.export_state()  # type: ignore[attr-defined]
    where = ["--adb-server", "--serial", sim.serial]
    sim.config.drop_after_commands = k  # the scan takes a few commands; the record and changes follow
    exit_code = main(["apply", "webcam-work", *where, "--yes"])
    out, err = capsys.readouterr()
    assert sim.config.drop_after_commands is None  # the drop happened (it disarms itself)
    assert exit_code in (1, 2)
    if exit_code == 2:
        assert "Traceback" not in err and "connection to the phone was lost" in err
    # The cable goes back in: adb reconnects to the phone by itself.
    adb_server.wait_state(sim.serial, "device")
    if "Undo code for these changes" not in out:
        # The drop came while the phone was still being read: nothing was changed, nothing kept.
        assert diff_states(before, sim.phone.export_state()) == []  # type: ignore[attr-defined]
        assert main(["undo", *where, "--yes"]) == 0 and "nothing to undo" in capsys.readouterr().out
        return
    assert main(["undo", *where, "--yes", "--undo-code", _undo_code(out)]) == 0
    assert diff_states(before, sim.phone.export_state()) == []  # type: ignore[attr-defined]


def test_finish_with_the_cable_pulled_before_the_phone_took_it(adb_server: AdbServer, capsys) -> None:
    """A relay between the server and the phone cuts the link as the finish command goes out."""
    from fault_matrix import FaultProxy

    with start_practice_phone(persona="pixel-14", prompt_delay_s=0.0) as sim:
        proxy = FaultProxy(sim.host, sim.port)
        serial = f"{proxy.host}:{proxy.port}"
        try:
            assert serial in adb_server.run("connect", serial).stdout
            adb_server.wait_state(serial, "device")
            proxy.arm(0, "before", 0, "rst")  # the next service never reaches the phone
            assert main(["finish", "--adb-server", "--serial", serial]) == 2
            err = capsys.readouterr().err
            assert "connection to the phone was lost" in err and "Traceback" not in err
            assert proxy.fired and sim.phone.adb_enabled  # nothing claimed, nothing switched off
        finally:
            adb_server.run("disconnect", serial)
            proxy.stop()


def test_server_gone_mid_session_is_connection_lost(attached, adb_server: AdbServer) -> None:
    sim = attached("pixel-14")
    with _through_server(sim) as conn:
        assert conn.channel.run("echo hi").text == "hi\n"
        adb_server.run("kill-server", timeout=10)
        try:
            with pytest.raises(ConnectionLost):
                conn.channel.run("echo again")
        finally:
            adb_server.start_again()


# --- the states a person can fix -----------------------------------------------------------------


def test_no_server_running(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(AdbServerNotRunning) as caught:
        open_server_channel("127.0.0.1:5555", port=free_port())
    assert "adb start-server" in caught.value.plain()
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(free_port()))
    assert main(["devices", "--adb-server"]) == 2
    err = capsys.readouterr().err
    assert "server is not running" in err and "Traceback" not in err


def test_without_a_serial_the_only_phone_or_a_choice(attached) -> None:
    first = attached("pixel-14")
    channel, device = open_server_channel()
    channel.close()
    assert device.serial == first.serial
    second = attached("old-9")
    with pytest.raises(SeveralDevices) as caught:
        open_server_channel()
    assert first.serial in caught.value.plain() and second.serial in caught.value.plain()


def test_phone_not_on_the_server_names_the_ones_it_has(attached) -> None:
    sim = attached("pixel-14")
    with pytest.raises(AdbServerDeviceNotFound) as caught:
        open_server_channel("192.0.2.1:5555")
    assert sim.serial in caught.value.plain() and "192.0.2.1:5555" in caught.value.plain()


def test_unauthorized_phone(adb_server: AdbServer) -> None:
    with start_practice_phone(FakePhone(), auth_mode="reject") as sim:
        connected = adb_server.run("connect", sim.serial)
        assert sim.serial in connected.stdout, connected
        try:
            adb_server.wait_state(sim.serial, "unauthorized")
            with pytest.raises(AuthorizationPending):
                open_server_channel(sim.serial, auth_timeout_s=0)
            told: list[int] = []
            with pytest.raises(KeyRejected):
                open_server_channel(sim.serial, auth_timeout_s=0.5, on_waiting_for_allow=lambda: told.append(1))
            assert told == [1]
        finally:
            adb_server.detach(sim.serial)


def test_waits_for_allow_then_connects(adb_server: AdbServer) -> None:
    with start_practice_phone(FakePhone(), auth_mode="prompt") as sim:
        adb_server.run("connect", sim.serial)
        try:
            adb_server.wait_state(sim.serial, "unauthorized")

            def tap_allow() -> None:
                # The person taps "Allow" once hardener says it is waiting.
                threading.Timer(0.2, lambda: sim.pending_prompt and sim.pending_prompt.allow()).start()

            channel, device = open_server_channel(sim.serial, auth_timeout_s=15, on_waiting_for_allow=tap_allow)
            try:
                assert device.state == "device"
                assert channel.run("echo allowed").text == "allowed\n"
            finally:
                channel.close()
        finally:
            adb_server.detach(sim.serial)


def test_cancel_while_waiting_for_allow(adb_server: AdbServer) -> None:
    with start_practice_phone(FakePhone(), auth_mode="prompt") as sim:
        adb_server.run("connect", sim.serial)
        try:
            adb_server.wait_state(sim.serial, "unauthorized")
            selector = DeviceSelector(serial=sim.serial, adb_server=True)
            connector = Connector(selector, auth_timeout_s=30, on_waiting_for_allow=lambda: connector.cancel())
            with pytest.raises(Cancelled):
                connector.connect()
        finally:
            adb_server.detach(sim.serial)


def test_cancel_a_command_in_progress(adb_server: AdbServer) -> None:
    with start_practice_phone(FakePhone(), prompt_delay_s=0.0) as sim:
        adb_server.attach(sim.serial)
        try:
            with _through_server(sim) as conn:
                outcome: list[object] = []

                def slow() -> None:
                    try:
                        outcome.append(conn.channel.run("sleep 3"))
                    except HardenerError as exc:
                        outcome.append(exc)

                worker = threading.Thread(target=slow)
                worker.start()
                deadline = time.monotonic() + 10
                while not any("sleep 3" in c for c in sim.command_log) and time.monotonic() < deadline:
                    time.sleep(0.01)
                conn.channel.cancel()
                worker.join(10)
                assert not worker.is_alive()
                assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
                assert not conn.channel.usable
        finally:
            adb_server.detach(sim.serial)


def test_offline_phone(attached, adb_server: AdbServer) -> None:
    sim = attached("pixel-14")
    # The phone stops answering: the server loses it and keeps trying to reconnect.
    sim.config.auth_mode = "offline"
    sim.disconnect_all("rst")
    adb_server.wait_state(sim.serial, "offline")
    with pytest.raises(DeviceOffline) as caught:
        open_server_channel(sim.serial)
    assert isinstance(caught.value, HardenerError) and "does not answer" in caught.value.plain()


def test_server_too_old() -> None:
    """A server that answers an older version than hardener can use (Debian's cannot be made to)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def answer() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(64)
            conn.sendall(b"OKAY0004001f")  # version 31

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        with pytest.raises(AdbServerTooOld) as caught:
            AdbServerClient(listener.getsockname()[1]).check_version()
        assert "31" in caught.value.plain() and str(MIN_SERVER_VERSION) in caught.value.plain()
    finally:
        thread.join(5)
        listener.close()


# --- the fault matrix, through the server ----------------------------------------------------------


@pytest.mark.parametrize("family", ["scan", "finish"])
def test_fault_matrix_through_the_server(adb_server: AdbServer, test_signer: AdbSigner, family: str) -> None:
    """tests/fault_matrix.py's faults between the adb server and the phone: typed, true, undoable.

    apply and undo run in tests/bench/bench_faults_adb_server.py (longer), side by side with
    the direct path.
    """
    matrix = ServerMatrix(test_signer, adb_server)
    results = [matrix.run(sc) for sc in server_scenarios(matrix, full=False, families=(family,))]
    assert len(results) >= 10
    bad = [f"{r.scenario.name} -> {r.ending}, lost {r.lost}: {r.failures}" for r in results if not r.ok]
    assert not bad, "\n".join(bad)
