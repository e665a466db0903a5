"""The practice phone's adbd with a whole virtual phone behind it, spoken to packet by packet:
stdin forwarded (shell v2 and ``exec:``), a pty session, and the services a production adbd
answers in words (``root:``) or by going away for a while (``reboot:``)."""

from __future__ import annotations

import struct
import time
from collections.abc import Iterator

import pytest
from sim_support import RawClient, parse_v2

from hardener.sim.apk import apk_for
from hardener.sim.personas import load_persona
from hardener.sim.phone import VirtualPhone
from hardener.sim.runner import PracticePhone, start_practice_phone
from hardener.sim.wire import A_OKAY, A_WRTE, Message

_V2 = struct.Struct("<BI")


@pytest.fixture
def practice() -> Iterator[PracticePhone]:
    with start_practice_phone(load_persona("pixel-14"), auth_mode="none") as running:
        yield running


def _stdin(client: RawClient, remote: int, data: bytes, *, close: bool = True) -> None:
    for start in range(0, len(data), 4000):
        chunk = data[start : start + 4000]
        client.send(Message(A_WRTE, 1, remote, _V2.pack(0, len(chunk)) + chunk))
        assert client.recv() == Message(A_OKAY, remote, 1)
    if close:
        client.send(Message(A_WRTE, 1, remote, _V2.pack(4, 0)))
        assert client.recv() == Message(A_OKAY, remote, 1)


def test_v2_stdin_reaches_cat_and_grep(practice: PracticePhone) -> None:
    with RawClient(practice.port) as client:
        client.connect()
        remote = client.open(1, "shell,v2,raw:cat")
        assert remote is not None
        payload = b"".join(b"line %d\n" % k for k in range(3000))
        _stdin(client, remote, payload)
        assert parse_v2(client.collect(1, remote)) == (payload, b"", 0)
        remote = client.open(1, "shell,v2,raw:grep -c 99")
        assert remote is not None
        _stdin(client, remote, payload)
        count = sum(b"99" in line for line in payload.splitlines())
        assert parse_v2(client.collect(1, remote)) == (b"%d\n" % count, b"", 0)


def test_exec_stdin_installs_a_streamed_apk(practice: PracticePhone) -> None:
    """What ``adb install`` (adb 29, feature ``cmd``) sends: the APK after the service name."""
    phone = practice.phone
    assert isinstance(phone, VirtualPhone)
    data = apk_for(load_persona("samsung-11").packages["com.whatsapp"])
    phone.run_shell("pm uninstall com.whatsapp")
    with RawClient(practice.port) as client:
        client.connect()
        remote = client.open(1, f"exec:cmd package 'install' -S {len(data)}")
        assert remote is not None
        for start in range(0, len(data), 4000):
            client.send(Message(A_WRTE, 1, remote, data[start : start + 4000]))
            assert client.recv() == Message(A_OKAY, remote, 1)
        assert client.collect(1, remote) == b"Success\n"
    assert phone.packages["com.whatsapp"].apk_data == data


def test_a_pty_session_prompts_echoes_and_exits_with_the_status(practice: PracticePhone) -> None:
    with RawClient(practice.port) as client:
        client.connect()
        remote = client.open(1, "shell,v2,TERM=xterm-256color,pty:")
        assert remote is not None
        raw = bytearray()  # v2 packets may span WRTEs; parse what has come so far

        def until(marker: bytes) -> None:
            deadline = time.monotonic() + 20
            while marker not in parse_v2(bytes(raw))[0] and time.monotonic() < deadline:
                message = client.recv()
                if message.command == A_WRTE:
                    raw.extend(message.payload)
                    client.send(Message(A_OKAY, 1, remote))
            assert marker in parse_v2(bytes(raw))[0], bytes(raw)

        until(b"shiba:/ $ ")
        client.send(Message(A_WRTE, 1, remote, _V2.pack(0, 9) + b"cd /sdcd\r"))
        until(b"cd: /sdcd: No such file or directory\r\n")
        client.send(Message(A_WRTE, 1, remote, _V2.pack(0, 7) + b"exit 6\r"))
        until(b"exit 6\r\n")
        raw.extend(client.collect(1, remote))
    seen, _, code = parse_v2(bytes(raw))
    assert code == 6
    assert b"cd /sdcd\r\n" in seen  # the terminal's echo, with its CR LF


def test_root_is_refused_in_words_and_the_link_stays(practice: PracticePhone) -> None:
    with RawClient(practice.port) as client:
        client.connect()
        assert client.run("root:", 2) == b"adbd cannot run as root in production builds\n"
        assert client.run("remount:", 3) == b'Not running as root. Try "adb root" first.\n'
        assert client.run("shell:echo still", 4) == b"still\n"


def test_reboot_drops_everyone_and_the_phone_comes_back(practice: PracticePhone) -> None:
    practice.config.reboot_s = 1.0
    phone = practice.phone
    assert isinstance(phone, VirtualPhone)
    with RawClient(practice.port) as client:
        client.connect()
        client.run("shell:echo x > /data/local/tmp/kept", 2)
        remote = client.open(3, "reboot:")
        assert remote is not None
        assert client.wait_closed()
    assert phone.boot_count == 1
    deadline = time.monotonic() + 30  # bounded wait for the simulated boot, not a speed check
    while True:
        try:
            with RawClient(practice.port) as client:
                client.connect()
                assert client.run("shell:cat /data/local/tmp/kept") == b"x\n"
                break
        except (ConnectionError, OSError, AssertionError):
            assert time.monotonic() < deadline, "the practice phone did not come back after reboot"
            time.sleep(0.1)


def test_a_command_waiting_for_stdin_does_not_hold_up_other_commands(practice: PracticePhone) -> None:
    with RawClient(practice.port) as waiting, RawClient(practice.port) as other:
        waiting.connect()
        other.connect()
        remote = waiting.open(1, "shell,v2,raw:cat")
        assert remote is not None  # cat now waits for stdin that does not come yet
        assert other.run("shell:getprop ro.product.model") == b"Pixel 8\n"
        _stdin(waiting, remote, b"late\n")
        assert parse_v2(waiting.collect(1, remote)) == (b"late\n", b"", 0)
