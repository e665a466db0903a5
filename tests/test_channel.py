"""hardener's own connection layer against the practice phone, over real TCP on loopback."""

from __future__ import annotations

import socket
import threading

import pytest

from hardener.adb.connect import Connector, DeviceSelector
from hardener.errors import (
    Cancelled,
    CommandTimeout,
    ConnectionLost,
    DeviceOffline,
    KeyRejected,
    NoDevice,
)


def test_first_connect_asks_then_the_key_is_remembered(practice_phone, test_signer):
    sim = practice_phone("pixel-14")
    prompts = []
    selector = DeviceSelector(tcp=sim.serial)
    conn = Connector(selector, signer=test_signer, on_waiting_for_allow=lambda: prompts.append(1)).connect()
    conn.close()
    assert prompts == [1]
    conn = Connector(selector, signer=test_signer, on_waiting_for_allow=lambda: prompts.append(2)).connect()
    assert prompts == [1]  # no second prompt: the phone trusts this key now
    assert conn.channel.run("echo hi").text == "hi\n"
    conn.close()


def test_denied_prompt_is_key_rejected_with_a_plain_message(practice_phone, test_signer):
    sim = practice_phone("pixel-14", auth_mode="prompt-deny")
    with pytest.raises(KeyRejected) as info:
        Connector(DeviceSelector(tcp=sim.serial), signer=test_signer, auth_timeout_s=0.5).connect()
    assert "Allow" in info.value.plain()


def test_offline_phone_and_nothing_listening(practice_phone, test_signer, monkeypatch):
    import hardener.adb.connect as connect_module

    monkeypatch.setattr(connect_module, "HANDSHAKE_TIMEOUT_S", 0.5)
    sim = practice_phone("pixel-14", auth_mode="offline")
    with pytest.raises(DeviceOffline):
        Connector(DeviceSelector(tcp=sim.serial), signer=test_signer).connect()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NoDevice):
        Connector(DeviceSelector(tcp=f"127.0.0.1:{port}"), signer=test_signer).connect()


def test_cancel_while_waiting_for_allow(practice_phone, test_signer):
    sim = practice_phone("pixel-14", auth_mode="prompt")  # waits for a tap that never comes
    # An hour to wait for Allow: if cancel() did not end the wait, pytest's does-not-hang bound
    # would, and the error would not be Cancelled.
    connector = Connector(DeviceSelector(tcp=sim.serial), signer=test_signer, auth_timeout_s=3600)
    threading.Timer(0.3, connector.cancel).start()
    with pytest.raises(Cancelled):
        connector.connect()


@pytest.mark.parametrize("features", [("shell_v2", "cmd"), ("cmd",)])
def test_exit_codes_with_and_without_shell_v2(practice_phone, connect_to, features):
    sim = practice_phone("pixel-14")
    sim.config.features = features
    conn = connect_to(sim)
    assert conn.channel.shell_v2 == ("shell_v2" in features)
    ok = conn.channel.run("getprop ro.build.version.sdk")
    assert ok.text.strip() == "34" and ok.exit_code == 0
    missing = conn.channel.run("frobnicate")
    assert missing.exit_code == 127
    assert "not found" in missing.text


@pytest.mark.parametrize("features", [("shell_v2", "cmd"), ("cmd",)])
def test_batch_streams_sections_in_one_round_trip(practice_phone, connect_to, features):
    sim = practice_phone("pixel-14")
    sim.config.features = features
    conn = connect_to(sim)
    seen = []
    before = conn.channel.stats.round_trips
    outs = conn.channel.run_batch(
        ["getprop ro.product.model", "settings get secure no_such_key", "frobnicate", "echo 'a;b'"],
        on_section=lambda i, out: seen.append(i),
    )
    assert conn.channel.stats.round_trips - before == 1
    assert seen == [0, 1, 2, 3]
    assert outs[0].text.strip() == "Pixel 8"
    assert outs[1].text.strip() == "null" and outs[1].exit_code == 0
    assert outs[2].exit_code == 127
    assert outs[3].text == "a;b\n"


def test_large_output_arrives_intact(practice_phone, connect_to):
    sim = practice_phone("pixel-14")
    conn = connect_to(sim)
    out = conn.channel.run("seq 700000", timeout_s=60)
    lines = out.text.splitlines()
    assert len(out.text) > 4_000_000
    assert lines[0] == "1" and lines[-1] == "700000" and len(lines) == 700000


def test_many_threads_share_one_channel(practice_phone, connect_to):
    sim = practice_phone("pixel-14")
    conn = connect_to(sim)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(15):
                assert conn.channel.run(f"echo t{n}-{i}").text == f"t{n}-{i}\n"
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors


@pytest.mark.parametrize("kind", ["fin", "rst"])
def test_pulled_cable_mid_batch_is_a_typed_error_not_a_hang(practice_phone, connect_to, kind):
    sim = practice_phone("pixel-14")
    conn = connect_to(sim)
    sim.config.drop_kind = kind
    sim.config.drop_after_commands = 0
    with pytest.raises(ConnectionLost):  # waiting out the read timeout would be a CommandTimeout
        conn.channel.run_batch(["getprop", "settings list secure"])
    with pytest.raises(ConnectionLost):
        conn.channel.run("echo again")  # the channel refuses work after a lost link


def test_truncated_output_marks_the_unfinished_sections(practice_phone, connect_to):
    sim = practice_phone("pixel-14")
    conn = connect_to(sim)
    sim.config.truncate_output = 200
    outs = conn.channel.run_batch(["getprop", "echo second"])
    assert outs[0].failure and outs[1].failure
    assert "ended early" in outs[1].failure


def test_per_command_timeout(practice_phone, connect_to):
    sim = practice_phone("pixel-14")
    conn = connect_to(sim)
    sim.config.latency_ms = 1500
    with pytest.raises(CommandTimeout):
        conn.channel.run("echo slow", timeout_s=0.5)


def test_push_and_pull_small_files(practice_phone, connect_to):
    sim = practice_phone("pixel-14")
    conn = connect_to(sim)
    conn.channel.push_bytes(b"journal", "/data/local/tmp/hardener-test.txt")
    assert conn.channel.pull_bytes("/data/local/tmp/hardener-test.txt") == b"journal"
    assert conn.channel.pull_bytes("/data/local/tmp/missing.txt") is None
