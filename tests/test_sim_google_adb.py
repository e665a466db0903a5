"""Google's own ``adb`` client against the practice phone.

If the phone fools the reference client, it speaks ADB and not just "what adb-shell tolerates".
The client gets a private server port and a scratch HOME, so the person's own adb server and
``~/.android`` keys are never touched, and the server it starts is killed at the end.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from adb_server_support import ADB
from adb_server_support import free_port as _free_port
from sim_support import FAKE_RELEASE, FakePhone

from hardener.sim.runner import PracticePhone, start_practice_phone

pytestmark = pytest.mark.adb_client


@dataclass
class AdbClient:
    exe: str
    env: dict[str, str]
    practice: PracticePhone

    def run(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.exe, *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def on_phone(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        return self.run("-s", self.practice.serial, *args, timeout=timeout)


@pytest.fixture(scope="module")
def adb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AdbClient]:
    if ADB is None:
        pytest.skip("Google's adb client is not installed (Debian package 'adb')")
    home = tmp_path_factory.mktemp("adb-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANDROID_", "ADB_"))}
    env.update(HOME=str(home), ANDROID_ADB_SERVER_PORT=str(_free_port()))
    with start_practice_phone(FakePhone(), auth_mode="prompt-accept", prompt_delay_s=0.3) as practice:
        client = AdbClient(ADB, env, practice)
        try:
            started = client.run("start-server")
            assert started.returncode == 0, started.stderr
            connected = client.run("connect", practice.serial)
            # adb 29 exits 0 whatever happens; before the simulated tap it says "failed to authenticate".
            assert practice.serial in connected.stdout, connected
            waited = client.on_phone("wait-for-device", timeout=15)
            assert waited.returncode == 0, waited
            yield client
        finally:
            client.run("kill-server", timeout=10)


def test_connect_was_authorised_through_the_prompt(adb: AdbClient) -> None:
    assert len(adb.practice.trusted_keys) == 1
    key_line = (Path(adb.env["HOME"]) / ".android" / "adbkey.pub").read_text()
    assert key_line.split()[0] in adb.practice.trusted_keys.lines()[0]


def test_devices_lists_the_model(adb: AdbClient) -> None:
    out = adb.run("devices", "-l").stdout
    line = next(x for x in out.splitlines() if x.startswith(adb.practice.serial))
    assert " device " in line
    assert "product:fake_phone" in line and "model:Fake_Phone_7" in line and "device:fakedev" in line


def test_shell_getprop(adb: AdbClient) -> None:
    result = adb.on_phone("shell", "getprop", "ro.build.version.release")
    assert (result.returncode, result.stdout) == (0, FAKE_RELEASE + "\n")
    assert adb.practice.command_log[-1].startswith("shell,v2,")
    assert adb.practice.command_log[-1].endswith("raw:getprop ro.build.version.release")


def test_shell_v2_exit_status(adb: AdbClient) -> None:
    assert adb.on_phone("shell", "exit", "42").returncode == 42
    missing = adb.on_phone("shell", "frobnicate")
    assert missing.returncode == 127 and "inaccessible or not found" in missing.stderr


def test_shell_v1_with_x(adb: AdbClient) -> None:
    result = adb.on_phone("shell", "-x", "getprop", "ro.build.version.release")
    assert (result.returncode, result.stdout) == (0, FAKE_RELEASE + "\n")
    assert adb.practice.command_log[-1] == "shell:getprop ro.build.version.release"


def test_push_and_pull_round_trip(adb: AdbClient, tmp_path: Path) -> None:
    payload = os.urandom(200_000)
    local = tmp_path / "up.bin"
    local.write_bytes(payload)
    pushed = adb.on_phone("push", str(local), "/sdcard/up.bin")
    assert pushed.returncode == 0, pushed
    fake = adb.practice.phone
    assert isinstance(fake, FakePhone) and fake.files["/sdcard/up.bin"][0] == payload
    back = tmp_path / "back.bin"
    pulled = adb.on_phone("pull", "/sdcard/up.bin", str(back))
    assert pulled.returncode == 0, pulled
    assert back.read_bytes() == payload


def test_reconnects_after_the_link_is_reset(adb: AdbClient) -> None:
    adb.practice.disconnect_all("rst")
    deadline = time.monotonic() + 60  # a wait for adb's reconnect back-off, not a speed limit
    while time.monotonic() < deadline:
        result = adb.on_phone("shell", "echo", "back")
        if result.returncode == 0 and result.stdout == "back\n":
            break
        time.sleep(0.2)
    else:
        pytest.fail("adb did not reconnect to the practice phone")
