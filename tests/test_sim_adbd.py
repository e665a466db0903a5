"""The practice phone's adbd against adb-shell 0.4.4 (hardener's own client library) and a raw client."""

from __future__ import annotations

import base64
import io
import logging
import socket
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from adb_shell.adb_device import AdbDeviceTcp
from adb_shell.auth.keygen import keygen
from adb_shell.auth.sign_pythonrsa import PythonRSASigner
from adb_shell.exceptions import AdbCommandFailureException, AdbTimeoutError, PushFailedError, TcpTimeoutException
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from sim_support import FAKE_RELEASE, FakePhone, RawClient, parse_v2

from hardener.sim.auth import (
    KeyFormatError,
    PendingPrompt,
    TrustedKeys,
    encode_public_key,
    parse_public_key,
    verify_signature,
)
from hardener.sim.backend import ShellOutcome
from hardener.sim.faults import SimConfig
from hardener.sim.runner import PracticePhone, serve_forever, start_practice_phone
from hardener.sim.wire import A_CLSE, A_CNXN, A_OKAY, A_OPEN, A_VERSION, A_WRTE, Message

LINK_ERRORS = (OSError, AdbTimeoutError, TcpTimeoutException)


# --- fixtures and helpers ----------------------------------------------------------------------


class Key:
    def __init__(self, path: Path) -> None:
        keygen(str(path))
        self.path = path
        self.signer = PythonRSASigner.FromRSAKeyPath(str(path))
        self.pub_line = path.with_name(path.name + ".pub").read_text()
        pem = path.read_bytes()
        private = serialization.load_pem_private_key(pem, password=None)
        assert isinstance(private, rsa.RSAPrivateKey)
        self.private = private


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> Key:
    return Key(tmp_path_factory.mktemp("keys") / "adbkey")


@pytest.fixture(scope="module")
def other_key(tmp_path_factory: pytest.TempPathFactory) -> Key:
    return Key(tmp_path_factory.mktemp("keys2") / "adbkey")


@pytest.fixture
def no_errors_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.INFO, logger="hardener.sim")
    yield
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors


@pytest.fixture
def phone(no_errors_logged: None) -> Iterator[PracticePhone]:
    with start_practice_phone(FakePhone(), auth_mode="none") as practice:
        yield practice


@pytest.fixture
def fake(phone: PracticePhone) -> FakePhone:
    assert isinstance(phone.phone, FakePhone)
    return phone.phone


def set_nodelay(device: AdbDeviceTcp) -> None:
    """adb-shell sends header and payload separately; without this each command waits ~40 ms."""
    device._io_manager._transport._connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


@contextmanager
def connected(
    practice: PracticePhone,
    key: Key | None = None,
    *,
    auth_timeout_s: float = 5.0,
    auth_callback: Callable[[Any], None] | None = None,
    transport_timeout_s: float = 3.0,
) -> Iterator[AdbDeviceTcp]:
    device = AdbDeviceTcp(practice.host, practice.port, default_transport_timeout_s=transport_timeout_s)
    try:
        device.connect(
            rsa_keys=[key.signer] if key else None,
            auth_timeout_s=auth_timeout_s,
            auth_callback=auth_callback,
            transport_timeout_s=transport_timeout_s,
            read_timeout_s=5,
        )
        set_nodelay(device)
        yield device
    finally:
        device.close()


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll until ``predicate`` holds; the timeout only ends a wait that would never succeed."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


# --- authentication with adb-shell -------------------------------------------------------------


def test_first_connect_prompts_then_key_is_remembered(key: Key, no_errors_logged: None) -> None:
    seen: list[PendingPrompt] = []
    callbacks: list[object] = []
    with start_practice_phone(FakePhone(), prompt_delay_s=0.1, on_prompt=seen.append) as practice:
        with connected(practice, key, auth_callback=callbacks.append) as device:
            assert device.shell("getprop ro.build.version.release") == FAKE_RELEASE + "\n"
        assert len(callbacks) == 1 and len(seen) == 1
        assert seen[0].state == "allowed"
        assert key.pub_line in practice.trusted_keys
        with connected(practice, key, auth_callback=callbacks.append) as device:
            assert device.shell("echo again") == "again\n"
        assert len(callbacks) == 1 and len(seen) == 1  # the trusted key used the signature path


def test_preloaded_key_connects_even_in_reject_mode(key: Key, no_errors_logged: None) -> None:
    with (
        start_practice_phone(FakePhone(), auth_mode="reject", trusted_keys=[key.pub_line]) as practice,
        connected(practice, key) as device,
    ):
        assert device.shell("echo trusted") == "trusted\n"


def test_prompt_deny_leaves_the_host_waiting(key: Key, no_errors_logged: None) -> None:
    seen: list[PendingPrompt] = []
    with start_practice_phone(
        FakePhone(), auth_mode="prompt-deny", prompt_delay_s=0.05, on_prompt=seen.append
    ) as practice:
        with pytest.raises(LINK_ERRORS), connected(practice, key, auth_timeout_s=0.6):
            pass
        assert [p.state for p in seen] == ["denied"]
        assert len(practice.trusted_keys) == 0


def test_reject_mode_never_prompts(key: Key, no_errors_logged: None) -> None:
    seen: list[PendingPrompt] = []
    with start_practice_phone(FakePhone(), auth_mode="reject", on_prompt=seen.append) as practice:
        with pytest.raises(LINK_ERRORS), connected(practice, key, auth_timeout_s=0.4):
            pass
        assert seen == [] and practice.pending_prompt is None


def test_offline_never_answers_cnxn(key: Key, no_errors_logged: None) -> None:
    with (
        start_practice_phone(FakePhone(), auth_mode="offline") as practice,
        pytest.raises(LINK_ERRORS),
        connected(practice, key, transport_timeout_s=0.4),
    ):
        pass


def test_none_mode_needs_no_key(phone: PracticePhone) -> None:
    with connected(phone) as device:
        assert device.shell("echo open") == "open\n"


def test_manual_prompt_allowed_once_is_not_remembered(key: Key, no_errors_logged: None) -> None:
    def tap_allow_later(prompt: PendingPrompt) -> None:
        # The hook runs on the server's thread; a GUI (or this test) answers from elsewhere.
        threading.Timer(0.1, prompt.allow, kwargs={"remember": False}).start()

    with start_practice_phone(FakePhone(), auth_mode="prompt", on_prompt=tap_allow_later) as practice:
        with connected(practice, key) as device:
            assert device.shell("echo allowed once") == "allowed once\n"
        assert key.pub_line not in practice.trusted_keys
        practice.config.on_prompt = None
        box: list[BaseException] = []

        def attempt() -> None:
            try:
                with connected(practice, key, auth_timeout_s=1):
                    pass
            except BaseException as exc:
                box.append(exc)

        thread = threading.Thread(target=attempt)
        thread.start()
        assert wait_for(lambda: practice.pending_prompt is not None)
        prompt = practice.pending_prompt
        assert prompt is not None
        assert prompt.comment and len(prompt.fingerprint.split(":")) == 16
        assert prompt.deny() and not prompt.allow()  # a second tap on a closed dialog does nothing
        thread.join(5)
        assert len(box) == 1 and isinstance(box[0], LINK_ERRORS)


def test_auth_mode_switched_at_run_time(key: Key, no_errors_logged: None) -> None:
    with start_practice_phone(FakePhone(), auth_mode="reject", prompt_delay_s=0.05) as practice:
        with pytest.raises(LINK_ERRORS), connected(practice, key, auth_timeout_s=0.3):
            pass
        practice.config.auth_mode = "prompt-accept"
        with connected(practice, key) as device:
            assert device.shell("echo now allowed") == "now allowed\n"


def test_unknown_key_signature_gets_a_new_token(key: Key, other_key: Key, no_errors_logged: None) -> None:
    with start_practice_phone(FakePhone(), auth_mode="prompt-accept", prompt_delay_s=0.05) as practice:
        practice.trusted_keys.add(other_key.pub_line)
        prompts: list[object] = []
        with connected(practice, key, auth_callback=prompts.append) as device:
            assert device.shell("echo ok") == "ok\n"
        assert len(prompts) == 1 and len(practice.trusted_keys) == 2


# --- commands with adb-shell -------------------------------------------------------------------


def test_five_megabytes_arrive_intact(phone: PracticePhone) -> None:
    expected = "".join(f"{i}\n" for i in range(1, 800_001))
    assert len(expected) > 5_000_000
    with connected(phone) as device:
        assert device.shell("seq 800000", read_timeout_s=10) == expected


def test_six_threads_share_one_device_under_a_lock(phone: PracticePhone) -> None:
    lock = threading.Lock()
    failures: list[BaseException] = []
    results: list[bool] = []
    with connected(phone) as device:

        def worker(n: int) -> None:
            for i in range(20):
                try:
                    with lock:
                        out = device.shell(f"echo t{n} i{i}")
                    results.append(out == f"t{n} i{i}\n")
                except BaseException as exc:
                    failures.append(exc)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert failures == []
    assert results == [True] * 120


def test_push_pull_stat_list(phone: PracticePhone, fake: FakePhone, tmp_path: Path) -> None:
    payload = bytes(range(256)) * 700  # > 64 KiB: several DATA chunks each way
    local = tmp_path / "up.bin"
    local.write_bytes(payload)
    with connected(phone) as device:
        device.push(str(local), "/data/local/tmp/up.bin", st_mode=0o100600, mtime=1_700_000_000)
        assert fake.files["/data/local/tmp/up.bin"] == (payload, 0o100600, 1_700_000_000)
        back = io.BytesIO()
        device.pull("/data/local/tmp/up.bin", back)
        assert back.getvalue() == payload
        mode, size, mtime = device.stat("/data/local/tmp/up.bin")
        assert (mode, size, mtime) == (0o100600, len(payload), 1_700_000_000)
        assert device.stat("/nope") == (0, 0, 0)
        names = [bytes(f.filename).decode() for f in device.list("/data/local/tmp")]
        assert names == ["up.bin"]
        assert device.shell("echo after sync") == "after sync\n"


def test_push_and_pull_failures_are_reported(phone: PracticePhone) -> None:
    with connected(phone) as device:
        with pytest.raises((PushFailedError, AdbCommandFailureException)):
            device.push(io.BytesIO(b"x"), "/no/such/dir/file")
        with pytest.raises(AdbCommandFailureException):
            device.pull("/sdcard/missing.txt", io.BytesIO())
        assert device.shell("echo still connected") == "still connected\n"


@pytest.mark.parametrize("kind", ["rst", "fin"])
def test_dropped_link_gives_an_error_not_a_hang(phone: PracticePhone, kind: str) -> None:
    phone.config.drop_kind = kind  # type: ignore[assignment]
    phone.config.drop_after_commands = 2
    with connected(phone) as device:
        assert device.shell("echo one") == "one\n"
        assert device.shell("echo two") == "two\n"
        with pytest.raises(LINK_ERRORS):
            device.shell("seq 1000", read_timeout_s=1, transport_timeout_s=1)
    armed: int | None = phone.config.drop_after_commands
    assert armed is None  # one shot: the phone can be reached again
    with connected(phone) as device:
        assert device.shell("echo back") == "back\n"


def test_latency_fault(phone: PracticePhone) -> None:
    # A lower bound only: a busy machine makes a command slower, never faster, so this cannot
    # fail for want of speed. Switching the fault off again is shown by the other tests' speed.
    with connected(phone) as device:
        phone.config.latency_ms = 600
        started = time.monotonic()
        assert device.shell("echo slow") == "slow\n"
        assert time.monotonic() - started >= 0.6
        phone.config.latency_ms = 0
        assert device.shell("echo fast") == "fast\n"


def test_truncated_output_fault(phone: PracticePhone) -> None:
    phone.config.truncate_output = 5
    with connected(phone) as device:
        assert device.shell("seq 100") == "1\n2\n3"


def test_command_log_keeps_every_service_in_order(phone: PracticePhone) -> None:
    with connected(phone) as device:
        device.shell("echo a")
        device.exec_out("echo b")
        device.stat("/sdcard/hello.txt")
        device.shell("echo 'c d'")
    assert list(phone.command_log) == ["shell:echo a", "exec:echo b", "sync:", "shell:echo 'c d'"]
    assert phone.command_log[-1] == "shell:echo 'c d'" and len(phone.command_log) == 4


def test_switching_adb_off_drops_everyone_and_refuses_until_on(phone: PracticePhone, fake: FakePhone) -> None:
    with connected(phone) as bystander, connected(phone) as device:
        assert device.shell("settings put global adb_enabled 0") == ""
        assert wait_for(lambda: phone.connection_count == 0)
        with pytest.raises(LINK_ERRORS):
            bystander.shell("echo hello?", read_timeout_s=1, transport_timeout_s=1)
    with pytest.raises(LINK_ERRORS), connected(phone, transport_timeout_s=1):
        pass
    fake.adb_enabled_flag = True
    with connected(phone) as device:
        assert device.shell("echo on again") == "on again\n"


def test_failing_backend_gives_status_255_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with start_practice_phone(FakePhone(), auth_mode="none") as practice, RawClient(practice.port) as client:
        client.connect()
        stdout, stderr, code = parse_v2(client.run("shell,v2,raw:boom"))
        assert code == 255 and b"RuntimeError" in stderr and stdout == b""
        assert client.run("shell:echo survived", local_id=2) == b"survived\n"
    assert any("boom" in r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)


# --- protocol details with a raw client -------------------------------------------------------


def test_banner_negotiation_and_features(phone: PracticePhone) -> None:
    with RawClient(phone.port) as client:
        reply = client.connect(maxdata=8192, version=A_VERSION + 5)
        assert (reply.arg0, reply.arg1) == (A_VERSION, 8192)
        assert reply.payload == (
            b"device::ro.product.name=fake_phone;ro.product.model=Fake Phone 7;"
            b"ro.product.device=fakedev;features=shell_v2,cmd"
        )


def test_banner_cannot_be_forged_by_phone_data(no_errors_logged: None) -> None:
    class Hostile(FakePhone):
        def banner(self) -> dict[str, str]:
            return {"ro.product.model": "x;features=stat_v2,ls_v2:evil=1\0"}

    with start_practice_phone(Hostile(), auth_mode="none") as practice, RawClient(practice.port) as client:
        payload = client.connect().payload.decode()
        assert payload.count(";") == 3 and payload.endswith(";features=shell_v2,cmd")
        assert "stat_v2" not in payload.split("features=")[-1]


def test_shell_v2_v1_pty_and_exec(phone: PracticePhone) -> None:
    with RawClient(phone.port) as client:
        client.connect()
        assert parse_v2(client.run("shell,v2,TERM=xterm-256color,raw:exit 42", 1)) == (b"", b"", 42)
        assert parse_v2(client.run("shell,v2,raw:both", 2)) == (b"to stdout\n", b"to stderr\n", 3)
        assert parse_v2(client.run("shell,v2,raw:frobnicate", 3)) == (
            b"",
            b"/system/bin/sh: frobnicate: inaccessible or not found\n",
            127,
        )
        assert parse_v2(client.run("shell,v2,pty:both", 4)) == (b"to stdout\r\nto stderr\r\n", b"", 3)
        assert client.run("shell:both", 5) == b"to stdout\nto stderr\n"
        assert client.run("exec:both", 6) == b"to stdout\nto stderr\n"
        assert client.run("shell,raw:exit 42", 7) == b""


def test_shell_v2_stdin_packets_are_acknowledged_and_ignored(phone: PracticePhone) -> None:
    phone.config.latency_ms = 100
    with RawClient(phone.port) as client:
        client.connect()
        remote = client.open(1, "shell,v2,raw:echo hi")
        assert remote is not None
        client.send(Message(A_WRTE, 1, remote, b"\x00\x03\x00\x00\x00abc"))  # stdin
        client.send(Message(A_WRTE, 1, remote, b"\x04\x00\x00\x00\x00"))  # close stdin
        assert client.recv() == Message(A_OKAY, remote, 1)
        assert client.recv() == Message(A_OKAY, remote, 1)
        assert parse_v2(client.collect(1, remote)) == (b"hi\n", b"", 0)


def test_v2_is_not_spoken_when_not_advertised(phone: PracticePhone) -> None:
    phone.config.features = ("cmd",)
    with RawClient(phone.port) as client:
        assert client.connect().payload.endswith(b"features=cmd")
        assert client.run("shell,v2,raw:echo plain") == b"plain\n"


def test_unknown_service_is_refused_and_restart_services_drop(phone: PracticePhone) -> None:
    with RawClient(phone.port) as client:
        client.connect()
        assert client.open(7, "tcp:5555") is None
        assert client.open(8, "frobnicate:") is None
        assert client.run("shell:echo still", 9) == b"still\n"
        client.send(Message(A_OPEN, 10, 0, b"root:\0"))
        assert client.wait_closed()
    assert "root:" in phone.command_log


def test_flow_control_one_wrte_in_flight_and_maxdata(phone: PracticePhone) -> None:
    with RawClient(phone.port, timeout=0.3) as client:
        client.connect(maxdata=4096)
        remote = client.open(1, "shell:seq 5000")
        assert remote is not None
        first = client.recv()
        assert first.command == A_WRTE and len(first.payload) == 4096
        with pytest.raises(TimeoutError):
            client.recv()  # nothing more until we say OKAY
        client.sock.settimeout(5)
        client.send(Message(A_OKAY, 1, remote))
        rest = client.collect(1, remote)
        assert first.payload + rest == "".join(f"{i}\n" for i in range(1, 5001)).encode()


def test_host_close_is_echoed_and_stops_the_stream(phone: PracticePhone) -> None:
    phone.config.latency_ms = 200
    with RawClient(phone.port) as client:
        client.connect()
        remote = client.open(1, "shell:seq 10")
        assert remote is not None
        client.send(Message(A_CLSE, 1, remote))
        assert client.recv() == Message(A_CLSE, remote, 1)
        phone.config.latency_ms = 0
        assert client.run("shell:echo next", 2) == b"next\n"  # no stray WRTE from the dead stream


class _MeetingPhone(FakePhone):
    """Each ``echo stream N`` waits until all three are running: served one after another,
    the first would wait alone and the barrier would break (no stopwatch needed)."""

    def __init__(self) -> None:
        super().__init__()
        self.meeting = threading.Barrier(3, timeout=60)

    def run_shell(self, command: str) -> ShellOutcome:
        if command.startswith("echo stream"):
            self.meeting.wait()
        return super().run_shell(command)


def test_several_streams_at_once(no_errors_logged: None) -> None:
    meeting_phone = _MeetingPhone()
    with start_practice_phone(meeting_phone, auth_mode="none") as phone, RawClient(phone.port) as client:
        client.connect()
        remotes = {}
        for local in (1, 2, 3):
            remote = client.open(local, f"shell:echo stream {local}")
            assert remote is not None
            remotes[local] = remote
        outputs: dict[int, bytes] = {1: b"", 2: b"", 3: b""}
        open_streams = {1, 2, 3}
        while open_streams:
            message = client.recv()
            local = message.arg1
            if message.command == A_WRTE:
                outputs[local] += message.payload
                client.send(Message(A_OKAY, local, remotes[local]))
            elif message.command == A_CLSE:
                open_streams.discard(local)
        assert outputs == {n: f"stream {n}\n".encode() for n in (1, 2, 3)}
    assert not meeting_phone.meeting.broken  # all three ran side by side


def test_sync_over_raw_client_across_wrte_boundaries(phone: PracticePhone, fake: FakePhone) -> None:
    def req(kind: bytes, body: bytes) -> bytes:
        return kind + len(body).to_bytes(4, "little") + body

    with RawClient(phone.port) as client:
        client.connect()
        remote = client.open(1, "sync:")
        assert remote is not None
        stream = (
            req(b"SEND", b"/sdcard/a.txt,33188")
            + req(b"DATA", b"hello ")
            + req(b"DATA", b"world")
            + b"DONE"
            + (1234).to_bytes(4, "little")
            + req(b"QUIT", b"")
        )
        for start in range(0, len(stream), 7):  # cut requests mid-header and mid-path
            client.send(Message(A_WRTE, 1, remote, stream[start : start + 7]))
        reply = bytearray()
        while True:
            message = client.recv()
            if message.command == A_WRTE:
                reply += message.payload
                client.send(Message(A_OKAY, 1, remote))
            elif message.command == A_CLSE:
                break
        assert bytes(reply) == b"OKAY\0\0\0\0"
        assert fake.files["/sdcard/a.txt"] == (b"hello world", 33188, 1234)


def test_second_cnxn_restarts_the_session(phone: PracticePhone) -> None:
    with RawClient(phone.port) as client:
        client.connect()
        assert client.run("shell:echo first") == b"first\n"
        client.send(Message(A_CNXN, A_VERSION, 4096, b"host::\0"))
        assert client.recv().command == A_CNXN
        assert client.run("shell:echo second", 2) == b"second\n"


# --- lifetime ----------------------------------------------------------------------------------


def test_stop_is_clean_with_busy_connections(key: Key, no_errors_logged: None) -> None:
    practice = start_practice_phone(FakePhone(), auth_mode="none")
    clients = [RawClient(practice.port) for _ in range(3)]
    try:
        for client in clients:
            client.connect()
        # An hour's latency: a stop() that waited for the busy stream would trip pytest's
        # does-not-hang bound, whatever the machine's speed.
        practice.config.latency_ms = 3_600_000
        clients[0].open(1, "shell:echo never")
        clients[1].connect()  # a second CNXN mid-session
        practice.stop()
        practice.stop()  # twice is harmless
        for client in clients:
            assert client.wait_closed()
        assert not [t for t in threading.enumerate() if t.name.startswith("adbd")]
        with pytest.raises(OSError):
            RawClient(practice.port, timeout=0.5)
    finally:
        for client in clients:
            client.close()


def test_pending_prompt_is_cancelled_when_the_host_leaves(key: Key, no_errors_logged: None) -> None:
    with start_practice_phone(FakePhone(), auth_mode="prompt") as practice:
        with pytest.raises(LINK_ERRORS), connected(practice, key, auth_timeout_s=0.3):
            pass
        assert wait_for(lambda: practice.pending_prompt is None)
        assert len(practice.trusted_keys) == 0


def test_runner_api(no_errors_logged: None) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        start_practice_phone()
    with pytest.raises(ValueError, match="exactly one"):
        start_practice_phone(FakePhone(), persona="pixel")
    with start_practice_phone(FakePhone(), latency_ms=5, auth_mode="none") as practice:
        assert practice.serial == f"127.0.0.1:{practice.port}" and practice.port > 0
        assert practice.config.latency_ms == 5 and "127.0.0.1" in repr(practice)


def test_persona_is_loaded_lazily(monkeypatch: pytest.MonkeyPatch, no_errors_logged: None) -> None:
    loaded: list[str] = []

    def load_persona(name: str) -> FakePhone:
        loaded.append(name)
        return FakePhone()

    module = types.ModuleType("hardener.sim.personas")
    module.load_persona = load_persona  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hardener.sim.personas", module)
    with start_practice_phone(persona="fresh-pixel", auth_mode="none") as practice:
        assert loaded == ["fresh-pixel"] and isinstance(practice.phone, FakePhone)


def test_serve_forever_runs_until_stopped(no_errors_logged: None) -> None:
    stop = threading.Event()
    ready: list[PracticePhone] = []

    def on_ready(practice: PracticePhone) -> None:
        ready.append(practice)
        with RawClient(practice.port) as client:
            client.connect()
            assert client.run("shell:echo serving") == b"serving\n"
        stop.set()

    serve_forever(FakePhone(), auth_mode="none", on_ready=on_ready, stop_event=stop)
    assert len(ready) == 1
    with pytest.raises(OSError):
        RawClient(ready[0].port, timeout=0.5)


def test_serve_forever_stops_on_ctrl_c(no_errors_logged: None) -> None:
    ready: list[PracticePhone] = []

    def interrupt(practice: PracticePhone) -> None:
        ready.append(practice)
        raise KeyboardInterrupt

    serve_forever(FakePhone(), auth_mode="none", on_ready=interrupt)  # returns, does not raise
    with pytest.raises(OSError):
        RawClient(ready[0].port, timeout=0.5)


def test_broken_prompt_hook_is_logged_not_fatal(key: Key, caplog: pytest.LogCaptureFixture) -> None:
    def fails_when_done(_prompt: PendingPrompt) -> None:
        raise ZeroDivisionError

    def broken(prompt: PendingPrompt) -> None:
        prompt.on_done(fails_when_done)
        raise RuntimeError("GUI bug")

    with (
        start_practice_phone(FakePhone(), prompt_delay_s=0.05, on_prompt=broken) as practice,
        connected(practice, key) as device,
    ):
        assert device.shell("echo despite") == "despite\n"
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("on_prompt" in m for m in messages) and any("callback" in m for m in messages)


def test_config_validates_assignments() -> None:
    config = SimConfig()
    for name, value in [
        ("auth_mode", "maybe"),
        ("drop_kind", "cable"),
        ("latency_ms", -1),
        ("drop_after_commands", -2),
        ("truncate_output", 1.5),
        ("maxdata", 10),
        ("features", ("shell_v2", "stat_v2")),
    ]:
        with pytest.raises(ValueError):
            setattr(config, name, value)
    config.auth_mode = "offline"
    config.drop_after_commands = 0
    assert config.take_drop() == "rst" and config.take_drop() is None


# --- keys --------------------------------------------------------------------------------------


def test_public_key_parsing_matches_adb_shell(key: Key) -> None:
    parsed = parse_public_key(key.pub_line.encode() + b"\0")
    assert parsed.key.public_numbers() == key.private.public_key().public_numbers()
    assert parsed.line.split()[0] == key.pub_line.split()[0]
    assert encode_public_key(parsed.key, parsed.comment) == parsed.line
    assert parse_public_key(parsed.line.split()[0]).comment == ""


def test_signature_verification(key: Key, other_key: Key) -> None:
    token = b"\x07" * 20
    signature = key.private.sign(token, padding.PKCS1v15(), utils.Prehashed(hashes.SHA1()))
    pub = parse_public_key(key.pub_line)
    assert verify_signature(pub.key, token, signature)
    assert verify_signature(pub.key, token, bytes(key.signer.Sign(token)))
    assert not verify_signature(pub.key, b"\x08" * 20, signature)
    assert not verify_signature(pub.key, b"short", signature)
    store = TrustedKeys([other_key.pub_line])
    assert store.match(token, signature) is None
    store.add(key.pub_line)
    assert store.match(token, signature) == pub
    store.discard(key.pub_line)
    assert key.pub_line not in store and len(store) == 1
    store.clear()
    assert store.lines() == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not base64!!",
        base64.b64encode(b"\0" * 100).decode(),
        base64.b64encode((32).to_bytes(4, "little") + b"\0" * 520).decode(),
        base64.b64encode((64).to_bytes(4, "little") + b"\0" * 520).decode(),  # modulus 0
    ],
)
def test_bad_public_keys_are_rejected(text: str) -> None:
    with pytest.raises(KeyFormatError):
        parse_public_key(text)
    assert text not in TrustedKeys()
