"""Google's ``adb`` against a whole practice phone (the ``pixel-14`` persona): issue 17's checks.

Other ADB tools must not be able to tell it from a phone: stdin reaches the command, ``ps``,
``logcat``, ``find`` and hashes answer as toybox does, APKs can be pulled and installed, an
interactive ``adb shell`` has a prompt, and ``reboot``/``root``/``remount``/``tcpip`` behave as
on a production phone. The client gets a private server port and a scratch HOME.
"""

from __future__ import annotations

import hashlib
import io
import os
import pty
import select
import subprocess
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from adb_server_support import ADB
from adb_server_support import free_port as _free_port

from hardener.sim.apk import apk_for
from hardener.sim.personas import load_persona
from hardener.sim.phone import VirtualPhone
from hardener.sim.runner import PracticePhone, start_practice_phone

pytestmark = pytest.mark.adb_client


@dataclass
class Adb:
    exe: str
    env: dict[str, str]
    practice: PracticePhone

    def __call__(
        self, *args: str, stdin: bytes | None = None, timeout: float = 30
    ) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [self.exe, "-s", self.practice.serial, *args],
            env=self.env,
            input=stdin or b"",
            capture_output=True,
            timeout=timeout,
            check=False,
        )

    def text(self, *args: str) -> str:
        got = self(*args)
        assert got.returncode == 0, (args, got)
        return got.stdout.decode()

    @property
    def phone(self) -> VirtualPhone:
        phone = self.practice.phone
        assert isinstance(phone, VirtualPhone)
        return phone

    def back_online(self) -> None:
        """Wait (bounded) for adb's reconnect after the phone dropped the link."""
        deadline = time.monotonic() + 60  # adb's reconnect back-off, not a speed limit
        while time.monotonic() < deadline:
            got = self("shell", "echo", "up", timeout=10)
            if got.returncode == 0 and got.stdout == b"up\n":
                return
            time.sleep(0.3)
        pytest.fail("adb did not reconnect to the practice phone")


@pytest.fixture(scope="module")
def adb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Adb]:
    if ADB is None:
        pytest.skip("Google's adb client is not installed (Debian package 'adb')")
    home = tmp_path_factory.mktemp("adb-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANDROID_", "ADB_"))}
    env.update(HOME=str(home), ANDROID_ADB_SERVER_PORT=str(_free_port()))
    with start_practice_phone(load_persona("pixel-14"), auth_mode="prompt-accept", prompt_delay_s=0.2) as practice:
        practice.config.reboot_s = 1.0
        client = Adb(ADB, env, practice)
        try:
            subprocess.run([ADB, "start-server"], env=env, capture_output=True, timeout=30, check=True)
            subprocess.run([ADB, "connect", practice.serial], env=env, capture_output=True, timeout=30, check=False)
            assert client("wait-for-device", timeout=30).returncode == 0
            yield client
        finally:
            subprocess.run([ADB, "kill-server"], env=env, capture_output=True, timeout=15, check=False)


def test_stdin_reaches_the_command(adb: Adb) -> None:
    assert adb("shell", "cat", stdin=b"hello\n").stdout == b"hello\n"
    assert adb("shell", "wc", "-l", stdin=b"a\nb\nc\n").stdout == b"3\n"
    assert adb("shell", stdin=b"echo from-stdin; exit 4\n").returncode == 4


def test_the_done_when_commands(adb: Adb) -> None:
    processes = adb.text("shell", "ps", "-A").splitlines()
    assert len(processes) > 20 and any(line.endswith(" system_server") for line in processes)
    assert adb.text("shell", "getenforce") == "Enforcing\n"
    assert adb.text("shell", "for i in 1 2 3; do echo n$i; done") == "n1\nn2\nn3\n"
    assert adb.text("shell", "echo /sdcard/D*") == "/sdcard/DCIM /sdcard/Documents /sdcard/Download\n"
    assert adb.text("shell", "echo $(getprop ro.product.model)") == "Pixel 8\n"
    assert adb.text("shell", "find", "/sdcard/", "-name", "'*.jpg'").endswith(".jpg\n")
    assert adb.text("shell", "logcat", "-d").startswith("--------- beginning of main\n")
    pdf = adb.phone.read_file("/sdcard/Download/boarding-pass.pdf")
    assert pdf is not None
    assert (
        adb.text("shell", "sha256sum", "/sdcard/Download/boarding-pass.pdf").split()[0]
        == hashlib.sha256(pdf).hexdigest()
    )
    listed = adb.text("shell", "pm", "list", "packages", "-i")
    assert "installer=None" not in listed and "installer=null" in listed
    # A trainer's audit must still see none of this came from hardener: it is all logged.
    assert {"command substitution", "for", "glob"} <= {f for f, _ in adb.phone.shell_features_used}


def test_an_apk_from_pm_path_can_be_pulled(adb: Adb, tmp_path: Path) -> None:
    path = adb.text("shell", "pm", "path", "com.whatsapp").strip().removeprefix("package:")
    local = tmp_path / "base.apk"
    assert adb("pull", path, str(local)).returncode == 0
    data = local.read_bytes()
    assert "AndroidManifest.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert data == apk_for(adb.phone.packages["com.whatsapp"])


def test_exec_out_and_v1_keep_the_order_output_was_written(adb: Adb) -> None:
    line = "echo a; echo b >&2; echo c"
    assert adb("exec-out", line).stdout == b"a\nb\nc\n"
    assert adb("shell", "-x", line).stdout == b"a\nb\nc\n"
    v2 = adb("shell", line)
    assert (v2.stdout, v2.stderr) == (b"a\nc\n", b"b\n")
    binary = adb("exec-out", "cat /system/build.prop").stdout
    assert binary == adb.phone.read_file("/system/build.prop")


def test_interactive_shell_has_a_prompt_echo_and_ctrl_c(adb: Adb) -> None:
    assert ADB is not None
    pid, fd = pty.fork()
    if pid == 0:  # the child: adb with a terminal, as a person runs it
        os.execve(ADB, [ADB, "-s", adb.practice.serial, "shell"], adb.env)
    seen = bytearray()

    def read_until(marker: bytes) -> None:
        deadline = time.monotonic() + 20
        while marker not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    seen.extend(os.read(fd, 4096))
                except OSError:
                    return
        assert marker in seen, bytes(seen)

    try:
        read_until(b"shiba:/ $ ")
        os.write(fd, b"echo hi $((40+2))\r")
        read_until(b"hi 42\r\n")
        os.write(fd, b"sleep 30\r")
        read_until(b"sleep 30")
        os.write(fd, b"\x03")
        read_until(b"^C")
        os.write(fd, b"exit 3\r")
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 3
    assert b"echo hi $((40+2))" in seen  # the terminal echoed what was typed


def test_adb_install_and_uninstall(adb: Adb, tmp_path: Path) -> None:
    local = tmp_path / "wa.apk"
    local.write_bytes(apk_for(load_persona("samsung-11").packages["com.whatsapp"]))
    assert adb.text("uninstall", "com.whatsapp") == "Success\n"
    assert adb("shell", "pm", "path", "com.whatsapp").returncode == 1
    installed = adb("install", str(local), timeout=60)
    assert installed.returncode == 0 and b"Success" in installed.stdout, installed
    assert "exec:cmd package 'install' -S" in " ".join(adb.practice.command_log)
    assert adb.text("shell", "pm", "list", "packages", "-i", "com.whatsapp") == "package:com.whatsapp  installer=null\n"


def test_root_remount_unroot_as_a_production_phone(adb: Adb) -> None:
    assert adb("root").stdout == b"adbd cannot run as root in production builds\n"
    assert b'Not running as root. Try "adb root" first.' in adb("remount").stdout + adb("remount").stderr
    assert adb("unroot").stdout == b"adbd not running as root\n"
    assert adb.text("shell", "id", "-u") == "2000\n"


def test_tcpip_restarts_adbd(adb: Adb) -> None:
    assert adb("tcpip", "5555").stdout == b"restarting in TCP mode port: 5555\n"
    adb.back_online()
    assert adb.text("shell", "getprop", "service.adb.tcp.port") == "5555\n"


def test_reboot_drops_the_link_and_keeps_the_phone(adb: Adb) -> None:
    adb.text("shell", "settings put global hb_kept 1; echo kept > /data/local/tmp/kept.txt")
    before = adb.text("shell", "pidof", "system_server")
    assert adb("reboot").returncode == 0
    adb.back_online()
    assert adb.text("shell", "pidof", "system_server") != before
    assert adb.text("shell", "settings get global hb_kept; cat /data/local/tmp/kept.txt") == "1\nkept\n"
    deadline = time.monotonic() + 30
    while adb.text("shell", "getprop", "sys.boot_completed") != "1\n" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert adb.text("shell", "getprop", "sys.boot_completed") == "1\n"
    assert adb.phone.boot_count == 1
